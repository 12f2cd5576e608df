"""Rendering helpers for the web UI: the template environment, evidence highlighting, charts.

Input: ledger records as dicts. Output: HTML responses. Autoescaping is always on and no
template marks user data safe: highlighted text is a list of plain-text segments, each escaped
by the template, so article text can never become markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
# Only these URL schemes become links; anything else (javascript:, data:) is shown as text.
LINK_SCHEMES = ("http", "https")
# Colour-blind-safe palette (Okabe-Ito), one colour per event type in order of appearance.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 760, 220, 28
# Widest bar drawn: a chart of two months should not look like two walls.
MAX_BAR_WIDTH = 48


def safe_link(url: str | None) -> str | None:
    """Return `url` if it is an http(s) URL, else None (so it is never rendered as a link)."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in LINK_SCHEMES else None


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """Return `?a=1&b=2` from `params` updated with `changes`, dropping empty values."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return "?" + urlencode(kept) if kept else ""


ENV.globals.update(safe_link=safe_link, query_string=query_string)


def render_page(
    request: Request,
    template: str,
    context: dict[str, Any],
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render `template` with `context` into an HTML response."""
    html = ENV.get_template(template).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def highlight_segments(
    text: str, spans: list[tuple[str, int, int]], current: str | None = None
) -> list[dict[str, Any]]:
    """Cut `text` into segments at every span boundary, marking which spans cover each.

    Args:
        text: the article's clean text.
        spans: `(event_id, start, end)` evidence ranges; invalid ranges are ignored.
        current: the event whose segments get the `current` flag.

    Returns:
        `{"text", "events", "current", "anchor"}` dicts; `anchor` is the event id whose span
        starts in that segment (an in-page link target).

    Example:
        >>> [s["text"] for s in highlight_segments("ab cd", [("e1", 3, 5)])]
        ['ab ', 'cd']
    """
    valid = [(eid, s, e) for eid, s, e in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for _, s, _ in valid), *(e for _, _, e in valid)})
    segments = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [eid for eid, s, e in valid if s <= lo and hi <= e]
        anchors = [eid for eid, s, _ in valid if s == lo]
        segments.append(
            {
                "text": text[lo:hi],
                "events": covering,
                "current": current in covering,
                "anchor": anchors[0] if anchors else None,
            }
        )
    return segments


def type_colours(types: list[str]) -> dict[str, str]:
    """Give each event type a palette colour, in order."""
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(types)}


def bar_chart(buckets: list[dict[str, Any]], colours: dict[str, str]) -> dict[str, Any]:
    """Lay out a stacked bar chart (inline SVG geometry) of `{period, total, by_type}` buckets."""
    peak = max((b["total"] for b in buckets), default=0) or 1
    inner_h = CHART_HEIGHT - 2 * CHART_PAD
    step = (CHART_WIDTH - 2 * CHART_PAD) / max(len(buckets), 1)
    bars, width = [], min(max(step * 0.8, 1), MAX_BAR_WIDTH)
    for i, bucket in enumerate(buckets):
        x, y_base, rects = CHART_PAD + i * step, CHART_HEIGHT - CHART_PAD, []
        for event, n in sorted(bucket["by_type"].items()):
            h = inner_h * n / peak
            y_base -= h
            rects.append(
                {
                    "y": round(y_base, 1),
                    "h": round(h, 1),
                    "fill": colours.get(event),
                    "event": event,
                    "n": n,
                }
            )
        bars.append(
            {
                "x": round(x + (step - width) / 2, 1),  # centred in its slot
                "w": round(width, 1),
                "rects": rects,
                **bucket,
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "pad": CHART_PAD,
        "peak": peak,
        "bars": bars,
        "label_every": max(1, len(buckets) // 12),
    }

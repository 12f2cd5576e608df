"""Pure rendering helpers of the web UI: evidence highlighting, charts, links."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.api.app import drop_empty_params
from newsledger.store.views import period_bounds
from newsledger.web.render import bar_chart, highlight_segments, safe_link

TEXTS = st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=60)


@st.composite
def text_and_spans(draw):
    text = draw(TEXTS)
    n = len(text)
    spans = []
    for i in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        spans.append((f"e{i}", start, end))
    return text, spans


@given(text_and_spans())
def test_render_highlight_segments_rebuild_text_and_each_span(case) -> None:
    text, spans = case
    segments = highlight_segments(text, spans, current="e0")
    assert "".join(s["text"] for s in segments) == text
    for eid, start, end in spans:
        covered = "".join(s["text"] for s in segments if eid in s["events"])
        assert covered == text[start:end]
        assert sum(s["anchor"] == eid for s in segments) <= 1
    assert all(s["current"] == ("e0" in s["events"]) for s in segments)


@pytest.mark.parametrize("spans", [[("bad", 5, 2)], [("out", 0, 999)], [("neg", -1, 3)]])
def test_render_highlight_segments_ignore_invalid_spans(spans) -> None:
    segments = highlight_segments("some text", spans)
    assert [s["events"] for s in segments] == [[]]


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a", True),
        ("http://x.test", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<b>", False),
        (None, False),
    ],
)
def test_render_safe_link_keeps_only_http(url, kept: bool) -> None:
    assert (safe_link(url) is not None) is kept


@pytest.mark.parametrize("totals", [[1], [3, 1, 2], list(range(1, 40))])
def test_render_bar_chart_heights_scale_to_peak(totals: list[int]) -> None:
    buckets = [{"period": f"p{i}", "total": n, "by_type": {"A": n}} for i, n in enumerate(totals)]
    chart = bar_chart(buckets, {"A": "#000"})
    heights = [bar["rects"][0]["h"] for bar in chart["bars"]]
    tallest = heights[totals.index(max(totals))]
    assert tallest == pytest.approx(chart["height"] - 2 * chart["pad"], abs=0.1)
    assert all(0 < bar["x"] and bar["x"] + bar["w"] <= chart["width"] for bar in chart["bars"])


@pytest.mark.parametrize(
    ("period", "key", "bounds"),
    [
        ("month", "2021-03", ("2021-03", "2021-03")),
        ("day", "2021-03-14", ("2021-03-14",) * 2),
        ("week", "2021-W10", ("2021-03-08", "2021-03-14")),
    ],
)
def test_render_period_bounds(period: str, key: str, bounds) -> None:
    assert period_bounds(period, key) == bounds


@pytest.mark.parametrize(
    ("raw", "kept"),
    [(b"actor=&event=PROTEST&since=", b"event=PROTEST"), (b"", b""), (b"a=1&b=2", b"a=1&b=2")],
)
def test_render_drop_empty_params(raw: bytes, kept: bytes) -> None:
    assert drop_empty_params(raw) == kept

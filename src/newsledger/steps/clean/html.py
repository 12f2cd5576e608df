"""HTML path of the clean stage: trafilatura, our post-filters, and a text-path fallback.

Input: an HTML page (`str`), its URL when known, the site's `SiteLineStats` (optional).
Output: a `CleanedCapture` with the body (paragraphs joined by a blank line), title, byline,
outlet (site name), publication date (meta tags and JSON-LD, htmldate for the date), dateline and
credits read from the body as on the text path. Pages trafilatura cannot read are rendered
to text (inscriptis, else lxml's text) and cleaned by the text path.

Offsets: `text_map` segments are found by locating each paragraph in the HTML source (best
effort: a paragraph with markup or entities inside cannot be traced); `removed` is empty on
the HTML path because trafilatura works on the tree, not on source offsets.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsledger.records import TextMap
from newsledger.steps.base import EMPTY_TEXT
from newsledger.steps.clean.credits import read_credits
from newsledger.steps.clean.header import split_dateline
from newsledger.steps.clean.language import guess_language
from newsledger.steps.clean.language import stop_words as _stop_words
from newsledger.steps.clean.lines import split_units
from newsledger.steps.clean.patterns import (
    BOILERPLATE,
    CAPTION,
    COMMENTS,
    FOOTER,
    MEDIA_PLAYER,
    NAVIGATION,
    SHARE,
    chrome_reason,
)
from newsledger.steps.clean.result import CleanedCapture
from newsledger.steps.clean.site_lines import (
    SITE_MIN_DOCS,
    SITE_MIN_SHARE,
    SiteLineStats,
    line_key,
    normalise_line,
)
from newsledger.steps.clean.text import clean_text_capture

log = logging.getLogger(__name__)

# trafilatura settings: precision mode drops more borderline blocks (menus, teasers) at a small
# cost in recall; comments are not part of the article.
FAVOR_PRECISION = True
INCLUDE_COMMENTS = False
# Skip trafilatura's comparison with its fallback extractors (readability, jusText).
FAST = False
INCLUDE_TABLES = True
# Post-filter: paragraphs of trafilatura's output dropped when a whole-line chrome pattern
# names them (captions, share prompts, footers, player remnants, comment headings, menus,
# time stamps). Each raised F1 on the ScrapingHub dev pages (0.9707 -> 0.9734 together).
POST_FILTER_REASONS = (CAPTION, SHARE, FOOTER, MEDIA_PLAYER, COMMENTS, NAVIGATION, BOILERPLATE)
# A body shorter than this (characters) from trafilatura means it found no article: try the
# text path on the rendered page instead.
MIN_BODY_CHARS = 100


def clean_html_capture(
    html: str, url: str | None = None, site_stats: SiteLineStats | None = None
) -> CleanedCapture:
    """Clean an HTML page into its article fields.

    Args:
        html: the page source.
        url: the page's URL, if known (helps trafilatura and the date).
        site_stats: line statistics of the page's site (drops furniture paragraphs).
    Returns:
        The cleaned capture; `reason` is set when no body was found.

    Example:
        >>> paras = "".join(f"<p>The sides met on day {i} to talk trade.</p>" for i in range(6))
        >>> page = f"<html><body><article><h1>Talks</h1>{paras}</article></body></html>"
        >>> clean_html_capture(page).text.startswith("The sides met")
        True
    """
    import trafilatura

    tree = trafilatura.load_html(html)
    meta = read_metadata(tree, url) if tree is not None else PageMetadata()
    doc = None
    if tree is not None:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=FAST,
            favor_precision=FAVOR_PRECISION,
            include_comments=INCLUDE_COMMENTS,
            include_tables=INCLUDE_TABLES,
        )
    body = getattr(doc, "text", None) or ""
    if len(body) < MIN_BODY_CHARS:
        result = _fallback(html, url, site_stats)
    else:
        paragraphs = _drop_title(body.split("\n"), meta.title)
        result = _from_paragraphs(html, paragraphs, site_stats)
    _add_metadata(result, meta)
    return result


@dataclass(slots=True)
class PageMetadata:
    """Title, author, site name and publication date read from a page's markup."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    published: date | None = None


def read_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """Read title, author and site name (meta tags, JSON-LD) and the date (htmldate).

    A lighter pass than trafilatura's full metadata (no categories, tags or licence, which
    newsledger does not use): it keeps the HTML path within 1.2x of trafilatura alone. The
    author is read from the meta tags only: trafilatura's search of the byline markup
    (`metadata.extract_author`) would raise bylines matching the gold author on
    trafilatura-eval-en from 0.56 to 0.72 but costs about 4.6 ms a page, past that budget.
    """
    from htmldate import find_date
    from trafilatura import metadata

    found = metadata.extract_meta_json(tree, metadata.examine_meta(tree))
    title = found.title or metadata.extract_title(tree)
    try:
        published = find_date(tree, url=url, original_date=True, extensive_search=False)
    except ValueError as err:  # htmldate rejects some malformed documents
        log.debug("htmldate failed: %s", err)
        published = None
    return PageMetadata(title, found.author, found.sitename, _iso_date(published))


def _from_paragraphs(
    html: str, paragraphs: list[str], stats: SiteLineStats | None
) -> CleanedCapture:
    """Post-filter trafilatura's paragraphs; read dateline and credits as the text path does."""
    kept = [p.strip() for p in paragraphs if p.strip() and not _is_debris(p.strip(), stats)]
    if not kept:
        return CleanedCapture(reason=EMPTY_TEXT)
    joined = "\n\n".join(kept)
    units = split_units(joined, _stop_words("en"))
    reasons: list[str | None] = [None] * len(units)
    end, credits = read_credits(units, reasons, max(0, len(units) - 3), len(units))
    kept = [u.text for u in units[:end]] if credits else [u.text for u in units]
    dateline, offset = split_dateline(kept[0]) if kept else (None, 0)
    dateline_text = kept[0][:offset].strip() if kept else ""
    if kept:
        kept[0] = kept[0][offset:]
    text = "\n\n".join(kept)
    return CleanedCapture(
        text=text,
        dateline=dateline,
        dateline_text=dateline_text or None,
        credits=credits.names if credits else [],
        text_map=_locate(html, text),
        language=guess_language(text),
    )


def _drop_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop a leading copy of the headline (trafilatura keeps an <h1> inside <article>)."""
    if title and paragraphs and normalise_line(paragraphs[0]) == normalise_line(title):
        return paragraphs[1:]
    return paragraphs


def _is_debris(paragraph: str, stats: SiteLineStats | None) -> bool:
    """Return whether a trafilatura paragraph is a caption, a share prompt or site furniture."""
    if chrome_reason(paragraph, len(paragraph.split())) in POST_FILTER_REASONS:
        return True
    if stats is None or stats.n_docs < SITE_MIN_DOCS:
        return False
    count = stats.count(line_key(paragraph))
    return count >= SITE_MIN_DOCS and count >= SITE_MIN_SHARE * stats.n_docs


def _fallback(html: str, url: str | None, stats: SiteLineStats | None) -> CleanedCapture:
    """Clean the rendered page with the text path (its offsets index the rendering: drop them)."""
    rendered = render_html_text(html)
    result = clean_text_capture(rendered, stats, url)
    result.removed = []
    result.text_map = _locate(html, result.text) if result.text else []
    return result


def render_html_text(html: str) -> str:
    """Render HTML to plain text as a browser would lay it out (inscriptis, else lxml).

    Example:
        >>> render_html_text("<p>One</p><p>Two</p>").split()
        ['One', 'Two']
    """
    try:
        from inscriptis import get_text
    except ImportError:
        get_text = None
    if get_text is not None:
        return get_text(html)
    import lxml.html

    tree = lxml.html.fromstring(html)
    return "\n\n".join(t.strip() for t in tree.itertext() if t.strip())


def _locate(html: str, text: str) -> list[TextMap]:
    """Map each body paragraph found verbatim in the HTML source (best effort)."""
    segments = []
    position, cursor = 0, 0
    for paragraph in text.split("\n\n"):
        found = html.find(paragraph, cursor)
        if found >= 0:
            segments.append(TextMap(position, found, len(paragraph)))
            cursor = found + len(paragraph)
        position += len(paragraph) + 2
    return segments


def _add_metadata(result: CleanedCapture, meta: PageMetadata) -> None:
    """Copy title, byline, outlet and date from the page's metadata."""
    result.title = result.title or meta.title
    result.byline = result.byline or meta.author
    result.outlet = meta.sitename or None
    if meta.published is not None:
        result.published, result.published_source = meta.published, "metadata"


def _iso_date(value: str | None) -> date | None:
    """Parse an ISO date string (first 10 characters), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

"""Clean stage: raw capture in, clean article body and its fields out.

Input: `Article.raw` (`format` "text" or "html"), `url` and `source`. Output: `text` (the clean
body, paragraphs joined by a blank line), `title`, `standfirst`, `dateline`, `byline`,
`credits`, `captions`, `removed` and `text_map` (offsets into `raw`), `language`, and
`published`/`published_source` and `outlet` where the reader left them unset. A page with no
body is dropped (`EMPTY_TEXT` or `NOT_ARTICLE`); a page over the time limit is dropped as
`EXTRACTION_FAILED` with the reason logged, never left hanging.

Text captures go through our own cleaner (`text.clean_text_capture`), HTML through
trafilatura plus our post-filters (`html.clean_html_capture`). Per-site line statistics
(`site_lines.SiteLineStats`, kept in the ledger) teach the cleaner each site's furniture.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from newsledger.records import Article
from newsledger.registry import register_step
from newsledger.steps.base import EXTRACTION_FAILED, Step
from newsledger.steps.clean.result import CleanedCapture
from newsledger.steps.clean.site_lines import SiteLineStats, line_keys, site_key

log = logging.getLogger(__name__)
T = TypeVar("T")

# Default per-page time limit (seconds): trafilatura on a pathological page (megabytes of
# nested markup) can take minutes; a batch run must go on.
PAGE_TIMEOUT_S = 10.0


class PageTimeout(Exception):
    """Raised inside a page's cleaning when it runs past the per-page time limit."""


def clean_capture(
    raw: str, fmt: str = "text", url: str | None = None, site_stats: SiteLineStats | None = None
) -> CleanedCapture:
    """Clean one capture by format ("html" or "text"; anything else is read as text).

    Example:
        >>> clean_capture("Menu\\n\\n" + "The talks went on for a second day. " * 8).text[:9]
        'The talks'
    """
    if fmt == "html":
        from newsledger.steps.clean.html import clean_html_capture

        return clean_html_capture(raw, url, site_stats)
    from newsledger.steps.clean.text import clean_text_capture

    return clean_text_capture(raw, site_stats, url)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `PageTimeout` in the block after `seconds` (main thread only; else no limit)."""
    usable = seconds > 0 and threading.current_thread() is threading.main_thread()
    if not usable or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        """Raise the timeout inside the running page's code."""
        raise PageTimeout(f"cleaning took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_with_time_limit(work: Callable[[], T], seconds: float) -> T:
    """Return `work()`, or raise `PageTimeout` when it runs past `seconds`."""
    with time_limit(seconds):
        return work()


@register_step("clean.capture.v1")
class CaptureCleaner(Step):
    """Clean text and HTML captures into article fields (see the module docstring).

    Args:
        site_stats: per-site line statistics (`site_key` -> `SiteLineStats`), from the ledger.
        page_timeout_s: per-page time limit in seconds (0 disables it).

    Example:
        >>> from newsledger.records import Article
        >>> page = "Menu\\n\\nTalks Resume\\n\\n" + "The two sides met again today. " * 9
        >>> CaptureCleaner().process(Article(id="a", source="x.txt", raw=page)).title
        'Talks Resume'
    """

    requires = ("raw",)
    assigns = (
        "text",
        "title",
        "standfirst",
        "dateline",
        "byline",
        "credits",
        "captions",
        "removed",
        "text_map",
        "language",
        "published",
        "published_source",
        "outlet",
    )

    def __init__(
        self,
        site_stats: dict[str, SiteLineStats] | None = None,
        page_timeout_s: float = PAGE_TIMEOUT_S,
    ):
        self.site_stats = site_stats or {}
        self.page_timeout_s = page_timeout_s

    def process(self, article: Article) -> Article:
        """Assign the cleaned fields, or set `drop_reason` when the page has no body."""
        stats = self.site_stats.get(site_key(article.url, article.source))
        try:
            result = run_with_time_limit(
                lambda: clean_capture(article.raw, article.format, article.url, stats),
                self.page_timeout_s,
            )
        except PageTimeout as err:
            log.warning("%s: %s; page skipped", article.source, err)
            article.drop_reason = EXTRACTION_FAILED
            article.meta["clean_error"] = str(err)
            return article
        apply_result(article, result)
        return article


def apply_result(article: Article, result: CleanedCapture) -> None:
    """Copy a cleaning result onto the article (dates and outlet only where still unset)."""
    article.text = result.text
    # A title the source itself gives (a JSONL `title` field) beats one found in the page.
    article.title = article.meta.get("title") or result.title
    article.standfirst = result.standfirst
    article.dateline = result.dateline
    article.byline = result.byline
    article.credits = list(result.credits)
    article.captions = list(result.captions)
    article.removed = list(result.removed)
    article.text_map = list(result.text_map)
    article.language = result.language
    # Page metadata beats a `--published` date given for the whole run.
    overridable = article.published is None or article.published_source == "cli"
    if overridable and result.published is not None:
        article.published, article.published_source = result.published, result.published_source
    if article.outlet is None:
        article.outlet = result.outlet or _host(article.url)
    if result.reason is not None:
        article.drop_reason = result.reason
    if result.fallback is not None:
        article.meta["clean_fallback"] = result.fallback


def site_line_keys(article: Article) -> set[str]:
    """Return the line keys to record in the ledger's site statistics for one article.

    Text captures contribute the lines of the capture itself (`raw`); HTML pages the
    paragraphs of their cleaned body (call this after the step), so that recurring
    paragraphs trafilatura let through are recognised on the site's next pages.
    """
    return line_keys(article.text if article.format == "html" else article.raw)


def _host(url: str | None) -> str | None:
    """Return a URL's host without "www." (the outlet of a text capture), or None."""
    return site_key(url, "") or None if url else None


__all__ = [
    "CaptureCleaner",
    "CleanedCapture",
    "PageTimeout",
    "SiteLineStats",
    "clean_capture",
    "line_keys",
    "site_key",
    "site_line_keys",
]

"""Reader of saved HTML pages (`.html`, `.htm`): one file, one `Article` with `format="html"`.

Input: an HTML page as saved by a browser or crawler. Output: one `Article` whose `raw` is the
decoded markup (trafilatura cleans it later) with `url` from `<link rel=canonical>` or `og:url`,
or one `InputError`. The charset a page declares in `<meta>` is used when the bytes are not UTF-8.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsledger.errors import InputError
from newsledger.records import Article
from newsledger.steps.ingest.base import (
    Decoded,
    Reader,
    UnreadableCapture,
    decode_bytes,
    decoding_meta,
    read_capture_bytes,
)

# Where a page's `<meta charset>` may sit: the HTML standard's prescan reads 1024 bytes, but real
# pages put long inline scripts or comments first, so look a little further.
CHARSET_SCAN_BYTES = 4096

# How much markup to scan for `<link>`/`<meta>` tags: the head of a news page, scripts included,
# rarely passes 256 KB; scanning the whole body would cost time on big pages for nothing.
HEAD_SCAN_CHARS = 256 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)""", re.I)
_TAG = re.compile(r"<(link|meta)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-z_:][-a-z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
_HEAD_END = re.compile(r"</head\s*>", re.I)


def find_declared_charset(data: bytes) -> str | None:
    """Return the charset named by `<meta charset>` or `http-equiv` in the page head, if any.

    Example:
        >>> find_declared_charset(b'<meta charset="windows-1251"><title>x</title>')
        'windows-1251'
    """
    match = _META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def find_head_tags(markup: str) -> list[dict[str, str]]:
    """Return the attributes of every `<link>` and `<meta>` tag in the page head (lower-cased keys).

    Example:
        >>> find_head_tags('<link rel="canonical" href="https://x.org/a">')
        [{'rel': 'canonical', 'href': 'https://x.org/a'}]
    """
    head = markup[:HEAD_SCAN_CHARS]
    end = _HEAD_END.search(head)
    head = head[: end.start()] if end else head
    tags = []
    for match in _TAG.finditer(head):
        attrs = {k.lower(): html.unescape(v.strip("\"'")) for k, v in _ATTR.findall(match.group(2))}
        tags.append(attrs)
    return tags


def find_page_url(tags: list[dict[str, str]]) -> str | None:
    """Return the page's own URL: `<link rel=canonical>` first, then `og:url`."""
    for tag in tags:
        if "canonical" in tag.get("rel", "").lower().split() and tag.get("href", "").strip():
            return tag["href"].strip()
    for tag in tags:
        if tag.get("property", tag.get("name", "")).lower() == "og:url" and tag.get("content"):
            return tag["content"].strip()
    return None


def html_fields(decoded: Decoded, n_bytes: int, url: str | None = None) -> dict[str, Any]:
    """Return the `Article` fields read from a decoded page: `url` (given or canonical), `meta`."""
    meta = decoding_meta(decoded, n_bytes)
    page_url = find_page_url(find_head_tags(decoded.text))
    if page_url and url and page_url != url:
        meta["canonical_url"] = page_url
    return {"url": url or page_url, "meta": meta}


class HtmlReader(Reader):
    """Read `.html`/`.htm` pages: decoded markup, canonical URL, decoding details in `meta`.

    Example:
        >>> from pathlib import Path
        >>> [a.format for a in HtmlReader().read(Path("page.html"))]  # doctest: +SKIP
        ['html']
    """

    name = "ingest.html.v1"
    extensions = (".html", ".htm")

    def read(self, path: Path) -> Iterator[Article | InputError]:
        """Yield one article for the page, or one `InputError` saying why it cannot be read."""
        source = str(path)
        try:
            data = read_capture_bytes(path, self.max_bytes)
            decoded = decode_bytes(data, declared=find_declared_charset(data))
        except UnreadableCapture as err:
            yield InputError(source, err.reason)
            return
        yield self.make_article(decoded.text, source, "html", **html_fields(decoded, len(data)))

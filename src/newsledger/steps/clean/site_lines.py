"""Per-site line statistics and the site furniture they reveal, for the clean stage.

Input: a capture (`str`) and its URL or source path; a site's `SiteLineStats` and a capture's
units. Output: normalised line keys and the capture's site; `SiteLineStats`, the per-site
count of documents holding each line key (CCNet-style line dedup, kept per site so that one
site's corpus teaches the cleaner its furniture); and the units marked SITE_FURNITURE
because many of the site's pages hold them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlsplit

from newsledger.steps.clean.classify import SHORT_MAX_CHARS
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import SITE_FURNITURE

# Lines whose normalised form is shorter than this carry no signal for site statistics
# ("", "|", "0") and would make every page look alike.
MIN_KEY_CHARS = 3
# Line keys are truncated hashes: 16 hex digits keep collisions negligible per site.
KEY_HEX_DIGITS = 16
# Site furniture: held by at least this many of the site's documents (the page itself may be
# counted, so two means "seen on another page too") and this share of them.
SITE_MIN_DOCS = 2
SITE_MIN_SHARE = 0.5
# If more than this share of a page's prose is "furniture", the page is a re-capture or a
# syndicated copy of a story already seen: its prose is kept and only non-prose is judged.
SITE_COPY_SHARE = 0.5

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(slots=True)
class SiteLineStats:
    """How many documents of one site hold each normalised line.

    Example:
        >>> stats = SiteLineStats()
        >>> stats.add_document(line_keys("Menu\\nA story.\\n"))
        >>> stats.add_document(line_keys("Menu\\nAnother story.\\n"))
        >>> stats.share(line_key("Menu"))
        1.0
    """

    n_docs: int = 0
    line_docs: dict[str, int] = field(default_factory=dict)

    def add_document(self, keys: set[str]) -> None:
        """Count one more document holding `keys` (each key once per document)."""
        self.n_docs += 1
        for key in keys:
            self.line_docs[key] = self.line_docs.get(key, 0) + 1

    def count(self, key: str) -> int:
        """Return how many documents of the site hold line `key`."""
        return self.line_docs.get(key, 0)

    def share(self, key: str) -> float:
        """Return the share (0..1) of the site's documents that hold line `key`."""
        return self.line_docs.get(key, 0) / self.n_docs if self.n_docs else 0.0


def site_key(url: str | None, source: str) -> str:
    """Return the site a capture belongs to: the URL host, else the capture's folder.

    Example:
        >>> site_key("https://www.example.org/a/b", "x.txt")
        'example.org'
        >>> site_key(None, "corpus/rferl/001.txt")
        'corpus/rferl'
    """
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    path = source.split("#", 1)[0]
    return str(PurePath(path).parent)


def normalise_line(text: str) -> str:
    """Normalise a line for cross-document matching: lower case, digits and punctuation out."""
    text = _DIGITS.sub("0", text.lower())
    return _NON_WORD.sub(" ", text).strip()


def line_key(text: str) -> str:
    """Return the key of a line (a short hash of its normalised form; "" for empty lines)."""
    norm = normalise_line(text)
    if len(norm) < MIN_KEY_CHARS:
        return ""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=KEY_HEX_DIGITS // 2).hexdigest()


def line_keys(raw: str) -> set[str]:
    """Return the set of line keys of a capture (what the ledger stores per document)."""
    keys = {line_key(line) for line in raw.splitlines()}
    keys.discard("")
    return keys


def mark_furniture(
    raw: str, units: list[Unit], reasons: list[str | None], stats: SiteLineStats
) -> None:
    """Mark lines common on the site, unless the page is a copy of a story already seen."""
    frequent = [_is_frequent(raw, unit, stats) for unit in units]
    prose = [u for u in units if len(u.text) >= SHORT_MAX_CHARS]
    if prose and sum(frequent[u.index] for u in prose) > SITE_COPY_SHARE * len(prose):
        return
    for unit in units:
        if frequent[unit.index] and reasons[unit.index] is None:
            reasons[unit.index] = SITE_FURNITURE


def _is_frequent(raw: str, unit: Unit, stats: SiteLineStats) -> bool:
    """Return whether every line of the unit is held by many of the site's documents."""
    for start, end in unit.spans:
        count = stats.count(line_key(raw[start:end]))
        if count < SITE_MIN_DOCS or count < SITE_MIN_SHARE * stats.n_docs:
            return False
    return True

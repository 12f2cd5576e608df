"""Article dedup after cleaning: exact copies, near-duplicates and syndicated wire copies.

Input: clean article bodies (`Article.text`, the site footer already removed by the cleaner) with
their id, outlet, URL and publication date, fed one at a time to a `Deduplicator`. Output: one
`ClusterMember` per article: the cluster it belongs to, the cluster's canonical article (earliest
published, then longest, then first seen), the similarity to the copy it matched and why
(`exact`, `near_duplicate`, `contained`, or `canonical` for the first of a cluster).

Exact copies share `fingerprint_text(text)` (a hash of the normalised words). Other copies are
found with MinHash LSH over word shingles (`newsledger.merge.minhash`) and checked with two
estimates from the signatures: Jaccard similarity (an edited copy) and containment (a wire copy
with a paragraph added, a headline changed). Memory stays bounded: per article the deduplicator
keeps one compact MinHash signature (`NUM_PERM` 32-bit values in one numpy matrix), its shingle
and word counts, its date and 10 LSH bucket entries, never the text (about 1 KB an article).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from newsledger.merge.minhash import (
    NUM_PERM,
    SHINGLE_WORDS,
    BandIndex,
    band_keys,
    estimate_overlap,
    minhash_signature,
    shingle_hashes,
)
from newsledger.records import stable_id

# Two bodies with this estimated Jaccard similarity are the same article, lightly edited.
NEAR_DUPLICATE_JACCARD = 0.75
# A body whose shingles lie this much inside another's is a copy of it with material added or
# cut (syndicated wire copy with a local paragraph, a changed headline, a trimmed ending).
CONTAINMENT_MIN = 0.8
# Containment is only trusted for bodies of this many shingles or more: a two-line brief is
# "contained" in any long article that quotes it.
CONTAINMENT_MIN_SHINGLES = 40
# Bodies with fewer shingles than this are only deduplicated exactly (too short to compare).
MIN_SHINGLES = 8
# A line counts as a site's furniture when this share of the site's articles carry it...
COMMON_LINE_MIN_SHARE = 0.5
# ...and at least this many articles do (two articles sharing a line is just a quote).
COMMON_LINE_MIN_ARTICLES = 3
# Sort key of an undated article when choosing the canonical copy: after every dated one.
UNDATED = 10**9

REASON_CANONICAL = "canonical"
REASON_EXACT = "exact"
REASON_NEAR = "near_duplicate"
REASON_CONTAINED = "contained"

_WORD = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Return the lower-cased word tokens of `text` (NFKC, punctuation and spacing ignored)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def fingerprint_text(text: str) -> str:
    """Return a hash of `text`'s normalised words: equal for copies differing only in spacing,
    case or punctuation.

    Example:
        >>> fingerprint_text("Police  detained ten.") == fingerprint_text("police detained ten")
        True
    """
    return stable_id(" ".join(normalise_words(text)), length=32)


def line_key(line: str) -> str:
    """Return the normalised key of one line (for per-site furniture statistics)."""
    return stable_id(" ".join(normalise_words(line)))


def find_common_lines(texts: Iterable[str]) -> set[str]:
    """Return the keys of lines carried by many of one site's article bodies.

    Args:
        texts: the clean bodies of one site's articles.

    Returns:
        Line keys present in at least `COMMON_LINE_MIN_ARTICLES` bodies and at least
        `COMMON_LINE_MIN_SHARE` of them.
    """
    counts: Counter[str] = Counter()
    n_texts = 0
    for text in texts:
        n_texts += 1
        counts.update({line_key(line) for line in text.splitlines() if normalise_words(line)})
    floor = max(COMMON_LINE_MIN_ARTICLES, COMMON_LINE_MIN_SHARE * n_texts)
    return {key for key, n in counts.items() if n >= floor}


def strip_common_lines(text: str, common: set[str]) -> str:
    """Drop `common` lines from `text`; keep it whole if too little would remain to compare.

    (Three copies of one story on a small site make the story's own lines "common"; stripping
    them would leave nothing, so such a body is compared whole.)
    """
    if not common:
        return text
    kept = "\n".join(line for line in text.splitlines() if line_key(line) not in common)
    return kept if len(normalise_words(kept)) >= SHINGLE_WORDS + MIN_SHINGLES else text


@dataclass(slots=True)
class ClusterMember:
    """Where one article landed: its cluster, canonical article, similarity and reason."""

    article_id: str
    cluster_id: str
    canonical_id: str
    similarity: float
    reason: str
    matched_id: str | None = None


class Deduplicator:
    """Cluster article bodies incrementally: feed articles with `add`, read `members()`.

    Example:
        >>> dedup = Deduplicator()
        >>> dedup.add("a1", "Police detained ten people in Minsk on Sunday ...", None).reason
        'canonical'
        >>> dedup.add("a2", "Police detained ten people in Minsk on Sunday ...", None).reason
        'exact'
    """

    def __init__(self) -> None:
        self._index = BandIndex()
        self._ids: list[str] = []
        self._number: dict[str, int] = {}
        self._sigs = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self._n_shingles = np.zeros(1024, dtype=np.int32)
        self._stats: list[tuple[int, int]] = []  # (published ordinal or UNDATED, words)
        self._by_fingerprint: dict[str, int] = {}
        self._parent: list[int] = []  # union-find over article numbers
        self._found: list[ClusterMember] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(
        self,
        article_id: str,
        text: str,
        published: date | None = None,
        common_lines: set[str] | None = None,
    ) -> ClusterMember:
        """Add one clean body; return what it matched (resolved ids come from `members()`).

        Args:
            article_id: the article's id (adding an id twice returns its first result).
            text: the clean body (`Article.text`).
            published: the publication date, for choosing the canonical article.
            common_lines: keys of the site's furniture lines (`find_common_lines`), ignored
                when comparing near-duplicates (exact copies are judged on the whole body).
        """
        if article_id in self._number:
            return self._found[self._number[article_id]]
        words = normalise_words(text)
        fingerprint = stable_id(" ".join(words), length=32)
        if common_lines:
            words = normalise_words(strip_common_lines(text, common_lines))
        hashes = shingle_hashes(words)
        number = self._append(article_id, published, len(words), len(hashes))
        match = self._match_exact(fingerprint)
        if match is None and len(hashes) >= MIN_SHINGLES:
            self._sigs[number] = minhash_signature(hashes)
            keys = band_keys(self._sigs[number])
            match = self._match_near(number, self._index.query(keys))
            self._index.insert(number, keys)
        self._by_fingerprint.setdefault(fingerprint, number)
        matched, similarity, reason = match or (None, 1.0, REASON_CANONICAL)
        if matched is not None:
            self._parent[self._root(number)] = self._root(matched)
        matched_id = self._ids[matched] if matched is not None else None
        found = ClusterMember(article_id, "", "", round(similarity, 3), reason, matched_id)
        self._found.append(found)
        return found

    def _append(self, article_id: str, published: date | None, n_words: int, n_sh: int) -> int:
        """Register a new article; grow the signature matrix when full."""
        number = len(self._ids)
        if number == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.zeros_like(self._sigs)])
            self._n_shingles = np.concatenate([self._n_shingles, np.zeros_like(self._n_shingles)])
        self._ids.append(article_id)
        self._number[article_id] = number
        self._n_shingles[number] = n_sh
        self._stats.append((published.toordinal() if published else UNDATED, n_words))
        self._parent.append(number)
        return number

    def _match_exact(self, fingerprint: str) -> tuple[int, float, str] | None:
        """Return the first earlier article with the same fingerprint."""
        first = self._by_fingerprint.get(fingerprint)
        return None if first is None else (first, 1.0, REASON_EXACT)

    def _match_near(self, number: int, candidates: set[int]) -> tuple[int, float, str] | None:
        """Return the most similar earlier candidate this article copies, if any."""
        if not candidates:
            return None
        others = np.array(sorted(candidates))
        jaccard, containment = estimate_overlap(
            self._sigs[number],
            int(self._n_shingles[number]),
            self._sigs[others],
            self._n_shingles[others],
        )
        best = None
        for other, jac, con in zip(
            others.tolist(), jaccard.tolist(), containment.tolist(), strict=True
        ):
            small = min(int(self._n_shingles[number]), int(self._n_shingles[other]))
            found = _judge(jac, con, small)
            if found and (best is None or found[0] > best[1]):
                best = (other, found[0], found[1])
        return best

    def _root(self, number: int) -> int:
        """Return the union-find root of an article number (with path halving)."""
        parent = self._parent
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    def members(self) -> list[ClusterMember]:
        """Return every article's membership, canonical and cluster ids resolved."""
        groups: dict[int, list[int]] = {}
        for number in range(len(self._ids)):
            groups.setdefault(self._root(number), []).append(number)
        out: list[ClusterMember | None] = [None] * len(self._ids)
        for group in groups.values():
            cluster_id = stable_id("cluster", self._ids[group[0]])
            canonical = min(group, key=lambda n: (self._stats[n][0], -self._stats[n][1], n))
            for number in group:
                out[number] = self._resolve(number, canonical, cluster_id)
        return out  # type: ignore[return-value]

    def _resolve(self, number: int, canonical: int, cluster_id: str) -> ClusterMember:
        """Return one article's membership given its cluster's canonical article."""
        base = self._found[number]
        canonical_id = self._ids[canonical]
        if number == canonical:
            return ClusterMember(base.article_id, cluster_id, canonical_id, 1.0, REASON_CANONICAL)
        if base.reason == REASON_CANONICAL:  # an earlier-published copy joined after it
            joined = self._found[canonical]
            return ClusterMember(
                base.article_id,
                cluster_id,
                canonical_id,
                joined.similarity,
                joined.reason,
                canonical_id,
            )
        return ClusterMember(
            base.article_id, cluster_id, canonical_id, base.similarity, base.reason, base.matched_id
        )


def _judge(jaccard: float, containment: float, n_small: int) -> tuple[float, str] | None:
    """Return (similarity, reason) when the estimates say "copy", else None."""
    if jaccard >= NEAR_DUPLICATE_JACCARD:
        return jaccard, REASON_NEAR
    if containment >= CONTAINMENT_MIN and n_small >= CONTAINMENT_MIN_SHINGLES:
        return containment, REASON_CONTAINED
    return None

"""MinHash signatures of word shingles and a compact LSH band index (pure, numpy).

Input: normalised words of a body. Output: the distinct 64-bit hashes of its word shingles
(`shingle_hashes`), a `NUM_PERM`-value MinHash signature (`minhash_signature`), estimates of
Jaccard similarity and containment from two signatures (`estimate_overlap`), and `BandIndex`,
an LSH index that returns earlier articles sharing a band with a signature.

Why not datasketch's `MinHashLSH`: it keeps a Python set per bucket, about 8 KB per article at
its 32 bands (measured with bench/dedup_scale.py: 175 MiB peak at 10 k articles), which does not
stay bounded at 100 k. `BandIndex` keeps at most `BUCKET_CAP` article numbers per bucket in
one dict of ints, and signatures live in one growing numpy matrix (`NUM_PERM` x 4 bytes each).
"""

from __future__ import annotations

import zlib

import numpy as np

# Words per shingle: 5-word shingles make two articles on the same topic (shared names, stock
# phrases) share few shingles, while a copy shares almost all of them.
SHINGLE_WORDS = 5
# MinHash size: 64 values estimate Jaccard within about +-0.11 (2 sigma) at 0.75, enough to tell
# a copy (>= 0.75) from a related story (< 0.3), at 256 bytes an article.
NUM_PERM = 64
# LSH bands x rows: a pair with Jaccard 0.6 shares a band with probability 0.91, 0.7 -> 0.985,
# 0.3 -> 0.24 (then rejected by the signature check); only 10 index entries per article.
LSH_BANDS = 10
LSH_ROWS = 3
# Articles kept per bucket: the first few holders of a band value are enough to reach the
# cluster, and a cap keeps one boilerplate-heavy bucket from growing without bound.
BUCKET_CAP = 8
# Seed of the hash parameters: fixed, so signatures are comparable across runs.
MINHASH_SEED = 20201024

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _parameters() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the fixed multiply-shift parameters and the band-mixing multipliers."""
    rng = np.random.default_rng(MINHASH_SEED)
    a = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    rows = rng.integers(1, 2**63, size=LSH_ROWS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    return a, b, rows


_PERM_A, _PERM_B, _ROW_MIX = _parameters()


class _TokenHashes(dict):
    """crc32 of each word, cached: a dict lookup is several times cheaper than hashing."""

    limit = 500_000  # bounded: cleared when full (a cache, not state)

    def __missing__(self, word: str) -> int:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = zlib.crc32(word.encode())
        return value


_TOKENS = _TokenHashes()


def shingle_hashes(words: list[str]) -> np.ndarray:
    """Return the distinct 64-bit hashes of the `SHINGLE_WORDS`-word shingles of `words`."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    tokens = np.fromiter(map(_TOKENS.__getitem__, words), np.uint64, len(words))
    width = min(SHINGLE_WORDS, len(words))
    n = len(words) - width + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            acc = (acc * _MIX + tokens[offset : offset + n] + np.uint64(offset)) & _MASK64
    return np.unique(acc)


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """Return the MinHash signature (`NUM_PERM` uint32 values) of a set of shingle hashes."""
    mins = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), 4096):
            block = hashes[start : start + 4096, None]
            mins = np.minimum(mins, ((block * _PERM_A + _PERM_B) >> np.uint64(32)).min(axis=0))
    return mins.astype(np.uint32)


def estimate_overlap(
    sig: np.ndarray, n: int, others: np.ndarray, n_others: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (Jaccard, containment of the smaller set in the larger) against each of `others`.

    |A ∩ B| follows from the Jaccard estimate J and the set sizes: J (|A| + |B|) / (1 + J).
    """
    jaccard = (others == sig).mean(axis=1)
    inter = jaccard * (n + n_others) / (1 + jaccard)
    return jaccard, np.minimum(1.0, inter / np.maximum(1, np.minimum(n, n_others)))


def band_keys(sig: np.ndarray) -> list[int]:
    """Return the `LSH_BANDS` bucket keys of a signature (band number mixed in)."""
    bands = sig[: LSH_BANDS * LSH_ROWS].astype(np.uint64).reshape(LSH_BANDS, LSH_ROWS)
    with np.errstate(over="ignore"):
        mixed = (bands * _ROW_MIX).sum(axis=1, dtype=np.uint64) + np.arange(
            LSH_BANDS, dtype=np.uint64
        )
    return [int(k) for k in mixed]


class BandIndex:
    """LSH buckets: band key -> up to `BUCKET_CAP` article numbers (ints)."""

    def __init__(self) -> None:
        self._buckets: dict[int, int | list[int]] = {}

    def query(self, keys: list[int]) -> set[int]:
        """Return the article numbers sharing any bucket with `keys`."""
        found: set[int] = set()
        for key in keys:
            held = self._buckets.get(key)
            if held is not None:
                found.update(held if isinstance(held, list) else (held,))
        return found

    def insert(self, number: int, keys: list[int]) -> None:
        """Add article `number` to its buckets (full buckets keep their first holders)."""
        for key in keys:
            held = self._buckets.get(key)
            if held is None:
                self._buckets[key] = number
            elif isinstance(held, int):
                self._buckets[key] = [held, number]
            elif len(held) < BUCKET_CAP:
                held.append(number)

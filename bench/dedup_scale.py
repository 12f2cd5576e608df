"""Benchmark: article dedup at scale, in bounded memory (issue 5).

Generates `--n` synthetic article variants from `--bases` invented base texts (random words
drawn from a Zipf-shaped invented vocabulary, so no real text is used), each variant an exact
copy, a re-spaced copy, a copy with a few words changed, a copy with a paragraph added, or one
with a paragraph cut. Runs the baseline (exact normalised-hash dedup alone) and the full
`Deduplicator` (exact + MinHash LSH + containment) on the same stream and prints articles/s,
peak RSS, the speed ratio, and how well each recovers the base stories (cluster purity: share
of clusters holding one base; completeness: share of bases held in one cluster).

Usage:
    python bench/dedup_scale.py --n 10000
    python bench/dedup_scale.py --n 100000 --bases 400
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import defaultdict

from newsledger.merge.dedup import Deduplicator, fingerprint_text

VOCABULARY = 20_000  # invented word types
PARAGRAPHS = (4, 12)  # paragraphs per base text
PARAGRAPH_WORDS = (25, 70)


def make_vocabulary(rng: random.Random) -> list[str]:
    """Return invented words (letters only), most frequent first."""
    letters = "abcdefghijklmnoprstuvyz"
    return [
        "".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(VOCABULARY)
    ]


def make_base(rng: random.Random, vocab: list[str], weights: list[float]) -> list[str]:
    """Return one invented article as a list of paragraphs."""
    paragraphs = []
    for _ in range(rng.randint(*PARAGRAPHS)):
        words = rng.choices(vocab, weights, k=rng.randint(*PARAGRAPH_WORDS))
        paragraphs.append(" ".join(words).capitalize() + ".")
    return paragraphs


def make_variant(rng: random.Random, base: list[str], vocab: list[str]) -> str:
    """Return one edited copy of a base text."""
    paras = list(base)
    kind = rng.randrange(5)
    if kind == 1:
        return "\n\n".join(p.replace(" ", rng.choice(["  ", " \n", " "])) for p in paras)
    if kind == 2:
        words = "\n\n".join(paras).split(" ")
        for _ in range(max(1, len(words) // 60)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        return " ".join(words)
    if kind == 3:
        extra = " ".join(rng.choices(vocab, k=rng.randint(*PARAGRAPH_WORDS)))
        paras.insert(rng.randrange(len(paras) + 1), extra)
    if kind == 4 and len(paras) > 4:
        paras.pop(rng.randrange(len(paras)))
    return "\n\n".join(paras)


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MiB (Linux: ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def score(assigned: dict[str, str], truth: dict[str, int]) -> tuple[float, float, int]:
    """Return (purity, completeness, clusters) of a clustering against the base ids."""
    by_cluster: dict[str, set[int]] = defaultdict(set)
    by_base: dict[int, set[str]] = defaultdict(set)
    for article_id, cluster in assigned.items():
        by_cluster[cluster].add(truth[article_id])
        by_base[truth[article_id]].add(cluster)
    purity = sum(len(b) == 1 for b in by_cluster.values()) / len(by_cluster)
    completeness = sum(len(c) == 1 for c in by_base.values()) / len(by_base)
    return purity, completeness, len(by_cluster)


def run_exact(stream) -> tuple[dict[str, str], float]:
    """Baseline: cluster by exact normalised-body hash; return (clusters, seconds)."""
    start = time.perf_counter()
    first: dict[str, str] = {}
    exact: dict[str, str] = {}
    for article_id, text in stream:
        exact[article_id] = first.setdefault(fingerprint_text(text), article_id)
    return exact, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="article variants to generate")
    parser.add_argument("--bases", type=int, default=300, help="base texts")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    vocab = make_vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    bases = [make_base(rng, vocab, weights) for _ in range(args.bases)]
    truth = {f"v{i}": rng.randrange(args.bases) for i in range(args.n)}

    def stream():
        gen = random.Random(args.seed + 1)
        for article_id, base in truth.items():
            yield article_id, make_variant(gen, bases[base], vocab)

    exact, exact_s = run_exact(stream())
    rss_before = peak_rss_mb()

    start = time.perf_counter()
    dedup = Deduplicator()
    for article_id, text in stream():
        dedup.add(article_id, text)
    members = {m.article_id: m.cluster_id for m in dedup.members()}
    full_s = time.perf_counter() - start

    print(f"articles: {args.n}  bases: {args.bases}")
    for name, seconds, assigned in (
        ("exact hash (baseline)", exact_s, exact),
        ("minhash lsh", full_s, members),
    ):
        purity, completeness, clusters = score(assigned, truth)
        print(
            f"{name:22s} {args.n / seconds:9.0f} articles/s  clusters {clusters:6d}  "
            f"purity {purity:.3f}  completeness {completeness:.3f}"
        )
    print(f"speed ratio (lsh / exact): {full_s / exact_s:.1f}x slower")
    print(f"peak RSS: {rss_before:.0f} MiB after baseline, {peak_rss_mb():.0f} MiB after lsh")


if __name__ == "__main__":
    main()

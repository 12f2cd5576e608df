"""Benchmark the clean stage: text-cleaner throughput (MB/s, one core) and the HTML path's
time against trafilatura alone on the same pages.

Times are CPU times of this process (`time.process_time`), so that other jobs on a shared
machine do not distort them. Input: the seed captures in ../shared/corpus/seeds (if present)
plus our own fixtures in tests/data/clean, repeated to a few megabytes; for HTML, the
ScrapingHub pages in ../shared (if present) or our own HTML fixture. Output: one line per
measure.

Usage: python bench/clean_speed.py [--megabytes 5] [--html-pages 40]
"""

from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "data" / "clean"


def _text_captures() -> list[str]:
    """Return the text captures to clean (seeds when present, and our fixtures)."""
    paths = sorted((SHARED / "corpus" / "seeds").glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _html_pages(limit: int) -> list[str]:
    """Return HTML pages (ScrapingHub when present, else our fixture)."""
    folder = SHARED / "eval" / "external" / "scrapinghub-article-extraction" / "html"
    paths = sorted(folder.glob("*.html.gz"))[:limit]
    if paths:
        return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths]
    return [(FIXTURES / "article.html").read_text(encoding="utf-8")]


def bench_text(megabytes: float) -> float:
    """Return the text cleaner's throughput in MB/s over about `megabytes` of captures."""
    from newsledger.steps.clean.text import clean_text_capture

    captures = _text_captures()
    size = sum(len(c.encode("utf-8")) for c in captures)
    rounds = max(1, int(megabytes * 1e6 / size))
    clean_text_capture(captures[0])  # warm up: stop lists and the language index
    clean_text_capture("Der Rat hat die neue Linie beschlossen, und die Stadt baut sie.")
    started = time.process_time()
    for _ in range(rounds):
        for capture in captures:
            clean_text_capture(capture)
    elapsed = time.process_time() - started
    return rounds * size / 1e6 / elapsed


def bench_html(limit: int) -> tuple[float, float]:
    """Return seconds per page for the HTML path and for trafilatura alone."""
    import trafilatura

    from newsledger.steps.clean.html import clean_html_capture

    pages = _html_pages(limit)
    clean_html_capture(pages[0])  # warm up: imports, stop lists, the language index
    trafilatura.extract(pages[0])
    started = time.process_time()
    for page in pages:
        clean_html_capture(page)
    ours = (time.process_time() - started) / len(pages)
    started = time.process_time()
    for page in pages:
        trafilatura.extract(page)
    alone = (time.process_time() - started) / len(pages)
    return ours, alone


def main() -> None:
    """Print the measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--html-pages", type=int, default=40)
    args = parser.parse_args()
    print(f"text cleaner: {bench_text(args.megabytes):.1f} MB/s (one core)")
    ours, alone = bench_html(args.html_pages)
    print(
        f"html path: {ours * 1000:.1f} ms/page; trafilatura alone: {alone * 1000:.1f} ms/page; "
        f"ratio {ours / alone:.2f}"
    )


if __name__ == "__main__":
    main()

"""Throughput of the whole pipeline against spaCy parsing alone, on the same text, in one run.

Usage:
    python bench/throughput.py [PATH ...] [--repeat N] [--workers N]

PATH defaults to ../shared/corpus/seeds when present, else examples/sample-corpus. The corpus is
repeated N times (each copy a distinct article) so timings are not dominated by start-up. Prints
articles/s and sentences/s for the pipeline (clean + annotate + code events) and for spaCy's
`nlp.pipe` alone over the cleaned texts, and the ratio of the two.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from newsledger.errors import InputError
from newsledger.executors.local import LocalExecutor
from newsledger.pipeline import Pipeline
from newsledger.steps.ingest import iter_captures
from newsledger.steps.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [REPO.parent / "shared" / "corpus" / "seeds", REPO / "examples" / "sample-corpus"]


def _corpus(paths: list[Path], repeat: int):
    base = [a for a in iter_captures(paths) if not isinstance(a, InputError)]
    return [
        dataclasses.replace(a, id=f"{a.id}-{n}", meta=dict(a.meta))
        for n in range(repeat)
        for a in base
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    paths = args.paths or [next(p for p in DEFAULT_INPUTS if p.exists())]
    articles = _corpus(paths, args.repeat)
    nlp = load_pipeline()  # loaded before timing: both measurements exclude model loading
    pipeline = Pipeline.default()
    pipeline.setup()

    done = []
    start = time.perf_counter()
    LocalExecutor(workers=args.workers).run(pipeline, articles, done.extend)
    pipeline_s = time.perf_counter() - start

    texts = [a.text for a in done]
    start = time.perf_counter()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    spacy_s = time.perf_counter() - start

    n = len(done)
    print(f"inputs: {', '.join(map(str, paths))} x{args.repeat} = {len(articles)} articles")
    print(f"{'':<22}{'seconds':>9}{'articles/s':>12}{'sentences/s':>13}")
    for label, secs in (("pipeline (all steps)", pipeline_s), ("spaCy nlp.pipe alone", spacy_s)):
        print(f"{label:<22}{secs:>9.2f}{n / secs:>12.1f}{n_sents / secs:>13.1f}")
    print(f"pipeline time / spaCy time = {pipeline_s / spacy_s:.2f}")
    print(f"events coded: {sum(len(a.events) for a in done)}")


if __name__ == "__main__":
    main()

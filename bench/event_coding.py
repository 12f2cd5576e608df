"""What event coding costs next to spaCy parsing, on the same clean text (issue 4: ≤ 25 %).

Usage:
    python bench/event_coding.py [PATH ...] [--rounds N]

PATH defaults to ../shared/corpus/seeds when present, else examples/sample-corpus. The captures
are cleaned once; then N rounds are timed, each one spaCy `nlp.pipe` over the clean texts and then
the `code.events.v1` step over the Docs it parsed. Prints both total times and the ratio (coding
time / parsing time). The two alternate round by round, so a machine busy with other work slows
both alike; the ratio of the fastest rounds is printed too, as the least disturbed reading.
Per-article caches are per Doc, so every round pays them.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsledger.errors import InputError
from newsledger.steps.clean import CaptureCleaner
from newsledger.steps.events import EventCoder
from newsledger.steps.ingest import iter_captures
from newsledger.steps.nlp import load_pipeline

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUTS = [REPO.parent / "shared" / "corpus" / "seeds", REPO / "examples" / "sample-corpus"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    paths = args.paths or [next(p for p in DEFAULT_INPUTS if p.exists())]
    cleaner = CaptureCleaner()
    articles = [cleaner.process(a) for a in iter_captures(paths) if not isinstance(a, InputError)]
    articles = [a for a in articles if not a.drop_reason]
    nlp, coder = load_pipeline(), EventCoder()
    coder.setup()
    texts = [a.text for a in articles]

    parse_rounds, code_rounds, n_events = [], [], 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_rounds.append(time.perf_counter() - start)
        start = time.perf_counter()
        for article, doc in zip(articles, docs, strict=True):
            article.doc = doc  # the step reuses the annotate step's Doc, as in a pipeline run
            n_events += len(coder.process(article).events)
        code_rounds.append(time.perf_counter() - start)
    parse_s, code_s = sum(parse_rounds), sum(code_rounds)

    print(f"inputs: {', '.join(map(str, paths))}: {len(articles)} articles x{args.rounds} rounds")
    print(f"spaCy nlp.pipe          {parse_s:8.2f} s")
    print(f"code.events.v1          {code_s:8.2f} s   ({n_events // args.rounds} events/round)")
    print(f"coding / parsing = {code_s / parse_s:.2f}  (issue 4 target: <= 0.25)")
    print(f"fastest rounds: coding / parsing = {min(code_rounds) / min(parse_rounds):.2f}")


if __name__ == "__main__":
    main()

"""ACLED sub-event typing of news snippets: weighted F1 over the 25 CASE 2021 task 2 labels.

Usage:
    python bench/acled_news_snippets.py [FILE ...] [--confusion] [--show LABEL]

FILE defaults to bench/data/news_snippets_a.tsv and news_snippets_b.tsv: self-written,
news-worded snippets, ten per label (TSV with a header: id, snippet, label in CASE names). Each
snippet is coded with no publication date and typed by `classify_acled`, as the CASE scorer
(`newsledger.eval.events_acled.score_case`) does; an untyped snippet counts as OTHER. Prints the
weighted F1 over the 25 labels and the accuracy of each file and of all files together.
`--confusion` adds each label's recall and precision and the most common confusions; `--show
LABEL` prints the missed snippets of one label and the label each got. A missing file is
skipped with a one-line note.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from newsledger.eval.events_acled import CASE_LABELS, CASE_SEEN
from newsledger.eval.events_common import _Coder, weighted_f1
from newsledger.steps.events.acled import classify_acled

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FILES = [REPO / "bench" / "data" / f"news_snippets_{part}.tsv" for part in "ab"]
TOP_CONFUSIONS = 25


def read_snippets(path: Path) -> list[dict[str, str]]:
    """The rows (id, snippet, label) of one snippet file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def case_label(events: list, text: str) -> str:
    """The CASE label `classify_acled` gives a coded snippet (OTHER when it gives none)."""
    sub = (classify_acled(events, text) or ("", "Other"))[1]
    return CASE_LABELS.get(sub, "OTHER")


def summary(name: str, gold: list[str], pred: list[str]) -> str:
    """One line: weighted F1 over the 25 labels and accuracy."""
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1 = weighted_f1(gold, pred, CASE_SEEN)
    return f"{name:<28} n={len(gold):4d}  weighted F1 {f1:.3f}  accuracy {accuracy:.3f}"


def confusion_report(gold: list[str], pred: list[str]) -> list[str]:
    """Per-label recall and precision, then the most common (gold -> predicted) confusions."""
    pairs = list(zip(gold, pred, strict=True))
    support, predicted = Counter(gold), Counter(pred)
    hits = Counter(g for g, p in pairs if g == p)
    lines = [f"{'label':<30} {'gold':>4} {'pred':>4} {'R':>5} {'P':>5}"]
    shown = [label for label in CASE_SEEN if support[label] or predicted[label]]
    for label in sorted(shown, key=lambda k: (hits[k] / max(support[k], 1), k)):
        recall = hits[label] / support[label] if support[label] else 0.0
        precision = hits[label] / predicted[label] if predicted[label] else 0.0
        row = f"{support[label]:4d} {predicted[label]:4d} {recall:5.2f} {precision:5.2f}"
        lines.append(f"{label:<30} {row}")
    confusions = Counter((g, p) for g, p in pairs if g != p)
    lines.append("most common confusions (gold -> predicted):")
    lines += [f"{n:4d}  {g} -> {p}" for (g, p), n in confusions.most_common(TOP_CONFUSIONS)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--confusion", action="store_true", help="recall/precision, confusions")
    parser.add_argument("--show", metavar="LABEL", help="print the missed snippets of LABEL")
    args = parser.parse_args()
    files = []
    for path in args.files or DEFAULT_FILES:
        if path.exists():
            files.append(path)
        else:
            print(f"skipped {path}: no such file")
    if not files:
        return
    coder = _Coder()
    all_rows, all_pred = [], []
    for path in files:
        rows = read_snippets(path)
        coded = coder.code([r["snippet"] for r in rows], [None] * len(rows))
        pred = [case_label(e, r["snippet"]) for e, r in zip(coded, rows, strict=True)]
        print(summary(path.name, [r["label"] for r in rows], pred))
        all_rows += rows
        all_pred += pred
    gold = [r["label"] for r in all_rows]
    if len(files) > 1:
        print(summary("all files", gold, all_pred))
    if args.confusion:
        print("\n".join(confusion_report(gold, all_pred)))
    if args.show:
        for row, got in zip(all_rows, all_pred, strict=True):
            if row["label"] == args.show and got != args.show:
                print(f"[{row['id']}] got {got}\n    {row['snippet']}")


if __name__ == "__main__":
    main()

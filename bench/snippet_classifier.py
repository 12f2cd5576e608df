"""Experiment (not adopted): a word n-gram classifier as a second opinion on ACLED typing.

Usage:
    pip install scikit-learn==1.9.1   # not a project dependency
    python bench/snippet_classifier.py [--min-probability P] [--never SUB ...] [--shared PATH]

A logistic regression over word unigrams and bigrams (TF-IDF, C=10) is fitted on the
self-written snippet files in bench/data/ and replaces `classify_acled`'s label when its
probability is above P and its label is not in `--never`. For each snippet file it is fitted
on all the other files (leave one file out) and the script prints the weighted F1 over the 25
CASE labels of the rules alone, the classifier alone and the two together. With `../shared`
present it also scores the ACLED sample's dev notes, with the classifier fitted on every file.
Why it was not adopted: docs/evaluation.md ("A snippet classifier as a second opinion").
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from newsledger.eval.events_acled import CASE_LABELS, CASE_SEEN, _acled_rows
from newsledger.eval.events_common import _Coder, weighted_f1
from newsledger.steps.events.acled import classify_acled

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data"
DEFAULT_NEVER = ("ARREST", "ATTACK", "GRENADE", "PROTEST_WITH_INTER")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows (id, snippet, label) of one snippet file."""
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def rule_labels(coder: _Coder, texts: list[str], dates: list) -> list[str]:
    """`classify_acled`'s label of each text, in CASE names (OTHER when none)."""
    coded = coder.code(texts, dates)
    labels = [classify_acled(ev, text) for ev, text in zip(coded, texts, strict=True)]
    return [CASE_LABELS.get((label or ("", "Other"))[1], "OTHER") for label in labels]


class Classifier:
    """TF-IDF word 1-2 grams + logistic regression, fitted on (text, CASE label) pairs."""

    def __init__(self, texts: list[str], labels: list[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        self.model = LogisticRegression(C=10.0, max_iter=2000)
        self.model.fit(self.vectorizer.fit_transform(texts), labels)

    def top(self, texts: list[str]) -> list[tuple[str, float]]:
        """The most likely label of each text and its probability."""
        probabilities = self.model.predict_proba(self.vectorizer.transform(texts))
        classes = self.model.classes_
        return [(str(classes[row.argmax()]), float(row.max())) for row in probabilities]


def together(rules: list[str], tops: list[tuple[str, float]], args) -> list[str]:
    """The classifier's label where the policy lets it replace the rules'."""
    return [
        label if probability > args.min_probability and label not in args.never else rule
        for rule, (label, probability) in zip(rules, tops, strict=True)
    ]


def leave_one_file_out(coder: _Coder, args) -> None:
    """Rules / classifier / together on each file, the classifier fitted on the others."""
    files = {path.stem: read_rows(path) for path in sorted(DATA.glob("news_snippets_*.tsv"))}
    print(f"{'left-out file':<22} {'rules':>6} {'clf':>6} {'both':>6}")
    results = []
    for name, rows in files.items():
        others = [row for other, kept in files.items() if other != name for row in kept]
        classifier = Classifier([r["snippet"] for r in others], [r["label"] for r in others])
        texts, gold = [r["snippet"] for r in rows], [r["label"] for r in rows]
        rules, tops = rule_labels(coder, texts, [None] * len(texts)), classifier.top(texts)
        predictions = (rules, [label for label, _ in tops], together(rules, tops, args))
        results.append([weighted_f1(gold, pred, CASE_SEEN) for pred in predictions])
        print(f"{name:<22} " + " ".join(f"{value:6.3f}" for value in results[-1]), flush=True)
    means = [sum(column) / len(results) for column in zip(*results, strict=True)]
    print(f"{'mean over files':<22} " + " ".join(f"{value:6.3f}" for value in means))


def acled_dev(coder: _Coder, args) -> None:
    """Rules alone and together on the ACLED sample's dev notes (fitted on every file)."""
    rows = _acled_rows(args.shared / "eval" / "external", "dev", None)
    texts = [row["notes"] for row in rows]
    dates = [datetime.strptime(row["event_date"], "%d-%b-%y").date() for row in rows]
    snippets = [row for path in sorted(DATA.glob("news_snippets_*.tsv")) for row in read_rows(path)]
    classifier = Classifier([r["snippet"] for r in snippets], [r["label"] for r in snippets])
    rules = rule_labels(coder, texts, dates)
    gold = [CASE_LABELS.get(row["sub_event_type"], "OTHER") for row in rows]
    both = together(rules, classifier.top(texts), args)
    for name, pred in (("rules", rules), ("both", both)):
        print(f"ACLED dev notes, {name:<6} weighted F1 {weighted_f1(gold, pred, CASE_SEEN):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-probability", type=float, default=0.6)
    parser.add_argument("--never", nargs="*", default=list(DEFAULT_NEVER))
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("skipped: needs scikit-learn (pip install scikit-learn==1.9.1)")
    coder = _Coder()
    leave_one_file_out(coder, args)
    if (args.shared / "eval" / "external").is_dir():
        acled_dev(coder, args)
    else:
        print(f"skipped ACLED dev notes: {args.shared} not found")


if __name__ == "__main__":
    main()

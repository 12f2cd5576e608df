"""A gate on the project's own, self-written dev sets: it runs everywhere, ../shared or not.

`bench/data/` holds news snippets written for the 25 ACLED sub-event types and text captures of
news pages with their gold bodies (see its README). Their scores must not fall below the floors
pinned in self_written_baseline.json; `python -m pytest tests/eval/test_self_written_gate.py
--update-eval-baseline` rewrites the floors on purpose.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsledger.eval.events_acled import CASE_LABELS, CASE_SEEN
from newsledger.eval.events_common import weighted_f1
from newsledger.eval.extraction_scores import body_scores, shingle_match

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
BASELINE = Path(__file__).with_name("self_written_baseline.json")
# Everything is deterministic: the margin only absorbs float noise, so one item still fails.
EPSILON = 0.002


def _snippet_scores() -> dict[str, float]:
    """Weighted F1 over the 25 labels of `classify_acled` on each snippet file."""
    from newsledger.eval.events_common import _Coder
    from newsledger.steps.events.acled import classify_acled

    coder, scores = _Coder(), {}
    for path in sorted(DATA.glob("news_snippets_*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        texts = [row["snippet"] for row in rows]
        coded = coder.code(texts, [None] * len(texts))
        predicted = [
            CASE_LABELS.get((classify_acled(events, text) or ("", "Other"))[1], "OTHER")
            for events, text in zip(coded, texts, strict=True)
        ]
        gold = [row["label"] for row in rows]
        scores[f"snippets/{path.stem}/weighted F1"] = weighted_f1(gold, predicted, CASE_SEEN)
    return scores


def _capture_scores() -> dict[str, float]:
    """Body F1 (ScrapingHub scoring) of the text path on each folder of page captures."""
    from newsledger.steps.clean.text import clean_text_capture

    scores = {}
    for folder in sorted(path for path in DATA.glob("captures_*") if path.is_dir()):
        matches = []
        for gold_path in sorted(folder.glob("*.gold.txt")):
            page = gold_path.with_name(gold_path.name.replace(".gold", "")).read_text("utf-8")
            cleaned = clean_text_capture(page).text
            matches.append(shingle_match(gold_path.read_text("utf-8"), cleaned))
        scores[f"captures/{folder.name}/F1"] = body_scores(matches).f1
    return scores


@pytest.mark.slow
def test_self_written_sets_score_no_lower_than_their_floors(check_floors):
    scores = {**_snippet_scores(), **_capture_scores()}
    check_floors({key: round(value, 4) for key, value in scores.items()}, BASELINE, EPSILON)


def test_every_snippet_label_is_a_case_label():
    for path in sorted(DATA.glob("news_snippets_*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            labels = {row["label"] for row in csv.DictReader(handle, delimiter="\t")}
        assert labels == CASE_SEEN, f"{path.name}: {sorted(labels ^ CASE_SEEN)}"

"""PLOVER event typing scored on the PLOVER GSR and on the PETRARCH-2 GSR validation set.

Input: `eval/external/plover-gsr/` (GSR records with PLOVER 0.5 types and source/target actors;
CAMEO2PLOVER) and `eval/external/petrarch-validation/` (sentences with CAMEO codes). Output:
`EvalRow`s for `newsledger eval events`: type accuracy of the main event, actor and recipient F1.
Both are dev-only sets (no split).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsledger.eval.events_common import EvalRow, _Coder, actor_matches, main_event
from newsledger.records import Actor

# PLOVER 0.5 names in the GSR file -> PLOVER 1.0 (eval/README.md).
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


def _side_f1(pairs: list[tuple[list[Actor], list[tuple[str, str | None]]]]) -> float:
    """Micro F1 of predicted vs gold actors over sentences.

    Precision counts predicted actors that match some gold actor, recall gold actors matched by
    some prediction, so neither can exceed 1 when the two lists differ in length.
    """
    pred_hits = gold_hits = n_pred = n_gold = 0
    for predicted, gold in pairs:
        n_pred, n_gold = n_pred + len(predicted), n_gold + len(gold)
        gold_hits += sum(any(actor_matches(a, t, c) for a in predicted) for t, c in gold)
        pred_hits += sum(any(actor_matches(a, t, c) for t, c in gold) for a in predicted)
    precision = pred_hits / n_pred if n_pred else 0.0
    recall = gold_hits / n_gold if n_gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _gold_actors(value: object) -> list[tuple[str, str | None]]:
    """(actorText, code) pairs of a GSR source/target field (absent or malformed: none)."""
    if not isinstance(value, list):
        return []
    return [(a.get("actorText", ""), a.get("code")) for a in value if isinstance(a, dict)]


def score_plover(external: Path, coder: _Coder, limit: int | None) -> list[EvalRow]:
    """PLOVER GSR: event type accuracy, actor and recipient F1 (all records; no split)."""
    records = json.loads((external / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    records = [r for r in records if r.get("text") and r.get("event") != "DOCUMENT"][:limit]
    coded = coder.code([r["text"] for r in records], [None] * len(records))
    correct, actors, recipients = 0, [], []
    for record, events in zip(records, coded, strict=True):
        main = main_event(events)
        gold_type = PLOVER_RENAMES.get(record["event"], record["event"])
        correct += main is not None and main.event == gold_type
        source, target = _gold_actors(record.get("source")), _gold_actors(record.get("target"))
        actors.append((main.actor if main else [], source))
        recipients.append((main.recipient if main else [], target))
    n = len(records)
    return [
        EvalRow("PLOVER GSR", "type acc", correct / n if n else None, "", n),
        EvalRow("PLOVER GSR", "actor F1", _side_f1(actors), "", n),
        EvalRow("PLOVER GSR", "recipient F1", _side_f1(recipients), "", n),
    ]


def _cameo_to_plover(path: Path) -> dict[str, str]:
    """Read CAMEO2PLOVER: CAMEO code -> PLOVER event type."""
    mapping = {}
    for line in path.read_text("utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match:
            mapping[match.group(1)] = match.group(2)
    return mapping


def score_petrarch(external: Path, coder: _Coder, limit: int | None) -> list[EvalRow]:
    """PETRARCH-2 GSR validation: CAMEO codes mapped to PLOVER; type accuracy of the main event."""
    mapping = _cameo_to_plover(external / "plover-gsr" / "CAMEO2PLOVER-2021.txt")
    xml = (external / "petrarch-validation" / "PETR2_GSR_validation.xml").read_text("utf-8")
    items = []
    for block in xml.split("<Sentence ")[1:]:
        codes = re.findall(r'eventcode="(\d+)"', block)
        text = re.search(r"<Text>(.*?)</Text>", block, re.S)
        gold = {mapping.get(c) or mapping.get(c[:3]) or mapping.get(c[:2]) for c in codes} - {None}
        if text and gold:
            items.append((" ".join(text.group(1).split()), gold))
    items = items[:limit]
    coded = coder.code([t for t, _ in items], [None] * len(items))
    correct = sum(
        1
        for (_, gold), events in zip(items, coded, strict=True)
        if (main := main_event(events)) is not None and main.event in gold
    )
    n = len(items)
    return [EvalRow("PETRARCH2 GSR", "type acc (CAMEO→PLOVER)", correct / n if n else None, "", n)]

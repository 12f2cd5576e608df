"""Police actions scored on IndiaPoliceEvents, sentence by sentence.

Input: `eval/external/india-police-events/sents.jsonl` (dev: even doc_id, test: odd). Output:
arrest/kill/force precision and recall as `EvalRow`s for `newsledger eval events`;
`india_labels` reads those labels off one sentence's coded events.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.eval.events_common import EvalRow, _Coder, prf
from newsledger.records import Event

INDIA_LABELS = {"ARREST": "arrest", "KILL": "kill", "FORCE": "force"}


def _by_police(event: Event) -> bool:
    """True when the police (or a security force) is among the event's actors."""
    return any(a.sector == "COP" or "police" in a.name.lower() for a in event.actor)


def india_labels(events: list[Event]) -> set[str]:
    """IndiaPoliceEvents labels implied by a sentence's events (police action only)."""
    labels = set()
    real = [e for e in events if not {"negated", "hypothetical", "future"} & set(e.aux)]
    police_violence = any(e.event == "ASSAULT" and _by_police(e) for e in real)
    for event in real:
        if event.event == "COERCE" and event.mode in ("arrest", "sentence"):
            labels.add("arrest")
        if event.event == "COERCE" and event.mode == "disperse":
            labels.add("force")
        killed = event.mode == "kill" or bool(event.size and event.size.killed)
        if event.event == "ASSAULT" and _by_police(event):
            # A killing by the police is also their use of force (the gold labels both).
            labels.update(("kill", "force") if killed else ("force",))
        elif killed and police_violence:
            labels.add("kill")
    return labels


def score_india(external: Path, coder: _Coder, split: str, limit: int | None) -> list[EvalRow]:
    """IndiaPoliceEvents, sentence level: arrest/kill/force precision and recall."""
    path = external / "india-police-events" / "sents.jsonl"
    docs: dict[int, list[dict]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            sent = json.loads(line)
            if sent["doc_id"] % 2 == (split == "test"):
                docs.setdefault(sent["doc_id"], []).append(sent)
    sents = [s for doc_id in sorted(docs)[:limit] for s in docs[doc_id]]
    coded = coder.code([s["sent_text"] for s in sents], [None] * len(sents))
    rows = []
    for gold_name, ours in INDIA_LABELS.items():
        gold = [gold_name in s["sent_labels"] for s in sents]
        pred = [ours in india_labels(e) for e in coded]
        tp = sum(g and p for g, p in zip(gold, pred, strict=True))
        p, r, _ = prf(tp, sum(pred), sum(gold))
        rows.append(EvalRow("IndiaPoliceEvents", f"{ours} P", p, "", len(sents)))
        rows.append(EvalRow("IndiaPoliceEvents", f"{ours} R", r, "", len(sents)))
    return rows

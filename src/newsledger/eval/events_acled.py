"""ACLED typing scored on the ACLED 2020 sample and on CASE 2021 task 2.

Input: `eval/external/acled-2020-global-sample/` (notes with event/sub-event type, actors, date,
location, fatalities; dev: even data_id, test: odd) and `eval/external/case2021-task2/` (test
only). Output: `EvalRow`s for `newsledger eval events`; `CASE_LABELS` maps ACLED sub-event types
to the CASE labels, also used by the snippet benches.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import datetime
from pathlib import Path

from newsledger.eval.events_common import EvalRow, _Coder, actor_matches, main_event, weighted_f1
from newsledger.records import Event

# ACLED sub-event types -> CASE 2021 task 2 labels (the 25 "seen" types).
CASE_LABELS = {
    "Peaceful protest": "PEACE_PROTEST", "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL",
    "Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Air/drone strike": "AIR_STRIKE", "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Grenade": "GRENADE",
    "Chemical weapon": "CHEM_WEAP", "Sexual violence": "SEX_VIOL", "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP", "Agreement": "AGREEMENT",
    "Arrests": "ARREST", "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP", "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
}  # fmt: skip
CASE_SEEN = frozenset(CASE_LABELS.values())


def _acled_rows(external: Path, split: str, limit: int | None) -> list[dict[str, str]]:
    """ACLED sample rows of one split (dev: even data_id, test: odd)."""
    path = external / "acled-2020-global-sample" / "acled_2020-04-27_2020-05-09.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if int(r["data_id"]) % 2 == (split == "test")]
    return rows[:limit]


def _acled_location_ok(event: Event | None, row: dict[str, str]) -> bool:
    """ACLED location scoring: exact location name or admin1 (case-insensitive)."""
    if event is None or event.event_loc is None:
        return False
    gold = {row["location"].lower(), row["admin1"].lower()} - {""}
    place = event.event_loc
    return bool({(place.name or "").lower(), (place.admin1 or "").lower()} & gold)


def score_acled(external: Path, coder: _Coder, split: str, limit: int | None) -> list[EvalRow]:
    """ACLED sample: event/sub-event type, actor1/actor2, date, location, fatalities."""
    from newsledger.steps.events.acled import acled_event, classify_acled

    rows = _acled_rows(external, split, limit)
    dates = [datetime.strptime(r["event_date"], "%d-%b-%y").date() for r in rows]
    coded = coder.code([r["notes"] for r in rows], dates)
    hits: Counter[str] = Counter()
    for row, day, events in zip(rows, dates, coded, strict=True):
        label = classify_acled(events, row["notes"]) or ("", "")
        main = acled_event(events) or main_event(events)
        hits["event_type acc"] += label[0] == row["event_type"]
        hits["sub_event_type acc"] += label[1] == row["sub_event_type"]
        hits["date exact"] += main is not None and main.date == day.isoformat()
        hits["location (name/admin1)"] += _acled_location_ok(main, row)
        killed = max((e.size.killed or 0 for e in events if e.size), default=0)
        hits["fatalities exact"] += killed == int(row["fatalities"] or 0)
        actors = main.actor if main else []
        hits["actor1 match"] += any(actor_matches(a, row["actor1"]) for a in actors)
    n = len(rows)
    metrics = ("event_type acc", "sub_event_type acc", "actor1 match", "date exact")
    metrics += ("location (name/admin1)", "fatalities exact")
    return [EvalRow("ACLED sample", m, hits[m] / n if n else None, "", n) for m in metrics]


def score_case(external: Path, coder: _Coder, limit: int | None) -> list[EvalRow]:
    """CASE 2021 task 2 (test only): weighted F1 over the 25 seen sub-event types."""
    from newsledger.steps.events.acled import classify_acled

    path = external / "case2021-task2" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["SubType"] in CASE_SEEN]
    rows = rows[:limit]
    coded = coder.code([r["EventSnippet"] for r in rows], [None] * len(rows))
    pred = [
        CASE_LABELS.get((classify_acled(e, r["EventSnippet"]) or ("", "Other"))[1], "OTHER")
        for e, r in zip(coded, rows, strict=True)
    ]
    gold = [r["SubType"] for r in rows]
    return [
        EvalRow(
            "CASE 2021 t2",
            "weighted F1 (25 seen)",
            weighted_f1(gold, pred, CASE_SEEN),
            "",
            len(rows),
        )
    ]

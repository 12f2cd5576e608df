"""`newsledger eval events`: score the event coder on external gold data.

Input: `../shared/eval/external/` (PLOVER GSR, ACLED 2020 sample, CASE 2021 task 2, PETRARCH-2
GSR validation, IndiaPoliceEvents). Output: `EvalRow`s (dataset, metric, our score, the published
anchor or target, item count), printed as one table. Tune on `--split dev` only; CASE 2021 has
no dev split and is scored with `--split test` only (eval/README.md).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import click

from newsledger.eval import shared_option, shared_or_skip
from newsledger.records import Actor, Event

# PLOVER 0.5 names in the GSR file -> PLOVER 1.0 (eval/README.md).
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
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
# Published figures and the issue-4 targets shown beside ours (eval/README.md, SOURCES.md).
ANCHORS = {
    ("CASE 2021 t2", "weighted F1 (25 seen)"): "best published 0.839; target 0.75",
    ("ACLED sample", "event_type acc"): "target 0.90",
    ("ACLED sample", "date exact"): "target 0.97",
    ("ACLED sample", "location (name/admin1)"): "target 0.90",
    ("ACLED sample", "fatalities exact"): "target 0.95",
    ("PLOVER GSR", "type acc"): "target 0.75",
    ("PLOVER GSR", "actor F1"): "target 0.75",
    ("PLOVER GSR", "recipient F1"): "target 0.75",
}
# Words ignored when matching actor phrases to gold actors.
ACTOR_STOPWORDS = frozenset({"the", "of", "a", "an", "and", "(", ")", "-", "forces", "group"})
# ACLED actor names -> words our actors use for the same side ("Police Forces of India").
ACTOR_SYNONYMS = {
    "protesters": {"protesters", "demonstrators", "people", "workers", "residents", "students"},
    "rioters": {"rioters", "mob", "protesters", "crowd", "people", "villagers"},
    "police": {"police", "policemen", "officers", "cops"},
    "military": {"soldiers", "troops", "army", "military", "forces"},
    "civilians": {"civilians", "people", "man", "woman", "men", "women", "villagers", "residents"},
    "unidentified": {"gunmen", "unknown", "unidentified", "assailants", "attackers"},
}
INDIA_LABELS = {"ARREST": "arrest", "KILL": "kill", "FORCE": "force"}
EXTERNAL = Path("eval") / "external"


@dataclass(slots=True)
class EvalRow:
    """One line of the evaluation table."""

    dataset: str
    metric: str
    ours: float | None
    anchor: str
    n: int


class _Coder:
    """The coder with its model, codebook and dictionary loaded once."""

    def __init__(self) -> None:
        from newsledger.steps.events import load_actor_dictionary, load_codebook
        from newsledger.steps.nlp import load_pipeline

        self.nlp = load_pipeline()
        self.book = load_codebook()
        self.actors = load_actor_dictionary()

    def code(self, texts: list[str], dates: list[date | None]) -> list[list[Event]]:
        """Code each text (with its publication date) through `nlp.pipe`."""
        from newsledger.steps.events import extract_events

        out = []
        for i, doc in enumerate(self.nlp.pipe(texts, batch_size=64)):
            kwargs = {"codebook": self.book, "actor_dict": self.actors, "dateline": None}
            out.append(extract_events(doc, article_id=str(i), published=dates[i], **kwargs))
        return out


def _main_event(events: list[Event]) -> Event | None:
    """The event a one-event gold record is compared with: the most confident real one."""
    real = [e for e in events if not {"negated", "hypothetical"} & set(e.aux)] or events
    return max(real, key=lambda e: e.confidence, default=None)


def _words(text: str) -> set[str]:
    """Lower-case content words of an actor phrase."""
    return {w for w in re.findall(r"[\w.]+", text.lower()) if w not in ACTOR_STOPWORDS}


def actor_matches(actor: Actor, gold_text: str, gold_code: str | None = None) -> bool:
    """True when a predicted actor names the gold actor (shared word, synonym or country)."""
    gold = _words(gold_text)
    ours = _words(actor.text) | _words(actor.name)
    for key, synonyms in ACTOR_SYNONYMS.items():
        if key in gold:
            gold |= synonyms
    if gold & ours:
        return True
    return bool(gold_code and actor.country and gold_code[:3] == actor.country)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def weighted_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> float:
    """Support-weighted F1 over `labels` (the CASE 2021 task 2 measure)."""
    support = Counter(g for g in gold if g in labels)
    total = sum(support.values())
    score = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        n_pred = sum(1 for p in pred if p == label)
        score += prf(tp, n_pred, count)[2] * count / total
    return score


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
        main = _main_event(events)
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
        main = acled_event(events) or _main_event(events)
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
        if (main := _main_event(events)) is not None and main.event in gold
    )
    n = len(items)
    return [EvalRow("PETRARCH2 GSR", "type acc (CAMEO→PLOVER)", correct / n if n else None, "", n)]


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


EVENT_SETS = ("case", "plover", "acled", "petrarch", "india")


def evaluate_events(
    shared: Path,
    split: str = "dev",
    limit: int | None = None,
    sets: Iterable[str] = EVENT_SETS,
) -> list[EvalRow]:
    """Run every event benchmark found under `shared/eval/external` and return the rows.

    Args:
        shared: the `../shared` folder.
        split: "dev" (tune here) or "test" (report only); CASE 2021 is scored on test only.
        limit: at most this many items per set (documents for IndiaPoliceEvents).
        sets: which of `EVENT_SETS` to score (all by default).

    Returns:
        One `EvalRow` per metric, anchors filled in.

    Example:
        >>> rows = evaluate_events(Path("../shared"), split="dev", limit=50)
    """
    external = shared / EXTERNAL
    coder = _Coder()
    scorers: dict[str, Callable[[], list[EvalRow]]] = {
        "case": lambda: score_case(external, coder, limit) if split == "test" else [],
        "plover": lambda: score_plover(external, coder, limit),
        "acled": lambda: score_acled(external, coder, split, limit),
        "petrarch": lambda: score_petrarch(external, coder, limit),
        "india": lambda: score_india(external, coder, split, limit),
    }
    wanted = set(sets)
    rows = [row for name, score in scorers.items() if name in wanted for row in score()]
    for row in rows:
        row.anchor = ANCHORS.get((row.dataset, row.metric), "—")
    return rows


def format_table(rows: list[EvalRow]) -> str:
    """Render rows as one aligned text table."""
    lines = [f"{'dataset':<18} {'metric':<26} {'ours':>6} {'n':>6}  anchor"]
    for r in rows:
        ours = "—" if r.ours is None else f"{r.ours:.3f}"
        lines.append(f"{r.dataset:<18} {r.metric:<26} {ours:>6} {r.n:>6}  {r.anchor}")
    return "\n".join(lines)


@click.command("events")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@shared_option
@click.option("--limit", type=int, default=None, help="At most N items per data set.")
@click.option(
    "--set",
    "sets",
    type=click.Choice(EVENT_SETS),
    multiple=True,
    help="Score only this data set (repeatable); all by default. CASE 2021 is test-only.",
)
def events_command(
    split: str, shared_path: Path | None, limit: int | None, sets: tuple[str, ...]
) -> None:
    """Score the event coder on PLOVER GSR, ACLED, CASE 2021, PETRARCH-2 and IndiaPoliceEvents.

    \b
    Example:
        newsledger eval events --split dev --limit 200
    """
    shared = shared_or_skip(shared_path, EXTERNAL)
    if shared is None:
        return
    started = datetime.now()
    rows = evaluate_events(shared, split=split, limit=limit, sets=sets or EVENT_SETS)
    click.echo(format_table(rows))
    seconds = (datetime.now() - started).total_seconds()
    command = f"newsledger eval events --split {split}" + (f" --limit {limit}" if limit else "")
    command += "".join(f" --set {name}" for name in sets)
    click.echo(f"\n{len(rows)} metrics in {seconds:.0f}s; reproduce with: {command}", err=True)

"""Tests of `newsledger eval events` (newsledger.eval.events and its per-set modules): scoring
helpers on numbers we chose, the ACLED classifier on sentences we wrote, and a small run on
../shared (skipped without it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.eval.events import EvalRow, evaluate_events, events_command, format_table
from newsledger.eval.events_common import actor_matches, prf, weighted_f1
from newsledger.eval.events_india import india_labels
from newsledger.records import Actor
from newsledger.steps.events.acled import classify_acled


@pytest.mark.parametrize(
    ("tp", "n_pred", "n_gold", "expected"),
    [(2, 4, 2, (0.5, 1.0, 2 / 3)), (0, 0, 3, (0.0, 0.0, 0.0))],
)
def test_events_eval_prf(tp, n_pred, n_gold, expected):
    assert prf(tp, n_pred, n_gold) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (["A", "A", "B", "C"], ["A", "A", "B", "C"], 1.0),
        (["A", "A", "B", "X"], ["A", "B", "B", "A"], (0.5 * 2 + 2 / 3 * 1) / 3),
    ],
)
def test_events_eval_weighted_f1(gold, pred, expected):
    assert weighted_f1(gold, pred, {"A", "B", "C"}) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("actor", "gold", "code", "expected"),
    [
        (Actor("riot police", "riot police"), "Police Forces of Chile (2018-)", None, True),
        (Actor("Kyiv", "Ukraine", country="UKR"), "Government of Ukraine", "UKR", True),
        (Actor("farmers", "farmers"), "Military Forces of Mali", None, False),
    ],
)
def test_events_eval_actor_matches(actor, gold, code, expected):
    assert actor_matches(actor, gold, code) is expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Villagers marched to the district office to demand clean water.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Police fired tear gas to disperse students who were protesting.",
            ("Protests", "Protest with intervention"),
        ),
        ("Rebels and army troops clashed near the border town.", ("Battles", "Armed clash")),
        (
            "A warplane carried out an airstrike on a rebel base.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        ("Police arrested a local councillor for fraud.", ("Strategic developments", "Arrests")),
        (
            "Rebel fighters fired mortars and small arms at army positions near the town.",
            ("Battles", "Armed clash"),
        ),
        (
            "Rebel fighters fired mortars at army positions near the town.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "Unknown gunmen attacked a minibus on the highway and killed the driver.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "Insurgents ambushed an army convoy outside the town, killing two soldiers.",
            ("Battles", "Armed clash"),
        ),
        (
            "Dozens of residents blocked the main road with burning tyres to demand water.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "Villagers pelted stones at a man accused of theft until he died.",
            ("Riots", "Mob violence"),
        ),
        (
            "Nurses demonstrated outside the clinic; police intervened and detained two of them.",
            ("Protests", "Protest with intervention"),
        ),
    ],
)
def test_events_eval_classify_acled(code, text, label):
    assert classify_acled(code(text)) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The bodies of two men were found dumped near a bridge.",
            ("Violence against civilians", "Attack"),
        ),
        (
            "A column of armoured vehicles crossed into the province.",
            ("Strategic developments", "Change to group/activity"),
        ),
        ("The weather was mild all week.", None),
    ],
)
def test_events_eval_classify_acled_text_fallback(text, label):
    assert classify_acled([], text) == label


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Police arrested four men.", {"arrest"}),
        ("Police lathi-charged the crowd.", {"force"}),
        # A killing by the police is also force, as the gold labels it.
        ("Police shot dead two men at the checkpoint.", {"kill", "force"}),
    ],
)
def test_events_eval_india_labels(code, text, labels):
    assert india_labels(code(text)) == labels


@pytest.mark.parametrize(
    "rows", [[EvalRow("set", "acc", 0.5, "target 0.9", 10), EvalRow("set", "f1", None, "—", 0)]]
)
def test_events_eval_format_table(rows):
    table = format_table(rows)
    assert "0.500" in table and "target 0.9" in table and len(table.splitlines()) == 3


@pytest.mark.parametrize("args", [["--shared", "/nonexistent/shared"]])
def test_events_eval_command_missing_data(args):
    # Like every eval command: no gold data is a clean skip, not an error.
    result = CliRunner().invoke(events_command, args)
    assert result.exit_code == 0 and "skipped" in result.output


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev"])
def test_events_eval_runs_on_shared(shared_dir: Path, split):
    rows = evaluate_events(shared_dir, split=split, limit=10)
    datasets = {r.dataset for r in rows}
    assert {"PLOVER GSR", "ACLED sample", "PETRARCH2 GSR", "IndiaPoliceEvents"} <= datasets
    assert "CASE 2021 t2" not in datasets  # test-only set, never scored on dev
    assert all(r.ours is None or 0.0 <= r.ours <= 1.0 for r in rows)

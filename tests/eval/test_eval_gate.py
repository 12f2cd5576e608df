"""The evaluation gate: dev-split scores must not fall below floors pinned in eval_baseline.json.

Runs each evaluation on a fixed, small slice of the dev splits in ../shared (skips without it).
Floors change only on purpose: `python -m pytest tests/eval/test_eval_gate.py
--update-eval-baseline` rewrites eval_baseline.json from the current scores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

BASELINE = Path(__file__).with_name("eval_baseline.json")
# Slices small enough for CI, large enough that one item moves a score by about 0.01-0.02.
GATE_PAGES = 30
GATE_EVENT_ITEMS = 150
GATE_TIMEX_DOCS = 40
# Tolerated drop below a floor: run-to-run differences are nil (everything is deterministic),
# so this only absorbs library float noise; a real regression of one item still fails.
EPSILON = 0.005


def _current_scores(shared: Path) -> dict[str, float]:
    from newsledger.eval.events import evaluate_events
    from newsledger.eval.extraction import evaluate_extraction
    from newsledger.eval.timex import score_timex

    scores: dict[str, float] = {}
    for set_name, systems in evaluate_extraction(shared, "dev", limit=GATE_PAGES).bodies.items():
        for system, result in systems.items():
            if system.startswith("newsledger"):
                scores[f"extraction/{set_name}/{system}/f1"] = result.f1
    for row in evaluate_events(shared, "dev", limit=GATE_EVENT_ITEMS):
        if row.ours is not None:
            scores[f"events/{row.dataset}/{row.metric}"] = row.ours
    timex = score_timex(shared, "dev", limit=GATE_TIMEX_DOCS)
    for kind in ("strict", "relaxed", "value"):
        scores[f"timex/{kind}/f1"] = timex[kind]["f1"]
    return {key: round(value, 4) for key, value in scores.items()}


@pytest.mark.shared
@pytest.mark.slow
def test_eval_gate_no_score_below_its_floor(shared_dir: Path, check_floors):
    check_floors(_current_scores(shared_dir), BASELINE, EPSILON)

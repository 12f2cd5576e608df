"""`newsledger eval events`: score the event coder on external gold data.

Input: `../shared/eval/external/` (PLOVER GSR, ACLED 2020 sample, CASE 2021 task 2, PETRARCH-2
GSR validation, IndiaPoliceEvents). Output: `EvalRow`s (dataset, metric, our score, the published
anchor or target, item count), printed as one table. Tune on `--split dev` only; CASE 2021 has
no dev split and is scored with `--split test` only (eval/README.md).

This module runs the sets and prints the table; each set's loader and scorer lives in its own
module (`events_acled`: ACLED sample and CASE 2021, `events_plover`: PLOVER GSR and PETRARCH-2,
`events_india`: IndiaPoliceEvents), the coder and shared measures in `events_common`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

import click

from newsledger.eval import shared_option, shared_or_skip
from newsledger.eval.events_acled import score_acled, score_case
from newsledger.eval.events_common import EvalRow, _Coder
from newsledger.eval.events_india import score_india
from newsledger.eval.events_plover import score_petrarch, score_plover

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
EXTERNAL = Path("eval") / "external"
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

"""`newsledger run PATH...`: the main job, from raw captures to the ledger."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import click

from newsledger.cli.options import db_option, setting_option
from newsledger.executors.base import RunStats
from newsledger.runner import RunOptions, ingest_paths
from newsledger.settings import get_setting


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from err


@click.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option(
    "--published",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date for captures whose metadata gives none (never the file's mtime).",
)
@setting_option("--workers", name="workers", type=click.IntRange(1, 64))
@click.option(
    "--pipeline",
    "pipeline_file",
    type=click.Path(exists=True, path_type=Path),
    help="A pipeline TOML file ([[pipeline]] tables) instead of the default steps.",
)
@setting_option("--max-bytes", name="max_bytes", type=click.IntRange(1))
@setting_option(
    "--overrides",
    name="overrides",
    type=click.Path(path_type=Path),
    help="YAML file of entity same/not-same overrides for merging.",
)
@click.option("--force", is_flag=True, help="Re-process captures already in the ledger.")
@click.option("--no-merge", is_flag=True, help="Skip cross-article merging after the run.")
@click.option("--allow-errors", is_flag=True, help="Exit 0 even if some inputs were skipped.")
@click.option(
    "--stats",
    "stats_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the run's per-step statistics to this JSON file.",
)
def run_command(
    paths,
    db,
    published,
    workers,
    pipeline_file,
    max_bytes,
    overrides,
    force,
    no_merge,
    allow_errors,
    stats_file,
) -> None:
    """Read captures (files or folders), clean them, code events, write the ledger.

    Reads .txt, .html/.htm, .jsonl and .warc/.warc.gz, recursively. A bad file gets one line
    naming it and the reason; the run goes on and ends with a summary. Re-running on the same
    input adds nothing twice.

    Example:

        newsledger run examples/sample-corpus --db ledger.db

        newsledger run ../shared/corpus/seeds --db seeds.db --published 2020-10-24
    """
    options = RunOptions(
        published=published,
        workers=workers,
        pipeline_file=pipeline_file,
        force=force,
        progress=sys.stderr.isatty(),
        merge=not no_merge,
        max_bytes=max_bytes,
        overrides_path=overrides,
        step_options=_step_options(),
    )
    stats = ingest_paths(paths, db, options)
    if stats_file:
        stats_file.write_text(json.dumps(stats.to_dict(), indent=2), encoding="utf-8")
    _print_summary(stats, db)
    if stats.skipped and not allow_errors:
        sys.exit(1)


def _step_options() -> dict[str, dict[str, object]]:
    """Step keyword arguments that come from settings (env, config file, defaults)."""
    return {
        "clean.capture.v1": {"page_timeout_s": float(get_setting("page_timeout"))},
        "code.events.v1": {
            "codebook_path": get_setting("codebook"),
            "actors_path": get_setting("actors"),
        },
    }


def _print_summary(stats: RunStats, db: str) -> None:
    """One line per skipped input, then the totals, on stderr."""
    for line in stats.input_errors + stats.step_errors:
        click.echo(f"skipped {line}", err=True)
    dropped = {
        key: n
        for counts in stats.steps.values()
        for key, n in counts.items()
        if key.startswith("dropped_") and n
    }
    parts = [f"{stats.written} article(s) written to {db}", f"{stats.unchanged} unchanged"]
    parts += [f"{n} {key.removeprefix('dropped_').replace('_', ' ')}" for key, n in dropped.items()]
    parts.append(f"{stats.skipped} skipped")
    parts.append(f"{stats.events} event(s)")
    click.echo("done: " + ", ".join(parts), err=True)

"""Shared click options and output helpers for the thin CLI commands."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import click

from newsledger.formats import spreadsheet_safe
from newsledger.settings import SETTINGS, get_setting

OUTPUT_FORMATS = ("table", "jsonl", "csv")
TABLE_CELL_WIDTH = 60  # wide enough for a name, short enough for an 80-column terminal row


def setting_option(*flags: str, name: str, **kwargs: Any) -> Callable:
    """A click option whose default comes from the settings table (env, config, default)."""
    setting = SETTINGS[name]
    text = kwargs.pop("help", setting.help)
    return click.option(
        *flags,
        default=lambda: get_setting(name),
        show_default=str(setting.default),
        help=f"{text} [env: {setting.envvar}]",
        **kwargs,
    )


db_option = setting_option("--db", name="db", metavar="PATH")

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default=None,
    help="Output format [default: table on a terminal, jsonl when piped].",
)


def resolve_format(fmt: str | None) -> str:
    """Default to a table on a terminal and JSON Lines when piped."""
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def emit(records: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str]) -> int:
    """Print records as JSON Lines, CSV or a plain table; return how many were printed."""
    rows = list(records)
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows({c: spreadsheet_safe(_cell(r.get(c))) for c in columns} for r in rows)
    else:
        _print_table(rows, columns)
    return len(rows)


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    cells = [[_cell(r.get(c)).replace("\n", " ")[:TABLE_CELL_WIDTH] for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())

"""`newsledger export`: write the ledger's events as PLOVER JSONL, ACLED CSV, CSV or Parquet.

Input: a ledger path and event filters. Output: the file given with `-o` (stdout when absent;
Parquet needs a file), and a one-line summary on stderr.
"""

from __future__ import annotations

import sys

import click

from newsledger.cli.options import db_option
from newsledger.export import EXPORT_FORMATS, export_events
from newsledger.store.queries import EventQuery
from newsledger.store.sql import open_existing_store


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write [stdout].")
@click.option("--actor", help="Actor or recipient name (substring).")
@click.option("--recipient", help="Recipient name (substring).")
@click.option("--type", "event_type", help="PLOVER event type, e.g. PROTEST.")
@click.option("--mode", help="PLOVER mode, e.g. arrest.")
@click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date, inclusive.")
@click.option("--place", help="Place name (substring).")
@click.option("--country", help="ISO 3166 alpha-2 code of the event's country.")
@click.option("--text", help="Substring of the evidence sentence.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), help="Lowest confidence kept.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
def export_command(db: str, fmt: str, output: str | None, **filters) -> None:
    """Export events for R, pandas, QGIS or spreadsheets.

    Formats: plover-jsonl (PLOVER field names, one event per line), acled-csv (ACLED column
    names), csv (one flat row per event), parquet (the same columns, typed).

    Example:

        newsledger export --db ledger.db --format acled-csv -o events.csv --since 2020-08

        newsledger export --db ledger.db --format parquet -o events.parquet --type PROTEST
    """
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet writes a binary file: give it with -o FILE")
    filters["event"] = filters.pop("event_type")
    query = EventQuery(**filters)
    with open_existing_store(db) as store:
        n = export_events(store, fmt, output or sys.stdout, query)
    click.echo(f"wrote {n} events ({fmt}) to {output or 'stdout'}", err=True)

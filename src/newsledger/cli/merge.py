"""CLI commands over the merge results: `actors`, `actor NAME`, `duplicates`.

Thin click commands (the lead adds them to the main group): parse options, call
`newsledger.merge.queries`, print. Data goes to stdout as a table, JSON Lines or CSV.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newsledger.errors import NewsLedgerError
from newsledger.merge.queries import find_entity, list_duplicates, list_entities
from newsledger.store.sql import SqlStore

FORMATS = ("table", "jsonl", "csv")
# Names listed per actor in the table view: enough to see the variants, short enough to read.
TABLE_NAMES = 4


def _db_option(func: Callable) -> Callable:
    return click.option(
        "--db",
        "db",
        default="ledger.db",
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="The ledger file.",
    )(func)


def _format_option(func: Callable) -> Callable:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def _open(db: Path) -> SqlStore:
    """Open an existing ledger, or fail with a one-line message."""
    if not db.exists():
        raise click.ClickException(f"no ledger at {db}; run `newsledger run` first or pass --db")
    try:
        return SqlStore(db)
    except NewsLedgerError as err:
        raise click.ClickException(str(err)) from err


def _emit(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    """Print rows as an aligned table, JSON Lines or CSV."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    flat = [{c: _cell(row.get(c)) for c in columns} for row in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        click.echo(out.getvalue(), nl=False)
        return
    widths = {c: max([len(c), *(len(r[c]) for r in flat)]) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
    for r in flat:
        click.echo("  ".join(r[c].ljust(widths[c]) for c in columns).rstrip())


def _cell(value: Any) -> str:
    """Render one value for a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _entity_row(record: dict[str, Any], names: int | None = None) -> dict[str, Any]:
    """Return the flat row of one entity: id, name, kind, counts, names seen."""
    seen = record["names"] if names is None else record["names"][:names]
    return {
        "id": record["id"],
        "name": record["name"],
        "kind": record["kind"],
        "country": record["country"],
        "mentions": record["n_mentions"],
        "events": len(record["events"]),
        "names": "; ".join(f"{n['name']} ({n['n']})" for n in seen),
    }


@click.command("actors")
@_db_option
@_format_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most N actors.")
def actors_command(db: Path, fmt: str, limit: int | None) -> None:
    """List the resolved actors (entities), most mentioned first, with the names seen.

    \b
    Example:
        newsledger actors --db ledger.db --limit 20
        newsledger actors --format jsonl | jq .names
    """
    records = list_entities(_open(db), limit)
    if fmt == "jsonl":
        _emit(records, fmt, [])
        return
    rows = [_entity_row(r, TABLE_NAMES if fmt == "table" else None) for r in records]
    _emit(rows, fmt, ["id", "name", "kind", "country", "mentions", "events", "names"])


@click.command("actor")
@click.argument("name")
@_db_option
@_format_option
def actor_command(name: str, db: Path, fmt: str) -> None:
    """Show one actor's profile; NAME may be any alias seen ("Lukashenko") or the entity id.

    \b
    Example:
        newsledger actor Lukashenko --db ledger.db
        newsledger actor "Svetlana Tikhanovskaya" --format jsonl
    """
    try:
        record = find_entity(_open(db), name)
    except NewsLedgerError as err:
        raise click.ClickException(str(err)) from err
    if fmt != "table":
        _emit(
            [record] if fmt == "jsonl" else [_entity_row(record)],
            fmt,
            ["id", "name", "kind", "country", "mentions", "events", "names"],
        )
        return
    click.echo(f"{record['name']}  [{record['kind']}]  id {record['id']}")
    click.echo(f"country: {record['country'] or '-'}  sector: {record['sector'] or '-'}")
    click.echo("names seen: " + "; ".join(f"{n['name']} ({n['n']})" for n in record["names"]))
    for title in record["titles"]:
        click.echo(
            f"title: {title['title']}  ({title['date'] or 'undated'}, {title['article_id']})"
        )
    for co in record["co_actors"][:10]:
        click.echo(f"co-actor: {co['name']} ({co['n']} events)")
    click.echo(f"events: {len(record['events'])}  articles: {len(record['articles'])}")
    for merge in record["merges"]:
        click.echo(f"merged: {' = '.join(merge['names'])}  because: {merge['reason']}")


@click.command("duplicates")
@_db_option
@_format_option
def duplicates_command(db: Path, fmt: str) -> None:
    """List duplicate clusters: the canonical article, then each copy with its outlet, URL, date,
    similarity and reason (exact, near_duplicate, contained).

    \b
    Example:
        newsledger duplicates --db ledger.db
        newsledger duplicates --format csv > copies.csv
    """
    clusters = list_duplicates(_open(db))
    if fmt == "jsonl":
        _emit(clusters, fmt, [])
        return
    rows = [
        {"cluster": c["cluster_id"], "role": "canonical" if a["canonical"] else "copy", **a}
        for c in clusters
        for a in c["articles"]
    ]
    columns = [
        "cluster",
        "role",
        "article_id",
        "outlet",
        "published",
        "similarity",
        "reason",
        "url",
    ]
    _emit(rows, fmt, columns)

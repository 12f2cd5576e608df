"""CLI commands over the merge results: `actors`, `actor NAME`, `duplicates`.

Thin click commands (the lead adds them to the main group): parse options, call
`newsledger.merge.queries`, print. Data goes to stdout as a table, JSON Lines or CSV.
"""

from __future__ import annotations

from typing import Any

import click

from newsledger.cli.options import db_option, emit, format_option, resolve_format
from newsledger.merge.queries import find_entity, list_duplicates, list_entities
from newsledger.store.sql import open_existing_store

# Names listed per actor in the table view: enough to see the variants, short enough to read.
TABLE_NAMES = 4
ENTITY_COLUMNS = ["id", "name", "kind", "country", "mentions", "events", "names"]


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
@db_option
@format_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most N actors.")
def actors_command(db: str, fmt: str | None, limit: int | None) -> None:
    """List the resolved actors (entities), most mentioned first, with the names seen.

    \b
    Example:
        newsledger actors --db ledger.db --limit 20
        newsledger actors --format jsonl | jq .names
    """
    fmt = resolve_format(fmt)
    records = list_entities(open_existing_store(db), limit)
    if fmt == "jsonl":
        emit(records, fmt, [])
        return
    rows = [_entity_row(r, TABLE_NAMES if fmt == "table" else None) for r in records]
    emit(rows, fmt, ENTITY_COLUMNS)


@click.command("actor")
@click.argument("name")
@db_option
@format_option
def actor_command(name: str, db: str, fmt: str | None) -> None:
    """Show one actor's profile; NAME may be any alias seen ("Lukashenko") or the entity id.

    \b
    Example:
        newsledger actor Lukashenko --db ledger.db
        newsledger actor "Svetlana Tikhanovskaya" --format jsonl
    """
    fmt = resolve_format(fmt)
    record = find_entity(open_existing_store(db), name)
    if fmt != "table":
        emit([record] if fmt == "jsonl" else [_entity_row(record)], fmt, ENTITY_COLUMNS)
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
@db_option
@format_option
def duplicates_command(db: str, fmt: str | None) -> None:
    """List duplicate clusters: the canonical article, then each copy with its outlet, URL, date,
    similarity and reason (exact, near_duplicate, contained).

    \b
    Example:
        newsledger duplicates --db ledger.db
        newsledger duplicates --format csv > copies.csv
    """
    fmt = resolve_format(fmt)
    clusters = list_duplicates(open_existing_store(db))
    if fmt == "jsonl":
        emit(clusters, fmt, [])
        return
    rows = [
        {
            "cluster": c["cluster_id"],
            "role": "canonical" if a["canonical"] else "copy",
            **a,
            "similarity": round(a["similarity"], 3) if a.get("similarity") is not None else None,
        }
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
    emit(rows, fmt, columns)

"""`newsledger articles`, `newsledger events`, `newsledger timeline`: read the ledger."""

from __future__ import annotations

import click

from newsledger.cli.options import db_option, emit, format_option, resolve_format
from newsledger.formats import (
    ARTICLE_TABLE_COLUMNS,
    EVENT_TABLE_COLUMNS,
    article_json,
    event_json,
    event_row,
)
from newsledger.store.queries import EventQuery
from newsledger.store.sql import open_existing_store

EVENT_CSV_COLUMNS = (
    "id date event mode actor recipient place aux confidence article_id event_text".split()
)
TIMELINE_COLUMNS = ("date", "event", "n")


def event_filters(func):
    """The event filters shared by `events` and `timeline`."""
    for option in reversed(
        (
            click.option("--actor", help="Actor or recipient name (substring, any spelling)."),
            click.option("--recipient", help="Recipient name (substring)."),
            click.option("--type", "event_type", help="PLOVER event type, e.g. PROTEST."),
            click.option("--since", metavar="DATE", help="From this date (YYYY, YYYY-MM, ...)."),
            click.option("--until", metavar="DATE", help="Up to this date, inclusive."),
        )
    ):
        func = option(func)
    return func


def _query(actor, recipient, event_type, since, until, limit=None) -> EventQuery:
    return EventQuery(
        actor=actor, recipient=recipient, event=event_type, since=since, until=until, limit=limit
    )


@click.command("articles")
@db_option
@format_option
@click.option("--id", "article_id", help="Only this article.")
@click.option("--limit", type=click.IntRange(1), help="At most this many articles.")
def articles_command(db: str, fmt: str | None, article_id: str | None, limit: int | None):
    """List the clean articles in the ledger (JSONL: full text and removed blocks).

    Example:

        newsledger articles --db ledger.db --format jsonl
    """
    store = open_existing_store(db)
    if article_id:
        found = [store.get_article(article_id)]
    else:
        found = store.iter_articles()
    records = []
    for article in found:
        records.append(article_json(article))
        if limit and len(records) >= limit:
            break
    emit(records, resolve_format(fmt), ARTICLE_TABLE_COLUMNS)


@click.command("events")
@db_option
@format_option
@event_filters
@click.option("--merged", is_flag=True, help="One row per event merged across articles.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
def events_command(db, fmt, actor, recipient, event_type, since, until, merged, limit):
    """List coded events (PLOVER fields in JSONL), filtered.

    Example:

        newsledger events --db ledger.db --actor Lukashenka --type CONSULT --format jsonl
    """
    store = open_existing_store(db)
    query = _query(actor, recipient, event_type, since, until, limit)
    fmt = resolve_format(fmt)
    if merged:
        from newsledger.merge import query_merged_events

        records = query_merged_events(store, query)
        emit(records, fmt, ("date", "event", "n_mentions", "n_articles", "n_outlets", "id"))
        return
    found = store.events(query)
    if fmt == "jsonl":
        emit((event_json(e) for e in found), fmt, EVENT_CSV_COLUMNS)
    else:
        columns = EVENT_TABLE_COLUMNS if fmt == "table" else EVENT_CSV_COLUMNS
        emit((event_row(e) for e in found), fmt, columns)


@click.command("timeline")
@db_option
@format_option
@event_filters
def timeline_command(db, fmt, actor, recipient, event_type, since, until):
    """Show events by date (for an actor, or the whole ledger).

    Dates with an unknown year (XXXX-10-24) sort after known ones; `--since`/`--until`
    only match dates whose year is known.

    Example:

        newsledger timeline --db ledger.db --actor Lukashenka
    """
    store = open_existing_store(db)
    query = _query(actor, recipient, event_type, since, until)
    fmt = resolve_format(fmt)
    if fmt != "table":
        emit(store.timeline(query), fmt, TIMELINE_COLUMNS)
        return
    _print_timeline(store.events(query))


def _print_timeline(found) -> None:
    """A readable timeline: one heading per date, one line per event."""
    current = object()
    for event in found:
        if event.date != current:
            current = event.date
            click.echo(f"\n{event.date or 'undated'}")
        row = event_row(event)
        who = row["actor"] or "?"
        whom = f" -> {row['recipient']}" if row["recipient"] else ""
        where = f" @ {row['place']}" if row["place"] else ""
        click.echo(f"  {row['event']:<10} {who}{whom}{where}")
        click.echo(f'             "{_shorten(row["event_text"])}"')


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"

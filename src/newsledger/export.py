"""Exports of the ledger's events: PLOVER JSON Lines, ACLED-style CSV, flat CSV, Parquet.

Input: an open `SqlStore` and an `EventQuery`. Output: a file (or a text/binary stream) in one of
`EXPORT_FORMATS`. Events are streamed from the store in date order, so a million-event ledger
exports in constant memory (Parquet is written in row groups). Parquet needs the `export`
extra (pyarrow), imported only when asked for.

Formats:
- `plover-jsonl`: one PLOVER-named record per line (`newsledger.formats.event_json`) plus the
  article's `url`, `outlet` and `published`.
- `acled-csv`: ACLED's column names (event_date, event_type, sub_event_type, actor1, actor2,
  country, admin1, location, latitude, longitude, fatalities, notes, source).
- `csv` and `parquet`: one flat row per event (`FLAT_COLUMNS`), lists joined with "; ".
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from newsledger.errors import MISSING_EXTRA, UNKNOWN_FORMAT, ConfigError, DependencyError
from newsledger.formats import event_json, spreadsheet_safe
from newsledger.records import Event, from_jsonable
from newsledger.store.queries import EVENT_SORTS, EventQuery
from newsledger.store.schema import articles, events
from newsledger.store.sql import SqlStore
from newsledger.store.views import conditions_for

EXPORT_FORMATS = ("plover-jsonl", "acled-csv", "csv", "parquet")
ACLED_COLUMNS = (
    "event_date event_type sub_event_type actor1 actor2 country admin1 location latitude "
    "longitude fatalities notes source"
).split()
# Column name -> pyarrow type name; the order is the CSV/Parquet column order.
FLAT_COLUMNS = {
    "id": "string",
    "article_id": "string",
    "date": "string",
    "event": "string",
    "mode": "string",
    "context": "string",
    "actor": "string",
    "actor_text": "string",
    "recipient": "string",
    "recipient_text": "string",
    "place": "string",
    "country": "string",
    "admin1": "string",
    "latitude": "float64",
    "longitude": "float64",
    "arrested": "int64",
    "killed": "int64",
    "injured": "int64",
    "participants": "int64",
    "aux": "string",
    "confidence": "float64",
    "evidence": "string",
    "evidence_start": "int64",
    "evidence_end": "int64",
    "extractor": "string",
    "url": "string",
    "outlet": "string",
    "published": "string",
}
# Rows fetched from the database at a time (and Parquet row-group size).
EXPORT_BATCH = 5000
SIZE_FIELDS = ("arrested", "killed", "injured", "participants")


def iter_event_rows(store: SqlStore, query: EventQuery) -> Iterator[tuple[Event, dict[str, Any]]]:
    """Yield (event, article metadata) for events matching `query`, in the query's order."""
    order = EVENT_SORTS.get(query.sort, EVENT_SORTS["date"])
    meta = (articles.c.url, articles.c.outlet, articles.c.published, articles.c.title)
    with store.engine.connect() as conn:
        stmt = (
            select(events.c.record, *meta)
            .join(articles, articles.c.id == events.c.article_id, isouter=True)
            .where(*conditions_for(conn, query, None))
            .order_by(*order)
        )
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        if query.offset:
            stmt = stmt.offset(query.offset)
        result = conn.execution_options(yield_per=EXPORT_BATCH).execute(stmt)
        for row in result:
            record, *values = row
            yield (
                from_jsonable(Event, record),
                dict(zip(("url", "outlet", "published", "title"), values, strict=True)),
            )


def _names(people: list[Any], attr: str) -> str:
    return "; ".join(getattr(p, attr) for p in people)


def flat_row(ev: Event, article: dict[str, Any]) -> dict[str, Any]:
    """Return one flat row (`FLAT_COLUMNS`) of an event and its article's metadata."""
    loc, size = ev.event_loc, ev.size
    row = {
        "id": ev.id,
        "article_id": ev.article_id,
        "date": ev.date,
        "event": ev.event,
        "mode": ev.mode,
        "context": "; ".join(ev.context),
        "actor": _names(ev.actor, "name"),
        "actor_text": _names(ev.actor, "text"),
        "recipient": _names(ev.recipient, "name"),
        "recipient_text": _names(ev.recipient, "text"),
        "place": loc.name if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "aux": "; ".join(ev.aux),
        "confidence": ev.confidence,
        "evidence": ev.evidence.text,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
        "extractor": ev.extractor,
        "url": article.get("url"),
        "outlet": article.get("outlet"),
        "published": article.get("published"),
    }
    row.update({k: getattr(size, k) if size else None for k in SIZE_FIELDS})
    return {k: row[k] for k in FLAT_COLUMNS}


def country_name(code: str | None) -> str | None:
    """Return the English country name of an ISO alpha-2 code (ACLED names countries)."""
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    return found.name if found else code


@functools.cache
def _codebook() -> Any:
    from newsledger.steps.events.codebook import load_codebook

    return load_codebook()


def acled_type(ev: Event) -> dict[str, str]:
    """Return the event's ACLED type: as coded, else from the shipped codebook's mapping."""
    if ev.acled:
        return ev.acled
    return _codebook().acled_for(ev.event, ev.mode) or {}


def acled_row(ev: Event, article: dict[str, Any]) -> dict[str, Any]:
    """Return one row in ACLED's column names (type from the codebook's ACLED mapping)."""
    acled, loc = acled_type(ev), ev.event_loc
    return {
        "event_date": ev.date,
        "event_type": acled.get("event_type", ""),
        "sub_event_type": acled.get("sub_event_type", ""),
        "actor1": ev.actor[0].name if ev.actor else "",
        "actor2": ev.recipient[0].name if ev.recipient else "",
        "country": country_name(loc.country) if loc else None,
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "fatalities": ev.size.killed if ev.size and ev.size.killed is not None else 0,
        "notes": ev.evidence.text,
        "source": article.get("outlet") or article.get("url") or "",
    }


def plover_record(ev: Event, article: dict[str, Any]) -> dict[str, Any]:
    """Return the PLOVER JSON record of an event with its article's metadata."""
    record = event_json(ev)
    record.update(
        url=article.get("url"), outlet=article.get("outlet"), published=article.get("published")
    )
    return record


def _write_jsonl(rows: Iterator[tuple[Event, dict]], out: IO[str]) -> int:
    n = 0
    for ev, art in rows:
        out.write(json.dumps(plover_record(ev, art), ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(rows: Iterator[tuple[Event, dict]], out: IO[str], acled: bool) -> int:
    columns = ACLED_COLUMNS if acled else list(FLAT_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev, art in rows:
        row = acled_row(ev, art) if acled else flat_row(ev, art)
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        n += 1
    return n


def _require_pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet  # noqa: F401
    except ImportError as err:
        raise DependencyError(MISSING_EXTRA.format(what="Parquet export", extra="export")) from err
    return pa


def parquet_schema() -> Any:
    """Return the pyarrow schema of the flat rows."""
    pa = _require_pyarrow()
    return pa.schema([(name, getattr(pa, kind)()) for name, kind in FLAT_COLUMNS.items()])


def _write_parquet(rows: Iterator[tuple[Event, dict]], out: str | Path | IO[bytes]) -> int:
    pa = _require_pyarrow()
    schema, n, batch = parquet_schema(), 0, []
    with pa.parquet.ParquetWriter(out, schema) as writer:
        for ev, art in rows:
            batch.append(flat_row(ev, art))
            if len(batch) >= EXPORT_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n + len(batch)


def export_events(
    store: SqlStore, fmt: str, out: str | Path | IO, query: EventQuery | None = None
) -> int:
    """Write the events matching `query` to `out` in format `fmt`; return how many.

    Args:
        store: the ledger.
        fmt: one of `EXPORT_FORMATS`.
        out: a path, or an open stream (text for the CSV/JSONL formats, binary for Parquet).
        query: filters (all events when None).

    Raises:
        ConfigError: unknown format.
        DependencyError: Parquet without pyarrow installed.

    Example:
        >>> export_events(store, "acled-csv", "events.csv", EventQuery(event="PROTEST"))
        12
    """
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(UNKNOWN_FORMAT.format(value=fmt, choices=", ".join(EXPORT_FORMATS)))
    rows = iter_event_rows(store, query or EventQuery())
    if fmt == "parquet":
        return _write_parquet(rows, str(out) if isinstance(out, Path) else out)
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(fmt, rows, handle)
    return _write_text(fmt, rows, out)


def _write_text(fmt: str, rows: Iterator[tuple[Event, dict]], out: IO[str]) -> int:
    if fmt == "plover-jsonl":
        return _write_jsonl(rows, out)
    return _write_csv(rows, out, acled=fmt == "acled-csv")


__all__ = ["ACLED_COLUMNS", "EXPORT_FORMATS", "FLAT_COLUMNS", "export_events", "flat_row"]

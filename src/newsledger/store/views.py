"""Read views over the ledger for the API, the web UI and the exports.

Input: an open `SqlStore` (its `engine` and the tables of `schema.py`). Output: plain,
JSON-ready dicts: event records, timeline counts per day/week/month, actor lists and profiles,
duplicate clusters and merged events. Every filter is a bound parameter, never formatted SQL.

The merge tables (`entities`, `article_clusters`, `merged_events`, `event_merges`) may be empty:
every view then answers with empty lists rather than failing.
"""

from __future__ import annotations

import functools
import threading
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, or_, select, text

from newsledger.errors import NotFound
from newsledger.store.actor_views import (
    actor_counts,
    actor_profile,
    add_actor_details,
    list_actors,
)
from newsledger.store.queries import EVENT_SORTS, EventQuery, _like, event_conditions
from newsledger.store.schema import (
    articles,
    event_actors,
    event_merges,
    events,
    ledger_version,
    merged_events,
)

PERIODS = ("day", "week", "month")
# TIMEX dates with a known year sort between these bounds ("XXXX-10-24" sorts after "9").
KNOWN_YEAR = ("0", "9999-99-99")
# The shortest TIMEX prefix each period needs: "2020-10" has a month but no day.
PERIOD_MIN_LENGTH = {"day": 10, "week": 10, "month": 7}
# Above this many distinct matching names, an actor filter falls back to a LIKE scan: a bound
# IN list that long is no faster than the scan and approaches SQLite's variable limit.
MAX_RESOLVED_NAMES = 500

# Indexes the read paths need on a large ledger (checked with EXPLAIN QUERY PLAN on the 1 M-event
# bench ledger): date order with a stable tie-break, and participant lookup by surface text.
READ_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date, id)",
    "CREATE INDEX IF NOT EXISTS ix_events_id_event_date ON events (id, event, date)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_text ON event_actors (text)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_name_role ON event_actors (name, role, event_id)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_event_name ON event_actors (event_id, name)",
)


def ensure_read_indexes(engine: Engine) -> list[str]:
    """Create the indexes the read views rely on that are missing; return their names.

    Each new index is analysed at once so the query planner knows it can use it (an index the
    statistics do not cover loses to the primary key in SQLite's cost estimates).
    """
    created = []
    with engine.begin() as conn:
        if engine.dialect.name != "sqlite":  # portable form; the planner statistics differ
            for statement in READ_INDEXES:
                conn.execute(text(statement))
            return created
        known = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
        )
        for statement in READ_INDEXES:
            name = statement.split(" ON ")[0].split()[-1]
            if name not in known:
                conn.execute(text(statement))
                conn.execute(text(f"ANALYZE {name}"))
                created.append(name)
    return created


@dataclass(slots=True)
class _NameCache:
    """Distinct participant names and surface texts, valid while `key` is unchanged."""

    key: Any = None
    names: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    # Lower-cased copies, made once per rebuild rather than once per name per query.
    names_lower: tuple[str, ...] = ()
    texts_lower: tuple[str, ...] = ()


class ActorResolver:
    """Turn an actor substring into the exact participant names it matches.

    A substring filter (`LIKE '%x%'`) cannot use an index, so on a large ledger every actor
    query would scan every event. The distinct names are few; matching them in memory and then
    looking events up by exact name through an index keeps actor queries fast. The cache is
    rebuilt when the ledger's change counter moves (any article or merge write).
    """

    def __init__(self) -> None:
        self._cache = _NameCache()
        self._lock = threading.Lock()

    def resolve(self, conn: Any, pattern: str) -> tuple[list[str], list[str]] | None:
        """Return (names, texts) containing `pattern`, or None when too many match."""
        cache = self._current(conn)
        needle = pattern.lower()
        names = [n for n, low in zip(cache.names, cache.names_lower, strict=True) if needle in low]
        texts = [t for t, low in zip(cache.texts, cache.texts_lower, strict=True) if needle in low]
        if len(names) + len(texts) > MAX_RESOLVED_NAMES:
            return None
        return names, texts

    def _current(self, conn: Any) -> _NameCache:
        """Return the cache, rebuilding it if the table changed."""
        key = ledger_version(conn)
        with self._lock:
            if self._cache.key != key or key is None:
                names = tuple(conn.execute(select(event_actors.c.name).distinct()).scalars())
                texts = tuple(conn.execute(select(event_actors.c.text).distinct()).scalars())
                self._cache = _NameCache(
                    key,
                    names,
                    texts,
                    tuple(n.lower() for n in names),
                    tuple(t.lower() for t in texts),
                )
            return self._cache


def _participant_condition(
    conn: Any, resolver: ActorResolver | None, pattern: str, roles: tuple[str, ...]
) -> Any:
    """Return an `events.id IN (...)` condition for participants matching `pattern`."""
    resolved = resolver.resolve(conn, pattern) if resolver else None
    if resolved is None:
        like = _like(pattern)
        match = or_(
            func.lower(event_actors.c.name).like(like, escape="\\"),
            func.lower(event_actors.c.text).like(like, escape="\\"),
        )
    else:
        names, texts = resolved
        match = or_(event_actors.c.name.in_(names), event_actors.c.text.in_(texts))
    ids = select(event_actors.c.event_id).where(match, event_actors.c.role.in_(roles))
    return events.c.id.in_(ids)


def evidence_text_condition(value: str) -> Any:
    """Return a condition: the evidence sentence contains `value` (case-insensitive)."""
    evidence = func.json_extract(events.c.record, "$.evidence.text")
    return func.lower(evidence).like(_like(value), escape="\\")


def conditions_for(conn: Any, query: EventQuery, resolver: ActorResolver | None) -> list:
    """Return WHERE conditions equivalent to `event_conditions(query)`, index-friendly."""
    rest = replace(query, actor=None, recipient=None, text=None)
    conds = event_conditions(rest)
    if query.actor:
        conds.append(_participant_condition(conn, resolver, query.actor, ("actor", "recipient")))
    if query.recipient:
        conds.append(_participant_condition(conn, resolver, query.recipient, ("recipient",)))
    if query.text:
        conds.append(evidence_text_condition(query.text))
    return conds


def list_events(
    engine: Engine, query: EventQuery, resolver: ActorResolver | None = None
) -> tuple[list[dict[str, Any]], int]:
    """Return (event records as dicts, total matching) for `query`.

    Example:
        >>> items, total = list_events(store.engine, EventQuery(actor="Tikh", limit=10))
    """
    order = EVENT_SORTS.get(query.sort, EVENT_SORTS["date"])
    with engine.connect() as conn:
        conds = conditions_for(conn, query, resolver)
        stmt = select(events.c.record).where(*conds).order_by(*order)
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        if query.offset:
            stmt = stmt.offset(query.offset)
        items = list(conn.execute(stmt).scalars())
        total = conn.execute(select(func.count()).select_from(events).where(*conds)).scalar_one()
    return items, total


def get_event(engine: Engine, event_id: str) -> dict[str, Any]:
    """Return one event record with its article's metadata; raise `NotFound` if absent."""
    with engine.connect() as conn:
        record = conn.execute(select(events.c.record).where(events.c.id == event_id)).scalar()
        if record is None:
            raise NotFound(f"no event with id {event_id!r} in the ledger")
        merged_id = conn.execute(
            select(event_merges.c.merged_event_id).where(event_merges.c.event_id == event_id)
        ).scalar()
        art = (
            conn.execute(
                select(
                    articles.c.id,
                    articles.c.title,
                    articles.c.url,
                    articles.c.outlet,
                    articles.c.published,
                    articles.c.text,
                ).where(articles.c.id == record["article_id"])
            )
            .mappings()
            .first()
        )
    article = dict(art) if art else None
    return {"event": record, "article": article, "merged_event_id": merged_id}


@functools.lru_cache(maxsize=65536)
def period_key(period: str, value: str) -> str | None:
    """Return the timeline bucket of a TIMEX date, or None when it lacks that precision.

    Example:
        >>> period_key("week", "2021-03-14"), period_key("month", "XXXX-03-14")
        ('2021-W10', None)
    """
    if not value[:1].isdigit() or len(value) < PERIOD_MIN_LENGTH[period]:
        return None
    if period == "month":
        return value[:7]
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    # %W (weeks from the first Monday) is what SQLite's strftime gives too.
    return day.isoformat() if period == "day" else day.strftime("%Y-W%W")


def timeline_counts(
    engine: Engine, query: EventQuery, period: str, resolver: ActorResolver | None = None
) -> list[dict[str, Any]]:
    """Return `{period, event, n}` rows for matching events with a known year, by period.

    Counts are grouped by (type, date) in SQL, which streams over the `(event, date)` index,
    and folded into periods here: a GROUP BY on a computed period would sort the whole ledger.

    Example:
        >>> timeline_counts(store.engine, EventQuery(), "month")[0]
        {'period': '2020-10', 'event': 'PROTEST', 'n': 12}
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of: {', '.join(PERIODS)}")
    with engine.connect() as conn:
        conds = [*conditions_for(conn, query, resolver), events.c.date.between(*KNOWN_YEAR)]
        stmt = (
            select(events.c.event, events.c.date, func.count())
            .where(*conds)
            .group_by(events.c.event, events.c.date)
        )
        counts: Counter[tuple[str, str]] = Counter()
        for event, value, n in conn.execute(stmt):
            key = period_key(period, value)
            if key:
                counts[key, event] += n
    return [{"period": k, "event": e, "n": n} for (k, e), n in sorted(counts.items())]


def period_bounds(period: str, key: str) -> tuple[str, str]:
    """Return the (since, until) TIMEX bounds of one timeline bucket, for zooming in."""
    if period == "week":
        monday = datetime.strptime(f"{key}-1", "%Y-W%W-%w").date()
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return key, key


def get_merged_event(engine: Engine, merged_id: str) -> dict[str, Any]:
    """Return a merged event with the records of the events merged into it."""
    with engine.connect() as conn:
        record = conn.execute(
            select(merged_events.c.record).where(merged_events.c.id == merged_id)
        ).scalar()
        if record is None:
            raise NotFound(f"no merged event with id {merged_id!r} in the ledger")
        members = conn.execute(
            select(events.c.record)
            .join(event_merges, event_merges.c.event_id == events.c.id)
            .where(event_merges.c.merged_event_id == merged_id)
            .order_by(events.c.date, events.c.id)
        ).scalars()
        return {"merged_event": record, "mentions": list(members)}


def list_articles(
    engine: Engine, limit: int = 50, offset: int = 0, title: str | None = None
) -> tuple[list[dict[str, Any]], int]:
    """Return (article metadata rows, total), by published date then id."""
    cols = [
        articles.c[c]
        for c in ("id", "title", "url", "outlet", "published", "source", "language", "n_events")
    ]
    conds = [func.lower(articles.c.title).like(_like(title), escape="\\")] if title else []
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(articles).where(*conds)).scalar_one()
        rows = conn.execute(
            select(*cols)
            .where(*conds)
            .order_by(articles.c.published, articles.c.id)
            .limit(limit)
            .offset(offset)
        ).mappings()
        return [dict(r) for r in rows], total


def event_types(engine: Engine) -> list[str]:
    """Return the distinct event types in the ledger (for filter menus)."""
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.event).distinct().order_by(events.c.event))
        return [r for (r,) in rows]


__all__ = [
    "ActorResolver",
    "actor_counts",
    "add_actor_details",
    "PERIODS",
    "actor_profile",
    "ensure_read_indexes",
    "event_types",
    "get_event",
    "get_merged_event",
    "list_actors",
    "list_articles",
    "list_events",
    "period_bounds",
    "timeline_counts",
]

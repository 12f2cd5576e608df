"""Read views over the ledger for the API, the web UI and the exports.

Input: an open `SqlStore` (its `engine` and the tables of `schema.py`). Output: plain,
JSON-ready dicts: event records, timeline counts per day/week/month, actor lists and profiles,
duplicate clusters and merged events. Every filter is a bound parameter, never formatted SQL.

The merge tables (`entities`, `article_clusters`, `merged_events`, `event_merges`) may be empty:
every view then answers with empty lists rather than failing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Integer, func, or_, select, text

from newsledger.errors import NotFound
from newsledger.store.queries import EVENT_SORTS, EventQuery, _like, event_conditions
from newsledger.store.schema import (
    article_clusters,
    articles,
    entities,
    event_actors,
    event_merges,
    events,
    merged_events,
)

PERIODS = ("day", "week", "month")
# The shortest TIMEX prefix each period needs: "2020-10" has a month but no day.
PERIOD_MIN_LENGTH = {"day": 10, "week": 10, "month": 7}
# Above this many distinct matching names, an actor filter falls back to a LIKE scan: a bound
# IN list that long is no faster than the scan and approaches SQLite's variable limit.
MAX_RESOLVED_NAMES = 500
# How many co-actors and recent events an actor profile lists.
PROFILE_CO_ACTORS = 20
PROFILE_EVENTS = 50

# Indexes the read paths need on a large ledger (checked with EXPLAIN QUERY PLAN on the 1 M-event
# bench ledger): date order with a stable tie-break, and participant lookup by surface text.
READ_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date, id)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_text ON event_actors (text)",
    "CREATE INDEX IF NOT EXISTS ix_event_actors_name_role ON event_actors (name, role, event_id)",
)


def ensure_read_indexes(engine: Engine) -> None:
    """Create the indexes the read views rely on (idempotent; a no-op when they exist)."""
    with engine.begin() as conn:
        for statement in READ_INDEXES:
            conn.execute(text(statement))


@dataclass(slots=True)
class _NameCache:
    """Distinct participant names and surface texts, valid while `key` is unchanged."""

    key: Any = None
    names: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


class ActorResolver:
    """Turn an actor substring into the exact participant names it matches.

    A substring filter (`LIKE '%x%'`) cannot use an index, so on a large ledger every actor
    query would scan every event. The distinct names are few; matching them in memory and then
    looking events up by exact name through an index keeps actor queries fast. The cache is
    rebuilt when `event_actors` gains rows (its largest rowid changes).
    """

    def __init__(self) -> None:
        self._cache = _NameCache()
        self._lock = threading.Lock()

    def resolve(self, conn: Any, pattern: str) -> tuple[list[str], list[str]] | None:
        """Return (names, texts) containing `pattern`, or None when too many match."""
        cache = self._current(conn)
        needle = pattern.lower()
        names = [n for n in cache.names if needle in n.lower()]
        texts = [t for t in cache.texts if needle in t.lower()]
        if len(names) + len(texts) > MAX_RESOLVED_NAMES:
            return None
        return names, texts

    def _current(self, conn: Any) -> _NameCache:
        """Return the cache, rebuilding it if the table changed."""
        key = conn.execute(text("SELECT max(rowid) FROM event_actors")).scalar()
        with self._lock:
            if self._cache.key != key or key is None:
                names = conn.execute(select(event_actors.c.name).distinct()).scalars()
                texts = conn.execute(select(event_actors.c.text).distinct()).scalars()
                self._cache = _NameCache(key, tuple(names), tuple(texts))
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
        art = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.url, articles.c.outlet,
                   articles.c.published, articles.c.text)
            .where(articles.c.id == record["article_id"])
        ).mappings().first()
    article = dict(art) if art else None
    return {"event": record, "article": article, "merged_event_id": merged_id}


def _period_expr(period: str) -> Any:
    """Return the SQL expression naming an event's period (day, ISO-like week, month)."""
    if period == "day":
        return func.substr(events.c.date, 1, 10)
    if period == "month":
        return func.substr(events.c.date, 1, 7)
    return func.strftime("%Y-W%W", func.substr(events.c.date, 1, 10))


def timeline_counts(
    engine: Engine, query: EventQuery, period: str, resolver: ActorResolver | None = None
) -> list[dict[str, Any]]:
    """Return `{period, event, n}` rows for matching events with a known year, by period.

    Example:
        >>> timeline_counts(store.engine, EventQuery(), "month")[0]
        {'period': '2020-10', 'event': 'PROTEST', 'n': 12}
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}; choose one of: {', '.join(PERIODS)}")
    key = _period_expr(period).label("period")
    with engine.connect() as conn:
        conds = conditions_for(conn, query, resolver)
        conds += [
            events.c.date.between("0", "9999-99-99"),
            func.length(events.c.date) >= PERIOD_MIN_LENGTH[period],
        ]
        stmt = (
            select(key, events.c.event, func.count().label("n"))
            .where(*conds)
            .group_by(key, events.c.event)
            .order_by(key, events.c.event)
        )
        return [dict(r) for r in conn.execute(stmt).mappings() if r["period"]]


def period_bounds(period: str, key: str) -> tuple[str, str]:
    """Return the (since, until) TIMEX bounds of one timeline bucket, for zooming in."""
    if period == "week":
        monday = datetime.strptime(f"{key}-1", "%Y-W%W-%w").date()
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return key, key


def list_actors(
    engine: Engine, name: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Return (actors by number of events, total distinct names), optionally name-filtered."""
    n_events = func.count(event_actors.c.event_id.distinct()).label("n_events")
    stmt = select(
        event_actors.c.name,
        n_events,
        func.sum((event_actors.c.role == "actor").cast(Integer())).label("as_actor"),
        func.sum((event_actors.c.role == "recipient").cast(Integer())).label("as_recipient"),
        func.max(event_actors.c.entity_id).label("entity_id"),
        func.max(event_actors.c.country).label("country"),
    ).group_by(event_actors.c.name)
    if name:
        stmt = stmt.where(func.lower(event_actors.c.name).like(_like(name), escape="\\"))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
        rows = conn.execute(
            stmt.order_by(n_events.desc(), event_actors.c.name).limit(limit).offset(offset)
        ).mappings()
        return [dict(r) for r in rows], total


def actor_profile(engine: Engine, id_or_name: str) -> dict[str, Any]:
    """Return an actor's profile: counts, event types, roles per month, co-actors, events.

    `id_or_name` is an entity id (from the merge tables) or an exact participant name.

    Raises:
        NotFound: neither an entity id nor a participant name in the ledger.
    """
    with engine.connect() as conn:
        entity = conn.execute(select(entities).where(entities.c.id == id_or_name)).mappings().first()
        who = (
            event_actors.c.entity_id == id_or_name
            if entity
            else event_actors.c.name == id_or_name
        )
        mine = select(event_actors.c.event_id, event_actors.c.role).where(who).subquery()
        summary = _profile_summary(conn, mine)
        if not summary["n_events"]:
            raise NotFound(f"no actor with id or name {id_or_name!r} in the ledger")
        summary.update(
            name=entity["name"] if entity else id_or_name,
            entity=dict(entity) if entity else None,
            roles_over_time=_roles_over_time(conn, mine),
            co_actors=_co_actors(conn, mine),
            events=_profile_events(conn, mine),
        )
        return summary


def _profile_summary(conn: Any, mine: Any) -> dict[str, Any]:
    """Count an actor's events by role and type, with first and last known dates."""
    joined = mine.join(events, events.c.id == mine.c.event_id)
    by_type = conn.execute(
        select(events.c.event, func.count(events.c.id.distinct()))
        .select_from(joined)
        .group_by(events.c.event)
        .order_by(func.count(events.c.id.distinct()).desc())
    ).all()
    roles = dict(conn.execute(select(mine.c.role, func.count()).group_by(mine.c.role)).all())
    known = events.c.date.between("0", "9999-99-99")
    first, last = conn.execute(
        select(func.min(events.c.date), func.max(events.c.date)).select_from(joined).where(known)
    ).one()
    return {
        "n_events": sum(n for _, n in by_type),
        "as_actor": roles.get("actor", 0),
        "as_recipient": roles.get("recipient", 0),
        "first_date": first,
        "last_date": last,
        "by_type": [{"event": e, "n": n} for e, n in by_type],
    }


def _roles_over_time(conn: Any, mine: Any) -> list[dict[str, Any]]:
    """Count an actor's roles per month (events with a known year and month)."""
    month = func.substr(events.c.date, 1, 7).label("period")
    rows = conn.execute(
        select(month, mine.c.role, func.count().label("n"))
        .select_from(mine.join(events, events.c.id == mine.c.event_id))
        .where(events.c.date.between("0", "9999-99-99"), func.length(events.c.date) >= 7)
        .group_by(month, mine.c.role)
        .order_by(month, mine.c.role)
    ).mappings()
    return [dict(r) for r in rows]


def _co_actors(conn: Any, mine: Any) -> list[dict[str, Any]]:
    """Return the other participants of an actor's events, most frequent first."""
    ids = select(mine.c.event_id)
    other = select(event_actors.c.name, event_actors.c.event_id).where(
        event_actors.c.event_id.in_(ids)
    ).subquery()
    own = select(event_actors.c.name).where(
        event_actors.c.event_id.in_(ids), event_actors.c.event_id == other.c.event_id
    )
    n = func.count(other.c.event_id.distinct()).label("n")
    rows = conn.execute(
        select(other.c.name, n)
        .where(other.c.name.not_in(own.scalar_subquery().correlate(other)))
        .group_by(other.c.name)
        .order_by(n.desc(), other.c.name)
        .limit(PROFILE_CO_ACTORS)
    ).mappings()
    return [dict(r) for r in rows]


def _profile_events(conn: Any, mine: Any) -> list[dict[str, Any]]:
    """Return an actor's most recent event records."""
    ids = select(mine.c.event_id)
    rows = conn.execute(
        select(events.c.record)
        .where(events.c.id.in_(ids))
        .order_by(events.c.date.desc(), events.c.id)
        .limit(PROFILE_EVENTS)
    ).scalars()
    return list(rows)


def list_duplicates(engine: Engine, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Return clusters of copies (more than one article), each with its members."""
    sizes = (
        select(article_clusters.c.cluster_id, func.count().label("n"))
        .group_by(article_clusters.c.cluster_id)
        .having(func.count() > 1)
        .order_by(func.count().desc(), article_clusters.c.cluster_id)
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as conn:
        clusters = conn.execute(sizes).all()
        out = []
        for cluster_id, n in clusters:
            members = conn.execute(
                select(article_clusters, articles.c.title, articles.c.outlet, articles.c.published)
                .join(articles, articles.c.id == article_clusters.c.article_id, isouter=True)
                .where(article_clusters.c.cluster_id == cluster_id)
                .order_by(article_clusters.c.article_id)
            ).mappings()
            rows = [dict(m) for m in members]
            canonical = rows[0]["canonical_id"] if rows else None
            out.append({"cluster_id": cluster_id, "canonical_id": canonical, "n": n,
                        "members": rows})
        return out


def list_merged_events(engine: Engine, query: EventQuery) -> tuple[list[dict[str, Any]], int]:
    """Return (merged event records, total) filtered by type and date (actor/text in memory).

    Used when the merge package offers no `query_merged_events`; an empty merge table gives
    an empty list.
    """
    conds = []
    if query.event:
        conds.append(merged_events.c.event == query.event.upper())
    if query.since:
        conds.append(merged_events.c.date >= query.since)
    if query.until:
        conds.append(merged_events.c.date <= query.until + "\uffff")
    desc = query.sort.startswith("-")
    order = merged_events.c.date.desc() if desc else merged_events.c.date
    with engine.connect() as conn:
        total = conn.execute(
            select(func.count()).select_from(merged_events).where(*conds)
        ).scalar_one()
        stmt = select(merged_events.c.record).where(*conds).order_by(order, merged_events.c.id)
        stmt = stmt.limit(query.limit).offset(query.offset) if query.limit else stmt
        return list(conn.execute(stmt).scalars()), total


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
    cols = [articles.c[c] for c in ("id", "title", "url", "outlet", "published", "source",
                                    "language", "n_events")]
    conds = [func.lower(articles.c.title).like(_like(title), escape="\\")] if title else []
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(articles).where(*conds)).scalar_one()
        rows = conn.execute(
            select(*cols).where(*conds).order_by(articles.c.published, articles.c.id)
            .limit(limit).offset(offset)
        ).mappings()
        return [dict(r) for r in rows], total


def event_types(engine: Engine) -> list[str]:
    """Return the distinct event types in the ledger (for filter menus)."""
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.event).distinct().order_by(events.c.event))
        return [r for (r,) in rows]


__all__ = [
    "ActorResolver",
    "PERIODS",
    "actor_profile",
    "ensure_read_indexes",
    "event_types",
    "get_event",
    "get_merged_event",
    "list_actors",
    "list_articles",
    "list_duplicates",
    "list_events",
    "list_merged_events",
    "period_bounds",
    "timeline_counts",
]

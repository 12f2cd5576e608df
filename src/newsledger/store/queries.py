"""Read queries over the ledger, as SQLAlchemy Core statements shared by every backend.

Filters are bound parameters, never formatted SQL, so user input cannot inject SQL.
Date filters compare TIMEX strings: only dates with a known year (starting with a digit) can
satisfy `since`/`until`; an event dated `XXXX-10-24` is never placed in a year it may not be in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, or_, select

from newsledger.store.schema import articles, event_actors, events

# Undated events go last either way: a timeline reads from the first dated event.
EVENT_SORTS = {
    "date": (events.c.date.is_(None), events.c.date, events.c.id),
    "-date": (events.c.date.is_(None), events.c.date.desc(), events.c.id),
    "confidence": (events.c.confidence, events.c.id),
    "-confidence": (events.c.confidence.desc(), events.c.id),
}


@dataclass(slots=True)
class EventQuery:
    """Filters for an event listing; None means "any".

    Example:
        >>> EventQuery(actor="Lukashenka", event="CONSULT", since="2020-10-01")
        EventQuery(actor='Lukashenka', ...)
    """

    actor: str | None = None  # actor or recipient, substring of text or canonical name
    recipient: str | None = None
    event: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    country: str | None = None
    text: str | None = None  # substring of the evidence sentence
    min_confidence: float | None = None
    article_id: str | None = None
    sort: str = "date"
    limit: int | None = None
    offset: int = 0


def _like(value: str) -> str:
    """Return a case-insensitive LIKE pattern matching `value` anywhere (wildcards escaped)."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _has_participant(name: str, roles: tuple[str, ...]) -> object:
    """EXISTS clause: the event has a participant in `roles` whose text or name matches."""
    pattern = _like(name)
    return exists().where(
        and_(
            event_actors.c.event_id == events.c.id,
            event_actors.c.role.in_(roles),
            or_(
                func.lower(event_actors.c.name).like(pattern, escape="\\"),
                func.lower(event_actors.c.text).like(pattern, escape="\\"),
            ),
        )
    )


def event_conditions(query: EventQuery) -> list:
    """Return the WHERE conditions for `query`."""
    conds: list = []
    if query.actor:
        conds.append(_has_participant(query.actor, ("actor", "recipient")))
    if query.recipient:
        conds.append(_has_participant(query.recipient, ("recipient",)))
    exact = {
        events.c.event: query.event.upper() if query.event else None,
        events.c.mode: query.mode,
        events.c.country: query.country.upper() if query.country else None,
        events.c.article_id: query.article_id,
    }
    conds += [column == value for column, value in exact.items() if value]
    if query.since or query.until:
        conds.append(events.c.date.between("0", "9999-99-99"))
    if query.since:
        conds.append(events.c.date >= query.since)
    if query.until:
        # "until 2020-10" includes every day of October: compare against the prefix's end.
        conds.append(events.c.date <= query.until + "\uffff")
    if query.place:
        conds.append(func.lower(events.c.place).like(_like(query.place), escape="\\"))
    if query.text:
        evidence = events.c.record[("evidence", "text")].as_string()
        conds.append(func.lower(evidence).like(_like(query.text), escape="\\"))
    if query.min_confidence is not None:
        conds.append(events.c.confidence >= query.min_confidence)
    return conds


def select_events(query: EventQuery) -> Select:
    """Return the SELECT of event records matching `query`, sorted and paginated."""
    order = EVENT_SORTS.get(query.sort, EVENT_SORTS["date"])
    stmt = select(events.c.record).where(*event_conditions(query)).order_by(*order)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return stmt.offset(query.offset) if query.offset else stmt


def count_events(query: EventQuery) -> Select:
    """Return a SELECT counting the events matching `query` (ignores limit/offset)."""
    return select(func.count()).select_from(events).where(*event_conditions(query))


def select_timeline(query: EventQuery) -> Select:
    """Return (date, event type, count) rows for matching events, by date."""
    return (
        select(events.c.date, events.c.event, func.count().label("n"))
        .where(*event_conditions(query))
        .group_by(events.c.date, events.c.event)
        .order_by(events.c.date.is_(None), events.c.date, events.c.event)
    )


def select_articles(limit: int | None = None, offset: int = 0) -> Select:
    """Return the SELECT of article ids in a stable order."""
    stmt = select(articles.c.id).order_by(articles.c.published, articles.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt.offset(offset) if offset else stmt

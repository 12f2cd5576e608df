"""Actor views over the ledger: the list of participants and an actor's profile.

Input: an engine on a ledger. Output: JSON-ready dicts. A profile reads only the actor's own
events, through the participant-name and event-id indexes of `views.READ_INDEXES`, so its cost
grows with the actor's events, not with the ledger.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Integer, case, false, func, select

from newsledger.errors import NotFound
from newsledger.store.queries import _like
from newsledger.store.schema import entities, event_actors, events

# How many co-actors and recent events an actor profile lists.
PROFILE_CO_ACTORS = 20
PROFILE_EVENTS = 25
# Dates with a known year sort between these bounds (TIMEX: "XXXX-10-24" sorts after "9").
KNOWN_YEAR = ("0", "9999-99-99")


def actor_counts(engine: Engine, name: str | None = None) -> list[dict[str, Any]]:
    """Return every participant name with its event counts, most events first.

    One pass over the covering `(name, role, event_id)` index; the API caches the result and
    pages through it, so the ledger is scanned once per change, not once per page.
    """
    n_events = func.count(event_actors.c.event_id.distinct()).label("n_events")
    stmt = select(
        event_actors.c.name,
        n_events,
        func.sum((event_actors.c.role == "actor").cast(Integer())).label("as_actor"),
        func.sum((event_actors.c.role == "recipient").cast(Integer())).label("as_recipient"),
    ).group_by(event_actors.c.name)
    if name:
        stmt = stmt.where(func.lower(event_actors.c.name).like(_like(name), escape="\\"))
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    rows.sort(key=lambda r: (-r["n_events"], r["name"]))
    return rows


def add_actor_details(engine: Engine, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill `entity_id` and `country` of a page of actor rows (one indexed lookup)."""
    names = [r["name"] for r in rows]
    with engine.connect() as conn:
        found = {
            n: (e, c)
            for n, e, c in conn.execute(
                select(
                    event_actors.c.name,
                    func.max(event_actors.c.entity_id),
                    func.max(event_actors.c.country),
                )
                .where(event_actors.c.name.in_(names))
                .group_by(event_actors.c.name)
            )
        }
    return [
        {
            **r,
            "entity_id": found.get(r["name"], (None, None))[0],
            "country": found.get(r["name"], (None, None))[1],
        }
        for r in rows
    ]


def list_actors(
    engine: Engine, name: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Return (a page of actors by number of events, total distinct names)."""
    rows = actor_counts(engine, name)
    return add_actor_details(engine, rows[offset : offset + limit]), len(rows)


def actor_profile(engine: Engine, id_or_name: str) -> dict[str, Any]:
    """Return an actor's profile: counts, event types, roles per month, co-actors, events.

    `id_or_name` is an entity id (from the merge tables) or an exact participant name.

    Raises:
        NotFound: neither an entity id nor a participant name in the ledger.
    """
    with engine.connect() as conn:
        entity = (
            conn.execute(select(entities).where(entities.c.id == id_or_name)).mappings().first()
        )
        who = (
            event_actors.c.entity_id == id_or_name if entity else event_actors.c.name == id_or_name
        )
        mine = select(event_actors.c.event_id, event_actors.c.role).where(who).subquery()
        summary = _profile_summary(conn, mine)
        if not summary["n_events"]:
            raise NotFound(f"no actor with id or name {id_or_name!r} in the ledger")
        summary.update(
            name=entity["name"] if entity else id_or_name,
            entity=dict(entity) if entity else None,
            roles_over_time=_roles_over_time(conn, mine),
            co_actors=_co_actors(conn, mine, who),
            events=_profile_events(conn, mine),
        )
        return summary


def _profile_summary(conn: Any, mine: Any) -> dict[str, Any]:
    """Count an actor's events by role and type, with first and last known dates."""
    known = case((events.c.date.between(*KNOWN_YEAR), events.c.date))
    n = func.count(events.c.id.distinct())
    by_type = conn.execute(
        select(events.c.event, n, func.min(known), func.max(known))
        .select_from(mine.join(events, events.c.id == mine.c.event_id))
        .group_by(events.c.event)
        .order_by(n.desc(), events.c.event)
    ).all()
    roles = dict(conn.execute(select(mine.c.role, func.count()).group_by(mine.c.role)).all())
    firsts = [first for _, _, first, _ in by_type if first]
    lasts = [last for _, _, _, last in by_type if last]
    return {
        "n_events": sum(row[1] for row in by_type),
        "as_actor": roles.get("actor", 0),
        "as_recipient": roles.get("recipient", 0),
        "first_date": min(firsts, default=None),
        "last_date": max(lasts, default=None),
        "by_type": [{"event": e, "n": count} for e, count, _, _ in by_type],
    }


def _roles_over_time(conn: Any, mine: Any) -> list[dict[str, Any]]:
    """Count an actor's roles per month (events with a known year and month)."""
    month = func.substr(events.c.date, 1, 7).label("period")
    rows = conn.execute(
        select(month, mine.c.role, func.count().label("n"))
        .select_from(mine.join(events, events.c.id == mine.c.event_id))
        .where(events.c.date.between(*KNOWN_YEAR), func.length(events.c.date) >= 7)
        .group_by(month, mine.c.role)
        .order_by(month, mine.c.role)
    ).mappings()
    return [dict(r) for r in rows]


def _co_actors(conn: Any, mine: Any, who: Any) -> list[dict[str, Any]]:
    """Return the other participants of an actor's events, most frequent first."""
    n = func.count(event_actors.c.event_id.distinct()).label("n")
    rows = conn.execute(
        select(event_actors.c.name, n)
        # coalesce: a co-actor with no entity id makes `who` NULL, which NOT would also drop.
        .where(event_actors.c.event_id.in_(select(mine.c.event_id)), ~func.coalesce(who, false()))
        .group_by(event_actors.c.name)
        .order_by(n.desc(), event_actors.c.name)
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

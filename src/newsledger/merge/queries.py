"""Read queries over the merge results: merged events, entities, duplicate clusters.

Input: a `SqlStore` after `merge_ledger`. Output: plain dicts for the CLI and the API:
merged event records filtered like `SqlStore.events` (`query_merged_events`), entity profiles
(`list_entities`, `find_entity` by any alias, `close_names` for a helpful miss), and dedup
clusters with every copy's outlet, URL and date (`list_duplicates`).
"""

from __future__ import annotations

import difflib
from typing import Any

from sqlalchemy import func, select

from newsledger.errors import NotFound
from newsledger.merge.names import fold_name, split_title
from newsledger.store.queries import EventQuery
from newsledger.store.schema import article_clusters, articles, entities, merged_events
from newsledger.store.sql import SqlStore

# How many close names an unknown-actor message suggests.
CLOSE_NAMES = 5
# difflib cutoff for "did you mean": lenient, since the list is only a hint.
CLOSE_NAME_CUTOFF = 0.6


def query_merged_events(store: SqlStore, query: EventQuery) -> list[dict[str, Any]]:
    """Return merged event records matching `query` (same filters as `SqlStore.events`).

    Args:
        store: the ledger, merged.
        query: filters; `actor`/`recipient` match any name or the entity id of a participant,
            `text` any mention's evidence, `article_id` any mention's article.

    Example:
        >>> query_merged_events(store, EventQuery(actor="Lukashenko", event="CONSULT"))
        [{'id': ..., 'n_mentions': 3, 'n_outlets': 2, ...}]
    """
    m = merged_events.c
    stmt = select(m.record)
    if query.event:
        stmt = stmt.where(m.event == query.event.upper())
    if query.since or query.until:
        stmt = stmt.where(m.date.between("0", "9999-99-99"))
    if query.since:
        stmt = stmt.where(m.date >= query.since)
    if query.until:
        stmt = stmt.where(m.date <= query.until + "\uffff")
    order = m.date.desc() if query.sort == "-date" else m.date
    with store.engine.connect() as conn:
        records = conn.execute(stmt.order_by(order, m.id)).scalars().all()
    if query.sort.lstrip("-") == "confidence":  # a record field, not a column: sort here
        records.sort(key=lambda r: r.get("confidence", 0.0), reverse=query.sort.startswith("-"))
    aliases = {
        value: _entity_ids_named(store, value) for value in (query.actor, query.recipient) if value
    }
    found = [r for r in records if _matches(r, query, aliases)]
    end = None if query.limit is None else query.offset + query.limit
    return found[query.offset : end]


def _entity_ids_named(store: SqlStore, value: str) -> set[str]:
    """Return ids of entities with any name seen containing `value` (case-insensitive)."""
    wanted = fold_name(value)
    return {
        r["id"]
        for r in list_entities(store)
        if r["id"] == value or any(wanted in fold_name(n["name"]) for n in r["names"])
    }


def _matches(record: dict[str, Any], query: EventQuery, aliases: dict[str, set[str]]) -> bool:
    """Apply the filters that look inside the merged record."""
    everyone = record["actors"] + record["recipients"]
    checks = [
        (query.actor, lambda v: _has(everyone, v, aliases[v])),
        (query.recipient, lambda v: _has(record["recipients"], v, aliases[v])),
        (query.mode, lambda v: record.get("mode") == v),
        (query.place, lambda v: v.casefold() in " ".join(record["place_values"]).casefold()),
        (query.country, lambda v: ((record.get("place") or {}).get("country") or "") == v.upper()),
        (
            query.text,
            lambda v: any(v.casefold() in m["evidence"].casefold() for m in record["mentions"]),
        ),
        (query.article_id, lambda v: any(m["article_id"] == v for m in record["mentions"])),
        (query.min_confidence, lambda v: record.get("confidence", 0.0) >= v),
    ]
    return all(check(value) for value, check in checks if value is not None and value != "")


def _has(participants: list[dict[str, Any]], value: str, entity_ids: set[str]) -> bool:
    """Return True when a participant is one of `entity_ids` or its name contains `value`."""
    wanted = value.casefold()
    return any(
        p["entity_id"] in entity_ids or wanted in (p["name"] or "").casefold() for p in participants
    )


def list_entities(store: SqlStore, limit: int | None = None) -> list[dict[str, Any]]:
    """Return entity profiles, most mentioned first."""
    with store.engine.connect() as conn:
        records = conn.execute(select(entities.c.record)).scalars().all()
    records.sort(key=lambda r: (-r["n_mentions"], r["name"]))
    return records if limit is None else records[:limit]


def find_entity(store: SqlStore, name: str) -> dict[str, Any]:
    """Return the profile of the entity with id `name` or any alias equal to `name`.

    Raises:
        NotFound: no entity has that name; the message lists close names.
    """
    wanted = {fold_name(name), fold_name(split_title(name)[1] or name)}
    records = list_entities(store)
    for record in records:
        aliases = {fold_name(n["name"]) for n in record["names"]} | {fold_name(record["name"])}
        if record["id"] == name or wanted & aliases:
            return record
    close = close_names(records, name)
    hint = f"; close names: {', '.join(close)}" if close else ""
    raise NotFound(f"no actor named {name!r} in the ledger{hint}")


def close_names(records: list[dict[str, Any]], name: str) -> list[str]:
    """Return up to `CLOSE_NAMES` known names that look like `name`."""
    known = sorted({n["name"] for r in records for n in r["names"]} | {r["name"] for r in records})
    return difflib.get_close_matches(name, known, n=CLOSE_NAMES, cutoff=CLOSE_NAME_CUTOFF)


def list_duplicates(store: SqlStore) -> list[dict[str, Any]]:
    """Return dedup clusters with more than one article: canonical first, then the copies."""
    c, a = article_clusters.c, articles.c
    with store.engine.connect() as conn:
        sizes = select(c.cluster_id).group_by(c.cluster_id).having(func.count() > 1)
        rows = (
            conn.execute(
                select(
                    c.cluster_id,
                    c.canonical_id,
                    c.article_id,
                    c.similarity,
                    c.reason,
                    a.outlet,
                    a.url,
                    a.published,
                    a.title,
                )
                .join(articles, articles.c.id == c.article_id)
                .where(c.cluster_id.in_(sizes))
                .order_by(c.cluster_id, a.published, c.article_id)
            )
            .mappings()
            .all()
        )
    clusters: dict[str, dict[str, Any]] = {}
    for row in rows:
        cluster = clusters.setdefault(
            row["cluster_id"],
            {"cluster_id": row["cluster_id"], "canonical_id": row["canonical_id"], "articles": []},
        )
        item = {
            k: row[k]
            for k in ("article_id", "outlet", "url", "published", "title", "similarity", "reason")
        }
        item["canonical"] = row["article_id"] == row["canonical_id"]
        cluster["articles"].append(item)
    for cluster in clusters.values():
        cluster["articles"].sort(key=lambda i: not i["canonical"])
    return list(clusters.values())

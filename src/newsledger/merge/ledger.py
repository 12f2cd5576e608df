"""Reading merge inputs from the ledger and writing merge results back (SQLAlchemy Core).

Input: a `SqlStore` (articles, events, event_actors, mentions). Output: rows in
`article_clusters`, `entities`, `merged_events`, `event_merges` and `story_threads`, plus
`entity_id` written into `event_actors`, `mentions` and the event JSON records, and
`articles.fingerprint`. Each pass writes in one transaction and replaces what the previous run
wrote, so running the merge twice gives the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from newsledger.merge.dedup import (
    ClusterMember,
    Deduplicator,
    find_common_lines,
    fingerprint_text,
)
from newsledger.merge.entities import Overrides, Resolution, Sighting, resolve_entities
from newsledger.merge.events import EventMention, MergedEvent
from newsledger.store.schema import (
    article_clusters,
    articles,
    entities,
    event_actors,
    event_merges,
    events,
    mentions,
    merged_events,
)
from newsledger.store.sql import SqlStore

# Annotator labels whose mentions are names of entities (dates, money, ordinals are not).
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
# Articles per outlet read to find its furniture lines: bounded work and memory per outlet,
# and a share measured on a few hundred pages is already stable.
COMMON_LINE_SAMPLE = 200
# Rows per executemany batch when writing back.
WRITE_BATCH = 1000


def _outlet_key(outlet: str | None) -> str:
    """Return the site key used for furniture statistics (articles with no outlet share one)."""
    return outlet or ""


def find_site_furniture(conn: Connection) -> dict[str, set[str]]:
    """Return, per outlet, the keys of lines common to many of its articles (sampled)."""
    texts: dict[str, list[str]] = defaultdict(list)
    rows = conn.execute(select(articles.c.outlet, articles.c.text).order_by(articles.c.id))
    for outlet, text in rows:
        bucket = texts[_outlet_key(outlet)]
        if len(bucket) < COMMON_LINE_SAMPLE:
            bucket.append(text)
    return {site: find_common_lines(group) for site, group in texts.items()}


def _article_stream(conn: Connection) -> Iterator[Any]:
    """Yield (id, text, outlet, published) in the dedup order: published, then id."""
    stmt = select(articles.c.id, articles.c.text, articles.c.outlet, articles.c.published)
    yield from conn.execution_options(yield_per=500).execute(
        stmt.order_by(articles.c.published.is_(None), articles.c.published, articles.c.id)
    )


def run_dedup(store: SqlStore) -> list[ClusterMember]:
    """Cluster every article of the ledger and write `article_clusters` (one transaction)."""
    dedup = Deduplicator()
    fingerprints = []
    with store.engine.connect() as conn:
        furniture = find_site_furniture(conn)
        for article_id, text, outlet, published in _article_stream(conn):
            day = date.fromisoformat(published[:10]) if published else None
            dedup.add(article_id, text or "", day, furniture.get(_outlet_key(outlet)))
            fingerprints.append({"b_id": article_id, "fingerprint": fingerprint_text(text or "")})
    members = dedup.members()
    with store.engine.begin() as conn:
        conn.execute(delete(article_clusters))
        rows = [
            {
                "article_id": m.article_id,
                "cluster_id": m.cluster_id,
                "canonical_id": m.canonical_id,
                "similarity": m.similarity,
                "reason": m.reason,
            }
            for m in members
        ]
        _insert_batches(conn, article_clusters, rows)
        stmt = update(articles).where(articles.c.id == bindparam("b_id"))
        for i in range(0, len(fingerprints), WRITE_BATCH):
            conn.execute(
                stmt.values(fingerprint=bindparam("fingerprint")), fingerprints[i : i + WRITE_BATCH]
            )
    return members


def _insert_batches(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows in batches."""
    for i in range(0, len(rows), WRITE_BATCH):
        conn.execute(insert(table), rows[i : i + WRITE_BATCH])


def load_sightings(conn: Connection) -> tuple[list[Sighting], list[tuple]]:
    """Return every actor/recipient and name mention as sightings, with where each came from."""
    sightings: list[Sighting] = []
    refs: list[tuple] = []
    actor_rows = conn.execute(
        select(event_actors, events.c.article_id, events.c.date)
        .join(events, events.c.id == event_actors.c.event_id)
        .order_by(
            events.c.article_id, event_actors.c.event_id, event_actors.c.role, event_actors.c.seq
        )
    )
    for r in actor_rows:
        sightings.append(
            Sighting(
                r.name or r.text,
                None,
                r.role,
                r.text,
                r.article_id,
                r.event_id,
                r.date,
                r.country,
                r.sector,
            )
        )
        refs.append(("actor", r.event_id, r.role, r.seq))
    published = dict(conn.execute(select(articles.c.id, articles.c.published)).all())
    mention_rows = conn.execute(
        select(mentions)
        .where(mentions.c.label.in_(NAME_LABELS))
        .order_by(mentions.c.article_id, mentions.c.seq)
    )
    for r in mention_rows:
        sightings.append(
            Sighting(
                r.text, r.label, "mention", r.text, r.article_id, None, published.get(r.article_id)
            )
        )
        refs.append(("mention", r.article_id, r.seq))
    return sightings, refs


def run_entities(store: SqlStore, overrides: Overrides) -> Resolution:
    """Resolve entities, write `entities` and every `entity_id` back (one transaction)."""
    with store.engine.connect() as conn:
        sightings, refs = load_sightings(conn)
    resolution = resolve_entities(sightings, overrides)
    names = {e.id: e.name for e in resolution.entities}
    with store.engine.begin() as conn:
        conn.execute(delete(entities))
        rows = [
            {
                "id": e.id,
                "name": e.name,
                "kind": e.kind,
                "country": e.country,
                "sector": e.sector,
                "record": e.to_record(names),
            }
            for e in resolution.entities
        ]
        _insert_batches(conn, entities, rows)
        _write_entity_ids(conn, refs, resolution.assignments)
    return resolution


def _write_entity_ids(conn: Connection, refs: list[tuple], ids: list[str | None]) -> None:
    """Write entity ids into event_actors, mentions and the event JSON records."""
    actor_rows, mention_rows = [], []
    by_event: dict[str, dict[tuple[str, int], str | None]] = defaultdict(dict)
    for ref, entity_id in zip(refs, ids, strict=True):
        if ref[0] == "actor":
            actor_rows.append(
                {"b_event": ref[1], "b_role": ref[2], "b_seq": ref[3], "entity_id": entity_id}
            )
            by_event[ref[1]][(ref[2], ref[3])] = entity_id
        else:
            mention_rows.append({"b_article": ref[1], "b_seq": ref[2], "entity_id": entity_id})
    a, m = event_actors.c, mentions.c
    stmts = (
        (
            update(event_actors).where(
                a.event_id == bindparam("b_event"),
                a.role == bindparam("b_role"),
                a.seq == bindparam("b_seq"),
            ),
            actor_rows,
        ),
        (
            update(mentions).where(
                m.article_id == bindparam("b_article"), m.seq == bindparam("b_seq")
            ),
            mention_rows,
        ),
    )
    for stmt, rows in stmts:
        for i in range(0, len(rows), WRITE_BATCH):
            conn.execute(stmt.values(entity_id=bindparam("entity_id")), rows[i : i + WRITE_BATCH])
    _write_record_entity_ids(conn, by_event)


def _write_record_entity_ids(conn: Connection, by_event: dict) -> None:
    """Set `entity_id` on the actors and recipients inside each event's JSON record."""
    updates = []
    for event_id, record in conn.execute(select(events.c.id, events.c.record)).all():
        changed = False
        for role, key in (("actor", "actor"), ("recipient", "recipient")):
            for seq, person in enumerate(record.get(key) or []):
                wanted = by_event.get(event_id, {}).get((role, seq))
                if person.get("entity_id") != wanted:
                    person["entity_id"] = wanted
                    changed = True
        if changed:
            updates.append({"b_id": event_id, "record": record})
    stmt = update(events).where(events.c.id == bindparam("b_id")).values(record=bindparam("record"))
    for i in range(0, len(updates), WRITE_BATCH):
        conn.execute(stmt, updates[i : i + WRITE_BATCH])


def load_event_mentions(conn: Connection, members: list[ClusterMember]) -> list[EventMention]:
    """Return every event of the ledger as an `EventMention` (entity ids from the records)."""
    info = {
        r.id: r
        for r in conn.execute(
            select(articles.c.id, articles.c.outlet, articles.c.url, articles.c.published)
        )
    }
    cluster = {m.article_id: m for m in members}
    out = []
    for event_id, article_id, record in conn.execute(
        select(events.c.id, events.c.article_id, events.c.record).order_by(events.c.id)
    ):
        art, member = info.get(article_id), cluster.get(article_id)
        canonical = info.get(member.canonical_id) if member else None
        loc = record.get("event_loc") or None
        out.append(
            EventMention(
                event_id=event_id,
                article_id=article_id,
                event=record.get("event", ""),
                date=record.get("date"),
                place=loc,
                actors=_participants(record.get("actor")),
                recipients=_participants(record.get("recipient")),
                aux=tuple(record.get("aux") or ()),
                size=record.get("size"),
                evidence=(record.get("evidence") or {}).get("text", ""),
                confidence=record.get("confidence") or 0.0,
                mode=record.get("mode"),
                outlet=art.outlet if art else None,
                url=art.url if art else None,
                published=art.published if art else None,
                cluster_id=member.cluster_id if member else None,
                cluster_outlet=canonical.outlet if canonical else None,
            )
        )
    return out


def _participants(people: list[dict[str, Any]] | None) -> dict[str, str]:
    """Return {entity id: name} of the resolved participants of one role."""
    return {
        p["entity_id"]: p.get("name") or p.get("text", "")
        for p in people or []
        if p.get("entity_id")
    }


def write_merged_events(store: SqlStore, merged: list[MergedEvent]) -> None:
    """Replace `merged_events` and `event_merges` (one transaction)."""
    rows, links = [], []
    for group in merged:
        record = group.to_record()
        rows.append(
            {
                "id": record["id"],
                "event": record["event"],
                "date": record["date"],
                "n_mentions": record["n_mentions"],
                "n_articles": record["n_articles"],
                "n_outlets": record["n_outlets"],
                "record": record,
            }
        )
        links += [{"event_id": m.event_id, "merged_event_id": record["id"]} for m in group.mentions]
    with store.engine.begin() as conn:
        conn.execute(delete(event_merges))
        conn.execute(delete(merged_events))
        _insert_batches(conn, merged_events, rows)
        _insert_batches(conn, event_merges, links)


def write_threads(store: SqlStore, table: Any, rows: list[dict[str, Any]]) -> None:
    """Replace the story-thread rows."""
    with store.engine.begin() as conn:
        conn.execute(delete(table))
        _insert_batches(conn, table, rows)

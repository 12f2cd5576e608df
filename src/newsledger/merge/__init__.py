"""Cross-article merging (issue 5): dedup clusters, entities, merged events, story threads.

Input: a ledger (`SqlStore`) of cleaned, coded articles. Output: `article_clusters`,
`entities` (with `entity_id` written into `event_actors`, `mentions` and event records),
`merged_events` + `event_merges` and `story_threads`, and a `MergeReport` of what was found.
Each pass recomputes from the whole ledger in a stable order and replaces its rows in one
transaction: new articles join the existing clusters, and running it twice changes nothing.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from newsledger.merge import ledger
from newsledger.merge.dedup import REASON_CANONICAL, ClusterMember, Deduplicator, fingerprint_text
from newsledger.merge.entities import Overrides, Resolution, load_overrides, resolve_entities
from newsledger.merge.events import MergedEvent, merge_events
from newsledger.merge.queries import query_merged_events
from newsledger.merge.threads import THREAD_ENTITY_KINDS, StoryItem, link_threads, story_threads
from newsledger.store.schema import articles, bump_ledger_version
from newsledger.store.sql import SqlStore

__all__ = [
    "Deduplicator",
    "MergeReport",
    "Overrides",
    "fingerprint_text",
    "load_overrides",
    "merge_events",
    "merge_ledger",
    "query_merged_events",
    "resolve_entities",
]

log = logging.getLogger(__name__)
logging.getLogger(__name__).addHandler(logging.NullHandler())


@dataclass(slots=True)
class MergeReport:
    """What one merge run found (counts over the whole ledger)."""

    articles: int = 0
    clusters: int = 0
    duplicates: int = 0
    new_articles: int = 0
    new_duplicates: int = 0
    entities: int = 0
    entity_merges: int = 0
    events: int = 0
    merged_events: int = 0
    multi_mention_events: int = 0
    threads: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return asdict(self)


def merge_ledger(
    store: SqlStore,
    *,
    overrides_path: Path | None = None,
    new_ids: Iterable[str] | None = None,
) -> MergeReport:
    """Run every merge pass over the ledger: dedup, entities, event merge, threads.

    Args:
        store: the ledger.
        overrides_path: a YAML/TOML file of `same` / `not_same` name pairs (optional).
        new_ids: ids of the articles this run added, only for the report's `new_*` counts.

    Returns:
        The counts and merge reasons.

    Raises:
        ConfigError: the overrides file is unreadable or malformed.

    Example:
        >>> report = merge_ledger(SqlStore("ledger.db"), overrides_path=Path("overrides.yaml"))
        >>> report.duplicates, report.entities
        (3, 42)
    """
    overrides = load_overrides(overrides_path)
    members = ledger.run_dedup(store)
    resolution = ledger.run_entities(store, overrides)
    with store.engine.connect() as conn:
        mentions = ledger.load_event_mentions(conn, members)
    merged = merge_events(mentions)
    ledger.write_merged_events(store, merged)
    threads = _run_threads(store, members, resolution, merged)
    with store.engine.begin() as conn:
        bump_ledger_version(conn)  # readers' caches now know the merge tables changed
    report = _report(members, resolution, merged, threads, set(new_ids or ()))
    log.info("merge: %s", report.to_dict())
    return report


def _run_threads(
    store: SqlStore, members: list[ClusterMember], resolution: Resolution, merged: list[MergedEvent]
) -> dict[str, tuple[str, str]]:
    """Link stories into threads and replace the `story_threads` rows."""
    links = link_threads(_story_items(store, members, resolution, merged))
    rows = [
        {
            "article_id": m.article_id,
            "thread_id": links[m.cluster_id][0],
            "reason": links[m.cluster_id][1],
        }
        for m in members
    ]
    ledger.write_threads(store, story_threads, rows)
    return links


def _story_items(
    store: SqlStore, members: list[ClusterMember], resolution: Resolution, merged: list[MergedEvent]
) -> list[StoryItem]:
    """Return one `StoryItem` per dedup cluster: date, person/org entities, merged events."""
    kinds = {e.id: e.kind for e in resolution.entities}
    entities_of: dict[str, set[str]] = defaultdict(set)
    with store.engine.connect() as conn:
        sightings, _ = ledger.load_sightings(conn)
        published = dict(conn.execute(select(articles.c.id, articles.c.published)).all())
    for sighting, entity_id in zip(sightings, resolution.assignments, strict=True):
        if entity_id and kinds.get(entity_id) in THREAD_ENTITY_KINDS:
            entities_of[sighting.article_id].add(entity_id)
    events_of: dict[str, set[str]] = defaultdict(set)
    for group in merged:
        for m in group.mentions:
            events_of[m.article_id].add(group.id)
    stories: dict[str, StoryItem] = {}
    for m in members:
        day = published.get(m.canonical_id)
        story = stories.setdefault(
            m.cluster_id, StoryItem(m.cluster_id, date.fromisoformat(day[:10]) if day else None)
        )
        story.entities |= entities_of[m.article_id]
        story.events |= events_of[m.article_id]
    return list(stories.values())


def _report(
    members: list[ClusterMember],
    resolution: Resolution,
    merged: list[MergedEvent],
    threads: dict[str, tuple[str, str]],
    new_ids: set[str],
) -> MergeReport:
    """Count what the passes found."""
    reasons: Counter = Counter()
    reasons.update(f"dedup: {m.reason}" for m in members if m.reason != REASON_CANONICAL)
    reasons.update(f"entity: {reason_kind(m['reason'])}" for m in resolution.merges)
    reasons.update("event: same event" for g in merged for _ in g.reasons)
    return MergeReport(
        articles=len(members),
        clusters=len({m.cluster_id for m in members}),
        duplicates=sum(m.reason != REASON_CANONICAL for m in members),
        new_articles=sum(m.article_id in new_ids for m in members),
        new_duplicates=sum(
            m.article_id in new_ids and m.reason != REASON_CANONICAL for m in members
        ),
        entities=len(resolution.entities),
        entity_merges=len(resolution.merges),
        events=sum(len(g.mentions) for g in merged),
        merged_events=len(merged),
        multi_mention_events=sum(len(g.mentions) > 1 for g in merged),
        threads=len({t for t, _ in threads.values()}),
        reasons=dict(sorted(reasons.items())),
    )


def reason_kind(reason: str) -> str:
    """Return the kind of a merge reason without its names ("surname of X (...)" -> "surname")."""
    for kind in (
        "override",
        "known alias",
        "capital used for government",
        "acronym",
        "transliteration variant",
        "surname",
        "initials",
    ):
        if reason.startswith(kind):
            return kind
    return reason

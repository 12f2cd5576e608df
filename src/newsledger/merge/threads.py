"""Story threads: stories (dedup clusters) about one developing story, linked.

Input: one `StoryItem` per dedup cluster: its publication date, the person/organisation entities
its articles name, and the merged events it reports. Output: a thread id per story, with the
reason of each link. Two stories are linked when they were published within `THREAD_WINDOW_DAYS`
of each other and report a common merged event, or name at least `THREAD_MIN_SHARED_ENTITIES`
common people or organisations. Links are transitive (a thread can span more than the window,
as a developing story does). Simple and explainable by design: no embeddings.

Storage: the `story_threads` table (article_id, thread_id, reason), schema migration 2.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from newsledger.records import stable_id
from newsledger.store.schema import story_threads  # noqa: F401 - re-exported for merge.ledger

# Stories more than a week apart are different stories even with the same protagonists.
THREAD_WINDOW_DAYS = 7
# One shared name is too weak (every Belarus story names Lukashenka); two is a shared story.
THREAD_MIN_SHARED_ENTITIES = 2
# An entity named by more than this share of all stories says nothing about a thread.
THREAD_MAX_ENTITY_SHARE = 0.5
# Entity kinds that identify a story (countries and cities are settings, not protagonists).
THREAD_ENTITY_KINDS = frozenset({"person", "org"})


@dataclass(slots=True)
class StoryItem:
    """One story (dedup cluster) as the threading sees it."""

    cluster_id: str
    published: date | None
    entities: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)


def link_threads(stories: Iterable[StoryItem]) -> dict[str, tuple[str, str]]:
    """Return {cluster id: (thread id, reason)} for every story.

    Example:
        >>> a = StoryItem("c1", date(2020, 10, 24), {"e1", "e2"})
        >>> b = StoryItem("c2", date(2020, 10, 26), {"e1", "e2"})
        >>> link_threads([a, b])["c1"][0] == link_threads([a, b])["c2"][0]
        True
    """
    items = sorted(stories, key=lambda s: (s.published or date.max, s.cluster_id))
    parent = {s.cluster_id: s.cluster_id for s in items}
    reasons: dict[str, str] = {}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    common = _too_common(items)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if _days_apart(a, b) > THREAD_WINDOW_DAYS:
                break
            reason = _link_reason(a, b, common)
            if reason and root(a.cluster_id) != root(b.cluster_id):
                parent[root(b.cluster_id)] = root(a.cluster_id)
                reasons.setdefault(b.cluster_id, f"{reason} with story {a.cluster_id}")
    first: dict[str, str] = {}
    for s in items:
        first.setdefault(root(s.cluster_id), s.cluster_id)
    return {
        s.cluster_id: (
            stable_id("thread", first[root(s.cluster_id)]),
            reasons.get(s.cluster_id, "first story"),
        )
        for s in items
    }


def _too_common(items: list[StoryItem]) -> set[str]:
    """Return entities named by more than `THREAD_MAX_ENTITY_SHARE` of stories (if many)."""
    counts: dict[str, int] = defaultdict(int)
    for s in items:
        for e in s.entities:
            counts[e] += 1
    if len(items) < 4:  # shares mean nothing on a handful of stories
        return set()
    return {e for e, n in counts.items() if n / len(items) > THREAD_MAX_ENTITY_SHARE}


def _days_apart(a: StoryItem, b: StoryItem) -> int:
    """Return days between two stories (undated stories are never linked by time)."""
    if a.published is None or b.published is None:
        return 0 if a.published is b.published else THREAD_WINDOW_DAYS + 1
    return abs((b.published - a.published).days)


def _link_reason(a: StoryItem, b: StoryItem, common: set[str]) -> str | None:
    """Return why two stories are one thread, or None."""
    if a.events & b.events:
        return f"{len(a.events & b.events)} shared event(s)"
    shared = (a.entities & b.entities) - common
    if len(shared) >= THREAD_MIN_SHARED_ENTITIES:
        return f"{len(shared)} shared actors"
    return None

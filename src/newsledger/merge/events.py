"""Event merge across articles: mentions of one real-world event become one merged event.

Input: `EventMention`s, one per coded event in the ledger, carrying the entity ids of its actors
and recipients (after entity resolution) and its article's outlet and dedup cluster. Output:
`MergedEvent`s: all mentions of one event, `n_mentions`, `n_articles`, `n_outlets` (independent
outlets: the copies of one dedup cluster count once), details that agree merged and details that
disagree kept side by side (`date_values`, `size_values`, `conflicts`), and why each mention
joined (`reasons`).

Two mentions are one event when they have the same type (and the same negated/future status),
share an actor or a recipient entity in the same role, have compatible dates (equal, or one
refines the other: `XXXX-10-24` ~ `2020-10-24`, `2020-10` ~ `2020-10-24`) and compatible places.
Mentions are placed greedily in a stable order, and a mention joins a merged event only if it is
compatible with every mention already in it, so chains never join incompatible mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsledger.records import stable_id

# Event modifiers that make two mentions different claims (a march that happened vs one that
# was only announced or denied), so mentions only merge when these agree.
STATUS_AUX = frozenset({"negated", "future", "hypothetical", "planned"})
# Mentions with no resolved participant merge only on an exact (full) date and the same place:
# a weaker key would fold every "protest in Minsk" of a month into one.
FULL_DATE_PARTS = 3
SIZE_FIELDS = ("arrested", "killed", "injured", "participants")


@dataclass(slots=True)
class EventMention:
    """One coded event as the merge sees it."""

    event_id: str
    article_id: str
    event: str
    date: str | None = None
    place: dict[str, Any] | None = None  # {"name", "country", "admin1", "precision"}
    actors: dict[str, str] = field(default_factory=dict)  # entity id -> name
    recipients: dict[str, str] = field(default_factory=dict)
    aux: tuple[str, ...] = ()
    size: dict[str, Any] | None = None
    evidence: str = ""
    confidence: float = 0.0
    mode: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    cluster_id: str | None = None  # the article's dedup cluster
    cluster_outlet: str | None = None  # outlet of the cluster's canonical article


@dataclass(slots=True)
class MergedEvent:
    """Mentions judged to be one event, in the order they joined."""

    mentions: list[EventMention]
    reasons: list[dict[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable id: a hash of the first mention's event id."""
        return stable_id("merged", self.mentions[0].event_id)

    def to_record(self) -> dict[str, Any]:
        """Return the merged record (JSON) stored in `merged_events.record`."""
        first = self.mentions[0]
        dates = Counter(m.date for m in self.mentions if m.date)
        record: dict[str, Any] = {
            "id": self.id,
            "event": first.event,
            "mode": first.mode,
            "date": best_date(list(dates)),
            "date_values": [{"value": d, "n": n} for d, n in sorted(dates.items())],
            "place": _best_place(self.mentions),
            "place_values": sorted({m.place["name"] for m in self.mentions if m.place}),
            "actors": _participants(self.mentions, "actors"),
            "recipients": _participants(self.mentions, "recipients"),
            "n_mentions": len(self.mentions),
            "n_articles": len({m.article_id for m in self.mentions}),
            "n_outlets": count_outlets(self.mentions),
            "confidence": max(m.confidence for m in self.mentions),
            "mentions": [_mention_record(m) for m in self.mentions],
            "reasons": self.reasons,
        }
        record.update(_merge_sizes(self.mentions))
        conflicts = record.pop("size_conflicts")
        record["conflicts"] = (["date"] if len(dates) > 1 else []) + conflicts
        return record


def date_parts(value: str) -> list[str]:
    """Return the components of a TIMEX date ("XXXX-10-24" -> ["XXXX", "10", "24"])."""
    return value.split("T")[0].split("-")


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Return True when two TIMEX dates can name the same day (unknown parts match anything).

    Example:
        >>> dates_compatible("XXXX-10-24", "2020-10-24"), dates_compatible("2020-10", "2020-11-02")
        (True, False)
    """
    if not a or not b:
        return True
    for x, y in zip(date_parts(a), date_parts(b), strict=False):
        if x != y and "X" not in x and "X" not in y:
            return False
    return True


def best_date(values: list[str]) -> str | None:
    """Return the most specific of compatible dates (most known digits; ties: earliest)."""
    if not values:
        return None
    return sorted(values, key=lambda v: (-sum(c.isdigit() for c in v), v))[0]


def places_compatible(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Return True when two places can be the same place (one unknown, equal, or nested)."""
    if not a or not b:
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    names_a = {str(a.get(k) or "").casefold() for k in ("name", "admin1")} - {""}
    names_b = {str(b.get(k) or "").casefold() for k in ("name", "admin1")} - {""}
    coarse = "country" in (a.get("precision"), b.get("precision"))
    return bool(names_a & names_b) or coarse


def count_outlets(mentions: Iterable[EventMention]) -> int:
    """Count independent outlets: each dedup cluster counts once, as its canonical's outlet."""
    outlets = set()
    for m in mentions:
        if m.cluster_id:
            outlets.add(m.cluster_outlet or m.outlet or f"cluster:{m.cluster_id}")
        else:
            outlets.add(m.outlet or f"article:{m.article_id}")
    return len(outlets)


def merge_events(mentions: Iterable[EventMention]) -> list[MergedEvent]:
    """Group event mentions into merged events.

    Args:
        mentions: every event mention, with entity ids filled in.

    Returns:
        Merged events, singletons included, in a stable order.

    Example:
        >>> a = EventMention("e1", "a1", "PROTEST", "2020-10-24", actors={"x": "Protesters"})
        >>> b = EventMention("e2", "a2", "PROTEST", "XXXX-10-24", actors={"x": "Protesters"})
        >>> [m.event_id for m in merge_events([a, b])[0].mentions]
        ['e1', 'e2']
    """
    ordered = sorted(mentions, key=_order)
    merged: list[MergedEvent] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for mention in ordered:
        status = frozenset(mention.aux) & STATUS_AUX
        keys = _block_keys(mention, status)
        candidates = sorted({i for key in keys for i in index.get(key, [])})
        target = next((i for i in candidates if _fits(mention, merged[i])), None)
        if target is None:
            merged.append(MergedEvent([mention]))
            target = len(merged) - 1
        else:
            merged[target].reasons.append(
                {"event_id": mention.event_id, "reason": _reason(mention, merged[target])}
            )
            merged[target].mentions.append(mention)
        for key in keys:
            if target not in index[key]:
                index[key].append(target)
    return merged


def _order(m: EventMention) -> tuple:
    """Stable processing order: most specific date first, then publication, article, id."""
    known = -sum(c.isdigit() for c in m.date) if m.date else 0
    return (m.event, m.published or "9999", known, m.article_id, m.event_id)


def _block_keys(m: EventMention, status: frozenset) -> list[tuple]:
    """Return the index keys under which `m` meets its candidates."""
    keys = [(m.event, status, "actor", e) for e in m.actors]
    keys += [(m.event, status, "recipient", e) for e in m.recipients]
    if not keys and m.date and len(date_parts(m.date)) >= FULL_DATE_PARTS and m.place:
        keys.append((m.event, status, "when-where", m.date, m.place.get("name")))
    return keys


def _fits(m: EventMention, group: MergedEvent) -> bool:
    """Return True when `m` is compatible with every mention of `group`."""
    return all(
        dates_compatible(m.date, other.date) and places_compatible(m.place, other.place)
        for other in group.mentions
    )


def _reason(m: EventMention, group: MergedEvent) -> str:
    """Explain why `m` joins `group`."""
    shared_a = {n for o in group.mentions for e, n in o.actors.items() if e in m.actors}
    shared_r = {n for o in group.mentions for e, n in o.recipients.items() if e in m.recipients}
    parts = [f"same type {m.event}"]
    if shared_a:
        parts.append("shared actor " + ", ".join(sorted(shared_a)))
    if shared_r:
        parts.append("shared recipient " + ", ".join(sorted(shared_r)))
    if not shared_a and not shared_r:
        parts.append("same full date and place")
    dates = sorted({o.date for o in group.mentions if o.date} | ({m.date} if m.date else set()))
    parts.append("date " + " ~ ".join(dates) if dates else "no date")
    return "; ".join(parts)


def _participants(mentions: list[EventMention], role: str) -> list[dict[str, Any]]:
    """Return the participants of one role across mentions, with how many mention each."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for m in mentions:
        for entity_id, name in getattr(m, role).items():
            counts[entity_id] += 1
            names.setdefault(entity_id, name)
    return [{"entity_id": e, "name": names[e], "n": n} for e, n in counts.most_common()]


def _best_place(mentions: list[EventMention]) -> dict[str, Any] | None:
    """Return the most precise place given (city over admin1 over country), else the first."""
    ranks = {"city": 0, "admin1": 1, "country": 2}
    places = [m.place for m in mentions if m.place]
    return min(places, key=lambda p: ranks.get(p.get("precision") or "", 3)) if places else None


def _merge_sizes(mentions: list[EventMention]) -> dict[str, Any]:
    """Return `size` (the most reported value per field), `size_values` and conflicts."""
    size: dict[str, Any] = {}
    values: dict[str, list[dict[str, Any]]] = {}
    conflicts: list[str] = []
    for name in SIZE_FIELDS:
        seen: dict[Any, list[str]] = defaultdict(list)
        for m in mentions:
            value = (m.size or {}).get(name)
            if value is not None:
                seen[value].append(m.event_id)
        if not seen:
            continue
        values[name] = [{"value": v, "event_ids": ids} for v, ids in seen.items()]
        size[name] = max(seen.items(), key=lambda kv: len(kv[1]))[0]
        if len(seen) > 1:
            conflicts.append(f"size.{name}")
    return {"size": size or None, "size_values": values, "size_conflicts": conflicts}


def _mention_record(m: EventMention) -> dict[str, Any]:
    """Return one mention as listed in the merged record."""
    return {
        "event_id": m.event_id,
        "article_id": m.article_id,
        "outlet": m.outlet,
        "url": m.url,
        "published": m.published,
        "cluster_id": m.cluster_id,
        "date": m.date,
        "evidence": m.evidence,
    }

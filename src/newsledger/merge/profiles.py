"""Entity records and profiles: sightings in, entities with names, titles, events out.

Input: `Sighting`s (one per actor/recipient and per name mention) and, from the resolver, the
node each sighting landed in and the entity of each node. Output: `Entity` profiles (names
seen with counts, titles with dates and articles, events, articles, co-actors, country and
sector) and the `Overrides` read from the user's YAML/TOML file.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from newsledger.errors import ConfigError
from newsledger.merge.places import country_of_name

ACTOR_ROLES = ("actor", "recipient")


@dataclass(slots=True)
class Sighting:
    """One occurrence of a name: an event participant or an annotator mention."""

    name: str
    label: str | None = None  # annotator label (PERSON, ORG, GPE, NORP...) for mentions
    role: str = "mention"  # "actor", "recipient" or "mention"
    text: str = ""  # the surface text, which may carry a title or description
    article_id: str = ""
    event_id: str | None = None
    date: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Overrides:
    """User decisions: name pairs that are the same entity, or never the same."""

    same: list[tuple[str, str]] = field(default_factory=list)
    not_same: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    """One resolved entity and its profile."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    names: Counter = field(default_factory=Counter)
    titles: list[dict[str, Any]] = field(default_factory=list)
    events: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    co_actors: Counter = field(default_factory=Counter)
    merges: list[dict[str, Any]] = field(default_factory=list)

    def to_record(self, names_by_id: dict[str, str]) -> dict[str, Any]:
        """Return the JSON profile stored in `entities.record`."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "names": [{"name": n, "n": c} for n, c in self.names.most_common()],
            "titles": self.titles,
            "co_actors": [
                {"id": i, "name": names_by_id.get(i, i), "n": c}
                for i, c in self.co_actors.most_common()
            ],
            "events": sorted(self.events),
            "articles": sorted(self.articles),
            "n_mentions": sum(self.names.values()),
            "merges": self.merges,
        }


@dataclass(slots=True)
class Resolution:
    """Entities, the entity id of each sighting (None for non-names) and every merge made."""

    entities: list[Entity]
    assignments: list[str | None]
    merges: list[dict[str, Any]]


def load_overrides(path: Path | None) -> Overrides:
    """Read a YAML or TOML overrides file (`same: [[a, b]]`, `not_same: [[a, b]]`).

    Args:
        path: the file; None gives empty overrides (a missing file is an error).

    Raises:
        ConfigError: the file cannot be parsed or a pair is not two names.
    """
    if path is None:
        return Overrides()
    try:
        text = Path(path).read_text("utf-8")
        data = tomllib.loads(text) if str(path).endswith(".toml") else yaml.safe_load(text)
    except (OSError, yaml.YAMLError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read overrides file {path}: {err}") from err
    data = data or {}
    pairs = {}
    for key in ("same", "not_same"):
        raw = data.get(key) or []
        if not all(isinstance(p, list) and len(p) == 2 for p in raw):
            raise ConfigError(
                f"overrides file {path}: {key!r} must be a list of [name, name] pairs"
            )
        pairs[key] = [(str(a), str(b)) for a, b in raw]
    return Overrides(**pairs)


def fill_profiles(sightings: list[Sighting], placed: list, entity_of: dict) -> list[str | None]:
    """Fill names, titles, events, articles, country, sector and co-actors; return ids."""
    assignments: list[str | None] = []
    by_event: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, Counter] = defaultdict(Counter)
    sectors: dict[str, Counter] = defaultdict(Counter)
    for sighting, found in zip(sightings, placed, strict=True):
        if found is None:
            assignments.append(None)
            continue
        key, core, title = found
        entity = entity_of[key]
        assignments.append(entity.id)
        entity.names[core] += 1
        entity.articles.add(sighting.article_id)
        if title:
            seen = {"title": title, "date": sighting.date, "article_id": sighting.article_id}
            if seen not in entity.titles:
                entity.titles.append(seen)
        if sighting.event_id and sighting.role in ACTOR_ROLES:
            entity.events.add(sighting.event_id)
            by_event[sighting.event_id].add(entity.id)
        countries[entity.id][sighting.country] += bool(sighting.country)
        sectors[entity.id][sighting.sector] += bool(sighting.sector)
    entities = {e.id: e for e in entity_of.values()}
    for members in by_event.values():
        for a in members:
            entities[a].co_actors.update(b for b in members if b != a)
    for entity in entities.values():
        entity.country = _most_common(countries[entity.id]) or _own_country(entity)
        entity.sector = _most_common(sectors[entity.id])
    return assignments


def _most_common(counts: Counter) -> str | None:
    """Return the most frequent non-empty key (ties: alphabetical)."""
    items = sorted(((k, n) for k, n in counts.items() if k and n), key=lambda kv: (-kv[1], kv[0]))
    return items[0][0] if items else None


def _own_country(entity: Entity) -> str | None:
    """Return the ISO code of a country entity."""
    found = country_of_name(entity.name) if entity.kind == "country" else None
    return found[0] if found else None

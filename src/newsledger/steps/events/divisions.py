"""A place with the administrative division the text writes beside it ("Houston, Texas",
"Zzyvka (Kumarkhali, Kushtia)", "Babylon province"): `resolve_place`.

Split from `newsledger.steps.events.gazetteer` to keep each module short: that module looks a
bare name up (`geocode`); this one reads the province or country the text gives with it,
including second-level divisions (a district's first-level province) and provinces spelled
otherwise than the gazetteer spells them ("Idleb"/"Idlib"). Input: a toponym as written and
optional hints. Output: a `newsledger.records.Place`, always (ungeocoded when it must be).
Conventions: docs/dates-places.md.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newsledger.records import Place
from newsledger.steps.events.gazetteer import (
    _country_code,
    _gazetteer,
    _key,
    geocode,
    is_major_city,
    normalise_place_name,
)

# "Babylon province", "Sanaa governorate": the text names a first-level division.
PROVINCE_WORD = re.compile(
    r"\s(?:province|governorate|oblast|state|region|prefecture)$", re.IGNORECASE
)


def _as_province(text: str, name: str, city: Place) -> Place:
    """A division the text calls a province, where the gazetteer knows only a city of that
    name: the province as written, in the city's country when the city lies in it or is
    large enough to name it ("Sanaa governorate"), not in a small namesake's ("Babylon", NY)."""
    same = _same_division(city.admin1, name) or is_major_city(city)
    return Place(text, name, city.country if same else None, name, precision="admin1")


def _parent_division(
    hint: str | None, hinted: Place | None, country_hint: str | None
) -> tuple[str, str] | None:
    """(ISO-2, first-level division) when `hint` names a second-level division and no
    first-level one ("Kushtia", a district of Khulna; not "Texas"), unambiguously."""
    if not hint or (hinted is not None and hinted.precision != "city"):
        return None
    gaz = _gazetteer()
    key = _key(normalise_place_name(hint))
    if key in gaz.admin1:
        return None  # first-level somewhere ("Bari" in Somalia): not read as Italy's province
    entries = gaz.admin2.get(key, [])
    # A small namesake town abroad does not hide the division ("Laguna", a Philippine
    # province and a small town in the US), as a division beats a small town in `geocode`.
    named = hinted if hinted is not None and is_major_city(hinted) else None
    country = _country_code(named.country if named else country_hint, gaz)
    if country:
        entries = [e for e in entries if e[0] == country]
    return entries[0] if len(entries) == 1 else None


def _in_second_level(text: str, name: str, country: str, admin1: str) -> Place:
    """A place the text puts in a second-level division: the gazetteer's town when it lies in
    that division's province, else the name as written in that province."""
    gaz = _gazetteer()
    place = geocode(name, country)
    iso3 = gaz.iso3.get(country)
    if place is not None and place.country == iso3 and _same_division(place.admin1, admin1):
        place.text = text
        return place
    return Place(text, name, iso3, admin1, precision="admin1")


# Shortest spelling that may match inside a longer one ("Hudaydah" in "Muhafazat al
# Hudaydah"); abbreviations ("AP", "UP") must match whole.
MIN_DIVISION_OVERLAP = 4
# Transliterations of one name differ by a vowel or two ("Idleb"/"Idlib", "Banadir"/"Banaadir").
SAME_SPELLING_RATIO = 0.8


def _same_division(a: str | None, b: str | None) -> bool:
    """True when two admin1 spellings name one division ("Banadir", "Banaadir")."""
    if not a or not b:
        return False
    x, y = (re.sub(r"[^a-z]", "", _key(n)) for n in (a, b))
    if min(len(x), len(y)) < MIN_DIVISION_OVERLAP:
        return x == y
    if x in y or y in x:
        return True
    return SequenceMatcher(None, x, y).ratio() >= SAME_SPELLING_RATIO


def resolve_place(text: str, hint: str | None = None, country_hint: str | None = None) -> Place:
    """Geocode a place with the province or country the text gives for it.

    Args:
        text: the name as written ("Aqcha district", "Rapar town").
        hint: the first-level division or country the text names beside it ("Jowzjan").
        country_hint: the story's country (ISO-2, ISO-3 or name), when known.

    Returns:
        The geocoded `Place` when the gazetteer knows the name (in the hinted province when
        one is given); else the name as written with the hint's admin1 (precision "admin1") or
        country (precision "country"); else the name alone, ungeocoded (precision None).

    Example:
        >>> resolve_place("Zzyzx village", "Texas").admin1
        'Texas'
    """
    name = normalise_place_name(text)
    hinted = geocode(hint, country_hint) if hint else None
    parent = _parent_division(hint, hinted, country_hint)
    if parent is not None:
        return _in_second_level(text, name, *parent)
    stated_country = None
    if hinted is not None and hinted.precision == "country":
        stated_country = country_hint = hinted.country
        hinted, hint = None, None
    place = geocode(name, hinted.country if hinted else country_hint)
    if place is not None and place.precision == "city" and PROVINCE_WORD.search(text):
        return _as_province(text, name, place)
    if place is not None and place.precision == "country" and hint:
        place = None  # "Mexico, Mexico": the state, not the country
    if place is not None and (hint is None or _same_division(place.admin1 or place.name, hint)):
        place.text = text
        own_name = _key(name) == _key(place.name)  # "Guatemala City" is not its province
        if place.precision == "city" and (
            hint or not own_name and _same_division(place.admin1, name)
        ):
            # The province as the text spells it: "(Mukalla, Hadramawt)"; "in Idleb
            # countryside" for the city and province that GeoNames spells "Idlib".
            place.admin1 = hint or name
        return place
    if hint is None:  # "Kagara (Rafi, Niger)": known only to its country
        return Place(text, name, stated_country, precision="country" if stated_country else None)
    # The gazetteer misses the town, or knows only a namesake in another province.
    country = hinted.country if hinted else (place.country if place else None)
    return Place(text, name, country, hint, precision="admin1")

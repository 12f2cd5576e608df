"""Clause places: which names of an evidence sentence are locative, and which of them the
event's clause puts it at.

Input: a sentence, its GPE/LOC/FAC mentions and the trigger's offset. Output: the locative
names scored by distance to the trigger (`_locatives`, `_locative_places`) and the best one
resolved with the province the text gives (`_clause_place`), falling back on a place the text
qualifies or a site named for a town. Kept apart from `places`, which adds the memo of the
last sentence, the dateline and the story's place around this scoring.
"""

from __future__ import annotations

import re
from typing import Any

from newsledger.records import Place
from newsledger.steps.events.divisions import resolve_place
from newsledger.steps.events.gazetteer import (
    SETTLEMENT_NOUNS,
    country_of_name,
    geocode,
    is_major_city,
    is_small_town,
    normalise_place_name,
)
from newsledger.steps.events.toponyms import (
    ACRONYM_NAME,
    CONTAINER_AFTER,
    IN_REGION_OF,
    NAMED_SITE,
    NOT_PLACE_WORDS,
    PERSON_TITLE,
    QUALIFIED_PLACE,
    SENTENCE_HINT,
    candidate_names,
    is_abbreviation,
    is_organisation,
    is_site,
    split_hint,
)

# Prepositions that put an event at a place ("in", "near", "in the area of", "west of").
# "in the <noun> of X" is locative ("in the countryside of", "in the limits of"), except for
# these nouns, which make X a topic or an agent ("in the wake of", "in the hands of").
NOT_LOCATIVE_NOUNS = (
    r"wake|name|absence|hands?|case|event|face|context|aftermath|run-up|presence|direction|"
    r"support|interest|course|form|midst|memory|honou?r|light|process|framework|rest|eyes"
)
LOCATIVE_BEFORE = re.compile(
    r"\b(?:(?:in|at|near|outside|inside|across|throughout|around|within|through|on|off)\s+"
    rf"(?:the|various|several|some|many|other|different)\s+(?!(?:{NOT_LOCATIVE_NOUNS})\b)"
    rf"(?:[a-z-]+\s+)?(?-i:(?!(?:{NOT_LOCATIVE_NOUNS}|of)\b)[a-z]+)(?:\s+of)?\s*,?\s*|"
    r"\bthe\s+(?:village|town|city|cities|hamlet|settlement|district|area|vicinity|outskirts)s?"
    r"\s+of\s+|"
    r"\b(?:in|at|near)\s+(?:central\s+)?(?:district|province|city|town|village)\s+of\s+|"
    r"(?:in|at|near|outside(?:\s+of)?|inside|across|throughout|around|within|through|close\s+to|"
    r"next\s+to|on\s+the\s+streets\s+of|in\s+front\s+of|(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)\s+of)\s+(?:the\s+)?)"
    r"(?:(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|rural|nearby)\s+)?(?:(?:tambon|kwaeng|khet|amphoe)\s+)?$",
    re.IGNORECASE,
)
# Candidates rank by tier (a placed town, an unknown name, a country, a building), then distance.
SITE_TIER = 3
# "the Port of Manila": the town a site is named for.
OF_TOWN = re.compile(r"\bof\s+(?:the\s+)?(?P<town>[A-Z][^,;()]*)$")
CITY_WORD_AFTER = re.compile(r"^\s+city\b")
# "on" and "of" place an event only before a settlement noun ("air raids on Al Jarr area").
WEAK_LOCATIVE_BEFORE = re.compile(r"\b(?:on|of|to)\s+(?:the\s+)?$", re.IGNORECASE)
SETTLEMENT_AFTER = re.compile(rf"^\s+(?:{SETTLEMENT_NOUNS})\b", re.IGNORECASE)
# How far before the trigger a locative place may sit and still belong to its clause; places
# after the trigger ("detained ... in Minsk") are the usual case and cost nothing extra.
BEFORE_TRIGGER_PENALTY = 2.0
# A place before the trigger and across a clause break ("After talks in Vilnius, police
# detained ...") belongs to another clause: it loses to any place after the trigger.
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but)\b")
CLAUSE_BREAK_PENALTY = 1000.0
# Commas inside a parenthesis ("Ahwar (Ahwar, Abyan) marched") break no clause.
PARENTHESIS = re.compile(r"\([^()]*\)")
# A scene-setting place fronted before the clause, after at most a date ("On 2 May, in Oaxaca,
# Oaxaca, farmers gathered outside the ministry"), holds for the whole sentence: it beats the
# building or neighbourhood named later.
FRONTED = re.compile(
    r"^\W*(?:(?:on|around|as\s+reported\s+on|reported\s+on|as\s+of|between|during|since|by|"
    r"overnight|early|late|on\s+or\s+around)\b[^,;]*,\s*)?(?:in|at|near|outside)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?(?:(?:area|vicinity|outskirts|city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
FRONTED_DISTANCE = -1.0
# A participant's base before the trigger ("forces located at X fired on Y", "militants based
# in X attacked"): where the actor is, not the event; it loses to any place after the trigger.
ACTOR_BASE_BEFORE = re.compile(
    r"\b(?:located|based|stationed|positioned|deployed|headquartered)\s+(?:at|in|near)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that make a name a source, destination or partner, not where the event happened.
NON_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:from|to|for|toward|towards|into|against|with|of|by|between|and)\s+"
    r"(?:the\s+)?|,\s*)$",
    re.IGNORECASE,
)
LOCATED_AFTER = re.compile(
    rf"^(?:\s+(?:{SETTLEMENT_NOUNS}))?"
    rf"(?:{IN_REGION_OF}(?:(?:al|el|as|ad|ar)-)?[A-Z]|\s*\((?![A-Z&-]+\))[A-Z][\w'’ .-]{{2}})"
)


def _is_locative(sentence: str, start: int, end: int) -> bool:
    """True when the name at `sentence[start:end]` follows a locative preposition."""
    before = sentence[max(0, start - 50) : start]
    if LOCATIVE_BEFORE.search(before):
        return True
    after = sentence[end:]
    if WEAK_LOCATIVE_BEFORE.search(before):
        return bool(SETTLEMENT_AFTER.match(after))
    # "shelled Sfuhen in Idleb", "attacked Kagara (Rafi, Niger)": a name the text locates.
    if ACRONYM_NAME.fullmatch(sentence[start:end]):
        return False
    return bool(LOCATED_AFTER.match(after)) and not NON_LOCATIVE_BEFORE.search(before)


def _is_person(name: str) -> bool:
    """True for a titled name the gazetteer does not know whole ("MP Anna Veld")."""
    return bool(PERSON_TITLE.match(name)) and geocode(name) is None


# The last sentence's locative names: ((sentence, places), [(text, start, end, fronted)]). The
# mentions of one sentence are placed one after another; only their distances differ.
_LOCATIVE_SLOT: list[Any] = [None, []]


def _locatives(
    sentence: str, places: list[tuple[str, int, int]]
) -> list[tuple[str, int, int, bool]]:
    """The locative candidate names of `sentence`, and whether each opens it ("In Minsk, ...")."""
    key = (sentence, tuple(places))
    slot_key, slot_found = _LOCATIVE_SLOT  # one read: another thread may refill the slot
    if slot_key == key:
        return slot_found
    found = [
        (text, start, end, bool(FRONTED.match(sentence[:start])))
        for text, start, end in candidate_names(sentence, places)
        if _is_locative(sentence, start, end) and not _is_person(text) and not is_organisation(text)
    ]
    _LOCATIVE_SLOT[:] = [key, found]
    return found


def _locative_places(
    sentence: str, places: list[tuple[str, int, int]], trigger_start: int
) -> list[tuple[float, str, int, int]]:
    """Score the locative mentions of `sentence` by distance to the trigger (lower is better)."""
    scored = []
    for text, start, end, fronted in _locatives(sentence, places):
        if fronted:
            distance = FRONTED_DISTANCE
        elif start >= trigger_start:
            distance = float(start - trigger_start)
        else:
            distance = (trigger_start - end) * BEFORE_TRIGGER_PENALTY
            between = PARENTHESIS.sub("", sentence[end:trigger_start])
            if CLAUSE_BREAK.search(between) or ACTOR_BASE_BEFORE.search(sentence[:start]):
                distance += CLAUSE_BREAK_PENALTY
        scored.append((float(distance), text, start, end))
    return sorted(scored)


def _clause_place(
    sentence: str, places: list[tuple[str, int, int]], trigger_start: int, hint: str | None
) -> Place | None:
    """The locative place nearest the trigger, resolved with the province the text gives: a
    place the gazetteer or its own province places wins over one placed only by a province
    named elsewhere in the sentence, which wins over an unknown name, then a country, then a
    building ("the Ministry of Labour in Din Daeng" is in Din Daeng)."""
    ranked: list[tuple[int, int, Place]] = []
    for rank, (distance, text, _, end) in enumerate(
        _locative_places(sentence, places, trigger_start)
    ):
        if any(r[0] < SITE_TIER for r in ranked) and distance >= CLAUSE_BREAK_PENALTY:
            break  # a town in this clause; a building here does not hide one in the next
        name, admin1 = split_hint(sentence, text, end)
        if CITY_WORD_AFTER.match(sentence[end:]):
            name += " city"  # "in Kuwait city": the city, not the country
        found = SENTENCE_HINT.search(sentence) if admin1 is None else None
        province = normalise_place_name(found["hint"]) if found else admin1
        if is_site(sentence, name, end):
            ranked.append((SITE_TIER, rank, _site_place(name, province, hint)))
            continue
        place = resolve_place(name, province, hint)
        if is_small_town(place) and _abroad(place, sentence, places):
            place = Place(place.text, normalise_place_name(name), precision=None)
        place = _within(sentence, end, place, province, hint)
        if place.lat is not None or (admin1 and place.precision == "admin1"):
            return place  # the gazetteer or the name's own province places it
        tier = {"admin1": 0, "city": 0, None: 1}.get(place.precision, 2)
        ranked.append((tier, rank, place))
    if not ranked:
        return _qualified_place(sentence, hint)
    tier, _, best = min(ranked, key=lambda r: r[:2])
    if tier == SITE_TIER and best.precision is None:
        # Only a building no gazetteer knows ("outside the Town Hall building"): the town the
        # sentence qualifies or names a road or office after says more ("the Halba highway").
        return _qualified_place(sentence, hint) or best
    return best


def _abroad(place: Place, sentence: str, places: list[tuple[str, int, int]]) -> bool:
    """True when the sentence's other names place it in one country, not the town's ("Zzyvka
    in Kandahar": no Zzyvka of Poland): a small namesake abroad is no match."""
    countries = {
        country_of_name(text)
        for text, _, _ in candidate_names(sentence, places)
        if normalise_place_name(text) != place.name
    } - {None}
    return len(countries) == 1 and place.country not in countries


def _site_place(name: str, province: str | None, hint: str | None) -> Place:
    """A site's place: the town it is "of" when the gazetteer knows that town ("the Port of
    Manila", "the University of Hrodna"), else the site as written."""
    town = OF_TOWN.search(name)
    if town is not None:
        place = resolve_place(town["town"], province, hint)
        if place.precision == "city":
            return place
    return resolve_place(name, province, hint)


def _within(sentence: str, end: int, place: Place, province: str | None, hint: str | None):
    """The town a place is said to lie in ("Yangi village of Qaysar district", "Soba area of
    Khartoum", "Basak, Guihulngan, Negros Oriental") when the gazetteer knows that town and
    not the place itself, or knows the place only as a namesake in another country; a place
    followed by its province alone keeps its own name."""
    match = CONTAINER_AFTER.match(sentence[end:])
    if match is None or normalise_place_name(match["name"]) in (province, place.admin1):
        return place  # "Zzyvka, Donetsk": the province, which the place already has
    text = match["name"]
    if CITY_WORD_AFTER.match(sentence[end + match.end() :]):
        text += " city"  # "a neighbourhood of Gaza city": the city, not the Strip
    _, own = split_hint(sentence, text, end + match.end())
    town = resolve_place(text, own or province, hint)
    if not (own or province or hint or is_major_city(town)):
        return place  # nothing to tell the town from its namesakes ("Arnissa of Pella")
    if town.lat is None and not (town.precision == "admin1" and place.precision is None):
        return place
    elsewhere = place.country is not None and town.country not in (None, place.country)
    return town if place.lat is None or elsewhere else place


def _qualified_place(sentence: str, hint: str | None) -> Place | None:
    """With no locative place, a name the text qualifies with its province ("attacked Kagara
    (Rafi, Niger)"), else the parenthesis itself ("in the villages (Kalehe, Sud-Kivu)")."""
    found = next(
        (
            found
            for found in QUALIFIED_PLACE.finditer(sentence)
            if not is_organisation(found["name"] or "")
            and (found["first"] or not is_abbreviation(found["name"] or "", found["admin1"]))
        ),
        None,
    )
    if found is None:
        return _named_site(sentence, hint)
    admin1 = normalise_place_name(found["admin1"])
    name = found["name"] or found["first"] or found["admin1"]
    if name.split(" ", 1)[0].lower() in NOT_PLACE_WORDS:
        name = found["first"] or found["admin1"]
    return resolve_place(name.strip(), admin1, hint)


def _named_site(sentence: str, hint: str | None) -> Place | None:
    """With no other place, the town a road, base or office is named after ("blocked the
    Halba highway", "targeted Hama Airbase", "Aydin Governorship announced"): the first the
    gazetteer knows, else the first name as written (ungeocoded), never an acronym."""
    unknown = None
    for found in NAMED_SITE.finditer(sentence):
        name = found["name"]
        while name.split(" ", 1)[0].lower() in NOT_PLACE_WORDS and " " in name:
            name = name.split(" ", 1)[1]
        if name.lower() in NOT_PLACE_WORDS or ACRONYM_NAME.fullmatch(name):
            continue  # "The road block was ...", "the LNA base"
        place = resolve_place(name, None, hint)
        if place.precision in ("city", "admin1"):
            return place
        unknown = unknown or (place if place.precision is None else None)
    return unknown

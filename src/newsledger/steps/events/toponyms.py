"""Toponyms as ACLED notes and wire copy write them: names, provinces and sites.

Input: a sentence and the offsets of a place name in it. Output: the sentence's candidate
names (`candidate_names`), a name's own parts (the province written beside it: "Oleksandrivka,
Donetsk", "Tokabangou (Markoye, Oudalan)", "Bennsh in Idleb province", "Lucknow (UP)" spelled
out), whether the name is a site or an organisation rather than a town ("the Ministry of
Labour", "Martyr square", "ONLF", "the National Guard"), and the place a coder's remark states
("[coded to Hrodna-Centre]", `coded_place`). `newsledger.steps.events.places` picks the
event's place with these. Conventions: docs/dates-places.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.records import Place
from newsledger.steps.events.divisions import resolve_place
from newsledger.steps.events.gazetteer import (
    SETTLEMENT_NOUNS,
    ascii_name,
    geocode,
    normalise_place_name,
)

# "in Idleb", "in the southern countryside of Idleb": the province a name lies in.
IN_REGION_OF = r"\s+in\s+(?:the\s+(?:[a-z-]+\s+){1,2}of\s+)?"

# A capitalised name the tagger missed ("in the area of Oleksandrivka"), with the particles of
# Arabic, Spanish or Portuguese names ("Santa Teresa del Tuy", "Wadi al Majish").
NAME_PARTICLES = r"de|del|de\s+la|da|do|dos|das|los|las|al|el|ad|ash|ar|az|wa|la|le|di|du|e|imeni"
# A hyphen stays inside a word only when no capital follows it, so "Ab-Ab-Ab-..." splits one
# way, not 2^n ways (the search stays linear on hostile hyphen chains). After a hyphen a
# single capital is a word ("Zzyv-U").
# The particle loop is possessive and ends at a word boundary: "de la" read as one particle
# or as two must not double the ways to split each repeat.
NAME_RE = re.compile(
    rf"[A-Z](?:[\w'’.]|-(?![A-Z]))*\w"
    rf"(?:(?:\s+(?:{NAME_PARTICLES})\b)*+(?:\s+[A-Z](?:[\w'’]|-(?![A-Z]))*\w"
    rf"|-[A-Z](?:(?:[\w'’]|-(?![A-Z]))*\w)?))*"
)
# Capitalised words that start sentences or name times, never places.
NOT_PLACE_WORDS = frozenset(
    "the a an on in at around reported as near january february march april may june july "
    "august september october november december monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)

# Where the text states the place's province: "Oleksandrivka, Donetsk", "Tokabangou (Markoye,
# Oudalan)", "Bennsh in Idleb province", "Aqcha and Mingajik districts, Jowzjan"; the last
# part of a parenthesis is its first-level division. A parenthesis may follow a few lower-case
# words later ("Qorvali village outskirts (...)"), not another name ("the LoC at Mankote
# sector (...)" qualifies Mankote).
HINT_AFTER = re.compile(
    rf"^(?:\s+and\s+{NAME_RE.pattern})?(?:\s+(?:{SETTLEMENT_NOUNS})s?)*"
    rf"(?:,\s*(?P<comma>{NAME_RE.pattern}"
    rf"(?:\s+(?:{SETTLEMENT_NOUNS}))?(?:,\s*{NAME_RE.pattern})*)"
    rf"(?:\s+(?:{SETTLEMENT_NOUNS}))?(?=\s*(?:[,.;:(]|$|\s(?:on|in|and|at|where|after)\s))|"
    r"[^,;:()A-Z]{0,40}?\((?:[^()]*,\s*)?(?P<paren>[A-Z][^(),]*)\)|"
    rf"{IN_REGION_OF}(?P<inside>(?:(?:al|el|ad|as|an|ar|at|az)-)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*))",
)
# A bracket of one part right after a name: "Zzyvka (Yyzzk)".
ONE_PART_BRACKET = re.compile(r"^\s*\([^(),]*\)")
# The parenthesis after "X in Y area (...)" names the province of both X and Y.
PAREN_AFTER = re.compile(r"^[^,;:()]{0,40}?\((?:[^()]*,\s*)?(?P<paren>[A-Z][^(),]*)\)")
# A division in parentheses anywhere in the sentence ("... at a checkpoint (Balcad, Middle
# Shabelle)"): the province of a place that has none of its own.
QUALIFIED_PLACE = re.compile(
    rf"(?:(?P<name>{NAME_RE.pattern})(?:\s+(?:{SETTLEMENT_NOUNS}))?\s*)?"
    r"\((?:(?P<first>[A-Z][^(),]*),\s*(?:[^()]*,\s*)?)?(?P<admin1>[A-Z][A-Za-z'’ .-]*)\)"
)
# A site named after its town: "the Halba highway", "Hama Airbase", "Aydin Governorship".
NAMED_SITE = re.compile(
    rf"(?P<name>{NAME_RE.pattern})\s+(?i:highway|road|bridge|air\s?base|base|dam|valley|"
    r"front(?:line)?|governorship|municipality|checkpoint|market|prison|airport|port)\b"
)
SENTENCE_HINT = re.compile(r"\((?:[^()]*,\s*)(?P<hint>[A-Z][^(),]*)\)")

# The town a named place lies in: "Yangi village of Qaysar district", "PD1 of Lashkargah city",
# "Nadas in rural Ras al Ain", "Barangay Basak, Guihulngan, Negros Oriental".
CONTAINER_AFTER = re.compile(
    rf"^(?:\s+(?:{SETTLEMENT_NOUNS}))?(?:\s+(?:of|in)|\s*,)\s+(?:the\s+)?"
    rf"(?:(?:city|town|village|district|province)\s+of\s+)?(?:rural\s+|kwaeng\s+|tambon\s+)?"
    rf"(?P<name>{NAME_RE.pattern})"
)
# A name led by a title names a person ("outside the house of MP Anna Veld", "former Prime
# Minister Ivo Marsh in Hrodna"), unless the gazetteer knows the whole name ("President Roxas").
PERSON_TITLE = re.compile(
    r"^(?:(?:Deputy|Vice|Former)\s+)?(?:President|Prime\s+Minister|Minister|MPs?|Senator|Sen|"
    r"Governor|Gov|Mayor|Dr|Mr|Mrs|Ms|Judge|Colonel|Col|Lieutenant|Lt|Captain|Capt|Commander|"
    r"Gen|Imam|Pastor|Bishop|Rev|Reverend)\.?\s+[A-Z]"
)
# Buildings and sites: a name with one of these words is no town but lies in one.
FACILITY = re.compile(
    r"\b(?:Office|Ministry|Hall|Club|Cent(?:er|re)|Stand|Hospital|University|College|School|"
    r"Court|Congress|Parliament|Embassy|Headquarters|HQ|Company|Church|Mosque|Temple|Palace|"
    r"Prison|Jail|Station|Square|Street|Avenue|Road|Highway|Bridge|Market|Factory|Port|"
    r"Airport|Stadium|Corps|Building|Complex|Council|Assembly|Guard|Police|Army|Sanctuary|"
    r"Reserve|Route|Cabinet)\b"
)
# Bodies of people, not places: "fighters in the Zzyvka Corps", "National Guard (GNB)
# officers". A name with one of these words (and no building word) is no candidate at all.
ORGANISATION = re.compile(
    r"\b(?:Corps|Army|Guard|Police|Forces|Brigades?|Battalion|Regiment|Militia|Party|"
    r"Movement)\b"
)
BUILDING = re.compile(
    r"\b(?:Office|Ministry|Hall|Cent(?:er|re)|Headquarters|HQ|Station|Building|Complex|"
    r"Academy|School|College|Base|Camp|Barracks)\b",
    re.IGNORECASE,
)
# A tagged name ending in a lower-case site word: "the Zzyvka bridge", "Hrodna road".
SITE_END = re.compile(
    r"\s(?:bridge|road|highway|street|avenue|square|roundabout|crossing|junction|checkpoint|"
    r"market|building|station|base|camp|airport|port|hospital|prison|office)s?$"
)

# A name followed by what it names: "Martyr square", "Koniko gas field", "RDC's office".
SITE_AFTER = re.compile(
    r"^\s+(?:gas\s+|oil\s+)?(?:square|street|avenue|road|highway|bridge|bank|field|hospital|"
    r"office|mosque|church|market|building|prison|station|school|university|camp|base|checkpoint|"
    r"headquarters|court|hall|house|plant|factory|port|airport)s?\b"
)
POSSESSIVE_END = re.compile(r"['’]s$")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# An acronym names an organisation or a line ("ONLF (Ogadan ...)", "OPS in Bab al Faraj",
# "across the LoC in Degwar"), not a town: two capitals in at most four letters, or no lower case.
ACRONYM_NAME = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,4}|[A-Z][A-Z&.-]+")

# How far after a name its bracket's other towns are read, to tell a code's country.
CODE_CONTEXT = 80
INSIDE_SPAN = re.compile(rf"\s+(?:in|(?:{SETTLEMENT_NOUNS})\s+of)\s+(?=[A-Z])")
# A province is a proper name ("Middle Shabelle", "Bani al Harith"), not a remark in brackets
# ("(Kurdish names)", "(as reported)").
PROPER_NAME = re.compile(
    rf"[A-Z](?:[\w'’.&]|-(?![A-Z]))*(?:(?:\s+(?:{NAME_PARTICLES}|of|and))*(?:\s+|-)"
    rf"[A-Z](?:[\w'’.&]|-(?![A-Z]))*)*"
    r"(?:\s+(?:\(\w+\)))?"
)
POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
# An organisation's acronym in parentheses ("(KADRE)") is no province; "(UP)", "(AJK)" are.
ACRONYM = re.compile(r"[A-Z]{4,}")
CAPITALS = re.compile(r"[A-Z]{2,}")


def is_abbreviation(name: str, short: str) -> bool:
    """True when `short` abbreviates `name` ("Improvised Explosive Device (IED)", Spanish
    "Centro de Operaciones de Emergencia (COE)" in either word order): a bracket that spells
    out a name's initials is the name again, not its province."""
    if not CAPITALS.fullmatch(short):
        return False
    initials = [word[0] for word in name.split() if word[:1].isupper()]
    return sorted(initials) == sorted(short)


def split_hint(sentence: str, text: str, end: int) -> tuple[str, str | None]:
    """The place's own name and the province the text gives for it, if any."""
    if "(" in text:  # a tagger span cut inside a parenthesis: "Tokabangou (Markoye"
        text, end = text.split("(", 1)[0].rstrip(), end - len(text.split("(", 1)[1]) - 1
    if "," in text:  # "Chihuahua, Chihuahua": a town and its state in one span
        name, hint = text.split(",", 1)
        return name.strip(), normalise_place_name(hint.split(",")[-1])
    if POSSESSIVE.search(text):  # "Beirut's Saifi district": Saifi, in Beirut
        hint, name = POSSESSIVE.split(text, maxsplit=1)
        return name, hint
    if INSIDE_SPAN.search(text):  # a tagger span "Sahwa in Dar'a", "Cachar district of Assam"
        name, hint = INSIDE_SPAN.split(text, maxsplit=1)
        return name, normalise_place_name(hint)
    match = HINT_AFTER.match(sentence[end:])
    hint = match and (match["comma"] or match["paren"] or match["inside"])
    if match and match["paren"] and ONE_PART_BRACKET.match(sentence[end:]):
        # "Zzyvka (Yyzzk) village, Marrow Township, Rakhine State": the bracket is another
        # name; the comma chain after it ends with the province (a country after the
        # bracket, "Zzyvka (Tillaberi), Niger", leaves the bracket the province).
        chain = HINT_AFTER.match(sentence[end + match.end() :])
        last = chain["comma"].split(",")[-1] if chain and chain["comma"] else None
        country = geocode(last) if last else None
        hint = last if last and not (country and country.precision == "country") else hint
    if match and match["inside"]:  # "Dumankara in Wagga area (Madagali, Adamawa)"
        later = PAREN_AFTER.match(sentence[end + match.end() :])
        hint = later["paren"] if later else hint
    hint = normalise_place_name(hint.split(",")[-1]) if hint else None
    if not hint or ACRONYM.fullmatch(hint) or not PROPER_NAME.fullmatch(hint):
        return text, None
    if is_abbreviation(text, hint):
        return text, None
    return text, _expand_code(hint, text, sentence[end : end + CODE_CONTEXT])


def _expand_code(hint: str, name: str, after: str) -> str:
    """A province written as its ISO 3166-2 code, in full ("Lucknow (UP)" → Uttar
    Pradesh), in the country of the towns written beside it; else as written."""
    near = [name] + [m.group() for m in NAME_RE.finditer(after) if m.group() != hint]
    return division_of_code(hint, near) or hint


def is_site(sentence: str, name: str, end: int) -> bool:
    """True when the name ending at `end` names a building, road, site or organisation rather
    than a town ("the Ministry of Labour in Din Daeng", "Martyr square", "RDC's office", "LoC")."""
    bare = POSSESSIVE_END.sub("", name)
    return bool(
        FACILITY.search(name)
        or SITE_END.search(bare)
        or SITE_AFTER.match(sentence[end:])
        or ACRONYM_NAME.fullmatch(bare)
    )


def is_organisation(name: str) -> bool:
    """True when the name is a body of people ("the Zzyvka Corps", "the National Guard") or a
    bare institution ("Congress", "the Parliament's"), not a building it occupies ("Police
    Headquarters") nor a place."""
    bare = POSSESSIVE_END.sub("", LEADING_THE.sub("", name))
    if FACILITY.fullmatch(bare):
        return True
    return bool(ORGANISATION.search(name)) and not BUILDING.search(name)


# "UP", "J&K": a province written as its ISO 3166-2 code, as Indian copy writes them.
DIVISION_CODE = re.compile(r"[A-Z]{2,3}|[A-Z]&[A-Z]")


@lru_cache(maxsize=1)
def _division_codes() -> dict[tuple[str, str], str]:
    """First-level divisions by (country ISO-3, code suffix), in ASCII: ("IND", "UP")."""
    import pycountry

    iso3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    return {
        (iso3.get(sub.country_code), sub.code.split("-", 1)[1]): ascii_name(sub.name)
        for sub in pycountry.subdivisions
        if getattr(sub, "parent_code", None) is None
    }


def division_of_code(code: str, near: list[str]) -> str | None:
    """The first-level division an ISO 3166-2 code names ("UP" → Uttar Pradesh) in the
    country of the first of the names written beside it that the gazetteer knows there."""
    if not DIVISION_CODE.fullmatch(code):
        return None
    suffix = code.replace("&", "")
    for name in near:
        place = geocode(name)
        division = _division_codes().get((place.country, suffix)) if place else None
        if division:
            return division
    return None


# ACLED's coder remark "[coded to Hrodna-Centre]", "[coded to Minsk with GP2]", "coded
# at X (District, Province)" states where the event was recorded: it beats what the sentence
# names.
# The name is capped: a lazy run followed by a look-ahead that opens with whitespace would
# rescan a long run of spaces at every step.
CODED_TO = re.compile(
    r"\bcoded\s+(?:to|at)\s+(?P<name>[A-Z][^\[\](),;:.]{0,80}?)(?=\s+with\b|\s*[\]),;:.(]|$)"
)


def coded_place(sentence: str, hint: str | None) -> Place | None:
    """The place a coder's remark states ("[coded to Hrodna-Centre]"), written as the
    remark writes it; a "City-District" name the gazetteer does not know whole takes the
    city's province and coordinates."""
    found = CODED_TO.search(sentence)
    if found is None:
        return None
    name, admin1 = split_hint(sentence, found["name"].strip(), found.end("name"))
    bracket = SENTENCE_HINT.search(sentence) if admin1 is None else None
    place = resolve_place(name, normalise_place_name(bracket["hint"]) if bracket else admin1, hint)
    city = name.split("-", 1)[0]
    if place.precision is None and city != name:
        town = geocode(city, hint)
        if town is not None and town.precision == "city":
            town.text, town.name = name, place.name
            return town
    return place


# A name's first word and the whitespace after it (offsets must follow every space skipped).
LEADING_WORD = re.compile(r"(\S+)\s+(?=\S)")
DIRECTION_OF = re.compile(
    r"\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?=[A-Z])", re.IGNORECASE
)


def candidate_names(
    sentence: str, places: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The tagged places, plus capitalised names the tagger missed or cut short ("Shah Wali
    Kot" tagged "Wali Kot"): a longer name replaces the tagged spans inside it."""
    found = [part for place in places for part in split_direction(place)]
    for match in NAME_RE.finditer(sentence):
        start, text = match.start(), match.group()
        while (head := LEADING_WORD.match(text)) and head[1].lower() in NOT_PLACE_WORDS:
            text, start = text[head.end() :], start + head.end()
        end = start + len(text)
        if text.lower() in NOT_PLACE_WORDS:
            continue
        overlapping = [p for p in found if p[1] < end and start < p[2]]
        if overlapping and not all(p[2] <= end for p in overlapping):
            continue  # the name does not reach past the tagged span
        # "the Municipality of Alvaro" tagged, "Alvaro Obregon" found: their union.
        start = min([start] + [p[1] for p in overlapping])
        text, inside = sentence[start:end], overlapping
        if inside and any(p[2] - p[1] >= end - start for p in inside):
            continue  # the tagger's span is as long: keep it
        found = [p for p in found if p not in inside] + [(text, start, end)]
    return found


def split_direction(place: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """A tagger span "the Zzyvka bridge east of Hrodna" is two places: the site, and the town
    the direction is taken from (which "east of" makes locative)."""
    text, start, end = place
    match = DIRECTION_OF.search(text)
    if match is None:
        return [place]
    return [(text[: match.start()], start, start + match.start()), (text[match.end() :],
            start + match.end(), end)]  # fmt: skip

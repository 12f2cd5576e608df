"""Event places: which toponym is the event's location, read from its evidence sentence.

Input: an evidence sentence with its GPE/LOC/FAC mentions, the event trigger's offset and the
article dateline (`find_event_place`). Output: a `newsledger.records.Place` geocoded by
`newsledger.steps.events.gazetteer` (with the province the text gives beside the name, as in
"Oleksandrivka, Donetsk" or "Tokabangou (Markoye, Oudalan)"), or None with a reason constant.
Which names of the clause are locative, and how they rank, is `clause_places`; this module
adds the memo of the last sentence, the dateline and the story's place. Conventions:
docs/dates-places.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsledger.records import Place
from newsledger.steps.events.clause_places import _clause_place, _locatives
from newsledger.steps.events.divisions import resolve_place
from newsledger.steps.events.gazetteer import (
    capital_of,
    geocode,
    load_gazetteer,
    normalise_place_name,
)
from newsledger.steps.events.toponyms import coded_place

__all__ = [
    "find_event_place",
    "find_story_place",
    "geocode",
    "load_gazetteer",
    "normalise_place_name",
    "resolve_place",
]

# Reasons given with a place (or its absence) by `find_event_place`.
IN_CLAUSE = "in_clause"  # a locative phrase of the event's clause ("marched in Minsk")
FROM_DATELINE = "dateline"  # none in the clause; the story's dateline, where it plausibly happened
NO_PLACE_IN_CLAUSE = "no_place_in_clause"  # no locative place and no usable dateline
PLACE_ELSEWHERE = "place_elsewhere"  # the sentence names a place abroad: the dateline may not hold
UNRESOLVED = "unresolved"  # a locative place the gazetteer does not know (kept, not geocoded)

# "in the capital" with no name after it: the capital of the story's country (the dateline's).
BARE_CAPITAL = re.compile(
    r"\b(?:in|at|near|outside|around|across|through)\s+(the\s+(?:country's\s+)?capital)\b"
    r"(?!\s*(?:,|of\b|city\s+of\b))",
    re.IGNORECASE,
)


# The last sentence whose place does not depend on its trigger:
# ((sentence, places, dateline), (place, reason)); the pair is replaced whole.
_PLACED_SLOT: list[Any] = [(None, None)]


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

    Consecutive mentions in one sentence with at most one locative name get the same answer
    (the trigger's offset cannot change it), so it is computed once and copied.
    """
    key = (sentence, tuple(places), dateline)
    held, found = _PLACED_SLOT[0]
    if held != key:
        found = _find_event_place(sentence, places, trigger_start, dateline)
        if len(_locatives(sentence, places)) > 1:
            return found  # the trigger's offset picks among the names
        _PLACED_SLOT[0] = (key, found)
    place, reason = found
    return (None if place is None else replace(place)), reason


def _find_event_place(
    sentence: str, places: list[tuple[str, int, int]], trigger_start: int, dateline: str | None
) -> tuple[Place | None, str | None]:
    """`find_event_place` without the memo."""
    dateline_place = _dateline_place(dateline)
    hint = dateline_place.country if dateline_place else None
    place = coded_place(sentence, hint) or _clause_place(sentence, places, trigger_start, hint)
    if place is not None:
        return place, IN_CLAUSE if place.precision else UNRESOLVED
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


_DATELINE_SLOT: list[Any] = [(None, None)]


def _dateline_place(dateline: str | None) -> Place | None:
    """The dateline's place (a copy), geocoded once per dateline in a row."""
    if not dateline:
        return None
    held, place = _DATELINE_SLOT[0]
    if held != dateline:
        place = geocode(dateline.title())
        _DATELINE_SLOT[0] = (dateline, place)
    return None if place is None else replace(place)


def _bare_capital(sentence: str, country: str | None) -> Place | None:
    """Resolve a bare "in the capital" to the capital city of `country` (ISO-3), if known."""
    match = BARE_CAPITAL.search(sentence)
    name = capital_of(country)
    if match is None or not name:
        return None
    place = geocode(name, country)
    if place is not None:
        place.text = match.group(1)
    return place


# A short report names its town in its opening sentences ("On 3 May, in Hinche, Centre, ...").
STORY_SENTENCES = 2


def find_story_place(
    sentences: list[tuple[str, list[tuple[str, int, int]]]], dateline: str | None = None
) -> Place | None:
    """The place a report sets its events in: the first place its opening sentences locate.

    Args:
        sentences: the article's sentences in order, each with its GPE/LOC/FAC mentions as
            (text, start, end), offsets into the sentence; only the first STORY_SENTENCES count.
        dateline: the article's dateline, or None.

    Returns:
        The place, or None; `merge_mentions(coded, story_place_of=...)` gives it to events whose
        own sentence and neighbours name none.

    Example:
        >>> find_story_place([("On 3 May, in Houston, Texas, nurses marched.", [])]).name
        'Houston'
    """
    for text, places in sentences[:STORY_SENTENCES]:
        place, _ = find_event_place(text, places, 0, dateline)
        if place is not None:
            return place
    return None

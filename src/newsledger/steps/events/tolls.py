"""Report-level death tolls: the total a report sums up with, and which event carries it.

Input: an article's text and its coded events. Output: the events' `Size.killed` counts,
corrected in place by the toll the report states about itself (`apply_summary_toll`).

Sentence-level counts (`quantities.extract_size`) see one sentence at a time, so they miss
deaths told apart from the event ("Three officers died."), add nothing up across sentences and
cannot know that a writer discounts a claim. A closing tally is the writer's own verdict, so it
wins: "2 fatalities.", "the death toll rose to 12", "No casualties were reported.", "Fatalities
coded as 0 (rebels reported 1)". A tally shared between several events ("10 fatalities split
between 3 events") gives each its share. Conventions: docs/dates-places.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.records import Event, Size
from newsledger.steps.events.quantities import (
    NUMBER_PATTERN,
    SUMMARY_RE,
    TALLY_RE,
    VAGUE_COUNTS,
    parse_number,
)

_DEATHS = r"(?:fatalit(?:y|ies)|fatalites|casualt(?:y|ies)|deaths?|dead)"
# A report that says nobody died: "No casualties reported", "Neither injuries nor fatalities
# were reported", "there were no deaths". Not "no information on casualties": that is no toll.
# "No casualties on the government side" says nothing of the other side's dead.
NO_DEATHS_RE = re.compile(
    rf"\b(?:no|nor|neither)\s+(?:(?:reported|known|further)\s+)?{_DEATHS}\b"
    r"(?!\s+(?:on|among|in\s+the\s+ranks|from)\b)"
    rf"|\bno\s+reports?\s+(?:of|on)\s+{_DEATHS}"
    r"|\bno(?:body|\s+one)\s+(?:was\s+|were\s+)?(?:killed|died|dead)\b",
    re.IGNORECASE,
)
# A toll shared between events: "split between 3 events", "spread across two locations",
# "divided equally across three events"; the share, when stated: "(4)", "with 5 coded to each".
SPLIT_RE = re.compile(
    rf"\b(?:split|spread|divided|distributed|coded)\s+(?:up\s+)?(?:equally\s+)?"
    rf"(?:between|across|among|over)\s+(?:the\s+)?(?P<parts>{NUMBER_PATTERN})\s+"
    r"(?:separate\s+)?(?:events?|locations?|incidents?|attacks?|fronts?)\b"
    rf"(?:\s*\((?P<share>\d+)\)|[^.]*?\bwith\s+(?P<each>{NUMBER_PATTERN})\s+coded\s+to\s+each)?",
    re.IGNORECASE,
)
BRACKETED = re.compile(r"\([^()]*\)")
# A tally over a period, not this report's: "so far this year", "since March", "in total".
CUMULATIVE = re.compile(
    r"\b(?:since|so\s+far|this\s+(?:year|month)|last\s+(?:year|month)|to\s+date|in\s+total|"
    r"cumulative|overall|all\s+told)\b",
    re.IGNORECASE,
)
# Types that carry deaths, in the order a toll prefers them when no event counted any.
TOLL_EVENTS = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")


# Words every match of a toll pattern contains (ignoring case). Most articles state no toll,
# and looking for a word is far cheaper than trying a pattern at every character of the text.
TOLL_WORDS = {
    SUMMARY_RE: ("fatalit", "death"),
    TALLY_RE: ("fatalit",),
    NO_DEATHS_RE: ("fatalit", "casualt", "dea", "killed", "died"),
    SPLIT_RE: ("split", "spread", "divided", "distributed", "coded"),
}
# Letters `re` takes for an ASCII letter when ignoring case, though `str.lower` does not lower
# them to it ("ſ" is an "s" to `re`; the Kelvin sign lowers to "k"): a text holding one is
# searched with `re` itself.
RE_ONLY_FOLDS = ("İ", "ı", "ſ")
_WORD_SEARCHES = {
    word: re.compile(re.escape(word), re.IGNORECASE)
    for words in TOLL_WORDS.values()
    for word in words
}


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    """True when `text` holds one of `words`, as a case-insensitive `re` search finds them."""
    if any(letter in text for letter in RE_ONLY_FOLDS):
        return any(_WORD_SEARCHES[word].search(text) for word in words)
    lowered = text.lower()
    return any(word in lowered for word in words)


def _toll_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """`pattern.finditer(text)` as a list, without the scan when a word it needs is absent."""
    if not _names_any(text, TOLL_WORDS[pattern]):
        return []
    return list(pattern.finditer(text))


@dataclass(slots=True)
class Toll:
    """What a report says about its own deaths.

    Attributes:
        total: the deaths it sums up with (0 for "no casualties"), or None when it only says
            how its toll is shared ("Fatalities split between 2 events.").
        parts: how many events share the total (1 unless the report splits it).
        share: each event's stated share ("(4)", "with 5 coded to each"), or None.
        in_words: True when the toll is a sentence saying no one died ("no one was
            killed"), not a tally; such a sentence may speak of another incident.
    """

    total: int | None
    parts: int = 1
    share: int | None = None
    in_words: bool = False

    def per_event(self, counted: int) -> int | None:
        """Each event's deaths: the stated share, else the total (or, when the report gives
        none, the largest count its sentences state) divided among the parts, halves up."""
        if self.share is not None:
            return self.share
        total = self.total if self.total is not None else counted
        if total is None:
            return None
        return int(total / self.parts + 0.5)


def _value(phrase: str) -> int | None:
    """The value of a number or vague phrase ("10", "several" → 3)."""
    vague = VAGUE_COUNTS.get(" ".join(phrase.lower().split()))
    return vague if vague is not None else parse_number(phrase)


def summary_toll(text: str) -> Toll | None:
    """The toll a report states about itself, if any (the last statement wins).

    Example:
        >>> summary_toll("Clashes went on. Unknown fatalities coded as 10, split between 2 events.")
        Toll(total=10, parts=2, share=None, in_words=False)
    """
    # A tally in brackets is someone else's claim the writer sets aside ("Fatalities coded
    # as 0 (rebels reported 4 fatalities)"), not the report's own.
    own = BRACKETED.sub(lambda m: " " * len(m.group()), text)
    found = [(m.start(), _value(m["num"]), False) for m in _toll_matches(SUMMARY_RE, own)]
    found += [(m.start(), _value(m["num"]), False) for m in _toll_matches(TALLY_RE, own)]
    found += [(m.start(), 0, True) for m in _toll_matches(NO_DEATHS_RE, own)]
    found = [item for item in found if not _cumulative(own, item[0])]
    split = next(reversed(_toll_matches(SPLIT_RE, text)), None)
    if not found and split is None:
        return None
    _, total, in_words = max(found) if found else (0, None, False)
    if split is None:
        return Toll(total, in_words=in_words)
    share = split["share"] or split["each"]
    return Toll(
        total,
        max(1, parse_number(split["parts"]) or 1),
        parse_number(share) if share else None,
        in_words,
    )


def _cumulative(text: str, start: int) -> bool:
    """True when the tally at `start` sums up more than this report: its sentence speaks of a
    period ("the death toll from attacks this year has risen to 300", "since March")."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    end = text.find(". ", start)
    return bool(CUMULATIVE.search(text[begin : end if end >= 0 else len(text)]))


def summary_fatalities(text: str) -> int | None:
    """The death toll a report sums up with, if it states one: "2 fatalities.", "Fatalities
    coded as 10", "the death toll rose to 12", "No casualties reported" (0).

    Example:
        >>> summary_fatalities("Clashes went on. Unknown fatalities coded as 3.")
        3
    """
    toll = summary_toll(text)
    return toll.total if toll else None


def _toll_event(events: list[Event]) -> Event | None:
    """The event a report's toll belongs to: the one whose sentences count the most deaths,
    else the first asserted event of the type likeliest to cause them (TOLL_EVENTS order)."""
    counted = [e for e in events if e.size is not None and e.size.killed is not None]
    if counted:
        return max(counted, key=lambda e: e.size.killed or 0)
    asserted = [e for e in events if not {"negated", "hypothetical"} & set(e.aux)]
    for event_type in TOLL_EVENTS:
        for event in asserted:
            if event.event == event_type:
                return event
    return None


def apply_summary_toll(events: list[Event], text: str) -> None:
    """Let the toll a report states about itself replace the deaths its sentences count.

    The event the toll belongs to (`_toll_event`) gets it; every other event's count is capped
    at it, since no part of a report's toll exceeds the whole. Changes `events` in place.

    Args:
        events: the article's coded events (after merging).
        text: the article text.
    """
    toll = summary_toll(text)
    if toll is None:
        return
    counted = [e.size.killed for e in events if e.size is not None and e.size.killed is not None]
    deaths = toll.per_event(max(counted, default=None) if counted else None)
    target = _toll_event(events)
    if deaths is None or target is None or (deaths == 0 and target.size is None):
        return
    if toll.in_words and deaths == 0 and any(counted):
        return  # "no one was killed" beside counted deaths speaks of another incident
    for event in events:
        if event.size is not None and event.size.killed is not None:
            event.size.killed = min(event.size.killed, deaths)
    if target.size is None:
        target.size = Size()
    target.size.killed = deaths

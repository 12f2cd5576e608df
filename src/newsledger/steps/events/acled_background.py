"""Background violence and dates in news copy, for the ACLED typing: what came before.

Input: the coded events of one text, or its text. Output: the events less violence named only
as what a development followed or answered ("imposed a curfew after a week of attacks"), as
feared ("amid fears of attacks") or as what describes a party or a place ("an area where the
two sides have clashed for months"); the text with "March" the month renamed; where an
event's trigger lies in its sentence (`trigger_offsets`, `trigger_at`). Used by
`newsledger.steps.events.acled.classify_acled` before it reads a label, and by
`newsledger.steps.events.acled_headlines`.
"""

from __future__ import annotations

import re

from newsledger.records import Event, stable_id

# Violence named as what came before or is feared, not as what happened: "imposed a curfew
# after a week of attacks", "deployed troops in response to a spate of killings", "schools
# stayed shut amid fears of attacks" (up to the end of its clause).
_FILLER = (
    r"(?:a|an|the|two|three|four|five|several|many|recent|repeated|last|this|weeks?|days?"
    r"|months?|years?|nights?|of|series|spate|wave|string|deadly|fatal|violent|renewed|fresh"
    r"|ongoing|heavy|armed|militant|rebel|gang|bandit|jihadist|ethnic|communal|sectarian"
    r"|sporadic|earlier|weekend|overnight|possible|further|new|more|[\w-]+'s|[\w-]+s')"
)
_VIOLENCE = (
    r"(?:attacks?|clash(?:es)?|killings?|fighting|violence|shootings?|bombings?|raids?"
    r"|abductions?|kidnappings?|shelling|unrest|hostilities|ambush(?:es)?|assaults?"
    r"|air ?strikes?|insecurity|murders?|seizing|capturing|attacking|kidnapping|abducting"
    r"|burning|looting|storming|overrunning)"
)
_FEARED = r"(?:fears? of|threats? of|risk of|warnings? of)"
BACKGROUND = re.compile(
    rf"\b(?:after|following|amid|amidst|despite|in response to|in the wake of|in retaliation "
    rf"for|in reaction to|since|{_FEARED})\s+(?:{_FILLER}\s+){{0,5}}{_VIOLENCE}\b[^,.;]*",
    re.IGNORECASE,
)
FEARED = re.compile(rf"^{_FEARED}", re.IGNORECASE)
# Fighting that describes a party or a place rather than telling the news: "the militias
# fighting for the market", "rival clans, who clashed last year", "an area where the two sides
# have clashed for months", "ending a week of clashes" (up to the end of its clause).
CLASH_BACKGROUND = re.compile(
    r"\b(?:where|who|which)\s+(?:[\w-]+\s+){0,5}?(?:have\s+|has\s+|had\s+)?"
    r"(?:clashed|fought|battled)\b[^,.;]*"
    r"|\b(?:after|following|amid|ending|since|despite)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:clashes|battles)\b[^,.;]*"
    r"|\b(?:has|have|had)\s+seen\s+(?:[\w-]+\s+){0,2}(?:clashes|fighting)\b[^,.;]*",
    re.IGNORECASE,
)
# "Fighting" right after the party that fights: a description of it ("the militia fighting in
# the hills announced ..."), not an event.
FIGHTING_PARTY = re.compile(
    r"\b(?:militias?|rebels|groups?|forces|fighters|clans|factions|sides|army|troops"
    r"|insurgents|militants)\s+(?:now\s+)?fighting\b",
    re.IGNORECASE,
)
# "March" the month (beside a day or a year, or after a word of time): no march to protest.
MONTH_MARCH = re.compile(
    r"(\d |\b(?:[Ii]n|[Ss]ince|until|by|early|late|mid|from|of|last|next|this|through|between"
    r"|during|before|after|end of)[ -])?\bMarch\b(?(1)|(?= \d))"
)


def _background_span(event: Event) -> re.Match[str] | None:
    """The background phrase of its sentence that holds a violent event's trigger, if any."""
    if not (event.event == "ASSAULT" or event.mode == "seize"):
        return None
    text = event.evidence.text
    spans = list(BACKGROUND.finditer(text))
    found = [
        next((m for m in spans if m.start() <= at < m.end()), None) for at in trigger_offsets(event)
    ]
    # Where this event's own word cannot be told apart, it is background only when every
    # occurrence is ("after the attack on ..., gunmen attack the post" keeps the second).
    return found[0] if found and all(found) else None


def without_background(events: list[Event]) -> list[Event]:
    """Leave out violence named only as what a development followed or answered ("imposed
    a curfew after a week of attacks"), when an event that is no assault is told beside it;
    violence only feared ("amid fears of attacks") or fighting that only describes a party
    ("the militia fighting in the hills") in any case; and fighting that describes a party
    or place ("an area where the two sides clashed") when another event is told in its
    sentence."""
    spans = {id(e): _background_span(e) for e in events}
    told = any(spans[id(e)] is None and e.acled and e.event != "ASSAULT" for e in events)
    kept = [e for e in events if not (spans[id(e)] and (told or FEARED.match(spans[id(e)][0])))]
    kept = [e for e in kept if not _in_span(e, FIGHTING_PARTY, end=True)]
    described = {id(e) for e in kept if _in_span(e, CLASH_BACKGROUND)}
    sentences = {e.evidence.sentence for e in kept if e.acled and id(e) not in described}
    return [e for e in kept if id(e) not in described or e.evidence.sentence not in sentences]


def _in_span(event: Event, pattern: re.Pattern[str], end: bool = False) -> bool:
    """True when a fighting event's trigger lies in a match of `pattern` in its sentence
    (with `end`, is the match's last word)."""
    text, trigger = event.evidence.text, event.trigger or ""
    offsets = trigger_offsets(event) if event.event == "ASSAULT" else []
    spans = list(pattern.finditer(text))
    if end:
        return bool(offsets) and all(
            any(m.end() == at + len(trigger) for m in spans) for at in offsets
        )
    return bool(offsets) and all(any(m.start() <= at < m.end() for m in spans) for at in offsets)


def trigger_offsets(event: Event) -> list[int]:
    """Where an event's trigger lies in its evidence sentence: the one occurrence whose
    offsets give the event's id (the coder hashes them into it), else every occurrence of
    the word (case-insensitive), so a word said twice ("after the attack ..., gunmen attack
    the post") is never read at its first place only."""
    text, trigger = event.evidence.text, event.trigger or ""
    if not trigger:
        return []
    found = [
        m.start() for m in re.finditer(rf"(?<!\w){re.escape(trigger)}(?!\w)", text, re.IGNORECASE)
    ]
    base = event.evidence.start
    for at in found:
        if (
            stable_id(event.article_id, event.event, str(base + at), str(base + at + len(trigger)))
            == event.id
        ):
            return [at]
    return found


def trigger_at(event: Event) -> int:
    """The offset in the event's sentence of the trigger word it was coded from (-1 when the
    sentence lacks it): the occurrence whose offsets the coder hashed into the event's id
    (`trigger_offsets`); where the id does not tell (an event built by
    hand), the occurrence nearest the event's actors and recipients, whose offsets it keeps
    ("protests over the shooting ..., a shooting by soldiers" is read at the second)."""
    starts = trigger_offsets(event)
    if len(starts) < 2:
        return starts[0] if starts else -1
    base, size = event.evidence.start, len(event.evidence.text)
    spans = [
        (party.start - base, party.end - base)
        for party in (*event.actor, *event.recipient)
        if party.start is not None and party.end is not None
    ]
    spans = [(start, end) for start, end in spans if 0 <= start and end <= size]
    if not spans:
        return starts[0]
    return min(starts, key=lambda at: min(_gap(at, span) for span in spans))


def _gap(at: int, span: tuple[int, int]) -> int:
    """Characters between the offset `at` and a (start, end) span (0 inside it)."""
    start, end = span
    return start - at if at < start else max(at - end, 0)


def without_months(text: str) -> str:
    """The text with "March" the month renamed, so that no cue reads it as a march ("a
    village where gunmen killed 14 people in March")."""
    return MONTH_MARCH.sub(lambda m: (m[1] or "") + "Monththree", text)

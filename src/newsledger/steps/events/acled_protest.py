"""ACLED typing of violence and coercion told beside a protest: whose it was, what it is about.

Input: the coded `Event`s of one text (and, for `grievance`, the compiled `acled_cues`). Output:
yes/no readings `classify_acled` weighs once a protest is among the events: coercion aimed at
the protest (`intervenes`), violence the protest is about (`protest_topic`, `grievance`: told in
a relative clause or as its cause) and violence the protesters did themselves
(`violent_protest`). Used by `newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

import re

from newsledger.records import Event
from newsledger.steps.events.acled_background import trigger_at
from newsledger.steps.events.acled_candidates import is_harm, named_as_topic
from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_force import MOB_WORD
from newsledger.steps.events.acled_sides import by_protesters, is_armed

# Words opening a relative clause: violence told in one describes a party, not the news.
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|those)\b", re.IGNORECASE)
# Words after a protest that introduce what moved it: violence told after them is its cause
# ("traders protested after a policeman beat a vendor").
CAUSE_AFTER = re.compile(r"\b(?:who|whom|whose|which|those|after|following)\b", re.IGNORECASE)


def intervenes(event: Event) -> bool:
    """True for coercion aimed at a protest: dispersal, or arrests by police or of protesters."""
    if {"negated", "hypothetical", "future"} & set(event.aux):
        return False
    return event.mode == "disperse" or (
        event.mode == "arrest" and (by_protesters(event, "recipient") or is_armed(event.actor))
    )


def protest_topic(assault: Event, protest: Event) -> bool:
    """True when violence told beside a protest is what the protest is about: told in a
    relative clause before it ("mothers whose sons were abducted held a sit-in") or after it
    ("demanding the arrest of those who killed a trader"), or as what came before it
    ("protested after the police beat a vendor")."""
    text = assault.evidence.text
    if protest.evidence.sentence != assault.evidence.sentence or not text:
        return False
    at, protest_at = trigger_at(assault), trigger_at(protest)
    if at < 0 or protest_at < 0:
        return False
    if protest.mode == "riot":  # "clashed with police" may be the fight itself
        return False
    if protest_at < at:
        return bool(CAUSE_AFTER.search(text, protest_at, at))
    return bool(RELATIVE.search(text[:at].rsplit(",", 1)[-1]))


def violent_protest(events: list[Event]) -> bool:
    """True when the text says the protesters rioted, or did violence or damage (in any
    sentence: "Demonstrators later set a car on fire")."""
    for event in events:
        rioters = any("rioter" in a.name.lower() for a in event.actor)
        if rioters or (event.event == "PROTEST" and event.mode == "riot"):
            return True
        harm = is_harm(event) and (by_protesters(event) or _same_crowd(event, events))
        # (what the protesters accuse others of doing is no violence of theirs)
        if harm and not named_as_topic(event) and not {"negated", "hypothetical"} & set(event.aux):
            return True
    return False


def _same_crowd(event: Event, events: list[Event]) -> bool:
    """True when the event's doers also made a protest in the same sentence ("supporters
    blocked roads and burned ballot boxes"): their damage is the demonstration's, whatever
    they are called (but a mob's damage stays mob violence)."""
    if event.mode != "vandalize":  # (blows may be what the protest is about)
        return False
    if any(MOB_WORD.search(a.name.lower()) for a in event.actor):
        return False  # a mob's damage is mob violence, whatever road it also blocked
    protesters = {
        a.name.lower()
        for e in events
        if e.event == "PROTEST"
        and e.mode not in ("vandalize", "riot")
        and e.evidence.sentence == event.evidence.sentence
        for a in e.actor
    }
    return any(a.name.lower() in protesters for a in event.actor)


def grievance(event: Event | None, cues: AcledCues) -> bool:
    """True for violence told in a relative clause that a protest word follows in its
    sentence ("families who say their sons were abducted held a sit-in"): the protesters'
    grievance, even where the protest itself was coded as no event."""
    if event is None or event.event != "ASSAULT" or not event.trigger:
        return False
    text = event.evidence.text.lower()
    at = trigger_at(event)
    if at < 0 or not RELATIVE.search(text[:at].rsplit(",", 1)[-1]):
        return False
    return cues.has("protesters", text[at + len(event.trigger) :])

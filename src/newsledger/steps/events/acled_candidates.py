"""ACLED typing, first step: which coded events can name a text, and which one does.

Input: the coded `Event`s of one text. Output: the candidates an ACLED coder would read the text
by (`candidate_events`: asserted, mappable events of the first sentence that has any, less the
violence told only as what another event is about, as a war's or an epidemic's toll, or as
background over before the news began) and the one that names the text (`acled_event`: the
most severe by `ACLED_PRIORITY`). Used by `newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

import re

from newsledger.records import Actor, Event
from newsledger.steps.events.acled_background import trigger_at
from newsledger.steps.events.acled_sides import CIVIL_SECTORS, MOB_WORDS, bare_capture

# Which coded event names the text when several do: ACLED codes the most severe form of
# violence present, then demonstrations, then strategic developments (ACLED codebook 2019,
# "Event types"), so an air strike outranks the clash it ended and a riot outranks a protest.
ACLED_PRIORITY = (
    "Air/drone strike",
    "Suicide bomb",
    "Chemical weapon",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    # (ground taken in a battle is the battle's outcome, which ACLED codes in its place)
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Armed clash",
    "Sexual violence",
    "Abduction/forced disappearance",
    "Attack",
    "Violent demonstration",
    "Protest with intervention",
    "Peaceful protest",
    "Arrests",
    "Looting/property destruction",
    "Disrupted weapons use",
    "Headquarters or base established",
    # (ground handed over "under the arrangements agreed" is the handover, not the deal)
    "Non-violent transfer of territory",
    "Agreement",
    "Change to group/activity",
    "Other",
)
# Claims that, made by civilian groups with no other event, are how a protest is reported.
CLAIM_EVENTS = frozenset({"REQUEST", "REJECT", "ACCUSE"})
# Endings of nouns of action ("killing", "abduction", "shootings").
NOMINAL_ENDINGS = ("ing", "ings", "tion", "tions")
# Actors that are circumstances, not parties: their "killings" are background.
CIRCUMSTANCES = frozenset(
    "conflict war violence insurgency crisis unrest pandemic epidemic virus".split()
)
# Collective nouns that name a group in the singular ("the union demanded").
# (a party's statement is no demonstration, whatever its members do in the street)
GROUP_WORDS = (MOB_WORDS - {"party"}) | frozenset(
    "union association staff movement committee federation".split()
)
# Words right before "fired" that deny the fire ("moved in without a shot fired").
DENIED_FIRE = re.compile(
    r"\b(?:without|no)\s+(?:a\s+|any\s+|a\s+single\s+)?shots?\s+(?:being\s+|was\s+|were\s+)?$",
    re.IGNORECASE,
)
# Words before a noun of violence that make it the topic of another event.
TOPIC_BEFORE = re.compile(
    r"\b(?:over|against|about|at|protest\w*|denounc\w*|condemn\w*|mourn\w*|"
    r"(?:suspected|accused|convicted) of|accus\w* (?:[\w-]+ ){1,4}of|"
    r"involved in|responsible for)\s+"
    r"(?:the |a |an |their |his |her |its )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


def _rank(event: Event) -> int:
    """Position of an event's ACLED sub-type in `ACLED_PRIORITY` (unmapped events last)."""
    sub = (event.acled or {}).get("sub_event_type")
    if sub not in ACLED_PRIORITY:
        return len(ACLED_PRIORITY)
    if event.mode == "occupy" and bare_capture(event):
        return ACLED_PRIORITY.index("Disrupted weapons use")  # below any violence told
    return ACLED_PRIORITY.index(sub)


def is_nominal(event: Event) -> bool:
    """True for a one-word noun trigger such as "killing" or "abduction": beside a protest it
    usually names what the protest is about, not force used on it."""
    words = (event.trigger or "").lower().split()
    return len(words) == 1 and words[0].endswith(NOMINAL_ENDINGS)


def _civil_group(actor: Actor) -> bool:
    """True for a civilian group ("nurses", "the teachers' union"), not one named person: a
    politician's criticism is no demonstration."""
    last = actor.name.lower().split()[-1:] or [""]
    group = last[0].endswith("s") or last[0] in GROUP_WORDS
    return actor.sector in CIVIL_SECTORS and group


def _claims_by_civilians(events: list[Event]) -> list[Event]:
    """Demands and denunciations by civilian groups: how ACLED notes describe a protest."""
    return [e for e in events if e.event in CLAIM_EVENTS and any(map(_civil_group, e.actor))]


def candidate_events(events: list[Event]) -> list[Event]:
    """Events that can label the text: real ones, from the first sentence that has any (an
    ACLED note, like a lead paragraph, states its event first)."""
    real = [e for e in events if e.acled and not {"negated", "hypothetical", "future"} & set(e.aux)]
    real = [e for e in real if not _by_circumstance(e) and not _denied_fire(e)]
    if not real:
        return _claims_by_civilians(events)[:1]
    first = min(e.evidence.sentence for e in real)
    lead = [e for e in real if e.evidence.sentence == first]
    if all(e.event == "MOBILIZE" and e.mode != "base" for e in lead):
        # (troops deployed first, then what they did: the violence that follows is the news)
        lead += [e for e in real if e.event == "ASSAULT"]
    context = [e for e in events if e.evidence.sentence == first]
    return _drop_background(_drop_topics(lead, context))


def _denied_fire(event: Event) -> bool:
    """True for fire the text denies ("took the town without a shot fired"): no event.
    (every occurrence of the trigger must be denied: "no shot fired ...; gunmen fired at a bus")"""
    text, trigger = event.evidence.text, event.trigger
    starts = [m.start() for m in re.finditer(re.escape(trigger), text)] if trigger else []
    return bool(starts) and all(at > 0 and DENIED_FIRE.search(text[:at]) for at in starts)


def _drop_background(events: list[Event]) -> list[Event]:
    """Leave out events over before another one began: the killings "in mid-April" that a May
    protest is about, the massacre of 1937 it commemorates ("the previous day" likewise)."""
    starts = {id(e): _date_bound(e.date, "00") for e in events}
    latest = max((s for s in starts.values() if s), default=None)
    if latest is None:
        return events
    # (only a reaction to violence makes it background: raids on several days are all news)
    if all(is_harm(e) for e in events if starts[id(e)] == latest):
        return events
    kept = [e for e in events if not (end := _date_bound(e.date, "99")) or end >= latest]
    return kept or events


def is_harm(event: Event) -> bool:
    """True for violence to people or property (an assault, looting, arson)."""
    return event.event == "ASSAULT" or event.mode == "vandalize"


def _date_bound(value: str | None, pad: str) -> str | None:
    """The first (`pad` "00") or last ("99") day of a TIMEX value as a sortable string; None
    for a value without a year ("XXXX-05-03"), which cannot be ordered."""
    if not value or not value[:4].isdigit():
        return None
    parts = (value.split("-") + [pad, pad])[:3]
    return "-".join(parts) if all(p.isdigit() for p in parts) else None


def _by_circumstance(event: Event) -> bool:
    """True for deaths blamed on a war or an epidemic ("a conflict that has killed thousands"):
    background to the news, not an act of someone's."""
    heads = {a.name.lower().split()[-1] for a in event.actor if a.name.split()}
    return bool(heads & CIRCUMSTANCES)


def _drop_topics(events: list[Event], context: list[Event] | None = None) -> list[Event]:
    """Leave out events named only as what another is about: the bombing in "detained over the
    bombing" is the arrest's recipient, not a second event of the text (`context`: the events
    of the same sentence that name topics, asserted or not: the killing "to protest" is a
    boycott's topic)."""
    # (a weapon that an assault "fired" is its means, not its topic)
    named = context if context is not None else events
    topics = [r.text.lower() for e in named if e.event != "ASSAULT" for r in e.recipient]
    kept = [e for e in events if not any(e.trigger and e.trigger.lower() in t for t in topics)]
    kept = [e for e in kept if not named_as_topic(e)]
    # (all of them what a protest is about, "boycotted courts to protest the killing": the
    # protest is the news, even when told as a purpose)
    protests = [e for e in named if e.event == "PROTEST" and e.acled and e.recipient]
    return kept or (protests if protests and named is not events else events)


def named_as_topic(event: Event) -> bool:
    """True for a noun of violence named as what something is over ("protests over a police
    shooting", "anger at the killing of a trader")."""
    text, trigger = event.evidence.text, event.trigger or ""
    # (a verb's -ing form after "accused of" names a charge too: "accused of sexually abusing")
    gerund = trigger.lower().endswith("ing")
    at = trigger_at(event) if is_nominal(event) or gerund else -1
    return at > 0 and bool(TOPIC_BEFORE.search(text[:at]))


def acled_event(events: list[Event]) -> Event | None:
    """Return the event that names the text for ACLED: the most severe of the first sentence
    with a mappable, asserted event (None when there is none)."""
    real = candidate_events(events)
    return min(real, key=_rank) if real else None

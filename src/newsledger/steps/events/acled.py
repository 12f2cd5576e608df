"""ACLED-style export: one ACLED event_type / sub_event_type for an article or snippet.

Input: the coded `Event`s of one text (each already carries its own `acled` mapping from the
codebook). Output: the single ACLED label an ACLED coder would give the whole text, chosen by
`ACLED_PRIORITY` and the PROTEST/COERCE interplay ("police dispersed the protesters" is a
protest with intervention, not an arrest). Used by `newsledger eval events` and exports.
"""

from __future__ import annotations

import re

from newsledger.records import Actor, Event
from newsledger.steps.events.acled_background import (
    trigger_at,
    without_background,
    without_months,
)
from newsledger.steps.events.acled_cues import (
    PROTEST_TYPE,
    AcledCues,
    compile_cues,
    fallback_label,
    lead_sentence,
    refine_label,
    shipped_cues,
)
from newsledger.steps.events.acled_discourse import news_part
from newsledger.steps.events.acled_force import MOB_WORD
from newsledger.steps.events.acled_headlines import refine_headline
from newsledger.steps.events.acled_news import lead_label
from newsledger.steps.events.acled_precedence import battle_precedence
from newsledger.steps.events.acled_sides import (
    CIVIL_SECTORS,
    MOB_WORDS,
    armed_named,
    bare_capture,
    by_protesters,
    civil_occupation,
    civilians_fled,
    civilians_hit,
    crowd_assault,
    is_armed,
    is_mob,
    state_bombing,
    territory_label,
    violence_label,
)
from newsledger.steps.events.acled_wording import reword_label

__all__ = ["ACLED_PRIORITY", "AcledCues", "acled_event", "classify_acled", "compile_cues"]

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
ACLED_TYPES = {
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Mob violence": "Riots",
}
# Modes of violence that are news in themselves beside a gathering, never what it is about.
NEWS_MODES = frozenset("explosives aerial drone artillery suicide grenade chemical".split())
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
# Words opening a relative clause: violence told in one describes a party, not the news.
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|those)\b", re.IGNORECASE)
# Words after a protest that introduce what moved it: violence told after them is its cause
# ("traders protested after a policeman beat a vendor").
CAUSE_AFTER = re.compile(r"\b(?:who|whom|whose|which|those|after|following)\b", re.IGNORECASE)
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


def _released(best: Event, real: list[Event]) -> Event:
    """The release of captives rather than their capture, when the capture is only mentioned
    as its background ("freed the hostages", "released soldiers they had captured")."""
    releases = [e for e in real if e.event == "CONCEDE" and e.mode == "release"]
    if releases and best.mode in ("abduct", "occupy") and not best.recipient:
        return releases[0]
    return best


def _nominal(event: Event) -> bool:
    """True for a one-word noun trigger such as "killing" or "abduction": beside a protest it
    usually names what the protest is about, not force used on it."""
    words = (event.trigger or "").lower().split()
    return len(words) == 1 and words[0].endswith(NOMINAL_ENDINGS)


def _intervenes(event: Event) -> bool:
    """True for coercion aimed at a protest: dispersal, or arrests by police or of protesters."""
    if {"negated", "hypothetical", "future"} & set(event.aux):
        return False
    return event.mode == "disperse" or (
        event.mode == "arrest" and (by_protesters(event, "recipient") or is_armed(event.actor))
    )


def _protest_topic(assault: Event, protest: Event) -> bool:
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


def _violent_protest(events: list[Event]) -> bool:
    """True when the text says the protesters rioted, or did violence or damage (in any
    sentence: "Demonstrators later set a car on fire")."""
    for event in events:
        rioters = any("rioter" in a.name.lower() for a in event.actor)
        if rioters or (event.event == "PROTEST" and event.mode == "riot"):
            return True
        harm = _harm(event) and (by_protesters(event) or _same_crowd(event, events))
        # (what the protesters accuse others of doing is no violence of theirs)
        if harm and not _named_as_topic(event) and not {"negated", "hypothetical"} & set(event.aux):
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


def _civil_group(actor: Actor) -> bool:
    """True for a civilian group ("nurses", "the teachers' union"), not one named person: a
    politician's criticism is no demonstration."""
    last = actor.name.lower().split()[-1:] or [""]
    group = last[0].endswith("s") or last[0] in GROUP_WORDS
    return actor.sector in CIVIL_SECTORS and group


def _claims_by_civilians(events: list[Event]) -> list[Event]:
    """Demands and denunciations by civilian groups: how ACLED notes describe a protest."""
    return [e for e in events if e.event in CLAIM_EVENTS and any(map(_civil_group, e.actor))]


def _candidates(events: list[Event]) -> list[Event]:
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
    if all(_harm(e) for e in events if starts[id(e)] == latest):
        return events
    kept = [e for e in events if not (end := _date_bound(e.date, "99")) or end >= latest]
    return kept or events


def _harm(event: Event) -> bool:
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
    kept = [e for e in kept if not _named_as_topic(e)]
    # (all of them what a protest is about, "boycotted courts to protest the killing": the
    # protest is the news, even when told as a purpose)
    protests = [e for e in named if e.event == "PROTEST" and e.acled and e.recipient]
    return kept or (protests if protests and named is not events else events)


def _named_as_topic(event: Event) -> bool:
    """True for a noun of violence named as what something is over ("protests over a police
    shooting", "anger at the killing of a trader")."""
    text, trigger = event.evidence.text, event.trigger or ""
    # (a verb's -ing form after "accused of" names a charge too: "accused of sexually abusing")
    gerund = trigger.lower().endswith("ing")
    at = trigger_at(event) if _nominal(event) or gerund else -1
    return at > 0 and bool(TOPIC_BEFORE.search(text[:at]))


def acled_event(events: list[Event]) -> Event | None:
    """Return the event that names the text for ACLED: the most severe of the first sentence
    with a mappable, asserted event (None when there is none)."""
    real = _candidates(events)
    return min(real, key=_rank) if real else None


def _base_label(events: list[Event]) -> tuple[str, str] | None:
    """The ACLED label read from the coded events alone (before the text cues)."""
    best = acled_event(events)
    if best is None:
        return None
    if best.acled is None:  # civilians demanding or denouncing: a demonstration
        return PROTEST_TYPE, "Peaceful protest"
    real = _candidates(events)
    best = _released(best, real)
    captures = [e for e in real if e.mode == "occupy"]
    if best.mode == "seize" and captures:
        best = captures[0]  # a town "seized" beside its capture is the capture
    event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    protests = [e for e in real if e.event == "PROTEST" and e.mode != "vandalize"]
    protest = bool(protests)
    if protest and best.event == "ASSAULT" and any(_protest_topic(best, p) for p in protests):
        best = max(protests, key=lambda e: e.confidence)  # violence the protest is about
        event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    if best.mode == "clash" and by_protesters(best):
        return "Riots", "Violent demonstration"  # "clashes between protesters and police"
    if protest and best.event == "ASSAULT":
        if is_armed(best.actor) and (by_protesters(best, "recipient") or not _nominal(best)):
            return PROTEST_TYPE, "Excessive force against protesters"
        # (a bombing where people had gathered is the news, not what a protest is about)
        topic = best.mode not in NEWS_MODES
        if topic and max(e.confidence for e in protests) >= best.confidence:
            best = max(protests, key=lambda e: e.confidence)  # the violence is its topic
            event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
        elif crowd_assault(best):
            return "Riots", "Violent demonstration"  # the demonstrators attacked
    if best.event == "ASSAULT" and by_protesters(best) and not armed_named(best.actor):
        return "Riots", "Violent demonstration"
    if civilians_fled(best):
        return "Strategic developments", "Other"  # people displaced, no ground handed over
    if best.mode == "occupy" and civil_occupation(best):
        return PROTEST_TYPE, "Peaceful protest"  # students who "took over" a toll booth
    if best.mode == "occupy":
        return territory_label(best)
    if best.mode == "explosives" and state_bombing(best):
        return "Explosions/Remote violence", "Air/drone strike"
    if best.event == "ASSAULT":
        sub = violence_label(best, sub)
        return ACLED_TYPES.get(sub, event_type), sub
    if sub == "Looting/property destruction" and (protest or by_protesters(best)):
        return "Riots", "Violent demonstration"
    if best.mode == "vandalize" and is_mob(best, MOB_WORDS - {"group", "groups"}):
        return "Riots", "Mob violence"  # a crowd's damage: a riot (demonstrating or not)
    if best.event == "PROTEST" and _violent_protest(events):
        return "Riots", "Violent demonstration"
    coerced = any(_intervenes(e) for e in events if e.event == "COERCE")
    if protest and coerced and best.event in ("PROTEST", "COERCE") and best.mode != "riot":
        return PROTEST_TYPE, "Protest with intervention"
    return event_type, sub


def _lead_label(
    best: Event | None, label: tuple[str, str], text: str, cues: AcledCues
) -> tuple[str, str] | None:
    """The first sentence's own label when the coded events (`best` the main one) are all
    later and it outranks theirs (`acled_news.lead_label`)."""
    if best is None or best.evidence.sentence == 0:
        return None
    if best.evidence.text.lower().strip() in text[: len(lead_sentence(text)) + 1]:
        return None  # (the lead after a context lead holds the event itself)
    return lead_label(label, fallback_label(lead_sentence(text), cues))


def _grievance(event: Event | None, cues: AcledCues) -> bool:
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


def _event_text(events: list[Event]) -> str:
    """The sentences holding the events, in order, each once."""
    seen = dict.fromkeys(e.evidence.text for e in events)
    return " ".join(seen)


def _arrest_over_crime(
    events: list[Event], label: tuple[str, str], text: str, cues: AcledCues
) -> bool:
    """True when the text reports arrests and names violence only as what they are about
    ("arrested three men suspected of killing a trader")."""
    arrests = any(e.event == "COERCE" and e.mode == "arrest" for e in _candidates(events))
    fought = cues.has("battle", text)  # arrests made in a fight are part of the battle
    return arrests and label[0] != PROTEST_TYPE and not fought and cues.has("arrest_topic", text)


def classify_acled(
    events: list[Event], text: str | None = None, cues: AcledCues | None = None
) -> tuple[str, str] | None:
    """Return the ACLED (event_type, sub_event_type) of a text's events, or None.

    Args:
        events: the coded events of one text (negated or hypothetical ones are ignored).
        text: the text itself; defaults to the sentences holding the events. Given, it also
            labels texts whose events do not map (the codebook's `acled_cues.fallback`).
        cues: compiled text cues (`compile_cues(book)`); defaults to the shipped codebook's.

    Returns:
        The label of the highest-priority event of the first sentence with a mappable event,
        adjusted for protest interventions, battles and mob violence, then corrected by the
        text's cues (small-arms fire, civilian targets, riot words); None when nothing maps.

    Example:
        >>> classify_acled(events_of("Police used tear gas to disperse the marchers."))
        ('Protests', 'Protest with intervention')
    """
    cues = cues or shipped_cues()
    if text:  # (a long story's context lead is not its news)
        events, text = news_part(events, text)
    events = without_background(events)
    lowered = without_months(text or _event_text(events)).lower()
    label = _base_label(events)
    best = acled_event(events)
    if label and text:
        label = _lead_label(best, label, lowered, cues) or label
    if label and label[0] != PROTEST_TYPE and _grievance(best, cues):
        label = PROTEST_TYPE, "Peaceful protest"
    label = label or fallback_label(lowered, cues)
    if label and _arrest_over_crime(events, label, lowered, cues):
        label = "Strategic developments", "Arrests"
        return reword_label(label, lowered, cues) if text else label
    if label:
        hit, violent = bool(best and civilians_hit(best)), bool(best and _harm(best))
        refined = refine_label(label, lowered, cues, hit, violent)
        label = refine_headline(label, refined, best, lowered, cues)
    label = reword_label(label, lowered, cues) if text else label
    return battle_precedence(label, lowered, cues)  # (ACLED codebook: the fight is the event)

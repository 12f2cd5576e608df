"""ACLED-style export: one ACLED event_type / sub_event_type for an article or snippet.

Input: the coded `Event`s of one text (each already carries its own `acled` mapping from the
codebook). Output: the single ACLED label an ACLED coder would give the whole text, chosen by
`ACLED_PRIORITY` and the PROTEST/COERCE interplay ("police dispersed the protesters" is a
protest with intervention, not an arrest). Used by `newsledger eval events` and exports.

The steps live apart: which events can name the text (`acled_candidates`), violence and coercion
beside a protest (`acled_protest`), the text cues read second (`acled_refine`) and the news
wording read third (`acled_wording`); this module joins them in `classify_acled`.
"""

from __future__ import annotations

from newsledger.records import Event
from newsledger.steps.events.acled_background import without_background, without_months
from newsledger.steps.events.acled_candidates import (
    ACLED_PRIORITY,
    acled_event,
    candidate_events,
    is_harm,
    is_nominal,
)
from newsledger.steps.events.acled_cues import (
    PROTEST_TYPE,
    AcledCues,
    compile_cues,
    fallback_label,
    lead_sentence,
    shipped_cues,
)
from newsledger.steps.events.acled_discourse import news_part
from newsledger.steps.events.acled_headlines import refine_headline
from newsledger.steps.events.acled_news import lead_label
from newsledger.steps.events.acled_precedence import battle_precedence
from newsledger.steps.events.acled_protest import (
    grievance,
    intervenes,
    protest_topic,
    violent_protest,
)
from newsledger.steps.events.acled_refine import refine_label
from newsledger.steps.events.acled_sides import (
    MOB_WORDS,
    armed_named,
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

ACLED_TYPES = {
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Mob violence": "Riots",
}
# Modes of violence that are news in themselves beside a gathering, never what it is about.
NEWS_MODES = frozenset("explosives aerial drone artillery suicide grenade chemical".split())


def _released(best: Event, real: list[Event]) -> Event:
    """The release of captives rather than their capture, when the capture is only mentioned
    as its background ("freed the hostages", "released soldiers they had captured")."""
    releases = [e for e in real if e.event == "CONCEDE" and e.mode == "release"]
    if releases and best.mode in ("abduct", "occupy") and not best.recipient:
        return releases[0]
    return best


def _base_label(events: list[Event]) -> tuple[str, str] | None:
    """The ACLED label read from the coded events alone (before the text cues)."""
    best = acled_event(events)
    if best is None:
        return None
    if best.acled is None:  # civilians demanding or denouncing: a demonstration
        return PROTEST_TYPE, "Peaceful protest"
    real = candidate_events(events)
    best = _released(best, real)
    captures = [e for e in real if e.mode == "occupy"]
    if best.mode == "seize" and captures:
        best = captures[0]  # a town "seized" beside its capture is the capture
    event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    protests = [e for e in real if e.event == "PROTEST" and e.mode != "vandalize"]
    protest = bool(protests)
    if protest and best.event == "ASSAULT" and any(protest_topic(best, p) for p in protests):
        best = max(protests, key=lambda e: e.confidence)  # violence the protest is about
        event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    if best.mode == "clash" and by_protesters(best):
        return "Riots", "Violent demonstration"  # "clashes between protesters and police"
    if protest and best.event == "ASSAULT":
        if is_armed(best.actor) and (by_protesters(best, "recipient") or not is_nominal(best)):
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
    if best.event == "PROTEST" and violent_protest(events):
        return "Riots", "Violent demonstration"
    coerced = any(intervenes(e) for e in events if e.event == "COERCE")
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


def _event_text(events: list[Event]) -> str:
    """The sentences holding the events, in order, each once."""
    seen = dict.fromkeys(e.evidence.text for e in events)
    return " ".join(seen)


def _arrest_over_crime(
    events: list[Event], label: tuple[str, str], text: str, cues: AcledCues
) -> bool:
    """True when the text reports arrests and names violence only as what they are about
    ("arrested three men suspected of killing a trader")."""
    arrests = any(e.event == "COERCE" and e.mode == "arrest" for e in candidate_events(events))
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
    if label and label[0] != PROTEST_TYPE and grievance(best, cues):
        label = PROTEST_TYPE, "Peaceful protest"
    label = label or fallback_label(lowered, cues)
    if label and _arrest_over_crime(events, label, lowered, cues):
        label = "Strategic developments", "Arrests"
        return reword_label(label, lowered, cues) if text else label
    if label:
        hit, violent = bool(best and civilians_hit(best)), bool(best and is_harm(best))
        refined = refine_label(label, lowered, cues, hit, violent)
        label = refine_headline(label, refined, best, lowered, cues)
    label = reword_label(label, lowered, cues) if text else label
    return battle_precedence(label, lowered, cues)  # (ACLED codebook: the fight is the event)

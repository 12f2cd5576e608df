"""ACLED-style export: one ACLED event_type / sub_event_type for an article or snippet.

Input: the coded `Event`s of one text (each already carries its own `acled` mapping from the
codebook). Output: the single ACLED label an ACLED coder would give the whole text, chosen by
`ACLED_PRIORITY` and the PROTEST/COERCE interplay ("police dispersed the protesters" is a
protest with intervention, not an arrest). Used by `newsledger eval events` and exports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.records import Event
from newsledger.steps.events.codebook import Codebook, load_codebook

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
    "Armed clash",
    "Sexual violence",
    "Abduction/forced disappearance",
    "Attack",
    "Violent demonstration",
    "Protest with intervention",
    "Peaceful protest",
    "Arrests",
    "Looting/property destruction",
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Agreement",
    "Non-violent transfer of territory",
    "Change to group/activity",
    "Other",
)
PROTEST_TYPE = "Protests"
# Sub-types of fighting that small-arms fire in the text turns into an armed clash (ACLED codes
# an exchange involving small arms as a battle even when mortars were fired too).
# Strategic developments that an exchange of fire in the same note makes part of a battle.
STRATEGIC_SUBS = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use"})
# Sub-types of ground violence that aircraft named in the text turn into an air strike.
GROUND_SUBS = frozenset({"Attack", "Armed clash", "Mob violence"})
FIRE_SUBS = frozenset({"Shelling/artillery/missile attack", "Attack", "Grenade", "Armed clash"})
ACLED_TYPES = {
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Mob violence": "Riots",
}
# Coercion of protesters turns a peaceful protest into one "with intervention"; lethal force
# or injuries from it into "excessive force".
INTERVENTION_MODES = frozenset({"disperse", "arrest"})
# Words naming a crowd rather than an armed group: their violence is ACLED's mob violence.
MOB_WORDS = frozenset(
    {
        "mob",
        "mobs",
        "villagers",
        "crowd",
        "residents",
        "supporters",
        "rioters",
        "group",
        "groups",
        "people",
        "communities",
        "community",
        "locals",
        "farmers",
        "workers",
    }
)
# Claims that, made by civilian groups with no other event, are how a protest is reported.
CLAIM_EVENTS = frozenset({"REQUEST", "REJECT", "ACCUSE"})
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "OPP", "BUS"})
PROTESTER_WORDS = ("protester", "demonstrator", "marcher", "rioter", "participant")
# Words that make a group an armed one whatever else it is called ("an unidentified armed group").
ARMED_WORDS = frozenset({"armed", "gunmen", "militia", "militias", "militants", "rebels"})
# Sectors of armed parties: violence between two of them is a battle, against others an attack.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})


def _rank(event: Event) -> int:
    """Position of an event's ACLED sub-type in `ACLED_PRIORITY` (unmapped events last)."""
    sub = (event.acled or {}).get("sub_event_type")
    return ACLED_PRIORITY.index(sub) if sub in ACLED_PRIORITY else len(ACLED_PRIORITY)


def _is_mob(event: Event) -> bool:
    """True for violence by a crowd rather than an armed group (its victims may be "people")."""
    names = [a.name.lower().split() for a in event.actor]
    crowd = any(word in name for name in names for word in MOB_WORDS)
    return crowd and not any(word in ARMED_WORDS for name in names for word in name)


def _armed(actors: list) -> bool:
    """True when one of `actors` is an armed party."""
    return any(a.sector in ARMED_SECTORS for a in actors)


def _armed_named(actors: list) -> bool:
    """True when one of `actors` is armed by sector or by name ("unknown gunmen")."""
    words = {w for a in actors for w in a.name.lower().split()}
    return _armed(actors) or bool(words & ARMED_WORDS)


def _violence_label(event: Event, sub: str) -> str:
    """Refine an ASSAULT's sub-type by who fought whom (ACLED: battles need two armed sides)."""
    if sub not in ("Attack", "Armed clash"):
        return sub
    sides = event.actor + event.recipient
    civil = any(a.sector in CIVIL_SECTORS for a in sides)
    if _is_mob(event) or (event.mode == "clash" and civil and not _armed_named(sides)):
        return "Mob violence"  # unarmed people fighting each other or the police: a riot
    if sub == "Attack" and _armed(event.recipient):
        return "Armed clash"
    if sub == "Attack" and event.mode in ("firearms", "beat") and not event.recipient + event.actor:
        return "Armed clash"  # shots with no one named on either side: an exchange of fire
    return sub


def _crowd_assault(event: Event) -> bool:
    """True for unarmed people beating or fighting a party ("youths attacked the police")."""
    party = any(r.sector is not None for r in event.recipient)
    crowd = event.actor and not _armed_named(event.actor)
    return bool(crowd and party and event.mode in ("beat", "clash"))


def _territory_label(event: Event) -> tuple[str, str]:
    """Territory changing hands: the government regains it, or a non-state group takes it."""
    government = any(a.sector in ("GOV", "MIL", "COP") for a in event.actor)
    sub = "Government regains territory" if government else "Non-state actor overtakes territory"
    return "Strategic developments", sub


def _intervenes(event: Event) -> bool:
    """True for coercion aimed at a protest: dispersal, or arrests by police or of protesters."""
    if {"negated", "hypothetical", "future"} & set(event.aux):
        return False
    protesters = any(word in r.name.lower() for r in event.recipient for word in PROTESTER_WORDS)
    return event.mode == "disperse" or (
        event.mode == "arrest" and (protesters or _armed(event.actor))
    )


def _violent_protest(events: list[Event]) -> bool:
    """True when the text says the protesters rioted (in any sentence)."""
    for event in events:
        rioters = any("rioter" in a.name.lower() for a in event.actor)
        if rioters or (event.event == "PROTEST" and event.mode == "riot"):
            return True
    return False


def _claims_by_civilians(events: list[Event]) -> list[Event]:
    """Demands and denunciations by civilian groups: how ACLED notes describe a protest."""
    return [
        e
        for e in events
        if e.event in CLAIM_EVENTS and any(a.sector in CIVIL_SECTORS for a in e.actor)
    ]


def _candidates(events: list[Event]) -> list[Event]:
    """Events that can label the text: real ones, from the first sentence that has any (an
    ACLED note, like a lead paragraph, states its event first)."""
    real = [e for e in events if e.acled and not {"negated", "hypothetical", "future"} & set(e.aux)]
    if not real:
        return _claims_by_civilians(events)[:1]
    first = min(e.evidence.sentence for e in real)
    return [e for e in real if e.evidence.sentence == first]


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
    event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    protests = [e for e in real if e.event == "PROTEST" and e.mode != "vandalize"]
    protest = bool(protests)
    if protest and best.event == "ASSAULT":
        if _armed(best.actor):
            return PROTEST_TYPE, "Excessive force against protesters"
        if max(e.confidence for e in protests) >= best.confidence:
            best = max(protests, key=lambda e: e.confidence)  # the violence is its topic
            event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
        elif _crowd_assault(best):
            return "Riots", "Violent demonstration"  # the demonstrators attacked
    if best.mode == "occupy":
        return _territory_label(best)
    if best.event == "ASSAULT":
        sub = _violence_label(best, sub)
        return ACLED_TYPES.get(sub, event_type), sub
    if sub == "Looting/property destruction" and protest:
        return "Riots", "Violent demonstration"
    if best.event == "PROTEST" and _violent_protest(events):
        return "Riots", "Violent demonstration"
    coerced = any(_intervenes(e) for e in events if e.event == "COERCE")
    if protest and coerced and best.event in ("PROTEST", "COERCE") and best.mode != "riot":
        return PROTEST_TYPE, "Protest with intervention"
    return event_type, sub


@dataclass(frozen=True, slots=True)
class AcledCues:
    """Compiled `acled_cues` of the codebook: named text cues and the fallback rows."""

    cues: dict[str, re.Pattern[str]]
    fallback: tuple[tuple[re.Pattern[str], str, str], ...]

    def has(self, name: str, text: str) -> bool:
        """True when the cue `name` occurs in the lower-cased `text`."""
        pattern = self.cues.get(name)
        return bool(pattern and pattern.search(text))


def compile_cues(book: Codebook) -> AcledCues:
    """Compile the codebook's `acled_cues` (lists of regular expressions) into `AcledCues`."""
    data = book.raw.get("acled_cues") or {}
    cues = {
        name: re.compile("|".join(f"(?:{p})" for p in patterns))
        for name, patterns in (data.get("cues") or {}).items()
        if patterns
    }
    fallback = tuple(
        (re.compile(row["cue"]), row["event_type"], row["sub_event_type"])
        for row in data.get("fallback") or []
    )
    return AcledCues(cues, fallback)


@lru_cache(maxsize=1)
def _shipped_cues() -> AcledCues:
    """The cues of the shipped codebook, compiled once."""
    return compile_cues(load_codebook())


def _event_text(events: list[Event]) -> str:
    """The sentences holding the events, in order, each once."""
    seen = dict.fromkeys(e.evidence.text for e in events)
    return " ".join(seen)


def _refine_fighting(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Re-read a fighting label by the weapons, the sides and the targets the text names."""
    if sub in GROUND_SUBS and cues.has("air", text):
        return "Explosions/Remote violence", "Air/drone strike"
    if sub in FIRE_SUBS and cues.has("small_arms", text):
        return "Battles", "Armed clash"  # direct fire between parties, heavy weapons or not
    if sub in ("Attack", "Armed clash") and cues.has("heavy_weapons", text):
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    one_sided = cues.has("one_sided", text)
    armed_target = cues.has("armed_target", text) and not cues.has("off_duty", text)
    two_sided = armed_target or cues.has("battle", text)
    if sub == "Attack" and (armed_target or cues.has("battle", text) and not one_sided):
        return "Battles", "Armed clash"
    if sub == "Armed clash" and not two_sided and cues.has("civilian_target", text):
        return "Violence against civilians", "Attack"
    if sub in STRATEGIC_SUBS and cues.has("small_arms", text):
        return "Battles", "Armed clash"  # arrests or looting in the course of a fire fight
    if sub == "Non-state actor overtakes territory" and cues.has("regain", text):
        return "Strategic developments", "Government regains territory"
    if sub == "Looting/property destruction" and cues.has("battle", text):
        return "Battles", "Armed clash"  # villages burned during a battle
    if sub == "Attack" and cues.has("property", text):
        return "Strategic developments", "Looting/property destruction"
    return None


def _refine_crowd(label: tuple[str, str], text: str, cues: AcledCues) -> tuple[str, str]:
    """Re-read a crowd's label: mob or demonstration, peaceful, violent or dispersed."""
    event_type, sub = label
    if sub == "Attack" and cues.has("mob_actor", text) and not cues.has("armed_party", text):
        return "Riots", "Mob violence"
    if sub == "Violent demonstration" and not cues.has("demonstration", text):
        sub = "Mob violence"  # a crowd's violence with no demonstration
    if sub == "Mob violence" and cues.has("armed_party", text):
        return "Battles", "Armed clash"
    if sub in ("Peaceful protest", "Protest with intervention") and cues.has("riot", text):
        return "Riots", "Violent demonstration"
    if sub == "Peaceful protest" and cues.has("intervention", text):
        return PROTEST_TYPE, "Protest with intervention"
    return event_type, sub


def _refine(label: tuple[str, str], text: str, cues: AcledCues) -> tuple[str, str]:
    """Correct an event-based label with the text's cues, as an ACLED coder reads the note."""
    return _refine_fighting(label[1], text, cues) or _refine_crowd(label, text, cues)


def _fallback(text: str, cues: AcledCues) -> tuple[str, str] | None:
    """The first fallback row whose cue the text holds (for texts with no mappable event)."""
    for pattern, event_type, sub in cues.fallback:
        if pattern.search(text):
            return event_type, sub
    return None


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
    cues = cues or _shipped_cues()
    lowered = (text or _event_text(events)).lower()
    label = _base_label(events)
    if label is None:
        return _fallback(lowered, cues)
    return _refine(label, lowered, cues)

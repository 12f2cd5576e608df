"""ACLED-style export: one ACLED event_type / sub_event_type for an article or snippet.

Input: the coded `Event`s of one text (each already carries its own `acled` mapping from the
codebook). Output: the single ACLED label an ACLED coder would give the whole text, chosen by
`ACLED_PRIORITY` and the PROTEST/COERCE interplay ("police dispersed the protesters" is a
protest with intervention, not an arrest). Used by `newsledger eval events` and exports.
"""

from __future__ import annotations

from newsledger.records import Event

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
# Sectors of armed parties: violence between two of them is a battle, against others an attack.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})


def _rank(event: Event) -> int:
    """Position of an event's ACLED sub-type in `ACLED_PRIORITY` (unmapped events last)."""
    sub = (event.acled or {}).get("sub_event_type")
    return ACLED_PRIORITY.index(sub) if sub in ACLED_PRIORITY else len(ACLED_PRIORITY)


def _is_mob(event: Event) -> bool:
    """True for violence by a crowd rather than an armed group."""
    sides = event.actor + event.recipient
    return any(word in a.name.lower().split() for a in sides for word in MOB_WORDS)


def _armed(actors: list) -> bool:
    """True when one of `actors` is an armed party."""
    return any(a.sector in ARMED_SECTORS for a in actors)


def _violence_label(event: Event, sub: str) -> str:
    """Refine an ASSAULT's sub-type by who fought whom (ACLED: battles need two armed sides)."""
    # Anyone not armed is a civilian to ACLED; things ("positions") and unknowns are not.
    civilian_target = any(
        a.sector is not None and a.sector not in ARMED_SECTORS for a in event.recipient
    )
    if sub not in ("Attack", "Armed clash"):
        return sub
    if _is_mob(event):
        return "Mob violence"
    armed_vs_thing = _armed(event.actor) and event.recipient and not civilian_target
    if sub == "Attack" and (_armed(event.recipient) or armed_vs_thing):
        return "Armed clash"
    if sub == "Attack" and event.mode in ("firearms", "beat") and not event.recipient + event.actor:
        return "Armed clash"  # shots with no one named on either side: an exchange of fire
    return sub


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


def classify_acled(events: list[Event]) -> tuple[str, str] | None:
    """Return the ACLED (event_type, sub_event_type) of a text's events, or None.

    Args:
        events: the coded events of one text (negated or hypothetical ones are ignored).

    Returns:
        The label of the highest-priority event of the first sentence with a mappable event,
        adjusted for protest interventions, battles and mob violence; None when no event maps.

    Example:
        >>> classify_acled(events_of("Police used tear gas to disperse the marchers."))
        ('Protests', 'Protest with intervention')
    """
    best = acled_event(events)
    if best is None:
        return None
    if best.acled is None:  # civilians demanding or denouncing: a demonstration
        return PROTEST_TYPE, "Peaceful protest"
    real = _candidates(events)
    event_type, sub = best.acled["event_type"], best.acled["sub_event_type"]
    protest = any(e.event == "PROTEST" and e.mode != "vandalize" for e in real)
    if protest and best.event == "ASSAULT" and _armed(best.actor):
        return PROTEST_TYPE, "Excessive force against protesters"
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

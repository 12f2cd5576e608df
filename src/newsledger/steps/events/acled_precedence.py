"""ACLED codebook precedence between battles, remote violence and attacks on civilians.

Input: the label `classify_acled` has settled on, the lower-cased text and the compiled
`acled_cues`. Output: the label the ACLED codebook's conventions give, or the label unchanged.
The conventions, in our words: an explosion or strike that is part of a fight on the ground is
recorded as that fight; a suicide blast followed by fighting is a battle; two sides firing
heavy weapons at each other fight a battle; an aircraft that ground forces fire on is in a
battle; ground held only briefly changed no hands; people caught in crossfire are victims of
the battle, not of an attack on civilians. Rockets fired from an aircraft make an air strike;
grenades fired from a launcher, and a missile that downs a crewed aircraft, are shelling.
Ground one armed group retakes from another restores no government's control, and a bomb that
goes off on the one planting it is a disrupted weapon, not an attack.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues, lead_sentence

# Quoted speech (straight or curly quotes): a witness's words are no narration of the event.
QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
CLASH = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
NON_STATE = ("Battles", "Non-state actor overtakes territory")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
# Remote-violence labels that ground fighting around them turns into a battle.
AIR_OR_HEAVY = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def battle_precedence(
    label: tuple[str, str] | None, text: str, cues: AcledCues
) -> tuple[str, str] | None:
    """Return the label the ACLED codebook's precedence gives: mostly a battle over its weapons.

    Args:
        label: the label so far (event type, sub-event type), or None.
        text: the lower-cased text (its lead sentence is read).
        cues: compiled text cues (`air_support`, `aircraft_fired_on`, `fight_after_blast`,
            `mutual_fire`, `brief_hold`, `crossfire`, `aircraft_fired`, `launched_grenade`,
            `rival_retaken`, `aircraft_downed`, `own_bomb`, `engagement`).

    Returns:
        The codebook's label (`CLASH`, `AIR`, `SHELLING`, `NON_STATE` or `DISRUPTED`) when a
        convention applies, else `label`.

    Example:
        >>> battle_precedence(("Explosions/Remote violence", "Suicide bomb"),
        ...     "a bomber blew himself up, then gunmen stormed the post and fought police", cues)
        ('Battles', 'Armed clash')
    """
    if label is None:
        return None
    # (the lead sentence only, less quotes: background fighting or a witness's "crossfire"
    # later in the story does not make the news a battle)
    text = QUOTED.sub(" ", lead_sentence(text))
    sub = label[1]
    fighting = cues.has("engagement", text)
    if sub == "Shelling/artillery/missile attack" and cues.has("aircraft_fired", text):
        return AIR  # rockets fired from a helicopter
    if sub in ("Armed clash", "Attack") and cues.has("aircraft_downed", text):
        return SHELLING  # a crewed aircraft hit by a missile
    if sub == "Remote explosive/landmine/IED" and cues.has("own_bomb", text):
        return DISRUPTED  # the bomb went off on whoever was planting it
    if sub == "Grenade" and cues.has("launched_grenade", text):
        return SHELLING  # a grenade fired from a launcher
    if sub in ("Attack", "Armed clash") and cues.has("crossfire", text):
        return CLASH  # civilians caught between the sides
    if sub in AIR_OR_HEAVY and fighting and cues.has("air_support", text):
        return CLASH  # strikes backing troops in a ground battle
    if sub == "Air/drone strike" and cues.has("aircraft_fired_on", text):
        return CLASH  # ground forces fired back at the aircraft
    if sub == "Suicide bomb" and cues.has("fight_after_blast", text):
        return CLASH  # the blast opened a fight
    if sub == "Shelling/artillery/missile attack" and cues.has("mutual_fire", text):
        return CLASH  # both sides firing
    if sub == "Government regains territory" and cues.has("rival_retaken", text):
        return NON_STATE  # one armed group retook ground from another
    if sub in TERRITORY and cues.has("brief_hold", text):
        return CLASH  # ground held only briefly
    return label

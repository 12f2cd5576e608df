"""ACLED typing of news wording, force and weapons: what police-beat and wire copy say about
force at protests, crowds and weapons in words the earlier readings miss.

Input: the label read so far, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: a new label, or None to leave it: protesters left in a coma or fired on
at an "agitation" (excessive force), demonstrators "picked up", "dragged off" or a sit-in
"cleared" (an intervention), a strike that killed people told before the drones "downed" later
(the strike), "crude bombs hurled" (a grenade), rioters who stormed a police station, picketers
who stoned buses (a violent demonstration) and a "strike" by a fighter jet (an air strike).
Used by `newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import PROTEST_TYPE, REMOTE_TYPE, AcledCues, fallback_label
from newsledger.steps.events.acled_news import deaths_told

# Labels of force at a protest that grave injuries to protesters re-read as excessive force.
MAIMED_SUBS = frozenset(
    {"Attack", "Armed clash", "Peaceful protest", "Protest with intervention", "Mob violence"}
)
# Labels that force which only removed, held or gassed demonstrators re-reads.
CLEARED_SUBS = frozenset({"Peaceful protest", "Arrests", "Attack", "Grenade", "Other"})
# Cues naming people gathered for a protest (not any crowd: "a crowd at a bus station").
GATHERED_CUES = ("protesters", "protest_words", "protest_acts", "marching")
# Labels of a weapon that gas munitions used in war re-read as a chemical weapon.
GAS_SUBS = frozenset({"Grenade", "Shelling/artillery/missile attack", "Air/drone strike"})
# The word "mob": a crowd the writer calls a mob is one, whatever it protested.
MOB_WORD = re.compile(r"\bmobs?\b")
# Cues of a weapon stopped before it struck.
STOPPED_CUES = ("interception", "defused_news", "disrupted")


def reread_force(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Re-read the label `sub` by the wording of force and weapons in `text` and its `lead`."""
    rules = (_maimed, _cleared, _struck_first, _made_safe, _thrown_bomb, _crowd_riot)
    rules += (_jet_strike, _war_gas)
    for rule in rules:
        found = rule(sub, text, lead, cues)
        if found:
            return found
    return None


def _hurt(lead: str, cues: AcledCues) -> bool:
    """True when the lead tells of people killed or gravely hurt (and denies no casualties)."""
    grave = deaths_told(lead, cues) or cues.has("grave_harm", lead) or cues.has("maimed", lead)
    return grave and not cues.has("no_casualties", lead)


def _maimed(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """State forces that left demonstrators gravely hurt ("in a coma", "shot in the leg"), or
    fired on an "agitation" where people died: excessive force, unless the crowd rioted."""
    if sub not in MAIMED_SUBS or cues.has("riot", lead) or not cues.has("state_force", lead):
        return None
    on_protest = cues.has("protesters", lead) or cues.has("peaceful_gathering", lead)
    graves = cues.has("grave_harm", lead) and on_protest
    fired = cues.has("fired_on_gathering", lead) and deaths_told(lead, cues)
    # (gunmen who fired on a funeral procession are armed men, not the state's force)
    armed = cues.has("armed_party", lead)
    if (graves or fired) and not armed and not cues.has("no_casualties", lead):
        return PROTEST_TYPE, "Excessive force against protesters"
    return None


def _cleared(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Demonstrators picked up, dragged off, carried to buses, gassed, or their sit-in cleared
    ("were removed by police and detained"): an intervention, when no one was gravely hurt and
    the arrests are not told as before or after a rally (leaders held ahead of one)."""
    if sub not in CLEARED_SUBS or _hurt(lead, cues) or deaths_told(text, cues):
        return None
    if not any(cues.has(name, lead) for name in GATHERED_CUES):
        return None
    # (suspects rounded up after a grenade or a shooting: the attack is the news)
    if sub in ("Attack", "Grenade") and not cues.has("protest_words", lead):
        return None
    forced = cues.has("protest_cleared", lead) or cues.has("less_lethal", lead)
    forced = forced or cues.has("intervened_news", lead)
    if forced and not cues.has("protest_background", lead) and not cues.has("riot", lead):
        return PROTEST_TYPE, "Protest with intervention"
    return None


def _struck_first(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """A weapon that killed or hurt people in the lead, with only later ones shot down or
    defused ("a drone hit a block of flats, killing two; 25 others were downed"): the strike
    is the news, typed by the lead's own weapon."""
    if sub != "Disrupted weapons use" or any(cues.has(name, lead) for name in STOPPED_CUES):
        return None
    hurt = deaths_told(lead, cues) or cues.has("hurt", lead)
    struck = fallback_label(lead, cues) if hurt else None
    return struck if struck and struck[0] == REMOTE_TYPE else None


def _made_safe(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """A munition "safely destroyed" or blown up in a controlled explosion: a weapon put out of
    use, not property destroyed."""
    if sub == "Looting/property destruction" and cues.has("made_safe", lead):
        return "Strategic developments", "Disrupted weapons use"
    return None


def _thrown_bomb(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Crude or country-made bombs hurled by hand: a grenade-like device, not a planted IED."""
    if sub == "Remote explosive/landmine/IED" and cues.has("thrown_bombs", lead):
        return REMOTE_TYPE, "Grenade"
    return None


def _crowd_riot(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Rioters who torched a police station, or picketers who stoned buses during a strike: a
    violent demonstration (not an armed attack, nor a mob with no protest's aim)."""
    mob_justice = cues.has("mob_justice", text)
    stormed = cues.has("crowd_named", lead) and cues.has("riot_on_state", lead)
    if sub == "Attack" and stormed and not mob_justice:
        return "Riots", "Violent demonstration"
    rioted = cues.has("riot", lead) or cues.has("demo_violence", lead)
    brawl = cues.has("crowd_fight", lead) or cues.has("communal_clash", lead)
    picketers = cues.has("protesters", lead) and not (brawl or mob_justice)
    if sub == "Mob violence" and rioted and picketers and not MOB_WORD.search(lead):
        return "Riots", "Violent demonstration"
    if sub == "Peaceful protest" and cues.has("protesters_attacked", lead):
        return "Riots", "Violent demonstration"  # "protesters ... attacking passengers"
    return None


def _jet_strike(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """A "strike" by a fighter jet or a warplane that killed people (an air strike, not a
    labour strike, when no demonstrators are named), or aircraft that "bombarded" an area."""
    aircraft = cues.has("aircraft", lead) or cues.has("air", lead)
    if sub == "Peaceful protest" and aircraft and deaths_told(lead, cues):
        if not cues.has("protesters", lead):
            return REMOTE_TYPE, "Air/drone strike"
    # (helicopters that "bombarded" a hillside struck from the air, whatever the verb)
    if sub == "Shelling/artillery/missile attack" and cues.has("aircraft_bombarded", lead):
        return REMOTE_TYPE, "Air/drone strike"
    return None


def _war_gas(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Gas grenades or shells that choke soldiers, with no demonstrators named (tear gas at a
    protest is an intervention): a chemical weapon."""
    if sub not in GAS_SUBS or not cues.has("war_chemical", text):
        return None
    if cues.has("protesters", text) or cues.has("gathering", text):
        return None
    return REMOTE_TYPE, "Chemical weapon"

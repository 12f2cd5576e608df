"""ACLED news wording, weapons: a weapon made safe ("disarmed a car bomb", "shot down 20
drones", "police seized 40 rifles"), and weapons named in news words (suicide bombers, aircraft
munitions, unexploded shells, riot gas used in war).

Input: a label's sub-event type, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: the label news copy's wording about weapons gives, or None to leave it.
Used by `newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues, struck_anyway
from newsledger.steps.events.acled_news import STRATEGIC_TYPE
from newsledger.steps.events.acled_weapons import REMOTE_TYPE
from newsledger.steps.events.acled_wording_people import nobody_hurt

# Labels of a weapon's use that a weapon made safe, told in the lead, re-reads.
DEFUSED_SUBS = frozenset(
    {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Attack",
        "Shelling/artillery/missile attack",
        "Grenade",
        "Air/drone strike",
    }
)
# Words of a blast that went off.
BLAST_WORDS = re.compile(r"\b(?:blew (?:him|her|them)sel|detonated|exploded|went off|blasts?\b)")


def reread_stopped(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """A weapon made safe, told in the lead ("disarmed a car bomb", "shot down 20 drones"):
    it never struck, whatever else the lead names."""
    if struck_anyway(lead, cues):
        return None  # "shot down one of the drones, but another hit a depot": the strike
    if sub in DEFUSED_SUBS and (cues.has("defused_news", lead) or _bomber_stopped(lead, cues)):
        return STRATEGIC_TYPE, "Disrupted weapons use"
    if sub == "Looting/property destruction" and _weapons_taken_by_state(lead, cues):
        return STRATEGIC_TYPE, "Disrupted weapons use"
    return None


def _bomber_stopped(lead: str, cues: AcledCues) -> bool:
    """True for a bomber stopped "before he could detonate", with no blast told before it (a
    second attacker shot after the first blew himself up stops nothing)."""
    pattern = cues.cues.get("bomber_stopped")
    stopped = pattern.search(lead) if pattern else None
    return bool(stopped) and not BLAST_WORDS.search(lead[: stopped.start()])


def _weapons_taken_by_state(lead: str, cues: AcledCues) -> bool:
    """True for weapons, a mine or an arms depot that police, troops or deminers seized or
    destroyed ("police seized 40 rifles", "engineers destroyed a mine"): weapons put out of
    use, not property destroyed (rebels who seize an armoury loot it)."""
    stopped = ("defused_news", "disrupted", "weapons_destroyed", "platforms_seized")
    weapons = any(cues.has(n, lead) for n in stopped)
    # (rifles "recovered" after gunmen killed villagers are the killing's aftermath)
    return weapons and cues.has("state_force", lead) and nobody_hurt(lead, cues)


def reread_weapon(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Weapons named in news words: made safe, suicide bombers, aircraft munitions, unexploded
    shells, riot gas used in war; and a strike that hit before the rest was shot down."""
    stopped = any(cues.has(n, lead) for n in ("interception", "defused_news", "disrupted"))
    if sub == "Disrupted weapons use" and cues.has("air", lead) and not stopped:
        return REMOTE_TYPE, "Air/drone strike"  # drones hit first; some were shot down later
    if sub in ("Remote explosive/landmine/IED", "Attack") and cues.has("suicide_news", text):
        return REMOTE_TYPE, "Suicide bomb"
    if sub in ("Remote explosive/landmine/IED", "Armed clash", "Other", "Attack"):
        if cues.has("air_news", text) and not cues.has("remote_explosive", text):
            return REMOTE_TYPE, "Air/drone strike"
    went_off = cues.has("unexploded", text) and cues.has("blast_news", text)
    if sub == "Shelling/artillery/missile attack" and went_off:
        return REMOTE_TYPE, "Remote explosive/landmine/IED"
    if sub == "Shelling/artillery/missile attack" and cues.has("grenade", lead):
        if not cues.has("shelling", text):
            return REMOTE_TYPE, "Grenade"
    gas = sub in ("Grenade", "Peaceful protest", "Change to group/activity", "Other")
    if gas and cues.has("war_gas", text):
        return REMOTE_TYPE, "Chemical weapon"
    return None

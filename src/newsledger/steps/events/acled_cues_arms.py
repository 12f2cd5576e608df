"""ACLED text cues, second reading, weapons and fighting: the weapon a text names, and who fought
whom with it.

Input: a label's sub-event type, the lower-cased text and the compiled `acled_cues`. Output: the
label an ACLED coder gives once the weapon named is weighed (a suicide bomber, chemical agents,
a grenade, a mine, aircraft; a weapon intercepted, defused or seized) and the sides and targets
of the fighting (small arms exchanged, soldiers or civilians hit, a brawl of unarmed groups), or
None to leave it. Used by `newsledger.steps.events.acled_refine.refine_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues, struck_anyway
from newsledger.steps.events.acled_cues_crowds import unarmed_crowd
from newsledger.steps.events.acled_news import deaths_told
from newsledger.steps.events.acled_weapons import (
    ARREST_WORDS,
    NOT_CHEMICAL_SUBS,
    REMOTE_TYPE,
    VIOLENT_SUBS,
    harm_before,
    weapon_told,
)

# Strategic developments that an exchange of fire in the same note makes part of a battle.
STRATEGIC_SUBS = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use"})
# Sub-types of ground violence that aircraft named in the text turn into an air strike.
GROUND_SUBS = frozenset({"Attack", "Armed clash", "Mob violence"})
# Munitions that, fired or dropped from aircraft or drones, make an air or drone strike.
AIRBORNE_SUBS = frozenset({"Shelling/artillery/missile attack", "Grenade"})
# Sub-types of fighting that small-arms fire in the text turns into an armed clash (ACLED codes
# an exchange involving small arms as a battle even when mortars were fired too).
FIRE_SUBS = frozenset({"Shelling/artillery/missile attack", "Attack", "Grenade", "Armed clash"})
# Labels that an intercepted, defused or seized weapon turns into "Disrupted weapons use" (a
# suicide attack foiled, an explosive belt found, never went off).
MEANS_SUBS = VIOLENT_SUBS - {"Armed clash", "Mob violence"} | {"Suicide bomb"}
# Labels that a grenade named in the text turns into "Grenade" (unless guns or mines were used).
GRENADE_SUBS = GROUND_SUBS | {"Remote explosive/landmine/IED"}
# A side's own account that it only fired back ("the army said it had returned fire after
# being attacked"), up to the end of its clause: a claim about the event, not a second side.
CLAIMED_FIRE = re.compile(
    r"\b(?:said|says|claimed|insisted)\b (?:that )?(?:it|they|its \w+|their \w+) "
    r"(?:had |have |has |was |were )(?:been |only |merely )?"
    r"(?:return\w* (?:the )?fire|fir\w* back|shot back|respond\w* to)[^.;]*"
)


def refine_weapon(
    sub: str, text: str, cues: AcledCues, violence_coded: bool = False
) -> tuple[str, str] | None:
    """Re-read a violent label by a weapon the text names that ACLED types on its own
    (`violence_coded`: the label comes from a coded act of violence, not from words alone)."""
    # (people "intercepted by gunmen" on a road were waylaid, no weapon was stopped)
    waylaid = cues.has("waylaid", text)
    # (missiles of which "most were intercepted" while one "hit a house": a barrage that
    # struck, not a stop)
    partly = struck_anyway(text, cues)
    stopped = cues.has("interception", text) and not (waylaid or partly) or cues.has("foiled", text)
    intercepted = sub in MEANS_SUBS | {"Armed clash"} and stopped
    seized_first = sub == "Arrests" and _told_before(text, cues, "disrupted", ARREST_WORDS)
    # (rifles "recovered" after gunmen shot two farmers are the killing's aftermath)
    found = cues.has("disrupted", text) and not (violence_coded and _found_after_harm(text, cues))
    if intercepted or (sub in MEANS_SUBS or seized_first) and found:
        return "Strategic developments", "Disrupted weapons use"  # the weapon never struck
    if told := weapon_told(sub, text, cues):
        return told  # a weapon named in news wording (`acled_weapons`)
    # (a chlorine attack told as an accusation, a gas "released" on a town, dropped on soldiers
    # who were then evacuated: the gas is the news whatever event carried it)
    protest = sub == "Peaceful protest" and cues.has("protest_words", text)
    if sub not in NOT_CHEMICAL_SUBS and not protest and cues.has("chemical", text):
        return REMOTE_TYPE, "Chemical weapon"
    # (a "gathering" that drones struck, with no word of a protest, was no demonstration)
    gathering = sub == "Peaceful protest" and not cues.has("protest_words", text)
    if gathering and cues.has("air", text):
        return REMOTE_TYPE, "Air/drone strike"
    if sub not in VIOLENT_SUBS:
        return None
    if cues.has("suicide", text):
        return REMOTE_TYPE, "Suicide bomb"
    aircraft = cues.has("aircraft", text) and not cues.has("battle", text)
    if sub in GROUND_SUBS and (aircraft or cues.has("air", text)):
        return REMOTE_TYPE, "Air/drone strike"
    if sub in AIRBORNE_SUBS | {"Looting/property destruction"} and cues.has("air", text):
        return REMOTE_TYPE, "Air/drone strike"  # missiles or grenades fired from aircraft or drones
    planted = cues.has("remote_explosive", text)
    if sub == "Remote explosive/landmine/IED" and cues.has("air", text) and not planted:
        return REMOTE_TYPE, "Air/drone strike"  # bombs dropped from aircraft, not planted
    guns = cues.has("small_arms", text) or cues.has("firearms", text)
    if sub in GRENADE_SUBS and cues.has("grenade", text) and not (guns or planted):
        return REMOTE_TYPE, "Grenade"
    bomb = planted or cues.has("one_blast", text)
    if sub == "Shelling/artillery/missile attack" and bomb and not cues.has("shelling", text):
        return REMOTE_TYPE, "Remote explosive/landmine/IED"  # "an explosion" of a planted bomb
    if sub in ("Attack", "Mob violence") and planted or _mine_struck(sub, text, cues):
        return REMOTE_TYPE, "Remote explosive/landmine/IED"  # the victims of a mine or bomb
    if sub == "Attack" and cues.has("sexual", text):
        return "Violence against civilians", "Sexual violence"
    return None


def _found_after_harm(text: str, cues: AcledCues) -> bool:
    """True when the first weapon found, seized or defused (the `disrupted` cue) is told after
    words of harm done (not in an earlier "after ..." clause): the seizure follows the
    violence, it did not prevent it."""
    return bool(harm_before(text, cues, "disrupted", skip_earlier_clauses=True))


def _told_before(text: str, cues: AcledCues, name: str, other: re.Pattern[str]) -> bool:
    """True when the cue `name` occurs in `text` before the first match of `other` (the news
    told first: weapons "seized ... and arrested the driver")."""
    pattern, later = cues.cues.get(name), other.search(text)
    first = pattern.search(text) if pattern else None
    return bool(first and (later is None or first.start() < later.start()))


def _mine_struck(sub: str, text: str, cues: AcledCues) -> bool:
    """True when a planted bomb or mine, not an exchange of fire, hit an armed party."""
    battle = cues.has("small_arms", text) or cues.has("battle", text) or cues.has("firearms", text)
    return sub == "Armed clash" and cues.has("remote_explosive", text) and not battle


def refine_fighting(
    sub: str, text: str, cues: AcledCues, civilians_hit: bool = False
) -> tuple[str, str] | None:
    """Re-read a fighting label by the weapons, the sides and the targets the text names
    (`civilians_hit`: the event names only civilians as its victims, so soldiers or police
    named in the text are its perpetrators, not its targets)."""
    brawl = cues.has("crowd_fight", text) and not cues.has("armed_party", text)
    if sub in ("Armed clash", "Attack") and brawl:
        return "Riots", "Mob violence"  # groups of unarmed people fighting each other
    # (a side that "said it had returned fire" makes a claim about the shelling, no fight)
    if sub in FIRE_SUBS and cues.has("small_arms", CLAIMED_FIRE.sub(" ", text)):
        return "Battles", "Armed clash"  # direct fire between parties, heavy weapons or not
    guns = cues.has("firearms", text) or cues.has("small_arms", text)
    if sub == "Remote explosive/landmine/IED" and guns and _armed_target(text, cues):
        return "Battles", "Armed clash"  # a bomb that opened an ambush on armed men
    fight = sub == "Armed clash" and cues.has("engagement", text)  # heavy weapons in a battle
    if sub in ("Attack", "Armed clash") and cues.has("heavy_weapons", text) and not fight:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    one_sided = cues.has("one_sided", text)
    off_duty = cues.has("off_duty", text)  # victims off duty are civilians to ACLED
    armed_target = _armed_target(text, cues, civilians_hit)
    two_sided = armed_target or cues.has("battle", text)
    if sub == "Attack" and (armed_target or cues.has("battle", text) and not one_sided):
        return "Battles", "Armed clash"
    if sub == "Armed clash" and not two_sided and (off_duty or cues.has("civilian_target", text)):
        return "Violence against civilians", "Attack"
    if sub in STRATEGIC_SUBS and cues.has("small_arms", text):
        return "Battles", "Armed clash"  # arrests or looting in the course of a fire fight
    if sub == "Non-state actor overtakes territory" and cues.has("regain", text):
        return "Battles", "Government regains territory"
    if sub == "Looting/property destruction" and cues.has("heavy_weapons", text):
        return REMOTE_TYPE, "Shelling/artillery/missile attack"  # a vehicle hit by a missile
    if sub == "Looting/property destruction" and cues.has("battle", text):
        return "Battles", "Armed clash"  # villages burned during a battle
    deaths = deaths_told(text, cues)
    if sub == "Attack" and cues.has("property", text) and not deaths:
        return "Strategic developments", "Looting/property destruction"
    if sub == "Looting/property destruction" and deaths and not unarmed_crowd(text, cues):
        return "Violence against civilians", "Attack"  # a raid that killed people
    return None


def _armed_target(text: str, cues: AcledCues, civilians_hit: bool = False) -> bool:
    """True when the text names soldiers, police on duty or armed men as the ones hit."""
    member = cues.has("armed_member", text) and not civilians_hit
    armed = member or cues.has("armed_target", text) or cues.has("armed_victim", text)
    return armed and not cues.has("off_duty", text)

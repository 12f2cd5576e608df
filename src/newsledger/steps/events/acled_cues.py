"""ACLED text cues: the second reading of a text after its events are coded.

Input: a label read from the coded events (or none), the lower-cased text and the compiled
`acled_cues` of the codebook (regular expressions). Output: the label an ACLED coder would give
once the text's own words are weighed: the weapon named (a suicide bomber, chemical agents, a
grenade, a mine), who was hit (demonstrators, soldiers, civilians), whether the weapon was
defused or the captives freed. Used by `newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.steps.events.acled_news import (
    CAPTIVE_SUBS,
    TERRITORY_SUBS,
    deaths_told,
    refine_development,
    refine_withdrawal,
)
from newsledger.steps.events.acled_weapons import (
    ARREST_WORDS,
    NOT_CHEMICAL_SUBS,
    REMOTE_TYPE,
    VIOLENT_SUBS,
    harm_before,
    weapon_told,
)
from newsledger.steps.events.codebook import Codebook, load_codebook

PROTEST_TYPE = "Protests"
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
# Labels that shots fired into the air at no one turn into ACLED's "Other" development.
SHOW_OF_FORCE_SUBS = frozenset({"Attack", "Armed clash", "Protest with intervention"})
# The end of a text's first sentence (the text is lower-cased: any full stop before a word).
LEAD_END = re.compile(r"(?<=[.!?])\s+(?=[a-z0-9])")
# Labels that shots or blows at demonstrators turn into "Excessive force against protesters".
FORCE_SUBS = frozenset(
    {
        "Attack",
        "Armed clash",
        "Peaceful protest",
        "Protest with intervention",
        "Violent demonstration",
    }
)


# Words telling that a munition struck or did harm (the rest of a partly stopped barrage);
# not when negated: "no damage", "no one was hurt" tell that nothing struck.
STRUCK = re.compile(
    r"(?<!\bno )(?<!\bno one was )(?<!\bnobody was )(?<!\bwithout )"
    r"\b(?:hit|struck|landed|damag\w*|kill\w*|injur\w*|wound\w*)\b"
)


def struck_anyway(text: str, cues: AcledCues) -> bool:
    """True for a barrage only partly stopped ("most were intercepted") that struck all the
    same ("one hit a house"): the strike is the news, not its interception."""
    return cues.has("partly_intercepted", text) and STRUCK.search(text) is not None


# A side's own account that it only fired back ("the army said it had returned fire after
# being attacked"), up to the end of its clause: a claim about the event, not a second side.
CLAIMED_FIRE = re.compile(
    r"\b(?:said|says|claimed|insisted)\b (?:that )?(?:it|they|its \w+|their \w+) "
    r"(?:had |have |has |was |were )(?:been |only |merely )?"
    r"(?:return\w* (?:the )?fire|fir\w* back|shot back|respond\w* to)[^.;]*"
)


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
def shipped_cues() -> AcledCues:
    """The cues of the shipped codebook, compiled once."""
    return compile_cues(load_codebook())


def _refine_weapon(
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


def _refine_fighting(
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
    if sub == "Looting/property destruction" and deaths and not _crowd(text, cues):
        return "Violence against civilians", "Attack"  # a raid that killed people
    return None


def _armed_target(text: str, cues: AcledCues, civilians_hit: bool = False) -> bool:
    """True when the text names soldiers, police on duty or armed men as the ones hit."""
    member = cues.has("armed_member", text) and not civilians_hit
    armed = member or cues.has("armed_target", text) or cues.has("armed_victim", text)
    return armed and not cues.has("off_duty", text)


def _crowd(text: str, cues: AcledCues) -> bool:
    """True when the text names an unarmed crowd as the attackers."""
    return cues.has("mob_actor", text) and not cues.has("armed_party", text)


def _refine_crowd(label: tuple[str, str], text: str, cues: AcledCues) -> tuple[str, str]:
    """Re-read a crowd's label: mob or demonstration, peaceful, violent or dispersed."""
    event_type, sub = label
    crowd = _crowd(text, cues)
    if sub in ("Attack", "Looting/property destruction") and crowd:
        return "Riots", "Mob violence"
    # (rioters who stormed a party's or the state's offices made a political point)
    political = cues.has("demonstration", text) or cues.has("riot_on_state", text)
    if sub == "Violent demonstration" and not political:
        sub = "Mob violence"  # a crowd's violence with no demonstration
    brawl = cues.has("crowd_fight", text) and not cues.has("protest_words", text)
    if sub == "Violent demonstration" and brawl:
        sub = "Mob violence"  # rioters fighting each other, with no demand made
    if sub == "Mob violence" and cues.has("armed_party", text) and not cues.has("lynching", text):
        return "Battles", "Armed clash"
    # (groups fighting each other who also block a road are still a brawl, not a protest)
    demo = cues.has("protest_words", text) and not cues.has("crowd_fight", text)
    if sub == "Mob violence" and demo and not crowd:
        return "Riots", "Violent demonstration"  # demonstrators, not a mob, turned violent
    gathered = any(cues.has(name, text) for name in ("demonstration", "protesters", "gathering"))
    if sub == "Protest with intervention" and not gathered and cues.has("riot", text):
        return "Riots", "Mob violence"  # force met stones or fire, but no demonstration
    if sub == "Protest with intervention" and not gathered:
        return "Violence against civilians", "Attack"  # tear gas or rubber bullets at people
    if sub in ("Peaceful protest", "Protest with intervention") and cues.has("riot", text):
        return "Riots", "Violent demonstration"
    if sub == "Peaceful protest" and cues.has("intervention", text):
        return PROTEST_TYPE, "Protest with intervention"
    if sub == "Looting/property destruction" and cues.has("protesters", text):
        return "Riots", "Violent demonstration"  # "protesters torch vehicles"
    if sub == "Arrests" and cues.has("protesters", text) and cues.has("riot", text):
        return "Riots", "Violent demonstration"  # rioting demonstrators detained
    if sub == "Arrests" and cues.has("protesters", text):
        return PROTEST_TYPE, "Protest with intervention"  # demonstrators detained
    return event_type, sub


def _refine_protest_force(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Security forces shooting or beating demonstrators who did not riot: excessive force."""
    if sub not in FORCE_SUBS or cues.has("riot", text):
        return None
    if cues.has("protesters_beaten", text) and not cues.has("lethal", text):
        return PROTEST_TYPE, "Protest with intervention"  # blows that kill no one
    # (shots fired into the air hit no one: a warning, not lethal force)
    harmless = cues.has("less_lethal", text) or cues.has("warning_shots", text)
    lethal = cues.has("lethal", text) or not harmless
    if lethal and cues.has("force_on_protesters", text):
        return PROTEST_TYPE, "Excessive force against protesters"
    crowd = cues.has("protesters", text) or cues.has("gathering", text)
    if sub == "Attack" and not lethal and crowd:
        return PROTEST_TYPE, "Protest with intervention"  # rounds of tear gas at a protest
    return None


def _refine_excessive(text: str, cues: AcledCues) -> tuple[str, str]:
    """Re-read force used on a protest: met by rioters, or only warning shots to disperse it."""
    if cues.has("riot", text):
        return "Riots", "Violent demonstration"  # the force met demonstrators' violence
    harm = cues.has("lethal", text) or cues.has("force_on_protesters", text)
    if cues.has("intervention", text) and not harm:
        return PROTEST_TYPE, "Protest with intervention"  # shots in the air, no one hit
    if cues.has("protesters_beaten", text) and not cues.has("lethal", text):
        return PROTEST_TYPE, "Protest with intervention"  # blows that killed no one
    return PROTEST_TYPE, "Excessive force against protesters"


def _refine_strategic(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Captives set free, ground handed over without a fight, protests banned and truces
    agreed: non-violent developments."""
    if sub == "Peaceful protest" and cues.has("protest_ban", text):
        return "Strategic developments", "Change to group/activity"
    if sub in SHOW_OF_FORCE_SUBS and _show_of_force(text, cues):
        return "Strategic developments", "Other"  # shots into the air at no one
    if sub in GROUND_SUBS | {"Change to group/activity"} and cues.has("truce", text):
        return "Strategic developments", "Agreement"
    deaths = deaths_told(text, cues)
    # (civilians who evacuated their villages handed no ground to anyone either)
    flight = sub in ("Armed clash", "Mob violence", "Non-violent transfer of territory")
    if flight and cues.has("displacement", lead_sentence(text)) and not deaths:
        return "Strategic developments", "Other"  # people who fled the fighting, told first
    freed = cues.has("captives_freed", text)
    if (
        sub in CAPTIVE_SUBS
        and cues.has("release", text)
        or sub in GROUND_SUBS | TERRITORY_SUBS
        and freed
    ):
        return "Strategic developments", "Other"  # ACLED codes a release of captives as "Other"
    if sub == "Arrests" and cues.has("disappearance", text):
        return "Violence against civilians", "Abduction/forced disappearance"
    if sub == "Looting/property destruction" and cues.has("abduction", text):
        return "Violence against civilians", "Abduction/forced disappearance"  # people seized
    if sub == "Abduction/forced disappearance" and deaths:
        return "Violence against civilians", "Attack"  # ACLED: captives killed are an attack
    if sub in TERRITORY_SUBS and cues.has("peaceful_transfer", text):
        return "Strategic developments", "Non-violent transfer of territory"
    return None


def _show_of_force(text: str, cues: AcledCues) -> bool:
    """True for warning shots or blanks that hurt no one, fired at no crowd: a show of force
    rather than an attack or an intervention."""
    if not cues.has("warning_shots", text) or deaths_told(text, cues):
        return False
    unhurt = cues.has("no_casualties", text) or not cues.has("hurt", text)
    crowd = any(cues.has(name, text) for name in ("protesters", "gathering", "riot", "mob_actor"))
    fight = cues.has("battle", text) or cues.has("small_arms", text)  # fire exchanged
    return unhurt and not crowd and not fight


def lead_sentence(text: str) -> str:
    """The first sentence of a text: what its writer put first is its news."""
    return LEAD_END.split(text, maxsplit=1)[0]


def refine_label(
    label: tuple[str, str],
    text: str,
    cues: AcledCues,
    civilians_hit: bool = False,
    violence_coded: bool = False,
) -> tuple[str, str]:
    """Correct an event-based label with the text's cues, as an ACLED coder reads the note
    (`civilians_hit`: the labelling event names only civilians as its victims;
    `violence_coded`: the label comes from a coded act of violence, not from words alone)."""
    if label[1] == "Grenade" and cues.has("firearms", text):
        label = ("Violence against civilians", "Attack")  # a shooting the grenade opened
    if label[1] == "Excessive force against protesters":
        return _refine_excessive(_without_topics(text, cues), cues)
    sub = label[1]
    strategic = refine_development(sub, text, cues) or _refine_strategic(sub, text, cues)
    if strategic and strategic[1] == "Attack":  # captives killed: whom they were matters
        return _refine_fighting("Attack", text, cues, civilians_hit) or strategic
    scene = _without_topics(text, cues)
    return (
        strategic
        or _refine_weapon(sub, text, cues, violence_coded)
        or _refine_protest_force(sub, scene, cues)
        or _refine_fighting(sub, text, cues, civilians_hit)
        or refine_withdrawal(sub, text, cues)
        or _refine_crowd(label, scene, cues)
    )


def _without_topics(text: str, cues: AcledCues) -> str:
    """The text less what a protest is against or an arrest is for (the `topic_clause` cue):
    a killing denounced or a vandalism alleged happened elsewhere."""
    pattern = cues.cues.get("topic_clause")
    # (the word that names the topic stays: "protesting the death of ..." is still a protest)
    return pattern.sub(lambda m: m.group().split(" ", 1)[0] + " ", text) if pattern else text


def fallback_label(text: str, cues: AcledCues) -> tuple[str, str] | None:
    """The first fallback row whose cue the text holds (for texts with no mappable event);
    violence the text denies ("no clashes were reported") is no cue."""
    denied = cues.cues.get("denied")
    text = denied.sub(" ", text) if denied else text
    for pattern, event_type, sub in cues.fallback:
        if pattern.search(text):
            return event_type, sub
    return None

"""ACLED text cues, second reading, crowds and protests: mob or demonstration, peaceful, violent,
dispersed, or met with excessive force.

Input: a label (or its sub-event type), the lower-cased text and the compiled `acled_cues`.
Output: the label an ACLED coder gives once the crowd is weighed: who the crowd was (a mob, or
demonstrators with an aim), whether it rioted, and what force met it (tear gas, blows, live
fire, shots into the air). Used by `newsledger.steps.events.acled_refine.refine_label`.
"""

from __future__ import annotations

from newsledger.steps.events.acled_cues import PROTEST_TYPE, AcledCues

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


def unarmed_crowd(text: str, cues: AcledCues) -> bool:
    """True when the text names an unarmed crowd as the attackers."""
    return cues.has("mob_actor", text) and not cues.has("armed_party", text)


def refine_crowd(label: tuple[str, str], text: str, cues: AcledCues) -> tuple[str, str]:
    """Re-read a crowd's label: mob or demonstration, peaceful, violent or dispersed."""
    event_type, sub = label
    crowd = unarmed_crowd(text, cues)
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


def refine_protest_force(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
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


def refine_excessive(text: str, cues: AcledCues) -> tuple[str, str]:
    """Re-read force used on a protest: met by rioters, or only warning shots to disperse it."""
    if cues.has("riot", text):
        return "Riots", "Violent demonstration"  # the force met demonstrators' violence
    harm = cues.has("lethal", text) or cues.has("force_on_protesters", text)
    if cues.has("intervention", text) and not harm:
        return PROTEST_TYPE, "Protest with intervention"  # shots in the air, no one hit
    if cues.has("protesters_beaten", text) and not cues.has("lethal", text):
        return PROTEST_TYPE, "Protest with intervention"  # blows that killed no one
    return PROTEST_TYPE, "Excessive force against protesters"

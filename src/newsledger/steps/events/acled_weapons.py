"""ACLED weapon cues in news wording: the weapon a text names without ACLED's own word for it.

Input: a violent or strategic label read so far, the lower-cased text and the compiled cues.
Output: the label the named weapon gives (a vehicle bomb driven into its target, gas that made
people choke, drones that were the munition, a mine destroyed before it went off), or None.
Called by `acled_cues_arms.refine_weapon` once a disrupted weapon has been ruled out, so that these
readings come before the older cues' (suicide, air, grenade) and after none of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsledger.steps.events.acled_cues import AcledCues

REMOTE_TYPE = "Explosions/Remote violence"
# Words of an arrest: weapons seized before them are the news, after them its outcome.
ARREST_WORDS = re.compile(r"\b(?:arrest|detain|apprehend|round(?:ed)? up)")
# Words of harm done: weapons found after them are an attack's aftermath, not its prevention.
HARM_WORDS = re.compile(r"\b(?:kill\w*|dead|died|wounded|injur\w*|shot)\b")
# An "after ..." or "since ..." clause still open where a word of harm sits (no comma, semicolon
# or full stop since), looked for within this many characters before it.
EARLIER_CLAUSE_OPEN = re.compile(r"\b(?:after|since)\b[^,;.]*$")
EARLIER_CLAUSE_REACH = 200
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
# Labels that a weapon with a sub-type of its own (chemical agents, a suicide bomber, a drone
# that was the bomb) re-types: ground violence, munitions and property destroyed.
VIOLENT_SUBS = frozenset(
    {
        "Attack",
        "Armed clash",
        "Mob violence",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Looting/property destruction",
    }
)
# Labels whose weapon could have been found or destroyed before use (no fight, no suicide).
MEANS_SUBS = VIOLENT_SUBS - {"Armed clash", "Mob violence"}
# Labels that chemical or toxic agents named in the text do not re-type: a weapon that never
# struck, an arrest or a deal, and force used on a protest (where gas is the police's).
NOT_CHEMICAL_SUBS = frozenset(
    {
        "Disrupted weapons use",
        "Arrests",
        "Agreement",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
)
# Ground violence and munitions that a strike told from the air turns into an air strike.
AIR_SUBS = frozenset(
    {
        "Attack",
        "Armed clash",
        "Mob violence",
        "Shelling/artillery/missile attack",
        "Looting/property destruction",
    }
)


def _found_unused(text: str, cues: AcledCues) -> bool:
    """True for weapons found or destroyed (`disrupted_told`) with no harm told before them:
    rifles "recovered" after gunmen killed villagers are the attack's aftermath."""
    found = harm_before(text, cues, "disrupted_told")
    return found is False


def harm_before(
    text: str, cues: AcledCues, cue: str, skip_earlier_clauses: bool = False
) -> bool | None:
    """Whether words of harm (HARM_WORDS) come before the first match of the cue `cue`
    (weapons found, seized or defused): None when the cue is not in `text`. With
    `skip_earlier_clauses`, harm told in an "after ..." or "since ..." clause is earlier news
    and does not count ("Two weeks after gunmen shot a trader, police found a cache")."""
    pattern = cues.cues.get(cue)
    found = pattern.search(text) if pattern else None
    if not found:
        return None
    return any(
        not (skip_earlier_clauses and _in_earlier_clause(text, harm.start()))
        for harm in HARM_WORDS.finditer(text, 0, found.start())
    )


def _in_earlier_clause(text: str, position: int) -> bool:
    """True when `position` lies in an "after ..." / "since ..." clause (EARLIER_CLAUSE_OPEN)."""
    reach = max(0, position - EARLIER_CLAUSE_REACH)
    return EARLIER_CLAUSE_OPEN.search(text, reach, position) is not None


def weapon_told(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """The label of a weapon the text names in news wording, or None (`sub`: the label so far)."""
    # (a depot "destroyed with artillery fire" or from the air was struck, not disarmed)
    struck = cues.has("heavy_weapons", text) or cues.has("air", text)
    means = sub in MEANS_SUBS or _seized_first(sub, text, cues)
    if means and not struck and _found_unused(text, cues):
        return "Strategic developments", "Disrupted weapons use"  # found or destroyed unused
    # (a gas named beside drones or aircraft is the news, as in `_refine_weapon`)
    protest = sub == "Peaceful protest" and cues.has("protest_words", text)
    toxic = cues.has("toxic_agent", text) or cues.has("chemical", text)
    if sub not in NOT_CHEMICAL_SUBS and not protest and toxic:
        return REMOTE_TYPE, "Chemical weapon"
    if sub in VIOLENT_SUBS and cues.has("drone_munition", text):
        return REMOTE_TYPE, "Air/drone strike"  # the drone was the bomb
    if sub in VIOLENT_SUBS and cues.has("suicide_told", text):
        return REMOTE_TYPE, "Suicide bomb"
    return (
        _strike_told(sub, text, cues)
        or _captives_told(sub, text, cues)
        or _rape_told(sub, text, cues)
    )


def _seized_first(sub: str, text: str, cues: AcledCues) -> bool:
    """True for arrests told after the weapon was found or the attack foiled: the weapon is the
    news ("foiled a bombing after arresting a woman wearing a vest")."""
    pattern = cues.cues.get("disrupted_told")
    found = pattern.search(text) if pattern and sub == "Arrests" else None
    arrest = ARREST_WORDS.search(text)
    return bool(found and (arrest is None or found.start() < arrest.start()))


def _strike_told(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Strikes from the air, bombs fired from a distance and mines laid in wait."""
    aircraft = cues.has("aircraft", text) and not cues.has("battle", text)
    if sub in AIR_SUBS and cues.has("air_told", text):
        return REMOTE_TYPE, "Air/drone strike"
    if sub == "Looting/property destruction" and aircraft:
        return REMOTE_TYPE, "Air/drone strike"  # a house that aircraft struck and destroyed
    gathering = sub == "Peaceful protest" and not cues.has("protest_words", text)
    if gathering and cues.has("air_told", text):
        return REMOTE_TYPE, "Air/drone strike"  # people struck from the air, no protest named
    planted = cues.has("remote_explosive", text) and not cues.has("mine_told", text)
    if sub == "Remote explosive/landmine/IED" and cues.has("launched_bombs", text):
        return None if planted else (REMOTE_TYPE, "Shelling/artillery/missile attack")
    fire = any(cues.has(name, text) for name in ("small_arms", "firearms", "battle"))
    if sub == "Armed clash" and cues.has("mine_told", text) and not fire:
        return REMOTE_TYPE, "Remote explosive/landmine/IED"  # the victims of a mine
    return None


def _captives_told(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """People taken by armed men, or detained and taken to an unknown place: an abduction."""
    if sub == "Disrupted weapons use" and cues.has("waylaid", text):
        return ABDUCTION  # people stopped on a road by armed men, no weapon intercepted
    taken = cues.has("abduction_told", text)
    missing = cues.has("disappearance", text)
    if sub in ("Looting/property destruction", "Arrests") and taken:
        return ABDUCTION
    if sub == "Looting/property destruction" and missing:
        return ABDUCTION
    return None


def _rape_told(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Rape by armed or official men named as its doers: sexual violence, whether told beside
    their offensive, as a rights group's finding or before the victim's detention."""
    if not cues.has("sexual_told", text):
        return None
    gathering = sub == "Peaceful protest" and not cues.has("protest_words", text)
    told = cues.cues["sexual_told"].search(text)
    arrest = ARREST_WORDS.search(text)
    raped_first = sub == "Arrests" and told and (arrest is None or told.start() < arrest.start())
    if sub in ("Armed clash", "Mob violence") or gathering or raped_first:
        return "Violence against civilians", "Sexual violence"
    return None

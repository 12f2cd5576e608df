"""ACLED text cues, second reading, strategic developments: captives freed, ground handed over,
protests banned, truces agreed, shots fired into the air at no one.

Input: a label's sub-event type, the lower-cased text and the compiled `acled_cues`. Output: the
non-violent development an ACLED coder codes in the label's place, or None to leave it. Used by
`newsledger.steps.events.acled_refine.refine_label`.
"""

from __future__ import annotations

from newsledger.steps.events.acled_cues import AcledCues, lead_sentence
from newsledger.steps.events.acled_cues_arms import GROUND_SUBS
from newsledger.steps.events.acled_news import CAPTIVE_SUBS, TERRITORY_SUBS, deaths_told

# Labels that shots fired into the air at no one turn into ACLED's "Other" development.
SHOW_OF_FORCE_SUBS = frozenset({"Attack", "Armed clash", "Protest with intervention"})


def refine_strategic(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
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

"""ACLED news wording, people: crowds that lynched someone, people carried off or picked up,
captives freed under a deal, a death in custody, a coup, media silenced, cattle rustled.

Input: a label's sub-event type, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: the label news copy's wording about people gives, or None to leave it;
`nobody_hurt` (no one killed or hurt) is shared by the other wording rules. Used by
`newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_news import STRATEGIC_TYPE, TERRITORY_SUBS, deaths_told

CIVILIAN_TYPE = "Violence against civilians"
# Words before a cue that make it hearsay or background: a relative clause, a denunciation.
# ("the junta that took power": a relative "that" right before it, not "said that it had")
HEARSAY_BEFORE = re.compile(r"\b(?:which|who|denounc\w*|called|described)\b|\bthat\s+$")
# Labels a crowd's lynching outranks (the arrests after it, the burning of its victim, or
# none: "mauled by residents" told with no coded event).
MOB_SUBS = frozenset({"Attack", "Arrests", "Looting/property destruction"} | {"Other"})
# Words that make a coup only a plan or a charge ("accused of plotting a coup").
COUP_PLOT = re.compile(r"\b(?:plot\w*|plann\w*|accused|suspected|alleged)\b[^.;]{0,40}\bcoup")
# Labels that a coup or a silenced broadcaster, told in the lead, re-reads as "Other".
COUP_SUBS = frozenset(
    {"Looting/property destruction", "Change to group/activity", "Peaceful protest", "Other"}
    | {"Arrests"}  # (the coup leader arrested after it: the coup is the news)
)
# Labels that a detainee's death in custody re-reads as "Other".
CUSTODY_SUBS = frozenset({"Attack", "Peaceful protest", "Other", "Arrests"})
# Labels of captives or ground that a swap or a release under a deal makes an agreement.
CAPTIVE_DEAL_SUBS = TERRITORY_SUBS | {
    "Non-violent transfer of territory",
    "Other",
    "Arrests",
    "Abduction/forced disappearance",
}


def nobody_hurt(text: str, cues: AcledCues) -> bool:
    """True when the text tells of no one killed or hurt (or says no one was)."""
    hurt = cues.has("hurt", text) and not cues.has("no_casualties", text)
    return not (deaths_told(text, cues) or hurt)


def _asserted(name: str, lead: str, cues: AcledCues) -> bool:
    """True when the cue `name` occurs in the lead outside a relative clause or a
    denunciation ("the junta that took power", "denounced as a coup")."""
    pattern = cues.cues.get(name)
    for match in pattern.finditer(lead) if pattern else ():
        if not HEARSAY_BEFORE.search(lead[max(0, match.start() - 40) : match.start()]):
            return True
    return False


def reread_people(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Crowds that lynched someone, people carried off or picked up, captives freed under a
    deal, a death in custody, a coup, media silenced, cattle rustled."""
    if sub in MOB_SUBS and cues.has("mob_justice", text) and not cues.has("armed_party", text):
        return "Riots", "Mob violence"  # a crowd's justice, whoever was arrested after it
    carried_off = sub in ("Looting/property destruction", "Other") or (
        sub == "Attack" and not deaths_told(text, cues)
    )
    if carried_off and cues.has("people_taken", text):
        return CIVILIAN_TYPE, "Abduction/forced disappearance"
    dealt = cues.has("under_deal", text) or cues.has("negotiated_release", text)
    if sub in CAPTIVE_DEAL_SUBS and dealt and cues.has("freed_captives", text):
        return STRATEGIC_TYPE, "Agreement"  # captives freed or swapped under a deal
    if sub in CUSTODY_SUBS and cues.has("custody_death", lead):
        return STRATEGIC_TYPE, "Other"  # a detainee who died in custody
    if sub == "Attack" and cues.has("hidden_graves", lead):
        return STRATEGIC_TYPE, "Other"  # graves found, not a killing seen
    if sub == "Abduction/forced disappearance" and cues.has("headline_exhumed", lead):
        return STRATEGIC_TYPE, "Other"  # remains exhumed: the disappearances are their past
    # (officers arrested for plotting a coup: the arrest is the news, no coup happened)
    plotted = sub == "Arrests" and COUP_PLOT.search(lead)
    coup = _asserted("coup", lead, cues) and not plotted
    if sub in COUP_SUBS and (coup or cues.has("media_ban", lead)):
        return STRATEGIC_TYPE, "Other"  # power seized, a broadcaster or the internet cut
    crackdown = cues.has("crackdown_arrests", lead) and nobody_hurt(text, cues)
    if sub in ("Attack", "Other") and crackdown:
        return STRATEGIC_TYPE, "Arrests"  # a crackdown that rounded people up
    if sub == "Other" and cues.has("arrest_news", lead):
        return STRATEGIC_TYPE, "Arrests"  # "picked up by intelligence officers"
    unhurt = nobody_hurt(text, cues)
    if sub in ("Other", "Attack") and unhurt and cues.has("loot_news", lead):
        return STRATEGIC_TYPE, "Looting/property destruction"  # cattle rustled
    return None

"""ACLED news wording, fighting and ground: deals signed in the lead, fighters' surrender,
communal fights with blades, fire traded, shelling named as the attack, rape by armed men, and
ground taken by name in a fight, taken back by the state or fallen to insurgents.

Input: a label's sub-event type, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: the label news copy's wording about fighting or ground gives, or None to
leave it. Used by `newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_news import STRATEGIC_TYPE, TERRITORY_SUBS, deaths_told
from newsledger.steps.events.acled_weapons import REMOTE_TYPE
from newsledger.steps.events.acled_wording_people import CIVILIAN_TYPE, nobody_hurt

TRANSFER = "Non-violent transfer of territory"
# Labels of violence on the ground that a crowd's beating or a signed deal re-reads.
GROUND_SUBS = frozenset({"Attack", "Armed clash", "Mob violence"})
# Labels that a signed deal in the lead turns into an agreement (the fighting is background).
DEAL_SUBS = GROUND_SUBS | TERRITORY_SUBS | {"Shelling/artillery/missile attack", "Other"}
# Labels that fighters' surrender, told in the lead, re-reads as an agreement (ACLED codebook).
SURRENDER_SUBS = frozenset({TRANSFER, "Other", "Change to group/activity"})
# Labels that ground retaken by the state, named in the lead, re-reads.
REGAIN_SUBS = TERRITORY_SUBS | {
    "Other",
    "Non-violent transfer of territory",
    "Armed clash",
    "Shelling/artillery/missile attack",
    "Change to group/activity",
}
# A raid told as an attack on people ("attacked settlements and burnt down homes").
ATTACKED = re.compile(r"\battacked\b")


def reread_fighting(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Deals signed in the lead, communal fights with blades, fire traded, remote weapons
    named as the attack, rape by armed men."""
    if sub in DEAL_SUBS and cues.has("deal_signed", lead):
        return STRATEGIC_TYPE, "Agreement"  # the fighting before or after it is background
    if sub in SURRENDER_SUBS and cues.has("fighters_surrendered", lead):
        return STRATEGIC_TYPE, "Agreement"  # fighters gave up, no ground changed hands
    communal = cues.has("communal_clash", lead) and not cues.has("guns_named", text)
    if sub == "Armed clash" and communal:
        return "Riots", "Mob violence"  # villagers fighting with machetes and sticks
    if sub in ("Attack", "Shelling/artillery/missile attack") and cues.has("fire_traded", lead):
        return "Battles", "Armed clash"
    remote = cues.has("shelling_news", lead) and not cues.has("air", text)
    remote = remote and not cues.has("engagement", lead)  # shelling amid clashes: a battle
    if sub in ("Attack", "Armed clash", "Looting/property destruction") and remote:
        return REMOTE_TYPE, "Shelling/artillery/missile attack"  # "a missile attack on ..."
    fought = cues.has("battle", lead) or cues.has("encounter_news", lead)
    if sub == "Disrupted weapons use" and fought:
        if not (cues.has("disrupted", lead) or cues.has("defused_news", lead)):
            return "Battles", "Armed clash"  # weapons recovered after the fight told first
    one_sided = cues.has("civilians_killed", lead) and not fought
    if sub == "Armed clash" and one_sided and not cues.has("small_arms", lead):
        return CIVILIAN_TYPE, "Attack"  # the exchange of fire came later
    unhurt = nobody_hurt(text, cues)
    wrecked = cues.has("property_news", lead) and not cues.has("shelling", lead)
    wrecked = wrecked and not ATTACKED.search(lead)  # homes burnt in an attack on a village
    if sub in ("Attack", "Armed clash") and unhurt and wrecked:
        return STRATEGIC_TYPE, "Looting/property destruction"  # a house blown up, no one hurt
    # (a mob that killed a man "suspected of rape" did no sexual violence)
    sexual = sub in GROUND_SUBS - {"Mob violence"} | TERRITORY_SUBS
    if sexual and cues.has("sexual", lead):
        return CIVILIAN_TYPE, "Sexual violence"
    return None


def reread_ground(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Ground taken by name in a fight, taken back by the state, or fallen to insurgents."""
    state = cues.has("regain", lead) or cues.has("regained_ground", lead)
    won = "Government regains territory" if state else "Non-state actor overtakes territory"
    if sub in REGAIN_SUBS and cues.has("regained_ground", lead):
        return "Battles", "Government regains territory"
    if sub == "Armed clash" and cues.has("ground_taken", lead):
        return "Battles", won  # the capture is the fight's news
    if sub == "Looting/property destruction" and cues.has("ground_taken", lead):
        if not deaths_told(text, cues):
            return "Battles", won  # a camp "seized"
    if sub in ("Other", "Change to group/activity") and cues.has("taken_over", lead):
        return "Battles", won
    if sub in TERRITORY_SUBS | {TRANSFER} and cues.has("captured_by_group", lead):
        return "Battles", "Non-state actor overtakes territory"  # "the capture of ... by rebels"
    if sub in TERRITORY_SUBS and cues.has("remote_explosive", lead):
        return REMOTE_TYPE, "Remote explosive/landmine/IED"  # a mine in ground once held
    return None

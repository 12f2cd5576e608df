"""ACLED news wording, strategic developments: ground handed over with no fight, bases and
checkpoints set up, closures ordered, and a group's own changes told in the lead ("named a new
leader", "suspended operations").

Input: a label's sub-event type, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: the development news copy's wording gives, or None to leave the label.
Used by `newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_news import STRATEGIC_TYPE, TERRITORY_SUBS, deaths_told
from newsledger.steps.events.acled_sides import PROTEST_WORDS

# Words of violence: a lead that names one before a group's change is about the violence.
VIOLENT_WORD = re.compile(r"\b(?:kill|attack|strike|struck|shell|clash|bomb|shot|fired|raid)")
# Words of ground seized: a lead that names one before a group's change is about the capture.
SEIZED_WORD = re.compile(r"\b(?:seiz|captur|overr|took|taken|fell|fallen)")
# Labels of ground changing hands, or of none, that a handover with no fight re-reads.
HANDOVER_SUBS = TERRITORY_SUBS | {"Other", "Attack", "Agreement", "Change to group/activity"}
# Labels that a base set up in the lead re-reads.
BASE_SUBS = frozenset(
    {"Other", "Change to group/activity", "Non-state actor overtakes territory"}
    | {"Looting/property destruction"}
)
# Labels of violence that a group's change told first in the lead outranks ("named a new
# leader following the killing of its chief").
VIOLENT_LABELS = frozenset(
    {
        "Attack",
        "Armed clash",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
    }
)
# Labels that a group's own change, told in the lead, outranks.
GROUP_SUBS = frozenset({"Other", "Agreement", "Peaceful protest"})


def reread_development(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Ground handed over with no fight, bases set up, closures ordered and a group's own
    changes told in the lead."""
    fight = any(cues.has(name, text) for name in ("engagement", "small_arms"))
    unfought = cues.has("unfought", text) or not (fight or deaths_told(text, cues))
    if sub in HANDOVER_SUBS and cues.has("handover", lead) and unfought:
        return STRATEGIC_TYPE, "Non-violent transfer of territory"
    unhurt = not deaths_told(text, cues)
    based = sub in BASE_SUBS or (sub == "Attack" and unhurt)
    # (armed men who install a roadblock hold ground, they stage no protest)
    armed_men = cues.has("armed_party", lead) and not cues.has("protesters", lead)
    based = based or (sub == "Peaceful protest" and armed_men)
    checkpoint = cues.has("checkpoint_set_up", lead) and not cues.has("deployment", lead)
    if based and (cues.has("base_set_up", lead) or checkpoint):
        return STRATEGIC_TYPE, "Headquarters or base established"
    if sub == "Attack" and cues.has("deployed_after", lead):
        return STRATEGIC_TYPE, "Change to group/activity"  # troops sent after attacks
    blockade = sub == "Peaceful protest" and cues.has("armed_blockade", lead)
    closure = sub in ("Peaceful protest", "Other") and cues.has("closure_order", lead)
    if blockade or closure:
        return STRATEGIC_TYPE, "Change to group/activity"
    if sub in GROUP_SUBS and _told_before_protest("operations_suspended", lead, cues):
        return STRATEGIC_TYPE, "Change to group/activity"  # no violence told as the news
    pattern = cues.cues.get("group_change")
    change = pattern.search(lead) if pattern else None
    if change is None:
        return None
    # (a capture told after the change is its background: "named a new commander after its
    # leader was captured")
    earlier = lead[: change.start()]
    violence = sub in VIOLENT_LABELS | {"Non-state actor overtakes territory"} and not (
        VIOLENT_WORD.search(earlier) or SEIZED_WORD.search(earlier)
    )
    # (miners who protested after a company suspended work, or against a newly elected chair,
    # made a protest: a change told after the protest word is its cause)
    protested_first = sub == "Peaceful protest" and PROTEST_WORDS.search(earlier)
    if (sub in GROUP_SUBS and not protested_first) or violence:
        return STRATEGIC_TYPE, "Change to group/activity"
    return None


def _told_before_protest(name: str, lead: str, cues: AcledCues) -> bool:
    """True when the cue `name` occurs in the lead before any word of a protest."""
    pattern = cues.cues.get(name)
    found = pattern.search(lead) if pattern else None
    return bool(found) and not PROTEST_WORDS.search(lead[: found.start()])

"""ACLED typing of news wording: developments as news copy tells them, and the lead.

Input: a label read from a text's coded events, the lower-cased text and the compiled
`acled_cues` of the codebook. Output: the label an ACLED coder gives once news wording is
weighed: captives swapped under a deal (an agreement), ground a force left to another without a
fight (a transfer) or only left (a change to the group), a mass grave found or an accidental
explosion ("Other"), and the lead sentence's own label where the coded events are all later.
Used by `newsledger.steps.events.acled_refine.refine_label` and `acled.classify_acled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (acled_cues imports this module)
    from newsledger.steps.events.acled_cues import AcledCues

# Labels that captives set free turn into ACLED's "Other" strategic development.
CAPTIVE_SUBS = frozenset({"Abduction/forced disappearance", "Arrests"})
TERRITORY_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
STRATEGIC_TYPE = "Strategic developments"
# Event types of violence that a text's lead names (in words no trigger coded) before the
# developments told after it ("clashes" or "riots" alone are too loose a word to outrank them).
VIOLENT_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})
# Developments that a text's lead names in words no trigger coded before the events told after
# it (background in news copy: the clashes a ceasefire ended, the shelling hours before a swap).
LEAD_SUBS = frozenset(
    {
        "Agreement",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
        "Headquarters or base established",
    }
)


def deaths_told(text: str, cues: AcledCues) -> bool:
    """True when the text tells of deaths it does not deny."""
    return cues.has("lethal", text) and not cues.has("no_casualties", text)


def refine_development(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Developments as news words them: captives released or swapped under a deal, ground a
    force left and another took without a fight, ground "seized back", a permanent checkpoint
    set up, a mass grave found, an explosion blamed on an accident."""
    if sub in CAPTIVE_SUBS | {"Other"} and cues.has("under_deal", text):
        return STRATEGIC_TYPE, "Agreement"  # ACLED: exchanges and releases agreed
    fight = any(cues.has(name, text) for name in ("engagement", "small_arms", "contested"))
    unopposed = not fight and not deaths_told(text, cues)
    if sub in TERRITORY_SUBS and cues.has("withdrawal", text) and unopposed:
        return STRATEGIC_TYPE, "Non-violent transfer of territory"
    if sub == "Looting/property destruction" and cues.has("taken_back", text):
        return "Battles", "Government regains territory"  # a town "seized back"
    if sub == "Change to group/activity" and cues.has("permanent_post", text):
        return STRATEGIC_TYPE, "Headquarters or base established"
    if sub == "Attack" and cues.has("mass_grave", text):
        return STRATEGIC_TYPE, "Other"  # the grave found is the news, not the killing
    explosion = sub in ("Remote explosive/landmine/IED", "Shelling/artillery/missile attack")
    if explosion and cues.has("accident", text):
        return STRATEGIC_TYPE, "Other"  # no one attacked
    return None


def refine_withdrawal(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Forces withdrawn with no side named as taking the ground over or receiving it, and
    under no deal ("began pulling out of their base"): a change to the group's activity, not
    a transfer."""
    handed = any(cues.has(name, text) for name in ("peaceful_transfer", "takeover", "under_deal"))
    if sub == "Non-violent transfer of territory" and not handed:
        return STRATEGIC_TYPE, "Change to group/activity"
    return None


def lead_label(label: tuple[str, str], lead: tuple[str, str] | None) -> tuple[str, str] | None:
    """The label of a text's first sentence (`lead`, read by the fallback rows because no
    trigger was coded there) when it outranks `label`, read from later sentences: the lead is
    the news. Violence ("died under torture") outranks later developments; a deal, ground
    changing hands or a new base ("exchanged prisoners in a swap", "re-established control over
    the town") outranks whatever later sentences tell as background."""
    # (a vigil or a march told after it is the reaction to the lead's violence)
    later = label[0] == STRATEGIC_TYPE or label[1] == "Peaceful protest"
    if lead and later and lead[0] in VIOLENT_TYPES:
        return lead
    return lead if lead and lead[1] in LEAD_SUBS else None

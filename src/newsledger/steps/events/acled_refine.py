"""ACLED typing, second reading: the text's cues weighed against the label read from its events.

Input: a label read from the coded events (or from the fallback cues), the lower-cased text and
the compiled `acled_cues` of the codebook. Output: the label an ACLED coder would give once the
text's own words are weighed: the weapon named (a suicide bomber, chemical agents, a grenade, a
mine), who was hit (demonstrators, soldiers, civilians), whether the weapon was defused or the
captives freed. `refine_label` tries the cue families in order: strategic developments
(`acled_cues_developments`, `acled_news`), weapons (`acled_cues_arms`), force on a protest
(`acled_cues_crowds`), fighting (`acled_cues_arms`), withdrawals (`acled_news`), crowds
(`acled_cues_crowds`). Used by `newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_cues_arms import refine_fighting, refine_weapon
from newsledger.steps.events.acled_cues_crowds import (
    refine_crowd,
    refine_excessive,
    refine_protest_force,
)
from newsledger.steps.events.acled_cues_developments import refine_strategic
from newsledger.steps.events.acled_news import refine_development, refine_withdrawal


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
        return refine_excessive(_without_topics(text, cues), cues)
    sub = label[1]
    strategic = refine_development(sub, text, cues) or refine_strategic(sub, text, cues)
    if strategic and strategic[1] == "Attack":  # captives killed: whom they were matters
        return refine_fighting("Attack", text, cues, civilians_hit) or strategic
    scene = _without_topics(text, cues)
    return (
        strategic
        or refine_weapon(sub, text, cues, violence_coded)
        or refine_protest_force(sub, scene, cues)
        or refine_fighting(sub, text, cues, civilians_hit)
        or refine_withdrawal(sub, text, cues)
        or refine_crowd(label, scene, cues)
    )


def _without_topics(text: str, cues: AcledCues) -> str:
    """The text less what a protest is against or an arrest is for (the `topic_clause` cue):
    a killing denounced or a vandalism alleged happened elsewhere."""
    pattern = cues.cues.get("topic_clause")
    # (the word that names the topic stays: "protesting the death of ..." is still a protest)
    return pattern.sub(lambda m: m.group().split(" ", 1)[0] + " ", text) if pattern else text

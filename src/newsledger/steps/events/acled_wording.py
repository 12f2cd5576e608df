"""ACLED typing of news wording, third reading: what newspapers, bulletins and statements say in
words the earlier readings miss.

Input: the label `classify_acled` read from a text's coded events and cues (or none), and the
lower-cased text with the compiled `acled_cues` of the codebook. Output: the label an ACLED coder
gives once news copy's own phrasing is weighed: a crowd that beat someone "before police
arrived", drones that struck a "gathering" no one called a protest, a deal "signed" in the lead
while fighting went on, ground one side left and another "moved into", a leader "named", people
"snatched" or "never heard from since", a detainee who "died in custody". Used by
`newsledger.steps.events.acled.classify_acled`.

The rules, tried in order, live by what they are about: weapons made safe and weapons named
(`acled_wording_weapons`), people (`acled_wording_people`), force on a protest (`acled_force`),
protests (`acled_wording_protests`), fighting and ground (`acled_wording_fighting`), strategic
developments (`acled_wording_developments`).
"""

from __future__ import annotations

from newsledger.steps.events.acled_cues import AcledCues, lead_sentence
from newsledger.steps.events.acled_force import reread_force
from newsledger.steps.events.acled_wording_developments import reread_development
from newsledger.steps.events.acled_wording_fighting import reread_fighting, reread_ground
from newsledger.steps.events.acled_wording_people import reread_people
from newsledger.steps.events.acled_wording_protests import reread_protest
from newsledger.steps.events.acled_wording_weapons import reread_stopped, reread_weapon


def reword_label(
    label: tuple[str, str] | None, text: str, cues: AcledCues
) -> tuple[str, str] | None:
    """Re-read `label` (None: no event or cue typed the text) by news copy's own wording."""
    sub = label[1] if label else "Other"
    lead = lead_sentence(text)  # (what the writer put first is the news)
    rules = (
        reread_stopped,
        reread_people,
        reread_force,
        reread_protest,
        reread_fighting,
        reread_ground,
        reread_development,
        reread_weapon,
    )
    for rule in rules:
        found = rule(sub, text, lead, cues)
        if found:
            return found
    return label

"""ACLED news wording, protests: protests named as peaceful that state forces killed or maimed
people at, force that only dispersed or held people, demonstrators who attacked or stoned, and
"gatherings" no one called a protest struck from the air.

Input: a label's sub-event type, the lower-cased text, its lead sentence and the compiled
`acled_cues`. Output: the label news copy's wording about a protest gives, or None to leave it.
Used by `newsledger.steps.events.acled_wording.reword_label`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import AcledCues
from newsledger.steps.events.acled_news import STRATEGIC_TYPE, deaths_told
from newsledger.steps.events.acled_weapons import ARREST_WORDS, REMOTE_TYPE
from newsledger.steps.events.acled_wording_people import CIVILIAN_TYPE

# Labels of force at a protest that lethal force on a protest named as peaceful re-reads.
FORCE_SUBS = frozenset(
    {"Attack", "Armed clash", "Peaceful protest", "Protest with intervention", "Mob violence"}
)
# Labels of a protest that the demonstrators' own violence makes a violent demonstration.
DEMO_SUBS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Armed clash", "Attack"}
    | {"Change to group/activity"}
)
# Labels that an attack on a protest named as peaceful, no one badly hurt, re-reads.
ATTACKED_PROTEST_SUBS = frozenset({"Violent demonstration", "Mob violence", "Attack"})
# Labels of a protest (or of none) that force which only held or dispersed people re-reads.
HELD_SUBS = frozenset(
    {"Peaceful protest", "Arrests", "Other", "Excessive force against protesters"}
)
# Labels that a crowd's attack on a police station or an electoral office re-reads.
STATE_RIOT_SUBS = frozenset({"Mob violence", "Looting/property destruction"})
# A crowd the writer calls a mob: no demonstration, whatever it demanded.
MOB_NAMED = re.compile(r"\bmobs?\b")


def _without_topics(text: str, cues: AcledCues) -> str:
    """The text less what a protest is against or an arrest is for (`topic_clause`)."""
    pattern = cues.cues.get("topic_clause")
    return pattern.sub(" ", text) if pattern else text


def reread_protest(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Protests named as peaceful that state forces killed or maimed people at, force that
    only dispersed or held people, demonstrators who attacked or stoned, and "gatherings" no
    one called a protest struck from the air."""
    spared = cues.has("no_casualties", text)
    hurt = (deaths_told(lead, cues) or cues.has("maimed", lead)) and not spared
    peaceful = cues.has("peaceful_gathering", lead) and cues.has("state_force", lead)
    fired_on = peaceful or cues.has("fired_on_protest", lead)
    if sub in FORCE_SUBS and hurt and fired_on and not cues.has("riot", lead):
        return "Protests", "Excessive force against protesters"
    unharmed = not (hurt or deaths_told(text, cues))
    if sub in ATTACKED_PROTEST_SUBS and unharmed and cues.has("peaceful_attacked", lead):
        return "Protests", "Protest with intervention"  # a peaceful protest others broke up
    scene = _without_topics(lead, cues)  # (vandalism a protest denounces is no riot of its own)
    rioted = cues.has("demo_violence", scene) or cues.has("riot", scene)
    # (ACLED codebook: force on demonstrators who were violent themselves is part of their
    # violent demonstration; excessive force is force on a peaceful protest)
    violent_first = sub == "Excessive force against protesters" and not peaceful
    if (sub in DEMO_SUBS or violent_first) and rioted and cues.has("protest_words", scene):
        return "Riots", "Violent demonstration"
    if sub == "Mob violence" and rioted and _demonstrators(scene, text, cues):
        return "Riots", "Violent demonstration"  # a crowd with a protest's aim, not a mob
    crowd = cues.has("crowd_named", scene)
    if sub in STATE_RIOT_SUBS and crowd and cues.has("riot_on_state", scene):
        if not cues.has("mob_justice", text):
            return "Riots", "Violent demonstration"  # a crowd that stormed a police station
    gathered = cues.has("protesters", lead) or cues.has("gathering", lead)
    gathered = gathered or cues.has("protest_words", lead) or cues.has("crowd_named", lead)
    held = gathered and cues.has("intervened_news", lead) and not hurt
    if sub in HELD_SUBS and held and not deaths_told(text, cues):
        return "Protests", "Protest with intervention"
    victims = cues.has("sexual_victims", _without_topics(lead, cues))
    if sub in ("Protest with intervention", "Peaceful protest", "Attack") and victims:
        return CIVILIAN_TYPE, "Sexual violence"  # demonstrators assaulted as they were held
    arrested = ARREST_WORDS.search(lead) and cues.has("protest_background", lead)
    forced = cues.has("less_lethal", lead) or "dispers" in lead
    if sub == "Protest with intervention" and arrested and not forced:
        return STRATEGIC_TYPE, "Arrests"  # leaders held ahead of a rally, or after one
    from_air = cues.has("air", text) or cues.has("aircraft", text) or cues.has("air_news", text)
    if sub == "Excessive force against protesters" and from_air:
        if not cues.has("protest_words", text):
            return REMOTE_TYPE, "Air/drone strike"  # a "gathering" bombed, no protest named
    return None


def _demonstrators(scene: str, text: str, cues: AcledCues) -> bool:
    """True when a rioting crowd is named as demonstrators: by a protest word ("striking
    drivers", "in protest at"), or as a party's supporters or students who turned on the police
    or on party and government buildings; never a crowd's justice, a brawl between groups or a
    crowd the writer calls a mob."""
    named = cues.has("protest_words", scene) or cues.has("partisans_on_state", scene)
    brawl = cues.has("crowd_fight", scene) or cues.has("communal_clash", scene)
    mob = cues.has("mob_justice", text) or bool(MOB_NAMED.search(text))
    return named and not brawl and not mob

"""ACLED typing of headlines and one-line briefs: the last reading of a text's label.

Input: the label read from the coded events before the text cues (`base`), the label after
them (`label`), the main coded event and the lower-cased text with the compiled cues. Output:
the label once headline wording is weighed: the present tense ("police kill protester",
"air force bombs village"), dropped auxiliaries ("landmines removed from road") and words
news copy uses where ACLED notes use others ("a rocket attack", "seized 15 travellers",
"freed after a deal with the gang"). The `headline_*` cues of the codebook hold the words.
Used by `newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

import re

from newsledger.records import Actor, Event
from newsledger.steps.events.acled_background import BACKGROUND, CLASH_BACKGROUND
from newsledger.steps.events.acled_cues import (
    PROTEST_TYPE,
    REMOTE_TYPE,
    AcledCues,
    fallback_label,
    lead_sentence,
)
from newsledger.steps.events.acled_sides import named_group_force, taken_from_rebels

STRATEGIC = "Strategic developments"
GOV_REGAINS = "Government regains territory"
NSA_OVERTAKES = "Non-state actor overtakes territory"
# Labels that force on demonstrators told in the present tense makes excessive force.
FORCE_SUBS = frozenset({"Attack", "Armed clash", "Peaceful protest", "Protest with intervention"})
# Labels of ground violence or damage that aircraft striking in the present tense re-type.
AIR_SUBS = frozenset(
    {"Attack", "Armed clash", "Mob violence", "Looting/property destruction"}
    | {"Remote explosive/landmine/IED"}
)
# Labels of explosions and violence that a bomber driving his vehicle in turns into a suicide bomb.
SUICIDE_SUBS = AIR_SUBS | {"Shelling/artillery/missile attack", "Grenade"}
# Labels of a weapon's use that a weapon removed or defused before it struck re-types.
MEANS_SUBS = frozenset(
    {
        "Attack",
        "Looting/property destruction",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    }
)
# Labels that people seized by armed men turn into an abduction.
TAKEN_SUBS = frozenset({"Looting/property destruction", "Other", "Attack"})
# Labels that soldiers who "seized power" or "took over the government" are given by mistake.
COUP_SUBS = frozenset({"Looting/property destruction", GOV_REGAINS, NSA_OVERTAKES})
# Labels of fighting that sides agreeing to stop it turn into ACLED's agreement.
TRUCE_SUBS = frozenset({"Attack", "Armed clash", "Mob violence", "Change to group/activity"})
# Labels of fighting that an exchange of bodies or prisoners re-types (the dead were killed
# before it: "the bodies of fighters killed in last month's battle").
SWAP_SUBS = frozenset({"Attack", "Armed clash"})
# Labels of captives whose release after a deal with their captors is ACLED's agreement.
CAPTIVE_SUBS = frozenset({"Other", "Abduction/forced disappearance", "Arrests"})
# Labels of forces leaving ground that the state's flag raised after a fight makes its regain.
LEFT_SUBS = frozenset({"Non-violent transfer of territory", "Change to group/activity"})
# Developments that a protest told in the text's first sentence (coded as no event) outranks.
LATER_SUBS = frozenset({"Agreement", "Change to group/activity", "Other"})
# Words before a noun of violence that make it what a protest is against ("shut their shops
# to protest against the killing of a colleague").
PROTEST_TOPIC = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|denounc\w*|condemn\w*|mourn\w*|against|over)\s+"
    r"(?:the |a |an |their |his |her )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)
# Things, not people, as an attack's targets: with no one hurt, the attack is on property.
THINGS = frozenset(
    (
        "tower towers mast masts generator generators bridge bridges house houses home homes "
        "building buildings shop shops warehouse warehouses school schools church churches "
        "mosque mosques vehicle vehicles truck trucks car cars tractor tractors crops field "
        "fields plantation pipeline pipelines office offices market clinic"
    ).split()
)
# Places where people live: an attack on one is an attack on its people.
SETTLEMENTS = frozenset(
    "village villages settlement settlements community communities hamlet hamlets camp".split()
)
# Labels that a clash word the text only uses to describe a party or area must not re-type.
REFIRED_SUBS = frozenset({"Shelling/artillery/missile attack", "Attack", "Grenade"})
# Sectors of the state's own parties: ground they take is the government's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
# Words naming a non-state armed group, whatever sector the dictionary gives it.
NON_STATE_WORDS = frozenset(
    "militia militias militiamen rebel rebels militants insurgents jihadists guerrillas".split()
)
# Triggers of a seizure (not a demolition or a confiscation order).
SEIZE_WORDS = ("seiz", "captur", "overr", "took", "take", "taking", "grab")
# Ground, not goods, named as what was seized ("seized three border posts").
GROUND_WORDS = frozenset(
    (
        "post posts outpost outposts town towns village villages base bases camp camps "
        "checkpoint checkpoints position positions district city airport airfield hill"
    ).split()
)


def _protest_topic(best: Event | None) -> bool:
    """True for a one-word noun of violence ("killing", "abduction") named as what a protest
    is against: the label of a protest told only as a purpose ("to protest")."""
    words = (best.trigger or "").split() if best else []
    if len(words) != 1 or not words[0].lower().endswith(("ing", "ings", "tion", "tions")):
        return False
    text = best.evidence.text
    at = text.find(words[0])
    return at > 0 and bool(PROTEST_TOPIC.search(text[:at]))


def _head(name: str) -> str:
    """The last word of a name, lower-cased ("Fulani settlements" -> "settlements")."""
    words = name.lower().split()
    return words[-1] if words else ""


def _things_hit(best: Event) -> bool:
    """True for an attack whose named targets are all things ("attacked a telecom tower")."""
    heads = [_head(r.name) for r in best.recipient]
    return bool(heads) and all(h in THINGS for h in heads)


def _non_state(actor: Actor, cues: AcledCues) -> bool:
    """True for an actor named as rebels, a militia or a "liberation army", or given the rebel
    sector: ground it takes back is still taken from the state."""
    name = actor.name.lower()
    named = bool(set(name.split()) & NON_STATE_WORDS) or cues.has("headline_non_state_name", name)
    # (or named as an army that is no country's: "the Arakan Army", "Tigrayan forces")
    return named or actor.sector == "REB" or named_group_force(actor.name)


def _taken_by_non_state(best: Event | None, text: str, cues: AcledCues) -> bool:
    """True when every named taker of the ground is a non-state group ("Al-Shabaab
    recaptures town") and no state force is named retaking it ("the army recaptured the town
    the militants had taken"): a rebel comeback, not the state's."""
    if best is None or not best.actor or cues.has("headline_state_regain", text):
        return False
    return all(_non_state(a, cues) for a in best.actor) and not taken_from_rebels(best)


def _ground_seized(best: Event | None) -> bool:
    """True for a seizure of ground by an armed party ("seized three border posts")."""
    seized = (best.trigger or "").lower().startswith(SEIZE_WORDS) if best else False
    if best is None or best.mode != "seize" or not best.actor or not seized:
        return False
    words = {w for r in best.recipient for w in r.name.lower().split()}
    return bool(words & GROUND_WORDS)


def _territory(best: Event, cues: AcledCues) -> tuple[str, str]:
    """Ground seized: regained by the state's own forces, overtaken by anyone else."""
    from_rebels = taken_from_rebels(best)
    state = any(
        a.sector in STATE_SECTORS and (from_rebels or not _non_state(a, cues)) for a in best.actor
    )
    return "Battles", GOV_REGAINS if state else NSA_OVERTAKES


def _unhurt(text: str, cues: AcledCues) -> bool:
    """True when the text tells of no one killed or hurt."""
    return not cues.has("lethal", text) and not cues.has("hurt", text)


def _violence_words(sub: str, text: str, cues: AcledCues) -> tuple[str, str] | None:
    """Present-tense force on demonstrators, their stones, a crowd's violence and weapons named
    in headline words."""
    riot = cues.has("headline_riot", text)
    force = cues.has("headline_force", text) and not cues.has("riot", text)
    if sub in FORCE_SUBS and force and not riot:
        return PROTEST_TYPE, "Excessive force against protesters"
    if sub in ("Peaceful protest", "Protest with intervention") and riot:
        return "Riots", "Violent demonstration"  # "stone-throwing protesters injure police"
    if sub == "Looting/property destruction" and cues.has("headline_rioters", text):
        return "Riots", "Violent demonstration"  # "rioters torch police station"
    if sub in ("Attack", "Armed clash") and cues.has("headline_mob", text):
        return "Riots", "Mob violence"  # villagers or vigilantes, not an armed group
    if sub in SUICIDE_SUBS and cues.has("headline_suicide", text):
        return REMOTE_TYPE, "Suicide bomb"
    if sub in AIR_SUBS and cues.has("headline_air", text):
        return REMOTE_TYPE, "Air/drone strike"
    heavy = cues.has("headline_heavy", text) and not cues.has("air", text)
    if sub in ("Attack", "Looting/property destruction") and heavy:
        return REMOTE_TYPE, "Shelling/artillery/missile attack"  # homes hit by a rocket attack
    grenade = cues.has("grenade", text) and not cues.has("firearms", text)
    if sub == "Shelling/artillery/missile attack" and grenade and not cues.has("shelling", text):
        return REMOTE_TYPE, "Grenade"  # a grenade's "explosion", no gun or shell named
    thrown = grenade and cues.has("headline_thrown", text)
    if sub in ("Remote explosive/landmine/IED", "Attack") and thrown:
        return REMOTE_TYPE, "Grenade"  # "threw an explosive device", later named a grenade
    return None


def _development_words(
    base: str | None, sub: str, text: str, cues: AcledCues
) -> tuple[str, str] | None:
    """Weapons removed, people seized, deals, coups, deaths in custody and handovers in
    headline words."""
    unhurt = _unhurt(text, cues)
    downed = cues.has("headline_interception", text)
    if sub in MEANS_SUBS | {"Air/drone strike", "Armed clash"} and downed:
        return STRATEGIC, "Disrupted weapons use"  # drones "brought down" before they struck
    if sub in MEANS_SUBS and cues.has("headline_disrupted", text) and unhurt:
        return STRATEGIC, "Disrupted weapons use"  # "landmines removed from road"
    if sub == "Attack" and cues.has("headline_property", text) and unhurt:
        return STRATEGIC, "Looting/property destruction"  # a house blown up, no one hurt
    if sub in ("Attack", "Mob violence") and cues.has("headline_exhumed", text):
        return STRATEGIC, "Other"  # the dead of the war exhumed
    taken = cues.has("headline_abduction", text) or cues.has("headline_taken_from", text)
    taken = taken and not cues.has("lethal", text)
    if sub in TAKEN_SUBS and taken:
        return "Violence against civilians", "Abduction/forced disappearance"
    if sub == "Arrests" and cues.has("headline_missing", text):
        return "Violence against civilians", "Abduction/forced disappearance"
    if sub in TRUCE_SUBS and cues.has("headline_truce", text):
        return STRATEGIC, "Agreement"  # "agreed on Friday to stop attacks on each other"
    arranged = base == "Non-violent transfer of territory" and cues.has("headline_arranged", text)
    if sub == "Change to group/activity" and arranged:
        return STRATEGIC, base  # a pull-out arranged with the other side, police in its place
    if sub in CAPTIVE_SUBS | SWAP_SUBS and cues.has("headline_swap", text):
        return STRATEGIC, "Agreement"  # bodies or prisoners exchanged
    if sub in CAPTIVE_SUBS and cues.has("headline_deal", text):
        return STRATEGIC, "Agreement"  # captives freed after a deal with their captors
    if sub in COUP_SUBS and cues.has("headline_coup", text):
        return STRATEGIC, "Other"  # soldiers who "seized power": a coup, not goods seized
    custody = cues.has("headline_custody_death", text) and not cues.has("headline_torture", text)
    if sub in ("Arrests", "Attack") and custody:
        return STRATEGIC, "Other"  # a prisoner who died in custody
    if sub == "Agreement" and cues.has("headline_handover", text):
        return STRATEGIC, "Non-violent transfer of territory"  # the ground handed over
    if (
        sub == "Attack"
        and base == "Protest with intervention"
        and cues.has("headline_dispersal", text)
    ):
        return PROTEST_TYPE, "Protest with intervention"  # people "dispersed" had gathered
    if sub == "Protest with intervention" and base == "Arrests":
        before = cues.cues.get("headline_before_protest")
        if before and not cues.has("protesters", before.sub(" ", text)):
            return STRATEGIC, "Arrests"  # "arrested ahead of a rally": no protest yet
    return None


def _property_words(sub: str, best: Event | None, text: str, cues: AcledCues):
    """An attack on things, or one that burned or destroyed them, with no one hurt, shot at
    or beaten (an attack on a village or on people stays an attack)."""
    if sub != "Attack" or best is None:
        return None
    people = any(r.sector is not None or _head(r.name) in SETTLEMENTS for r in best.recipient)
    # Named targets that are all things are enough; the text-wide cue needs no people hit.
    damage = _things_hit(best) or (cues.has("headline_damage", text) and not people)
    harm = cues.has("headline_harm", text) or cues.has("firearms", text)
    unhurt = _unhurt(text, cues) and not harm
    if sub == "Attack" and damage and unhurt:
        return STRATEGIC, "Looting/property destruction"  # a tower attacked, warehouses burned
    return None


def _territory_words(sub: str, best: Event | None, text: str, cues: AcledCues):
    """Ground taken from militants or restored to the state, retaken by rebels, or seized."""
    if sub == NSA_OVERTAKES and cues.has("headline_regain", text):
        return "Battles", GOV_REGAINS  # "wrest control of the town from militants"
    fight = any(cues.has(name, text) for name in ("contested", "engagement", "small_arms"))
    back = cues.has("headline_state_regain", text)
    if back and (sub == NSA_OVERTAKES or fight and sub in LEFT_SUBS):
        return "Battles", GOV_REGAINS  # "troops were back in control", "raised the flag"
    if sub == GOV_REGAINS and _taken_by_non_state(best, text, cues):
        return "Battles", NSA_OVERTAKES  # "Al-Shabaab recaptures town"
    left = cues.has("headline_withdrawal", text) and not fight and not cues.has("lethal", text)
    if sub in (GOV_REGAINS, NSA_OVERTAKES) and left:
        return STRATEGIC, "Non-violent transfer of territory"  # "take control as rebels leave"
    if sub == "Looting/property destruction" and best is not None and _ground_seized(best):
        return _territory(best, cues)
    return None


def refine_headline(
    base: tuple[str, str] | None,
    label: tuple[str, str],
    best: Event | None,
    text: str,
    cues: AcledCues,
) -> tuple[str, str]:
    """Return `label` re-read for headline and brief wording (unchanged when none applies).

    Args:
        base: the label read from the coded events before the text cues (None when none).
        label: the label after the text cues (`acled_refine.refine_label`).
        best: the coded event that names the text (None when the label came from the text).
        text: the lower-cased text.
        cues: the compiled cues, with the codebook's `headline_*` cues.
    """
    if not any(name.startswith("headline_") for name in cues.cues):
        return label  # a codebook without headline cues
    sub = label[1]
    calm = not cues.has("intervention", text) and not cues.has("riot", text)
    if sub == "Attack" and _protest_topic(best) and calm and cues.has("protest_words", text):
        return PROTEST_TYPE, "Peaceful protest"  # the killing is what the protest is against
    if best is None and BACKGROUND.search(text):
        # (a label read from words of violence that only came before the news)
        return fallback_label(BACKGROUND.sub(" ", text), cues) or label
    if sub in LATER_SUBS and best is not None and best.evidence.sentence > 0:
        lead = fallback_label(lead_sentence(text), cues)
        if lead and lead[0] == PROTEST_TYPE:
            return lead  # vendors who marched, then officials who "promised to" review
    if sub == "Armed clash" and base and base[1] in REFIRED_SUBS:
        scene = CLASH_BACKGROUND.sub(" ", text)
        if scene != text and not cues.has("small_arms", scene):
            label, sub = base, base[1]  # the clash word only described the area
    return (
        _violence_words(sub, text, cues)
        or _territory_words(sub, best, text, cues)
        or _property_words(sub, best, text, cues)
        or _development_words(base[1] if base else None, sub, text, cues)
        or label
    )

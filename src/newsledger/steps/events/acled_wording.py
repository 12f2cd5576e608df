"""ACLED typing of news wording, third reading: what newspapers, bulletins and statements say in
words the earlier readings miss.

Input: the label `classify_acled` read from a text's coded events and cues (or none), and the
lower-cased text with the compiled `acled_cues` of the codebook. Output: the label an ACLED coder
gives once news copy's own phrasing is weighed: a crowd that beat someone "before police
arrived", drones that struck a "gathering" no one called a protest, a deal "signed" in the lead
while fighting went on, ground one side left and another "moved into", a leader "named", people
"snatched" or "never heard from since", a detainee who "died in custody". Used by
`newsledger.steps.events.acled.classify_acled`.
"""

from __future__ import annotations

import re

from newsledger.steps.events.acled_cues import (
    ARREST_WORDS,
    AcledCues,
    lead_sentence,
    struck_anyway,
)
from newsledger.steps.events.acled_force import reread_force
from newsledger.steps.events.acled_news import STRATEGIC_TYPE, TERRITORY_SUBS, deaths_told
from newsledger.steps.events.acled_sides import PROTEST_WORDS

REMOTE_TYPE = "Explosions/Remote violence"
TRANSFER = "Non-violent transfer of territory"
CIVILIAN_TYPE = "Violence against civilians"
# Words of violence: a lead that names one before a group's change is about the violence.
VIOLENT_WORD = re.compile(r"\b(?:kill|attack|strike|struck|shell|clash|bomb|shot|fired|raid)")
# Words of a blast that went off.
BLAST_WORDS = re.compile(r"\b(?:blew (?:him|her|them)sel|detonated|exploded|went off|blasts?\b)")
# Words of ground seized: a lead that names one before a group's change is about the capture.
SEIZED_WORD = re.compile(r"\b(?:seiz|captur|overr|took|taken|fell|fallen)")
# Words before a cue that make it hearsay or background: a relative clause, a denunciation.
# ("the junta that took power": a relative "that" right before it, not "said that it had")
HEARSAY_BEFORE = re.compile(r"\b(?:which|who|denounc\w*|called|described)\b|\bthat\s+$")
# Labels of violence on the ground that a crowd's beating or a signed deal re-reads.
GROUND_SUBS = frozenset({"Attack", "Armed clash", "Mob violence"})
# Labels a crowd's lynching outranks (the arrests after it, the burning of its victim, or
# none: "mauled by residents" told with no coded event).
MOB_SUBS = frozenset({"Attack", "Arrests", "Looting/property destruction"} | {"Other"})
# Labels of force at a protest that lethal force on a protest named as peaceful re-reads.
FORCE_SUBS = frozenset(
    {"Attack", "Armed clash", "Peaceful protest", "Protest with intervention", "Mob violence"}
)
# Labels of a protest that the demonstrators' own violence makes a violent demonstration.
DEMO_SUBS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Armed clash", "Attack"}
    | {"Change to group/activity"}
)
# Labels that a signed deal in the lead turns into an agreement (the fighting is background).
DEAL_SUBS = GROUND_SUBS | TERRITORY_SUBS | {"Shelling/artillery/missile attack", "Other"}
# Labels that an attack on a protest named as peaceful, no one badly hurt, re-reads.
ATTACKED_PROTEST_SUBS = frozenset({"Violent demonstration", "Mob violence", "Attack"})
# Labels that fighters' surrender, told in the lead, re-reads as an agreement (ACLED codebook).
SURRENDER_SUBS = frozenset({TRANSFER, "Other", "Change to group/activity"})
# Labels of ground changing hands, or of none, that a handover with no fight re-reads.
HANDOVER_SUBS = TERRITORY_SUBS | {"Other", "Attack", "Agreement", "Change to group/activity"}
# Labels of a protest (or of none) that force which only held or dispersed people re-reads.
HELD_SUBS = frozenset(
    {"Peaceful protest", "Arrests", "Other", "Excessive force against protesters"}
)
# Words that make a coup only a plan or a charge ("accused of plotting a coup").
COUP_PLOT = re.compile(r"\b(?:plot\w*|plann\w*|accused|suspected|alleged)\b[^.;]{0,40}\bcoup")
# Labels that a coup or a silenced broadcaster, told in the lead, re-reads as "Other".
COUP_SUBS = frozenset(
    {"Looting/property destruction", "Change to group/activity", "Peaceful protest", "Other"}
    | {"Arrests"}  # (the coup leader arrested after it: the coup is the news)
)
# Labels that ground retaken by the state, named in the lead, re-reads.
REGAIN_SUBS = TERRITORY_SUBS | {
    "Other",
    "Non-violent transfer of territory",
    "Armed clash",
    "Shelling/artillery/missile attack",
    "Change to group/activity",
}
# Labels that a base set up in the lead re-reads.
BASE_SUBS = frozenset(
    {"Other", "Change to group/activity", "Non-state actor overtakes territory"}
    | {"Looting/property destruction"}
)
# Labels of a weapon's use that a weapon made safe, told in the lead, re-reads.
DEFUSED_SUBS = frozenset(
    {
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Attack",
        "Shelling/artillery/missile attack",
        "Grenade",
        "Air/drone strike",
    }
)
# Labels that a crowd's attack on a police station or an electoral office re-reads.
STATE_RIOT_SUBS = frozenset({"Mob violence", "Looting/property destruction"})
# A crowd the writer calls a mob: no demonstration, whatever it demanded.
MOB_NAMED = re.compile(r"\bmobs?\b")
# Labels that a detainee's death in custody re-reads as "Other".
CUSTODY_SUBS = frozenset({"Attack", "Peaceful protest", "Other", "Arrests"})
# A raid told as an attack on people ("attacked settlements and burnt down homes").
ATTACKED = re.compile(r"\battacked\b")
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
# Labels of captives or ground that a swap or a release under a deal makes an agreement.
CAPTIVE_DEAL_SUBS = TERRITORY_SUBS | {
    "Non-violent transfer of territory",
    "Other",
    "Arrests",
    "Abduction/forced disappearance",
}


def reword_label(
    label: tuple[str, str] | None, text: str, cues: AcledCues
) -> tuple[str, str] | None:
    """Re-read `label` (None: no event or cue typed the text) by news copy's own wording."""
    sub = label[1] if label else "Other"
    lead = lead_sentence(text)  # (what the writer put first is the news)
    rules = (_stopped, _people, reread_force, _protest, _fighting, _ground, _development, _weapon)
    for rule in rules:
        found = rule(sub, text, lead, cues)
        if found:
            return found
    return label


def _stopped(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """A weapon made safe, told in the lead ("disarmed a car bomb", "shot down 20 drones"):
    it never struck, whatever else the lead names."""
    if struck_anyway(lead, cues):
        return None  # "shot down one of the drones, but another hit a depot": the strike
    if sub in DEFUSED_SUBS and (cues.has("defused_news", lead) or _bomber_stopped(lead, cues)):
        return STRATEGIC_TYPE, "Disrupted weapons use"
    if sub == "Looting/property destruction" and _weapons_taken_by_state(lead, cues):
        return STRATEGIC_TYPE, "Disrupted weapons use"
    return None


def _bomber_stopped(lead: str, cues: AcledCues) -> bool:
    """True for a bomber stopped "before he could detonate", with no blast told before it (a
    second attacker shot after the first blew himself up stops nothing)."""
    pattern = cues.cues.get("bomber_stopped")
    stopped = pattern.search(lead) if pattern else None
    return bool(stopped) and not BLAST_WORDS.search(lead[: stopped.start()])


def _weapons_taken_by_state(lead: str, cues: AcledCues) -> bool:
    """True for weapons, a mine or an arms depot that police, troops or deminers seized or
    destroyed ("police seized 40 rifles", "engineers destroyed a mine"): weapons put out of
    use, not property destroyed (rebels who seize an armoury loot it)."""
    stopped = ("defused_news", "disrupted", "weapons_destroyed", "platforms_seized")
    weapons = any(cues.has(n, lead) for n in stopped)
    # (rifles "recovered" after gunmen killed villagers are the killing's aftermath)
    return weapons and cues.has("state_force", lead) and _unhurt(lead, cues)


def _unhurt(text: str, cues: AcledCues) -> bool:
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


def _without_topics(text: str, cues: AcledCues) -> str:
    """The text less what a protest is against or an arrest is for (`topic_clause`)."""
    pattern = cues.cues.get("topic_clause")
    return pattern.sub(" ", text) if pattern else text


def _people(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
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
    crackdown = cues.has("crackdown_arrests", lead) and _unhurt(text, cues)
    if sub in ("Attack", "Other") and crackdown:
        return STRATEGIC_TYPE, "Arrests"  # a crackdown that rounded people up
    if sub == "Other" and cues.has("arrest_news", lead):
        return STRATEGIC_TYPE, "Arrests"  # "picked up by intelligence officers"
    unhurt = _unhurt(text, cues)
    if sub in ("Other", "Attack") and unhurt and cues.has("loot_news", lead):
        return STRATEGIC_TYPE, "Looting/property destruction"  # cattle rustled
    return None


def _protest(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
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


def _fighting(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
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
    unhurt = _unhurt(text, cues)
    wrecked = cues.has("property_news", lead) and not cues.has("shelling", lead)
    wrecked = wrecked and not ATTACKED.search(lead)  # homes burnt in an attack on a village
    if sub in ("Attack", "Armed clash") and unhurt and wrecked:
        return STRATEGIC_TYPE, "Looting/property destruction"  # a house blown up, no one hurt
    # (a mob that killed a man "suspected of rape" did no sexual violence)
    sexual = sub in GROUND_SUBS - {"Mob violence"} | TERRITORY_SUBS
    if sexual and cues.has("sexual", lead):
        return CIVILIAN_TYPE, "Sexual violence"
    return None


def _ground(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
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


def _development(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
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


def _weapon(sub: str, text: str, lead: str, cues: AcledCues) -> tuple[str, str] | None:
    """Weapons named in news words: made safe, suicide bombers, aircraft munitions, unexploded
    shells, riot gas used in war; and a strike that hit before the rest was shot down."""
    stopped = any(cues.has(n, lead) for n in ("interception", "defused_news", "disrupted"))
    if sub == "Disrupted weapons use" and cues.has("air", lead) and not stopped:
        return REMOTE_TYPE, "Air/drone strike"  # drones hit first; some were shot down later
    if sub in ("Remote explosive/landmine/IED", "Attack") and cues.has("suicide_news", text):
        return REMOTE_TYPE, "Suicide bomb"
    if sub in ("Remote explosive/landmine/IED", "Armed clash", "Other", "Attack"):
        if cues.has("air_news", text) and not cues.has("remote_explosive", text):
            return REMOTE_TYPE, "Air/drone strike"
    went_off = cues.has("unexploded", text) and cues.has("blast_news", text)
    if sub == "Shelling/artillery/missile attack" and went_off:
        return REMOTE_TYPE, "Remote explosive/landmine/IED"
    if sub == "Shelling/artillery/missile attack" and cues.has("grenade", lead):
        if not cues.has("shelling", text):
            return REMOTE_TYPE, "Grenade"
    gas = sub in ("Grenade", "Peaceful protest", "Change to group/activity", "Other")
    if gas and cues.has("war_gas", text):
        return REMOTE_TYPE, "Chemical weapon"
    return None

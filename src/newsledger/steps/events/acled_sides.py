"""Who did what to whom, for the ACLED typing: crowds or armed groups, blows or shots, ground
or people taken.

Input: one coded `Event` (its mode, trigger, actors and recipients). Output: yes/no answers and
the sub-type of an assault by its sides, read by `newsledger.steps.events.acled`.
"""

from __future__ import annotations

import re
from functools import cache

from newsledger.records import Event
from newsledger.steps.events.acled_background import trigger_offsets
from newsledger.steps.events.actor_dictionary import ActorDictionary, load_actor_dictionary

# Words naming a crowd rather than an armed group: their violence is ACLED's mob violence.
MOB_WORDS = frozenset(
    (
        "mob mobs villagers crowd residents supporters rioters group groups people communities "
        "community locals farmers workers traders vendors students "
        # ... and other plain people with no arms to their name ("inhabitants attacked police")
        "persons citizens inhabitants youths youth laborers labourers migrants inmates "
        "prisoners neighbours neighbors relatives employees party"
    ).split()
)
# Words that make a group an armed one whatever else it is called ("an unidentified armed group").
ARMED_WORDS = frozenset({"armed", "gunmen", "militia", "militias", "militants", "rebels"})
# Words naming a non-state armed group, whatever sector the dictionary gives it.
NON_STATE_WORDS = frozenset(
    "militia militias militiamen rebel rebels militants insurgents jihadists guerrillas".split()
) | {"fighters"}  # ("fighters of the Arakan Army" are no state's soldiers, whatever the name)
# A crowd named in the sentence as the ones who struck ("beaten by a mob", "a crowd caught two
# men"); hand weapons alone tell no crowd (armed groups hack villagers with machetes too).
# A crowd told as the doer: the agent of a passive ("beaten by a mob"), the sentence's opening
# subject ("an angry crowd caught the thief") or a lynching; not a crowd that only watched.
CROWD_DOER = re.compile(
    r"\bby (?:an? |the )?(?:[\w-]+ )?(?:mobs?|crowds?|vigilantes?)\b"
    r"|^(?:[\w-]+ ){0,3}(?:mobs?|crowds?|vigilantes?)\b|\blynch\w*",
    re.IGNORECASE,
)
# Words before a fighter's title that make him a civilian to ACLED ("a former rebel commander",
# "ex-soldiers", "retired police officers"): no longer a party that can fight back.
FORMER_WORDS = frozenset({"former", "ex", "retired", "demobilised", "demobilized"})
# Words of a protest: a crowd there is a demonstration's, typed elsewhere.
PROTEST_WORDS = re.compile(r"\b(?:protest|demonstrat|march|rall(?:y|ied)|strik)", re.IGNORECASE)
# Heads of a force's name: "the Arakan Army" is a named group, "the Nigerian Army" a state's.
FORCE_HEADS = frozenset({"army", "force", "forces"})
# Words in a force's name that make it an insurgency's, whatever country it names
# ("Free Syrian Army", "Sudan Liberation Army", "Syrian Democratic Forces").
INSURGENT_NAME_WORDS = frozenset(
    "liberation independence resistance revolutionary free rebel democratic patriotic".split()
)
# Words in a force's name that any state's forces carry ("Government forces", "Armed Forces").
STATE_NAME_WORDS = frozenset(
    "the government state national armed defence defense royal federal security special "
    "regular regime junta military border air naval ground republican coalition allied "
    "elite joint police army".split()
)
# Forces named as a group's own: the group that withdraws them is armed, whatever its name.
OWN_FORCES = re.compile(r"\b(?:its|their) (?:\w+ )?(?:forces|troops|fighters|soldiers|units)\b")
# Ground, not people, named as what was "captured" ("captured the town of ...").
CAPTURED_PLACE = re.compile(
    r" (?:the |a |an )?(?:[\w-]+ ){0,2}(?:towns?|city|village|district|base|area|region|province"
    r"|county|airport|port|hill|locality|capital|camp|headquarters|territory)\b"
)
# Sectors of civilian parties: their demands are a protest, their fights with each other a riot.
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "MED", "OPP", "BUS"})
# Words naming people as demonstrators, whatever they did.
PROTESTER_WORDS = (
    "protester",
    "demonstrator",
    "marcher",
    "rioter",
    "participant",
    "agitator",  # South Asian news: "agitators set a bus ablaze"
    "protesting",  # "protesting traders set fire to ..."
    "rioting",
)
# Plain people the dictionary gives no sector: ground they take over is occupied in protest.
PLAIN_PEOPLE = MOB_WORDS | frozenset(
    "fishermen miners drivers nurses doctors teachers women activists protesters".split()
)
# Modes of violence that need a weapon: those who use it are no unarmed crowd.
GUN_MODES = frozenset({"firearms", "explosives", "artillery", "grenade", "aerial", "drone"})
# Triggers of blows rather than shots or raids ("beaten", "stabbed", "tortured").
BLOW_WORDS = ("beat", "stab", "tortur", "thrash", "abus", "lynch", "hack")
# Sectors of armed parties: violence between two of them is a battle, against others an attack.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})


def bare_capture(event: Event) -> bool:
    """True for a plain "captured", which takes people as often as ground ("militants were
    killed or captured", "captured a thief"): unlike "took control of", it does not outrank
    the fighting told beside it, unless what was captured is named as a place ("captured the
    town of ...")."""
    trigger = (event.trigger or "").lower()
    if not trigger.startswith("captur"):
        return False
    text = event.evidence.text.lower()
    offsets = trigger_offsets(event)
    return not offsets or not all(CAPTURED_PLACE.match(text, at + len(trigger)) for at in offsets)


def is_mob(event: Event, crowd_words: frozenset[str] = MOB_WORDS) -> bool:
    """True for violence by a crowd rather than an armed group (its victims may be "people");
    people who open fire are armed, whatever they are called."""
    if event.mode in GUN_MODES:
        return False
    names = [a.name.lower().split() for a in event.actor]
    crowd = any(word in name for name in names for word in crowd_words)
    # (unknown perpetrators are ACLED's "unidentified armed group", not a crowd)
    armed = ARMED_WORDS | {"unknown", "unidentified"}
    return crowd and not any(word in armed for name in names for word in name)


def is_armed(actors: list) -> bool:
    """True when one of `actors` is an armed party."""
    return any(a.sector in ARMED_SECTORS for a in actors)


def armed_victims(recipients: list) -> bool:
    """True when one of `recipients` is an armed party still serving, not a former one."""
    serving = [r for r in recipients if not _former(r.name)]
    return is_armed(serving)


def _former(name: str) -> bool:
    """True for a name that tells a past service ("4 former soldiers", "an ex-rebel")."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(FORMER_WORDS & set(words[:4]))


def armed_named(actors: list) -> bool:
    """True when one of `actors` is armed by sector or by name ("unknown gunmen")."""
    words = {w for a in actors for w in a.name.lower().split()}
    return is_armed(actors) or bool(words & ARMED_WORDS)


def blows(event: Event) -> bool:
    """True for violence done by hand to someone held ("was beaten and tortured"), which no
    exchange of fire can be."""
    return (event.trigger or "").lower().startswith(BLOW_WORDS)


def violence_label(event: Event, sub: str) -> str:
    """Refine an ASSAULT's sub-type by who fought whom (ACLED: battles need two armed sides)."""
    if sub not in ("Attack", "Armed clash"):
        return sub
    sides = event.actor + event.recipient
    civil = any(a.sector in CIVIL_SECTORS for a in sides)
    # (an ambush is laid by armed men, whoever its victims were)
    ambush = (event.trigger or "").lower().startswith("ambush")
    crowd_clash = event.mode == "clash" and civil and not ambush and not armed_named(sides)
    if is_mob(event) or crowd_clash or _civilians_turned_on(event) or unnamed_crowd(event):
        return "Mob violence"  # unarmed people fighting each other or the police: a riot
    if sub == "Attack" and armed_victims(event.recipient):
        return "Armed clash"
    unnamed = not event.recipient + event.actor
    if sub == "Attack" and unnamed and event.mode in ("firearms", "beat") and not blows(event):
        return "Armed clash"  # shots with no one named on either side: an exchange of fire
    return sub


def unnamed_crowd(event: Event) -> bool:
    """True for blows or a brawl whose doers the coder did not name but the sentence tells
    as a crowd ("was beaten by a mob", "a crowd caught the thief and beat him"): people with
    no guns, outside a protest, fighting as a crowd."""
    if event.mode not in ("beat", "clash") or armed_named(event.actor + event.recipient):
        return False
    sentence = event.evidence.text
    if PROTEST_WORDS.search(sentence) or by_protesters(event):
        return False
    return not event.actor and bool(CROWD_DOER.search(sentence.strip()))


def civilians_hit(event: Event) -> bool:
    """True for violence whose named victims are all civilians ("opened fire at a man"): the
    soldiers or police named beside them are the ones who did it."""
    victims = event.recipient
    plain = all(v.sector == "CVL" and not armed_named([v]) for v in victims)
    return event.event == "ASSAULT" and bool(victims) and plain


def _civilians_turned_on(event: Event) -> bool:
    """True for civilians named by trade or sector who beat or fought an armed party
    ("drivers attacked the police officers"): a riot, not a battle."""
    civil = any(a.sector in CIVIL_SECTORS - {"OPP"} for a in event.actor)
    plain = civil and not armed_named(event.actor)
    return plain and event.mode in ("beat", "clash") and armed_victims(event.recipient)


def state_bombing(event: Event) -> bool:
    """True for a state's armed forces that "bombed" a place: from the air, as armies bomb
    (insurgents plant bombs or set them off)."""
    word = (event.trigger or "").lower()
    state = any(a.sector in ("MIL", "GOV") for a in event.actor)
    return state and word in ("bombed", "bombing", "bombs", "bomb")


def crowd_assault(event: Event) -> bool:
    """True for unarmed people beating or fighting a party ("youths attacked the police")."""
    party = any(r.sector is not None for r in event.recipient)
    crowd = event.actor and not armed_named(event.actor)
    return bool(crowd and party and event.mode in ("beat", "clash"))


def by_protesters(event: Event, side: str = "actor") -> bool:
    """True when the event's actors (or, with side="recipient", its recipients) are named as
    demonstrators ("protesters torched ...", "fired on the marchers")."""
    parties = event.actor if side == "actor" else event.recipient
    return any(word in a.name.lower() for a in parties for word in PROTESTER_WORDS)


def territory_label(event: Event) -> tuple[str, str]:
    """Territory changing hands: the government regains it, or a non-state group takes it
    (ACLED counts both among its battles, whether or not a fight is told)."""
    from_rebels = taken_from_rebels(event)
    government = any(
        a.sector in ("GOV", "MIL", "COP") and (from_rebels or not _non_state(a))
        for a in event.actor
    )
    sub = "Government regains territory" if government else "Non-state actor overtakes territory"
    return "Battles", sub


def taken_from_rebels(event: Event) -> bool:
    """True for ground taken from a group named as rebels ("from pro-Houthi forces"): forces
    that take it are the state's side, whatever their own name ("Resistance forces")."""
    return any(r.sector == "REB" or _non_state(r) for r in event.recipient)


def _non_state(actor) -> bool:
    """True for an actor named as a militia or rebels, whatever sector the dictionary gives it
    ("Fano militiamen"), or as a named army or force that is no country's ("the Arakan Army",
    "Tigrayan forces"): ground it takes is taken from the state."""
    return bool(set(actor.name.lower().split()) & NON_STATE_WORDS) or named_group_force(actor.name)


def named_group_force(name: str) -> bool:
    """True for a force named by something other than a country or a state's office ("the
    Kachin Independence Army", "the Liberation Army"), not for "the Nigerian Army",
    "Government forces" or "the army"."""
    words = name.replace("\u2019", "'").split()
    if len(words) < 2 or words[-1].lower() not in FORCE_HEADS:
        return False
    modifiers = [w.lower().removesuffix("'s") for w in words[:-1]]
    if "pro" in modifiers or any(m.startswith("pro-") for m in modifiers):
        return False  # "pro-Hadi forces" fight for someone: the sector tells whose side
    if set(modifiers) & INSURGENT_NAME_WORDS:
        return True
    proper = [
        w
        for w, m in zip(words[:-1], modifiers, strict=True)
        if w[:1].isupper() and m not in STATE_NAME_WORDS
    ]
    return bool(proper) and not any(_names_a_state(m) for m in modifiers)


def _names_a_state(word: str) -> bool:
    """True for a country or nationality, or a word that names a state's office ("Russian",
    "Myanmar", "government")."""
    lookup = _actor_dictionary()
    return bool(lookup.country_of(word)) or lookup.sector_of([word]) in ("GOV", "MIL", "COP")


@cache
def _actor_dictionary() -> ActorDictionary:
    """The shipped actor dictionary, loaded once."""
    return load_actor_dictionary()


def civil_occupation(event: Event) -> bool:
    """True for civilians who took over a place (students, workers, residents): an occupation
    in protest, not territory won by an armed group."""
    # (an opposition's "forces" or "fighters" are armed, so OPP is no civilian sector here)
    civil = any(a.sector in CIVIL_SECTORS - {"OPP"} for a in event.actor)
    plain = any(a.sector is None and _head(a.name) in PLAIN_PEOPLE for a in event.actor)
    return (civil or plain) and not armed_named(event.actor)


def civilians_fled(event: Event) -> bool:
    """True for civilians who left ("families evacuated", "villagers withdrew"): people
    displaced, who hand no ground to anyone (ACLED's "Other" development)."""
    if event.event != "RETREAT" or armed_named(event.actor):
        return False
    if OWN_FORCES.search(event.evidence.text):
        return False  # a group "withdrawing its forces" is an armed one
    return any(a.sector == "CVL" or _head(a.name) in PLAIN_PEOPLE for a in event.actor)


def _head(name: str) -> str:
    """The last word of a name, lower-cased ("striking miners" -> "miners")."""
    words = name.lower().split()
    return words[-1] if words else ""

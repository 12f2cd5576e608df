"""Argument finding: the actor and recipient of a trigger over the dependency parse.

Input: a `TriggerMatch` (from `newsledger.steps.events.triggers`) in a parsed spaCy sentence.
Output: the head tokens of the actor (the grammatical agent) and the recipient (patient or
partner), with passive voice, coordination, control verbs, relative clauses, nominal triggers
("the phone call between X and Y", "EU sanctions against Z"), demands on the subject of a
clause ("demanded that Z resign") and reported obligations ("said Z must resign") handled.
`newsledger.steps.events.recipients` then picks the party among the recipient's neighbours.
"""

from __future__ import annotations

from typing import Any

from newsledger.steps.events.sentences import labelled_children, sentence_start
from newsledger.steps.events.triggers import TriggerMatch

# Prepositions that introduce a recipient (partner, target, patient).
RECIPIENT_PREPS = ("with", "against", "on", "to", "at")
# Nominal triggers additionally take their patient from "of" ("the release of X").
NOMINAL_RECIPIENT_PREPS = (*RECIPIENT_PREPS, "of", "for", "into")  # "an inquiry into X"
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# Verbs that only carry a nominal trigger ("held talks", "staged a rally"): their subject is the
# event's actor. Other governing verbs ("described the visit") are about the event, not in it.
LIGHT_VERBS = frozenset(
    "hold stage have conduct launch carry make pay organize organise begin start continue "
    "announce impose lead join mount fire use drop hurl throw plant detonate provide give send "
    "deliver contribute offer insist undertake bring engage form issue".split()
)
# Common nouns that, as a compound, name the agent of a nominal event ("police raid").
AGENT_COMPOUNDS = frozenset(
    {
        "coalition",
        "police",
        "army",
        "government",
        "military",
        "rebel",
        "militant",
        "opposition",
        "regime",
        "security",
        "student",
        "worker",
        "farmer",
        "israeli",
        "troop",
        "insurgent",
    }
)
# Nouns naming people by their protest: as a subject they are its actor ("protesters blocked").
PROTESTER_NOUNS = frozenset({"protester", "demonstrator"})
# Verbs that only say a nominal event happened ("clashes erupted between X and Y"): their
# prepositions carry the event's participants, and the noun is an event even without them.
OCCURRENCE_VERBS = frozenset(
    {"erupt", "break", "take", "occur", "happen", "continue", "resume", "escalate", "rage", "ensue"}
)
# For these types a possessor names the patient ("his arrest", "whose detention").
PATIENT_POSSESSOR_EVENTS = frozenset({"COERCE", "ASSAULT", "CONCEDE"})
# Entity labels that are never participants ("October 10 saw a protest").
NON_ARGUMENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"})
# Types whose target is the subject of a complement clause: what is demanded of, alleged of or
# threatened against someone ("demanded that Z free the prisoners").
COMPLEMENT_TARGET_EVENTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def children_with(token: Any, deps: tuple[str, ...]) -> list[Any]:
    """Children of `token` with one of `deps`."""
    return [child for dep, child in labelled_children(token) if dep in deps]


def is_infinitive(clause: Any) -> bool:
    """Whether a clause is a "to" infinitive ("to disperse the crowd")."""
    return any(dep == "aux" and c.lower_ == "to" for dep, c in labelled_children(clause))


def pobjs(prep: Any) -> list[Any]:
    """Objects of a preposition."""
    return children_with(prep, ("pobj", "pcomp"))


def is_passive(verb: Any) -> bool:
    """True for a passive verb, including an elided one ("were detained and hundreds tortured")."""
    if children_with(verb, PASSIVE_SUBJECT_DEPS) or children_with(verb, ("auxpass",)):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not children_with(verb, ("aux",))
        and is_passive(verb.head)
    )


def valid_argument(token: Any | None) -> Any | None:
    """Return `token` unless it is a date or similar non-participant; "hundreds of women"
    gives "women"."""
    if token is None or token.ent_type_ not in NON_ARGUMENT_ENTS:
        return token
    inner = [p for c in children_with(token, ("prep",)) if c.lower_ == "of" for p in pobjs(c)]
    return inner[0] if inner and token.ent_type_ == "CARDINAL" else None


def verb_subject(verb: Any, depth: int = 0) -> Any | None:
    """Return the agent of `verb`, inherited through conj, xcomp and relative clauses."""
    if depth > 4:
        return None
    if is_passive(verb):
        agents = [p for a in children_with(verb, ("agent",)) for p in pobjs(a)]
        return agents[0] if agents else None
    subjects = children_with(verb, SUBJECT_DEPS)
    if subjects:
        return subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_subject(verb.head, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":  # "police were able to arrest"
        return verb_subject(verb.head.head, depth + 1)
    if verb.dep_ == "xcomp":  # "prompted Washington to impose", "was forced to sit down"
        objects = children_with(verb.head, ("dobj", "nsubjpass"))
        return objects[0] if objects else verb_subject(verb.head, depth + 1)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _names_agent(verb.head):
        # the party an "-ing" participle modifies acts: "police firing on a mob"; one with an
        # aim ("rebels fighting to topple it") describes the party rather than reports an act
        return None if children_with(verb, ("xcomp",)) else verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.head.pos_ == "VERB":
        # a finite verb with no subject is one the parser wrongly hung under another verb
        # ("guards posted there killed one"): it shares that verb's subject. (Participles,
        # "fired, killing two", lost more recipients than they gained actors on PLOVER.)
        return verb_subject(verb.head, depth + 1)
    if verb.dep_ == "amod" and verb.tag_ == "VBG":  # "striking miners": the miners strike
        return verb.head
    if verb.dep_ == "ROOT":
        return _preverbal_subject(verb)
    if verb.dep_ in ("pcomp", "pobj") and verb.tag_ == "VBG":  # "the day after meeting X"
        governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb_subject(governor, depth + 1) if governor is not None else None
    return None


def _preverbal_subject(verb: Any) -> Any | None:
    """The noun phrase just before a subjectless main verb, which the parser attached
    elsewhere ("in La Victoria, a group of parents staged a demonstration")."""
    if verb.i == sentence_start(verb):
        return None
    token = verb.doc[verb.i - 1]
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    while token.dep_ in ("pobj", "prep") and token.head.i < verb.i:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _prep_objects(tokens: list[Any], preps: tuple[str, ...], exclude: set[int]) -> list[Any]:
    """Objects of recipient prepositions in the trigger phrase ("call with X"), then of those
    attached to it; dates and numbers are never recipients ("on March 3")."""
    # A preposition written in the trigger phrase ("arrive in X") introduces its recipient.
    inside = [o for t in tokens if t.pos_ == "ADP" for o in pobjs(t)]
    attached = [
        o
        for t in tokens
        for dep, c in labelled_children(t)
        if dep == "prep" and c.lower_ in preps and c.i not in exclude
        for o in pobjs(c)
    ]
    found = [valid_argument(f) for f in inside + attached if f.i not in exclude]
    return [f for f in found if f is not None]


def verb_recipient(match: TriggerMatch) -> Any | None:
    """Return the patient or partner of a verbal trigger."""
    head, phrase = match.head, {t.i for t in match.tokens}
    passive = children_with(head, PASSIVE_SUBJECT_DEPS)
    if passive:
        return passive[0]
    if is_passive(head) and children_with(head, SUBJECT_DEPS):
        return children_with(head, SUBJECT_DEPS)[0]
    if (
        head.dep_ in ("acl", "amod")
        and head.tag_ != "VBG"  # "a declaration demanding that Z ..." is no patient
        and head.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
    ):
        return head.head  # "nine more detained on Saturday"
    if (
        head.dep_ == "conj"
        and children_with(head.head, PASSIVE_SUBJECT_DEPS)
        and not any(dep.startswith("nsubj") for dep, _ in labelled_children(head))
    ):
        return children_with(head.head, PASSIVE_SUBJECT_DEPS)[0]
    objects = [o for o in children_with(head, ("dobj", "dative")) if o.i not in phrase]
    # A dative preposition stands for its object ("granted asylum to Z").
    objects = [p for o in objects for p in (pobjs(o) if o.pos_ == "ADP" else [o])]
    objects += [o for t in match.tokens if t.i != head.i for o in children_with(t, ("dobj",))]
    objects = [o for o in objects if o.i not in phrase and valid_argument(o) is not None]
    nouns = [t for t in match.tokens if t.pos_ == "NOUN"]
    objs = _prep_objects(nouns, NOMINAL_RECIPIENT_PREPS, phrase) if nouns else []
    objs = objs or objects or _prep_objects(match.tokens, RECIPIENT_PREPS, phrase)
    if objs:
        return objs[0]
    # "shot and killed a driver": a shared object, unless the trigger has its own complement
    # ("refused to send troops and urged its citizens to leave").
    has_complement = bool(children_with(head, ("xcomp", "ccomp")))
    for conj in [] if has_complement else children_with(head, ("conj",)):
        shared = children_with(conj, ("dobj",))
        if shared and not children_with(conj, SUBJECT_DEPS):
            return shared[0]
    target = _clause_target(match)
    if target is not None:
        return target
    for comp in children_with(head, ("xcomp",)):  # "refused to negotiate with X"
        inner = children_with(comp, ("dobj",)) or _prep_objects([comp], RECIPIENT_PREPS, phrase)
        if inner:
            return inner[0]
    return None


def _clause_target(match: TriggerMatch) -> Any | None:
    """The target named as the subject of a complement clause: of an infinitive for any type
    ("allowed the candidate to run", parsed as a clause), of a finite clause for what is
    demanded, alleged or threatened ("demanded that Z free them")."""
    finite = match.pattern.event in COMPLEMENT_TARGET_EVENTS
    return complement_subject(match.head, finite=finite)


def complement_subject(head: Any, finite: bool = True) -> Any | None:
    """The subject of a complement clause of `head` ("demanded that Z free the prisoners",
    "its demand that Z resign", "allowed Z to run"), passive ones included ("that control be
    taken from Z"); infinitive clauses only unless `finite`."""
    for dep, clause in labelled_children(head):
        if dep in ("ccomp", "acl") and clause.pos_ in ("VERB", "AUX"):
            subjects = children_with(clause, ("nsubj", "nsubjpass"))
            if subjects and (finite or is_infinitive(clause)):
                return valid_argument(subjects[0])
    return None


def _names_agent(token: Any) -> bool:
    """True for a compound that names who acts ("EU sanctions", "coalition airstrikes")."""
    return bool(token.ent_type_) or token.lemma_.lower() in AGENT_COMPOUNDS


def _light_verb(noun: Any) -> Any | None:
    """The light verb carrying a nominal trigger: its object ("held talks") or the object's
    "of" complement ("provided 25,000 tons of food aid", "launched ten days of war games")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        return noun.head
    return None


def _passive_light_agent(noun: Any) -> Any | None:
    """The `by` agent of a passive light verb carrying a nominal trigger, the noun its passive
    subject ("the arrests were made by the police") or the noun it modifies ("the arrests
    made by the police")."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    verbs += [c for dep, c in labelled_children(noun) if dep == "acl" and c.tag_ == "VBN"]
    for verb in verbs:
        if verb.lemma_.lower() in LIGHT_VERBS:
            agents = [p for a in children_with(verb, ("agent",)) for p in pobjs(a)]
            if agents:
                return agents[0]
    return None


def noun_arguments(match: TriggerMatch) -> tuple[Any | None, Any | None]:
    """Return (actor, recipient) tokens of a nominal trigger."""
    head, phrase = match.head, {t.i for t in match.tokens}
    actor = recipient = None
    for dep, child in labelled_children(head):
        if dep == "poss" and match.pattern.event in PATIENT_POSSESSOR_EVENTS:
            recipient = recipient or child
        elif dep == "poss" or (dep == "compound" and _names_agent(child)):
            actor = actor or valid_argument(child)
        elif dep == "prep" and child.lower_ == "by":
            actor = actor or next(iter(pobjs(child)), None)
        elif dep == "prep" and child.lower_ == "between":
            sides = pobjs(child)
            if sides:
                actor = sides[0]
                recipient = next(iter(sides[0].conjuncts), None)
    carrier = _light_verb(head)
    light = carrier is not None
    occurs = head.dep_.startswith("nsubj") and head.head.lemma_.lower() in OCCURRENCE_VERBS
    if actor is None and occurs:
        for prep in children_with(head.head, ("prep",)):
            sides = pobjs(prep) if prep.lower_ == "between" else []
            if sides:
                actor, recipient = sides[0], next(iter(sides[0].conjuncts), None)
    if recipient is None:
        carriers = [*match.tokens, carrier or head.head] if light or occurs else match.tokens
        objs = _prep_objects(carriers, NOMINAL_RECIPIENT_PREPS, phrase)
        recipient = objs[0] if objs else None
    if recipient is None and match.pattern.event in COMPLEMENT_TARGET_EVENTS:
        recipient = complement_subject(head)  # "insisted on its demand that Z resign"
    if actor is None and light:
        actor = verb_subject(carrier)  # "women held a rally"
    if actor is None:
        actor = _passive_light_agent(head)  # "arrests were made by the police"
    if actor is None and match.pattern.event == "PROTEST":
        actor = _on_protest_party(head)  # "workers on strike", "the teachers are on strike"
    if actor is None and head.lemma_.lower() in PROTESTER_NOUNS and head.dep_.startswith("nsubj"):
        actor = head  # "protesters pushed through the barriers": they act, and protest
    return valid_argument(actor), valid_argument(recipient)


def _on_protest_party(noun: Any) -> Any | None:
    """The party said to be "on" a protest: the noun the phrase modifies ("miners on strike")
    or the subject of the verb it completes ("the nurses went on strike"). Only the bare idiom:
    "a decision on the strike" is about a strike."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "on"
        or prep.i == noun.i
        or children_with(noun, ("det",))
    ):
        return None
    governor = prep.head
    if governor.pos_ in ("NOUN", "PROPN"):
        return governor
    return verb_subject(governor) if governor.pos_ in ("VERB", "AUX") else None


def purpose_target(head: Any) -> Any | None:
    """Return the object of a purpose clause of `head` ("marched to pressure the government",
    "rallied, calling for the mayor's resignation")."""
    verb = head if head.pos_ == "VERB" else head.head
    for dep, child in labelled_children(verb):
        if dep in ("advcl", "xcomp") and child.pos_ == "VERB":
            objects = children_with(child, ("dobj",))
            objects = objects or _prep_objects([child], ("against", "for"), set())
            if objects:
                return valid_argument(objects[0])
    return None


def obligation_arguments(
    match: TriggerMatch, modals: frozenset[str]
) -> tuple[Any | None, Any | None] | None:
    """(speaker, obligee) of an obligation reported by someone: in "the envoy said Z must free
    them" the envoy demands it of Z. None for other triggers, and for a passive obligation or
    one nobody is reported to state ("Z must free them"), whose arguments are the usual ones."""
    head = match.head
    if match.nominal or head.dep_ != "ccomp" or is_passive(head):
        return None
    if not any(dep == "aux" and c.lower_ in modals for dep, c in labelled_children(head)):
        return None
    speaker, obligee = verb_subject(head.head), verb_subject(head)
    if speaker is None or obligee is None:
        return None
    return valid_argument(speaker), valid_argument(obligee)


def find_arguments(
    match: TriggerMatch, demand_modals: frozenset[str] = frozenset()
) -> tuple[Any | None, Any | None]:
    """Return the (actor, recipient) head tokens of a trigger match (None where absent).

    Args:
        match: the trigger.
        demand_modals: modals that make a reported clause a demand on its subject ("must"),
            whose actor is then the speaker (`obligation_arguments`).

    Example:
        >>> find_arguments(find_triggers(sent, book)[0])  # "Police detained nine protesters."
        (Police, protesters)
    """
    if match.nominal:
        return noun_arguments(match)
    obligation = obligation_arguments(match, demand_modals)
    if obligation is not None:
        return obligation
    return valid_argument(verb_subject(match.head)), valid_argument(verb_recipient(match))

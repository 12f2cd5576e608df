"""Argument finding: the actor and recipient of a trigger over the dependency parse.

Input: a `TriggerMatch` (from `newsledger.steps.events.triggers`) in a parsed spaCy sentence.
Output: the head tokens of the actor (the grammatical agent) and the recipient (patient or
partner), with passive voice, coordination, control verbs, relative clauses and nominal
triggers ("the phone call between X and Y", "EU sanctions against Z") handled.
"""

from __future__ import annotations

from typing import Any

from newsledger.steps.events.triggers import TriggerMatch, clause_head

# Prepositions that introduce a recipient (partner, target, patient).
RECIPIENT_PREPS = ("with", "against", "on", "to", "at")
# Prepositions whose object in the trigger's subtree may be its partner ("talks between X").
PARTNER_PREPS = (*RECIPIENT_PREPS, "between", "from")
# Weaker cues, used only when no partner names a party: the possessor of the object ("praised
# Haiti's efforts") and the place the event is for or in, which PLOVER codes as its state.
SECONDARY_PREPS = ("for", "in", "of")
# Nominal triggers additionally take their patient from "of" ("the release of X").
NOMINAL_RECIPIENT_PREPS = (*RECIPIENT_PREPS, "of", "for")
SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
# Verbs that only carry a nominal trigger ("held talks", "staged a rally"): their subject is the
# event's actor. Other governing verbs ("described the visit") are about the event, not in it.
LIGHT_VERBS = frozenset(
    "hold stage have conduct launch carry make pay organize organise begin start continue "
    "announce impose lead join mount fire use drop hurl throw plant detonate provide give send "
    "deliver contribute offer insist undertake bring engage form".split()
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
# Verbs that only say a nominal event happened ("clashes erupted between X and Y"): their
# prepositions carry the event's participants, and the noun is an event even without them.
OCCURRENCE_VERBS = frozenset(
    {"erupt", "break", "take", "occur", "happen", "continue", "resume", "escalate", "rage", "ensue"}
)
# For these types a possessor names the patient ("his arrest", "whose detention").
PATIENT_POSSESSOR_EVENTS = frozenset({"COERCE", "ASSAULT", "CONCEDE"})
# Entity labels that are never participants ("October 10 saw a protest").
NON_ARGUMENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"})


def _children(token: Any, deps: tuple[str, ...]) -> list[Any]:
    """Children of `token` with one of `deps`."""
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(prep: Any) -> list[Any]:
    """Objects of a preposition."""
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def is_passive(verb: Any) -> bool:
    """True for a passive verb, including an elided one ("were detained and hundreds tortured")."""
    if _children(verb, PASSIVE_SUBJECT_DEPS) or _children(verb, ("auxpass",)):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not _children(verb, ("aux",))
        and is_passive(verb.head)
    )


def _valid(token: Any | None) -> Any | None:
    """Return `token` unless it is a date or similar non-participant; "hundreds of women"
    gives "women"."""
    if token is None or token.ent_type_ not in NON_ARGUMENT_ENTS:
        return token
    inner = [p for c in _children(token, ("prep",)) if c.lower_ == "of" for p in _pobjs(c)]
    return inner[0] if inner and token.ent_type_ == "CARDINAL" else None


def verb_subject(verb: Any, depth: int = 0) -> Any | None:
    """Return the agent of `verb`, inherited through conj, xcomp and relative clauses."""
    if depth > 4:
        return None
    if is_passive(verb):
        agents = [p for a in _children(verb, ("agent",)) for p in _pobjs(a)]
        return agents[0] if agents else None
    subjects = _children(verb, SUBJECT_DEPS)
    if subjects:
        return subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_subject(verb.head, depth + 1)
    if verb.dep_ == "xcomp":  # "prompted Washington to impose", "was forced to sit down"
        objects = _children(verb.head, ("dobj", "nsubjpass"))
        return objects[0] if objects else verb_subject(verb.head, depth + 1)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
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
    if verb.i == verb.sent.start:
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
    inside = [o for t in tokens if t.pos_ == "ADP" for o in _pobjs(t)]
    attached = [
        o
        for t in tokens
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i not in exclude
        for o in _pobjs(c)
    ]
    found = [_valid(f) for f in inside + attached if f.i not in exclude]
    return [f for f in found if f is not None]


def verb_recipient(match: TriggerMatch) -> Any | None:
    """Return the patient or partner of a verbal trigger."""
    head, phrase = match.head, {t.i for t in match.tokens}
    passive = _children(head, PASSIVE_SUBJECT_DEPS)
    if passive:
        return passive[0]
    if is_passive(head) and _children(head, SUBJECT_DEPS):
        return _children(head, SUBJECT_DEPS)[0]
    if head.dep_ in ("acl", "amod") and head.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
        return head.head  # "nine more detained on Saturday"
    if (
        head.dep_ == "conj"
        and _children(head.head, PASSIVE_SUBJECT_DEPS)
        and not any(c.dep_.startswith("nsubj") for c in head.children)
    ):
        return _children(head.head, PASSIVE_SUBJECT_DEPS)[0]
    objects = [o for o in _children(head, ("dobj", "dative")) if o.i not in phrase]
    objects += [o for t in match.tokens if t.i != head.i for o in _children(t, ("dobj",))]
    objects = [o for o in objects if o.i not in phrase and _valid(o) is not None]
    nouns = [t for t in match.tokens if t.pos_ == "NOUN"]
    objs = _prep_objects(nouns, NOMINAL_RECIPIENT_PREPS, phrase) if nouns else []
    objs = objs or objects or _prep_objects(match.tokens, RECIPIENT_PREPS, phrase)
    if objs:
        return objs[0]
    for conj in _children(head, ("conj",)):  # "shot and killed a driver": a shared object
        shared = _children(conj, ("dobj",))
        if shared and not _children(conj, SUBJECT_DEPS):
            return shared[0]
    for comp in _children(head, ("xcomp",)):  # "refused to negotiate with X"
        inner = _children(comp, ("dobj",)) or _prep_objects([comp], RECIPIENT_PREPS, phrase)
        if inner:
            return inner[0]
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


def noun_arguments(match: TriggerMatch) -> tuple[Any | None, Any | None]:
    """Return (actor, recipient) tokens of a nominal trigger."""
    head, phrase = match.head, {t.i for t in match.tokens}
    actor = recipient = None
    for child in head.children:
        if child.dep_ == "poss" and match.pattern.event in PATIENT_POSSESSOR_EVENTS:
            recipient = recipient or child
        elif child.dep_ == "poss" or (child.dep_ == "compound" and _names_agent(child)):
            actor = actor or _valid(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor = actor or next(iter(_pobjs(child)), None)
        elif child.dep_ == "prep" and child.lower_ == "between":
            sides = _pobjs(child)
            if sides:
                actor = sides[0]
                recipient = next(iter(sides[0].conjuncts), None)
    carrier = _light_verb(head)
    light = carrier is not None
    occurs = head.dep_.startswith("nsubj") and head.head.lemma_.lower() in OCCURRENCE_VERBS
    if actor is None and occurs:
        for prep in _children(head.head, ("prep",)):
            sides = _pobjs(prep) if prep.lower_ == "between" else []
            if sides:
                actor, recipient = sides[0], next(iter(sides[0].conjuncts), None)
    if recipient is None:
        carriers = [*match.tokens, carrier or head.head] if light or occurs else match.tokens
        objs = _prep_objects(carriers, NOMINAL_RECIPIENT_PREPS, phrase)
        recipient = objs[0] if objs else None
    if actor is None and light:
        actor = verb_subject(carrier)  # "women held a rally"
    return _valid(actor), _valid(recipient)


def purpose_target(head: Any) -> Any | None:
    """Return the object of a purpose clause of `head` ("marched to pressure the government")."""
    verb = head if head.pos_ == "VERB" else head.head
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
            objects = _children(child, ("dobj",)) or _prep_objects([child], ("against",), set())
            if objects:
                return _valid(objects[0])
    return None


def recipient_candidates(match: TriggerMatch, actor: Any | None) -> list[Any]:
    """Other possible recipients in the trigger's subtree: objects of partner prepositions and
    direct objects first ("promised to continue military aid to Mozambique"), then possessors
    and places the event is for or in ("praised Haiti's efforts", "a centre in Tokyo");
    nearest first within each group."""
    skip = {t.i for t in actor.subtree} if actor is not None else set()
    skip |= {t.i for t in match.tokens}
    clauses = {match.head.i, *(c.i for c in match.head.children if c.dep_ == "xcomp")}
    found = []
    for token in match.head.subtree:
        if token.i in skip or _valid(token) is None or clause_head(token).i not in clauses:
            continue
        partner = token.dep_ == "pobj" and token.head.lower_ in PARTNER_PREPS
        if partner or token.dep_ in ("dobj", "dative", "nsubjpass"):
            found.append((0, abs(token.i - match.head.i), token))
        elif token.dep_ == "poss" or (
            token.dep_ == "pobj" and token.head.lower_ in SECONDARY_PREPS
        ):
            found.append((1, abs(token.i - match.head.i), token))
    return [token for *_, token in sorted(found, key=lambda f: f[:2])]


def find_arguments(match: TriggerMatch) -> tuple[Any | None, Any | None]:
    """Return the (actor, recipient) head tokens of a trigger match (None where absent).

    Example:
        >>> find_arguments(find_triggers(sent, book)[0])  # "Police detained nine protesters."
        (Police, protesters)
    """
    if match.nominal:
        return noun_arguments(match)
    return _valid(verb_subject(match.head)), _valid(verb_recipient(match))

"""Recipient choice: which party an event is done to, with or against.

Input: a `TriggerMatch`, the actor's head token, the recipient head token that
`newsledger.steps.events.arguments.find_arguments` found, and a test of whether a token names a
party (`ActorResolver.is_agent`). Output: the recipient head token to resolve: a party named by
the argument itself, the party a thing belongs to ("positions of the rebels"), a party elsewhere
in the trigger's clause, its purpose ("to disperse the protesters") or its condition ("unless
the governor resigns"), or the thing itself where a thing may be the recipient.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsledger.steps.events.arguments import (
    RECIPIENT_PREPS,
    children_with,
    is_infinitive,
    pobjs,
    valid_argument,
)
from newsledger.steps.events.sentences import labelled_children
from newsledger.steps.events.triggers import TriggerMatch, clause_head

# Prepositions whose object in the trigger's subtree may be its partner ("talks between X").
PARTNER_PREPS = (*RECIPIENT_PREPS, "between", "from")
# Weaker cues, used only when no partner names a party: the possessor of the object ("praised
# Haiti's efforts"), the place the event is for or in, which PLOVER codes as its state, and its
# topic ("a strike over a bill signed by the minister").
SECONDARY_PREPS = ("for", "in", "of", "over", "about")
# Entity labels of the names that qualify a party's people or things ("UN troops").
PARTY_ENTS = frozenset({"NORP", "GPE", "ORG"})
# Entity labels of places ("the village of Z").
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# A threat is aimed at the subject of its condition ("threatened to strike unless Z resigns").
CONDITION_TARGET_EVENTS = frozenset({"THREATEN"})
CONDITION_MARKS = frozenset({"if", "unless", "until"})
CONDITION_DEPTH = 3  # clauses between a threat and its condition, at most
# Dependency labels a candidate recipient may have (`recipient_candidates`); subjects too.
CANDIDATE_DEPS = frozenset({"pobj", "dobj", "dative", "nsubjpass", "poss"})
# Prepositions that lead from a thing to the party it belongs to, comes from or is meant for,
# most telling first: "abuses by the army", "offices of the union", "a camp for refugees",
# "a jail in Z" (a place stands for its state when nothing better is named).
OWNER_PREPS = {
    **{"by": 0, "of": 1, "from": 1},
    **dict.fromkeys(("for", "against", "on", "to", "with", "into"), 2),
}
OWNER_PLACE_PREPS = dict.fromkeys(("in", "at", "near"), 3)
# Types whose "to" object is only the addressee of a complaint, whose topic names the party
# complained of ("protested to the council over raids by the army").
ADDRESSEE_EVENTS = frozenset({"ACCUSE", "PROTEST"})
COMPLAINT_TOPIC_PREPS = ("over", "about", "against", "at")
# How many nouns deep `owning_party` looks ("the return of property seized by the army").
OWNER_DEPTH = 2
# Possessives that make an object the actor's own ("withdrew its troops from Z"), so that a
# partner named by a preposition is the recipient instead.
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# Types whose object is the actor's own forces even without a possessive ("mobilized
# reservists against Z", "the withdrawal of troops from Z").
OWN_OBJECT_EVENTS = frozenset({"MOBILIZE", "RETREAT"})


def conditions(head: Any) -> set[int]:
    """Indices of the conditions on `head` or on the clauses it governs ("threatened to strike
    unless Z resigns", "will stop talks to cut arms if Z goes ahead")."""
    found, verbs = set(), [head]
    for _ in range(CONDITION_DEPTH):
        clauses = [c for v in verbs for dep, c in labelled_children(v) if dep in ("xcomp", "advcl")]
        for clause in clauses:
            marks = (c for dep, c in labelled_children(clause) if dep == "mark")
            if any(c.lower_ in CONDITION_MARKS for c in marks):
                found.add(clause.i)
        verbs = clauses
    return found


def recipient_candidates(
    match: TriggerMatch, actor: Any | None, secondary: bool = True
) -> list[Any]:
    """Other possible recipients in the trigger's subtree: objects of partner prepositions and
    direct objects first ("promised to continue military aid to Mozambique"), then (unless
    `secondary` is False) possessors, places the event is for or in ("praised Haiti's
    efforts", "a centre in Tokyo") and what the event is done for ("opened fire to disperse
    the crowd"); nearest first within each group."""
    skip = {t.i for t in actor.subtree} if actor is not None else set()
    skip |= {t.i for t in match.tokens}
    ifs = conditions(match.head) if match.pattern.event in CONDITION_TARGET_EVENTS else set()
    purposes = purpose_clauses(match.head) if secondary else set()
    clauses = {match.head.i, *(c.i for c in children_with(match.head, ("xcomp",))), *ifs, *purposes}
    found = []
    for token in match.head.subtree:
        dep = token.dep_
        # Other words can be neither (checked first: finding the clause climbs the parse).
        if (dep not in CANDIDATE_DEPS and not dep.startswith("nsubj")) or token.i in skip:
            continue
        clause = clause_head(token).i
        if valid_argument(token) is None or clause not in clauses:
            continue
        partner = dep == "pobj" and token.head.lower_ in PARTNER_PREPS
        condition = dep.startswith("nsubj") and token.head.i in ifs
        if clause not in purposes and (
            partner or condition or dep in ("dobj", "dative", "nsubjpass")
        ):
            found.append((0, abs(token.i - match.head.i), token))
        elif secondary and (
            dep in ("poss", "dobj") or (dep == "pobj" and token.head.lower_ in SECONDARY_PREPS)
        ):
            found.append((1, abs(token.i - match.head.i), token))
    return [token for *_, token in sorted(found, key=lambda f: f[:2])]


def purpose_clauses(head: Any) -> set[int]:
    """Indices of the infinitive clauses saying what `head` was done for ("opened fire to
    disperse the crowd", "blocked roads to press their demands")."""
    return {clause.i for clause in children_with(head, ("advcl",)) if is_infinitive(clause)}


def _owner_links(token: Any, possessor: bool = True) -> list[Any]:
    """The nouns a thing points to, most telling first: its possessor (unless `possessor` is
    False) and the agent of a participle ("property seized by the army"), then its
    prepositional objects by `OWNER_PREPS` and `OWNER_PLACE_PREPS` rank."""
    ranked = []
    for dep, child in labelled_children(token):
        rank = OWNER_PREPS.get(child.lower_, OWNER_PLACE_PREPS.get(child.lower_))
        if dep == "poss" and possessor:
            ranked.append((0, child))
        elif dep == "prep" and rank is not None:
            ranked += [(rank, p) for p in pobjs(child)]
        elif dep in ("acl", "relcl"):
            ranked += [(0, p) for a in children_with(child, ("agent",)) for p in pobjs(a)]
    found = [valid_argument(t) for _, t in sorted(ranked, key=lambda r: (r[0], r[1].i))]
    return [t for t in found if t is not None]


def owning_party(token: Any, accepts: Callable[[Any], bool], depth: int = 0) -> Any | None:
    """The party a thing belongs to, comes from or is meant for: `token` itself when
    `accepts` it, else the first accepted noun along `_owner_links`, `OWNER_DEPTH` nouns deep
    ("positions of the rebels", "abuses by the army", "a jail in Z")."""
    if accepts(token):
        return token
    if depth >= OWNER_DEPTH or token.pos_ not in ("NOUN", "PROPN"):
        return None
    for link in _owner_links(token):
        found = owning_party(link, accepts, depth + 1)
        if found is not None:
            return found
    return None


def place_name(token: Any) -> Any | None:
    """The name of a place given by an "of" phrase ("the village of Marun": Marun)."""
    for prep in children_with(token, ("prep",)):
        named = [p for p in pobjs(prep) if p.ent_type_ in PLACE_ENTS]
        if prep.lower_ == "of" and named and token.pos_ == "NOUN":
            return named[0]
    return None


def names_party(token: Any, is_agent: Callable[[Any], bool]) -> bool:
    """True for a noun a party qualifies ("German goods", "Iraqi towns", "rebel positions")
    or that a place's name follows ("the town of Z"), which the actor resolver gives that
    party's country or sector."""
    if place_name(token) is not None:
        return True
    for dep, child in labelled_children(token):
        if dep in ("amod", "compound", "nmod") and child.ent_type_ in PARTY_ENTS:
            return True
        # A noun, not an adjective: "rebel positions", but not "military aid" or "general strike".
        if dep == "compound" and child.pos_ == "NOUN" and is_agent(child):
            return True
    return False


def _is_own(token: Any, event: str) -> bool:
    """True for the actor's own people or things ("withdrew its troops", "their borders",
    "deployed troops" for an `OWN_OBJECT_EVENTS` type)."""
    if any(dep == "poss" and c.lower_ in OWN_POSSESSIVES for dep, c in labelled_children(token)):
        return True
    moved = token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ == "of")
    return event in OWN_OBJECT_EVENTS and moved


def _complained_of(
    match: TriggerMatch, recipient: Any | None, party: Callable[[Any], bool]
) -> Any | None:
    """The party a complaint is about when the found recipient is only its addressee
    ("complained to the council over raids by the army": the army)."""
    to_addressee = (
        recipient is not None and recipient.dep_ == "pobj" and recipient.head.lower_ == "to"
    )
    if match.pattern.event not in ADDRESSEE_EVENTS or not to_addressee:
        return None
    for prep in children_with(match.head, ("prep",)):
        for topic in pobjs(prep) if prep.lower_ in COMPLAINT_TOPIC_PREPS else []:
            accused = owning_party(topic, party)
            if accused is not None:
                return accused
    return None


def choose_recipient(
    match: TriggerMatch,
    actor: Any | None,
    recipient: Any | None,
    is_agent: Callable[[Any], bool],
    things: bool = True,
) -> Any | None:
    """The recipient to resolve: a found recipient that names a party; else the party a found
    thing belongs to ("shelled positions of the rebels": the rebels); else the nearest party
    elsewhere in the trigger's subtree; else the thing itself. The actor's own people or
    things give way to a partner ("withdrew its troops from Z": Z).

    Args:
        match: the trigger.
        actor: the actor's head token (never taken as the recipient).
        recipient: the head token `find_arguments` found, or None.
        is_agent: whether a token names a possible party (`ActorResolver.is_agent`).
        things: whether a thing may be the recipient ("shelled the village"); if not, a
            recipient that names no party is dropped ("agreed to hold joint exercises").
    """
    own = recipient is not None and _is_own(recipient, match.pattern.event)
    party = lambda token: is_agent(token) or names_party(token, is_agent)  # noqa: E731
    accused = _complained_of(match, recipient, party)
    if accused is not None:
        return accused
    if recipient is not None:
        # The actor's own troops or pledge point past their possessor ("his pledge to Z").
        starts = _owner_links(recipient, possessor=False) if own else [recipient]
        owner = next((o for o in (owning_party(s, party) for s in starts) if o is not None), None)
        if owner is not None:
            return owner
    skip = {t.i for t in recipient.subtree} if own else set()
    candidates = recipient_candidates(match, actor, secondary=not own)
    candidates = [t for t in candidates if t.i not in skip]
    found = next((t for t in candidates if is_agent(t)), None)
    # Failing a party, the party behind another thing ("in protest at abuses by the army").
    owners = (owning_party(t, party) for t in candidates)
    found = found if found is not None else next((o for o in owners if o is not None), None)
    if found is not None:
        return found
    return recipient if things or recipient is None or party(recipient) else None

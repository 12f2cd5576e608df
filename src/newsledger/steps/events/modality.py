"""Auxiliary modes of an event mention (PLOVER): negated, future, hypothetical, aggregate,
historical.

Input: the trigger's head token in a parsed spaCy sentence, the codebook's `aux` cue lists, and
the event's resolved date and the article date. Output: a sorted list of mode names. Pure
functions over the dependency parse; no model is loaded here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

import numpy as np

from newsledger.steps.events.arguments import is_infinitive
from newsledger.steps.events.sentences import labelled_children, sentence_starts
from newsledger.steps.events.triggers import clause_head

NEGATED = "negated"
FUTURE = "future"
HYPOTHETICAL = "hypothetical"
AGGREGATE = "aggregate"
HISTORICAL = "historical"

# An event dated this many days or more before the article is background, not news
# ("a visit by Pompeo in February" in an October story).
HISTORICAL_DAYS = 30
# Clause links a cue may climb through: "refused to negotiate" (xcomp), "has been detained and
# hundreds tortured" (conj shares the first verb's modifiers).
GOVERNING_DEPS = frozenset({"xcomp", "conj"})
# Dependency labels of the modifiers that carry an aggregate cue ("since the vote", "so far").
AGGREGATE_DEPS = frozenset({"prep", "advmod", "npadvmod"})


# "have to" / "need to" in the present state an obligation, not an act.
OBLIGATION_VERBS = frozenset({"have", "need"})
PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})
# "gathered to protest" reports a protest, not a plan for one.
GATHERING_VERBS = frozenset({"gather", "assemble", "rally", "march", "come", "converge"})
# Verbs whose reported clause is denied: "police denied that any arrest was made".
DENIAL_VERBS = frozenset({"deny"})


@dataclass(frozen=True, slots=True)
class _Cues:
    """The codebook's one-word cue sets and aggregate phrases, read once per cue dict."""

    negation: frozenset[str]
    refusal: frozenset[str]
    future: frozenset[str]
    hypothetical: frozenset[str]
    reporting: frozenset[str]
    aggregate: tuple[list[str], ...]  # each cue phrase as its words
    aggregate_first: frozenset[str]  # the words the aggregate phrases open with


# The cue dict last read and its `_Cues`: every mention of a run passes the same dict, which is
# held (not its id), so a hit is never another dict's.
_CUES_SLOT: list[Any] = [None, None]


def _cues(aux: dict[str, list[str]]) -> _Cues:
    """Return the cue sets of `aux` (one-word cues only; phrases for the aggregate cues)."""
    if _CUES_SLOT[0] is not aux:
        words = {key: frozenset(c for c in cues if " " not in c) for key, cues in aux.items()}
        phrases = tuple(c.split() for c in aux.get("aggregate", []))
        first = frozenset(p[0] for p in phrases if p)
        keys = ("negation", "refusal", "future", "hypothetical", "reporting")
        cues = _Cues(*(words.get(k, frozenset()) for k in keys), phrases, first)
        _CUES_SLOT[:] = [aux, cues]
    return _CUES_SLOT[1]


def _governors(head: Any) -> list[Any]:
    """Return the tokens governing `head` through xcomp/conj links (nearest first)."""
    chain, token = [], head
    while token.dep_ in GOVERNING_DEPS and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def is_negated(head: Any, aux: dict[str, list[str]]) -> bool:
    """True when the trigger is negated ("did not meet") or governed by a refusal verb."""
    negation = _cues(aux).negation
    for dep, child in labelled_children(head):
        if dep == "neg" or (dep != "cc" and child.lower_ in negation and child.lower_ != "without"):
            return True  # "fired without warning" still fired: "without" negates its object
    clause = head.head if head.dep_ == "dobj" else head  # "without firing a shot"
    if clause.dep_ in ("pobj", "pcomp") and clause.head.lower_ == "without":
        return True  # "dispersed them without firing a shot"
    if _denied(head):
        return True
    if head.dep_ != "xcomp":
        return False
    refusal = _cues(aux).refusal
    return any(g.lemma_.lower() in refusal for g in _governors(head))


def _denied(head: Any) -> bool:
    """True when the trigger's clause is the content of a denial ("denied that any such arrest
    was made", "denies that troops fired"). A noun must be the clause's subject: "denied its
    troops took part in the killing" denies a part in it, not the killing."""
    clause = clause_head(head)
    if clause.i != head.i and not (head.dep_.startswith("nsubj") and head.head.i == clause.i):
        return False
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in DENIAL_VERBS


def _first_conjunct(token: Any) -> Any:
    """The first of coordinated words, whose governor the others share: in "told them to watch
    the area and detain suspects", "detain" is governed by "told" through "watch"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _is_subjunctive(clause: Any) -> bool:
    """True for a reported clause in the bare subjunctive, which asks for an act rather than
    reports one ("suggested that the guilty be arrested", "urged that he be freed")."""
    if clause.dep_ != "ccomp":
        return False
    auxiliaries = [c for dep, c in labelled_children(clause) if dep in ("aux", "auxpass")]
    return bool(auxiliaries) and auxiliaries[0].lower_ == "be" and auxiliaries[0].tag_ == "VB"


def _reported(token: Any, cues: _Cues) -> bool:
    """True when `token` heads a clause reported by a reporting verb ("said it would ...")."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in cues.reporting


def modal_mode(head: Any, aux: dict[str, list[str]]) -> str | None:
    """Return FUTURE or HYPOTHETICAL from modal verbs, governing verbs and conditionals."""
    cues = _cues(aux)
    for token in [head, *_governors(head)]:
        for dep, child in labelled_children(token):
            if dep == "aux":
                lemma = child.lemma_.lower()
                if lemma in ("will", "shall"):
                    return FUTURE
                if lemma == "would" and _reported(token, cues):
                    return FUTURE  # "said it would release": future in reported speech
                if lemma in cues.hypothetical:
                    return HYPOTHETICAL
            elif dep == "mark" and child.lemma_.lower() in ("if", "unless"):
                return HYPOTHETICAL
        if _is_subjunctive(token):
            return HYPOTHETICAL
    slot = _first_conjunct(head)
    governor = slot.head
    if slot.dep_ in ("xcomp", "dobj", "pobj", "ccomp") and governor.i != slot.i:
        lemma = governor.lemma_.lower()
        if lemma in cues.future:
            return FUTURE
        if lemma in cues.hypothetical and not _realised_ability(governor, cues):
            return HYPOTHETICAL
        if lemma in OBLIGATION_VERBS and governor.tag_ in PRESENT_TAGS and is_infinitive(slot):
            return HYPOTHETICAL  # "we have to arrest the guilty" (but "police had to fire")
    if (
        head.dep_ == "advcl"
        and is_infinitive(head)
        and governor.lemma_.lower() not in GATHERING_VERBS
    ):
        return HYPOTHETICAL  # purpose clause: "marched to pressure the government"
    return None


def _realised_ability(governor: Any, cues: _Cues) -> bool:
    """True for an ability stated in the past with no modal or negation ("police were able to
    arrest six", "have been able to arrest one"): the act took place."""
    if governor.lemma_.lower() != "able" or governor.dep_ != "acomp":
        return False
    copula = governor.head
    children = [(dep, c) for dep, c in labelled_children(copula) if c.i != governor.i]
    modals = cues.hypothetical | cues.future
    if any(dep == "neg" or c.lemma_.lower() in modals for dep, c in children):
        return False
    perfect = any(dep == "aux" and c.lemma_.lower() == "have" for dep, c in children)
    return copula.tag_ == "VBD" or (copula.tag_ == "VBN" and perfect)


def _opens_phrase(token: Any, cues: _Cues) -> bool:
    """True when the words of `token`'s phrase begin an aggregate cue ("so far", "since")."""
    words = [t.lemma_.lower() for t in islice(token.subtree, 3)]
    return any(words[: len(p)] == p for p in cues.aggregate)


@dataclass(slots=True)
class _DocumentCues:
    """Where one document's aggregate cues may be: sentence starts, the tokens opening with a
    cue's first word per sentence (from spaCy's arrays, no Token objects), and per sentence
    asked about, those whose phrase is a cue."""

    doc: Any
    cues: _Cues
    starts: list[int]
    candidates: dict[int, list[int]]  # sentence number: token indices
    found: dict[int, list[Any]] = field(default_factory=dict)  # sentence number: cue tokens


def _document_cues(doc: Any, cues: _Cues) -> _DocumentCues:
    """Find the tokens of `doc` whose dependency and lemma may open an aggregate cue."""
    strings, starts = doc.vocab.strings, sentence_starts(doc)
    opens: dict[int, bool] = {}  # lemma id: whether its lower case opens a cue phrase
    candidates: dict[int, list[int]] = {}
    columns = doc.to_array(["DEP", "LEMMA"]) if len(doc) else np.zeros((0, 2), dtype=np.uint64)
    deps, lemmas = columns[:, 0], columns[:, 1]
    with_cue_dep = np.zeros(len(deps), dtype=bool)
    for dep in AGGREGATE_DEPS:
        with_cue_dep |= deps == strings[dep]
    for i in np.flatnonzero(with_cue_dep).tolist():
        lemma = int(lemmas[i])
        if lemma not in opens:
            opens[lemma] = strings[lemma].lower() in cues.aggregate_first
        if opens[lemma]:
            candidates.setdefault(bisect_right(starts, i) - 1, []).append(i)
    return _DocumentCues(doc, cues, starts, candidates)


# The last document's cues. The doc and cues are held (not their ids), so a hit is never stale.
_CUE_SLOT: list[_DocumentCues | None] = [None]


def _aggregate_cues(head: Any, cues: _Cues) -> list[Any]:
    """Tokens of the head's sentence that open an aggregate cue ("since", "so far")."""
    known = _CUE_SLOT[0]
    if known is None or known.doc is not head.doc or known.cues is not cues:
        known = _CUE_SLOT[0] = _document_cues(head.doc, cues)
    number = bisect_right(known.starts, head.i) - 1
    if number not in known.found:
        tokens = [head.doc[i] for i in known.candidates.get(number, [])]
        known.found[number] = [t for t in tokens if _opens_phrase(t, cues)]
    return known.found[number]


def is_aggregate(head: Any, aux: dict[str, list[str]]) -> bool:
    """True for counts over a period ("more than 12,000 detained since the election"): an
    aggregate cue in the trigger's own clause or the clause it is coordinated with."""
    cues = _cues(aux)
    candidates = _aggregate_cues(head, cues)
    if not candidates:
        return False
    clause = clause_head(head)
    clauses = {clause.i, *(g.i for g in _governors(clause) if clause.dep_ == "conj")}
    clauses.update(c.i for dep, c in labelled_children(clause) if dep == "conj")
    return any(clause_head(token).i in clauses for token in candidates)


def is_historical(value: str | None, published: date | None) -> bool:
    """True when a resolved TIMEX day or month lies `HISTORICAL_DAYS` or more before `published`."""
    if not value or published is None or value.startswith("XXXX") or len(value) < 7:
        return False
    try:
        year, month = int(value[:4]), int(value[5:7])
        day = int(value[8:10]) if len(value) >= 10 else 28
        return (published - date(year, month, day)).days >= HISTORICAL_DAYS
    except ValueError:
        return False


def aux_modes(
    head: Any, aux: dict[str, list[str]], value: str | None, published: date | None
) -> list[str]:
    """Return the sorted auxiliary modes of one event mention.

    Args:
        head: the trigger's head token (spaCy `Token`).
        aux: the codebook's `aux` cue lists.
        value: the event's TIMEX value from the text, if any.
        published: the article date, if known.

    Returns:
        A sorted list drawn from negated, future, hypothetical, aggregate, historical.

    Example:
        >>> aux_modes(doc[3], codebook.aux, None, None)  # "did not meet"
        ['negated']
    """
    modes = set()
    if is_negated(head, aux):
        modes.add(NEGATED)
    modal = modal_mode(head, aux)
    if modal:
        modes.add(modal)
    if is_aggregate(head, aux):
        modes.add(AGGREGATE)
    if is_historical(value, published):
        modes.add(HISTORICAL)
    return sorted(modes)

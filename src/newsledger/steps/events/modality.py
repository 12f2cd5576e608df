"""Auxiliary modes of an event mention (PLOVER): negated, future, hypothetical, aggregate,
historical.

Input: the trigger's head token in a parsed spaCy sentence, the codebook's `aux` cue lists, and
the event's resolved date and the article date. Output: a sorted list of mode names. Pure
functions over the dependency parse; no model is loaded here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

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
# Verbs whose infinitival complement happened ("prompted Washington to impose sanctions").
IMPLICATIVE_VERBS = frozenset(
    {"prompt", "force", "manage", "begin", "start", "continue", "help", "move", "allow", "decide"}
)


# "gathered to protest" reports a protest, not a plan for one.
GATHERING_VERBS = frozenset({"gather", "assemble", "rally", "march", "come", "converge"})


def _cue_set(aux: dict[str, list[str]], key: str) -> set[str]:
    """Return the one-word cues of `key`."""
    return {c for c in aux.get(key, []) if " " not in c}


def _governors(head: Any) -> list[Any]:
    """Return the tokens governing `head` through xcomp/conj links (nearest first)."""
    chain, token = [], head
    while token.dep_ in GOVERNING_DEPS and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def is_negated(head: Any, aux: dict[str, list[str]]) -> bool:
    """True when the trigger is negated ("did not meet") or governed by a refusal verb."""
    negation = _cue_set(aux, "negation")
    if any(c.dep_ == "neg" or (c.lower_ in negation and c.dep_ != "cc") for c in head.children):
        return True
    refusal = _cue_set(aux, "refusal")
    governors = [head, *_governors(head)]
    return any(g.lemma_.lower() in refusal for g in governors[1:] if head.dep_ == "xcomp")


def _reported(token: Any, aux: dict[str, list[str]]) -> bool:
    """True when `token` heads a clause reported by a reporting verb ("said it would ...")."""
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in _cue_set(aux, "reporting")


def modal_mode(head: Any, aux: dict[str, list[str]]) -> str | None:
    """Return FUTURE or HYPOTHETICAL from modal verbs, governing verbs and conditionals."""
    future, hypothetical = _cue_set(aux, "future"), _cue_set(aux, "hypothetical")
    for token in [head, *_governors(head)]:
        for child in token.children:
            lemma = child.lemma_.lower()
            if child.dep_ == "aux" and lemma in ("will", "shall"):
                return FUTURE
            if child.dep_ == "aux" and lemma == "would" and _reported(token, aux):
                return FUTURE  # "said it would release": future in reported speech
            if child.dep_ == "aux" and lemma in hypothetical:
                return HYPOTHETICAL
            if child.dep_ == "mark" and lemma in ("if", "unless"):
                return HYPOTHETICAL
    governor = head.head
    if head.dep_ in ("xcomp", "dobj", "pobj", "ccomp") and governor.i != head.i:
        lemma = governor.lemma_.lower()
        if lemma in future:
            return FUTURE
        if lemma in hypothetical:
            return HYPOTHETICAL
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if head.dep_ == "advcl" and infinitive and governor.lemma_.lower() not in GATHERING_VERBS:
        return HYPOTHETICAL  # purpose clause: "marched to pressure the government"
    return None


# The last sentence's aggregate-cue tokens: (doc, sentence start, aux lists, tokens). The mentions
# of one sentence are coded one after another, so one slot saves rescanning it per mention; the
# doc and cue lists are held (not their ids), so a match is never a stale one.
_CUE_SLOT: list[Any] = [None, -1, None, []]


def _aggregate_cues(head: Any, aux: dict[str, list[str]], first_words: set[str]) -> list[Any]:
    """Tokens of the head's sentence that may open an aggregate cue ("since", "so far")."""
    sent = head.sent
    doc, start, cues, tokens = _CUE_SLOT
    if doc is head.doc and start == sent.start and cues is aux:
        return tokens
    tokens = [t for t in sent if t.dep_ in AGGREGATE_DEPS and t.lemma_.lower() in first_words]
    _CUE_SLOT[:] = [head.doc, sent.start, aux, tokens]
    return tokens


def is_aggregate(head: Any, aux: dict[str, list[str]]) -> bool:
    """True for counts over a period ("more than 12,000 detained since the election"): an
    aggregate cue in the trigger's own clause or the clause it is coordinated with."""
    phrases = [c.split() for c in aux.get("aggregate", [])]
    first_words = {p[0] for p in phrases if p}
    candidates = _aggregate_cues(head, aux, first_words)
    if not candidates:
        return False
    clause = clause_head(head)
    clauses = {clause.i, *(g.i for g in _governors(clause) if clause.dep_ == "conj")}
    clauses.update(c.i for c in clause.children if c.dep_ == "conj")
    for token in candidates:
        if clause_head(token).i not in clauses:
            continue
        words = [t.lemma_.lower() for t in token.subtree][:3]
        if any(words[: len(p)] == p for p in phrases):
            return True
    return False


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

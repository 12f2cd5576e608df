"""Attribution: who reports a claim ("BelTA reported", "the State Department told",
"according to Reuters").

Input: the trigger's head token in a parsed sentence and the codebook's reporting verbs.
Output: the reporters' phrases, outermost first. Two accounts of one event keep their reporters
on the merged event's mentions (see `coder.merge_mentions`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import numpy as np

from newsledger.steps.events.sentences import labelled_children, sentence_starts

# Subject dependency labels of a reporting verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Words never kept as a reporter on their own (pronouns say nothing about the source).
# Nouns that frame an event as someone's account ("BelTA gave an account of the call").
REPORT_NOUNS = frozenset({"account", "report", "readout", "statement", "version", "description"})
VAGUE_REPORTERS = frozenset({"it", "he", "she", "they", "we", "i", "you", "who", "that"})


def _phrase(token: Any) -> str:
    """Return the noun phrase headed by `token`, without a leading determiner or clauses."""
    tokens = [t for t in token.subtree if t.i <= token.i or t.dep_ in ("compound", "flat")]
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    return " ".join(t.text for t in tokens) if tokens else token.text


# The last document's "according to" objects by sentence: (doc, [(start, end, phrases)]).
# Found once per document from spaCy's lower-case array, not per mention by walking Token
# objects; the doc itself is held, so a hit is never a stale one.
_ACCORDING_SLOT: list[Any] = [None, []]


def _document_according(doc: Any) -> list[tuple[int, int, list[str]]]:
    """The objects of "according to" in `doc`, grouped by sentence (start, end)."""
    if not len(doc):
        return []
    lowers, starts = doc.to_array("LOWER"), sentence_starts(doc)
    ends = [*starts[1:], len(doc)]
    sentences: dict[int, tuple[int, int, list[str]]] = {}
    for i in np.flatnonzero(lowers == doc.vocab.strings["according"]).tolist():
        number = bisect_right(starts, i) - 1
        start, end = starts[number], ends[number]
        found = sentences.setdefault(start, (start, end, []))[2]
        for child in doc[i].children:
            found.extend(_phrase(g) for g in child.children if g.dep_ == "pobj")
    return list(sentences.values())


def _according_to(head: Any) -> list[str]:
    """Return the objects of "according to" in the sentence of `head`."""
    if _ACCORDING_SLOT[0] is not head.doc:
        _ACCORDING_SLOT[:] = [head.doc, _document_according(head.doc)]
    return next((found for start, end, found in _ACCORDING_SLOT[1] if start <= head.i < end), [])


# The reporting list last read and its one-word verbs (the list is held, not its id).
_VERBS_SLOT: list[Any] = [None, frozenset()]


def _reporting_verbs(reporting: list[str]) -> frozenset[str]:
    """The one-word reporting verbs of `reporting`, read once per list."""
    if _VERBS_SLOT[0] is not reporting:
        _VERBS_SLOT[:] = [reporting, frozenset(r for r in reporting if " " not in r)]
    return _VERBS_SLOT[1]


def find_reporters(head: Any, reporting: list[str]) -> list[str]:
    """Return who reports the event whose trigger head is `head`.

    Args:
        head: the trigger's head token.
        reporting: lemmas of reporting verbs (codebook `aux.reporting`).

    Returns:
        Reporter phrases, outermost first, without duplicates.

    Example:
        >>> find_reporters(doc[6], ["report", "say"])  # "BelTA reported that police detained ..."
        ['BelTA']
    """
    verbs = _reporting_verbs(reporting)
    held, held_verbs, memo = _ABOVE_SLOT[0]
    if held is not head.doc or held_verbs is not verbs:
        memo = {}
        _ABOVE_SLOT[0] = (head.doc, verbs, memo)
    reporters = _reported_above(head, verbs, memo) + list(_according_to(head))
    return list(dict.fromkeys(reporters))


# The reporters found above each token of the last document, for the last verb set: (doc,
# verbs, {token index: reporters}). The mentions of a sentence climb the same reporting verbs.
_ABOVE_SLOT: list[tuple[Any, Any, dict[int, list[str]]]] = [(None, None, {})]


def _reported_above(token: Any, verbs: frozenset[str], memo: dict[int, list[str]]) -> list[str]:
    """The reporters of the reporting verbs (and report nouns) governing `token`, outermost
    first (remembered in `memo` per token)."""
    if token.i in memo:
        return memo[token.i]
    found: list[str] = []
    governor = token.head
    if governor.i != token.i:
        lemma = governor.lemma_.lower()
        if lemma in REPORT_NOUNS and governor.head.pos_ == "VERB":
            governor = governor.head  # "gave an account of": the account's giver
            found = _reporters_of(governor)
        elif lemma in verbs and governor.pos_ in ("VERB", "AUX"):
            found = _reporters_of(governor)
        found = _reported_above(governor, verbs, memo) + found
    memo[token.i] = found
    return found


def _reporters_of(verb: Any) -> list[str]:
    """The phrases of a reporting verb's subjects and agents, vague pronouns left out."""
    children = labelled_children(verb)
    subjects = [c for dep, c in children if dep in SUBJECT_DEPS]
    agents = [c for dep, c in children if dep == "agent"]
    subjects += [g for c in agents for dep, g in labelled_children(c) if dep == "pobj"]
    return [_phrase(s) for s in subjects if s.lower_ not in VAGUE_REPORTERS]

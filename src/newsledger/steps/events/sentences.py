"""Sentences of a parsed article as the event coder reads them, computed once per article.

Input: a spaCy `Doc` and its entities. Output: one `Sentence` per sentence with its text and
the place names the place finder considers (offsets into the sentence). spaCy rebuilds
`Span.text`, `Span.ents` and `Token.sent` on every access, and an article has several mentions
a sentence, so the coder reads them here once.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import numpy as np

# Entity labels handed to the place finder as candidate event locations.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Small places the tagger often mislabels; kept when the text puts something in them.
MISTAGGED_PLACE_LABELS = frozenset({"ORG", "PERSON", "NORP"})
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around"})
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "district", "area", "camp", "region"})


@dataclass(slots=True)
class Sentence:
    """What every mention of one sentence reads, computed once: spaCy rebuilds `Span.text`,
    `Span.ents` and `Token.sent` on each access, and an article has several mentions a
    sentence."""

    span: Any
    text: str
    places: list[tuple[str, int, int]]  # candidate event places, offsets into `text`
    story_places: list[tuple[str, int, int]]  # named places only (no mis-tagged names)
    has_count: bool | None = None  # a number word or vague count; None until asked


def _mistagged_place(ent: Any) -> bool:
    """True for a name the tagger called an organisation or person that the text places
    something in ("firing in Pipri", "a protest in Menakuru village")."""
    root = ent.root
    if ent.label_ not in MISTAGGED_PLACE_LABELS:
        return False
    if root.dep_ == "compound" and root.head.lemma_.lower() in SETTLEMENT_NOUNS:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def read_sentences(doc: Any, ents: Any, text: str | None = None) -> list[Sentence]:
    """The document's sentences with their place entities (one pass over `doc.ents`).

    Args:
        doc: the parsed article.
        ents: `doc.ents`, read once by the caller.
        text: `doc.text` when the caller has read it: each sentence's text is then a slice of
            it rather than rebuilt from its tokens.

    Returns:
        One `Sentence` per `doc.sents`, in order.
    """
    sentences, ent_iter = [], iter(ents)
    ent = next(ent_iter, None)
    for sent in doc.sents:
        own = []
        while ent is not None and ent.start < sent.end:
            if ent.start >= sent.start and ent.end <= sent.end:
                own.append(ent)
            ent = next(ent_iter, None)
        base = sent.start_char
        sent_text = sent.text if text is None else text[sent.start_char : sent.end_char]
        named = [(e, sent_text[e.start_char - base : e.end_char - base]) for e in own]
        places = [
            (name, e.start_char - base, e.end_char - base)
            for e, name in named
            if e.label_ in PLACE_LABELS or _mistagged_place(e)
        ]
        story = [
            (name, e.start_char - base, e.end_char - base)
            for e, name in named
            if e.label_ in PLACE_LABELS
        ]
        sentences.append(Sentence(sent, sent_text, places, story))
    return sentences


# The last document's sentence starts: (doc, starts). The doc is held, not its id, so a hit is
# never another document's.
_STARTS_SLOT: list[tuple[Any, list[int]]] = [(None, [])]


def sentence_starts(doc: Any) -> list[int]:
    """The first token index of each sentence of `doc`, as `doc.sents` gives them, read from
    spaCy's SENT_START array once per document (`Token.sent` walks the tokens on every call).
    """
    held, starts = _STARTS_SLOT[0]  # one read: another thread may refill the slot
    if held is not doc:
        flags = doc.to_array("SENT_START") if len(doc) else np.zeros(0, dtype=np.int32)
        starts = [0, *(i for i in np.flatnonzero(flags == 1).tolist() if i > 0)]
        _STARTS_SLOT[0] = (doc, starts)
    return starts


def sentence_start(token: Any) -> int:
    """`token.sent.start`, without building the sentence's `Span`."""
    starts = sentence_starts(token.doc)
    return starts[bisect_right(starts, token.i) - 1]


# The last document's children by head index, each with its label: (doc, {i: ((dep, child),
# ...)}). The rules ask about the same few verbs' children many times per mention, and spaCy
# builds new `Token` objects and label strings on every walk. The doc is held, not its id, so a
# hit is never another document's; the pair is replaced whole, so a reader sees one doc's table.
_CHILDREN_SLOT: list[tuple[Any, dict[int, tuple[tuple[str, Any], ...]]]] = [(None, {})]


def labelled_children(token: Any) -> tuple[tuple[str, Any], ...]:
    """(dependency label, child) of each child of `token`, in order (read once per token)."""
    doc, table = _CHILDREN_SLOT[0]
    if doc is not token.doc:
        table = {}
        _CHILDREN_SLOT[0] = (token.doc, table)
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = tuple((child.dep_, child) for child in token.children)
    return found

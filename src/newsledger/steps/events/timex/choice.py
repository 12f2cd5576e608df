"""Which time expression dates an event: the parse-based half of event dating.

Input: the trigger's head token (spaCy), its sentence, the article's `Timex` list (offsets into
the document text), the document and the heads of the sentence's other triggers. Output: the
`Timex` that places the event in time, or None (the coder then falls back to the article date).
The finder (`find_timexes`) needs no parse; this choice does: the date must belong to the
trigger's clause or one governing it, and must place the event rather than sit inside a noun
phrase that names a participant or the topic. Conventions: docs/dates-places.md.
"""

from __future__ import annotations

from typing import Any

from newsledger.steps.events.sentences import labelled_children, sentence_start
from newsledger.steps.events.timex.calendar import UNKNOWN_DAY
from newsledger.steps.events.triggers import clause_head

# TIMEX types that date an event (durations and sets do not: "for months", "every Saturday").
DATING_KINDS = frozenset({"DATE", "TIME"})
# A date is inherited from governing clauses ("told on October 24 that X demanded"), but not
# across a relative clause ("whose detention ... has called unjust" is older than the telling).
CLAUSE_BARRIERS = frozenset({"relcl", "acl"})
# Prepositions whose date bounds a state or a running count rather than placing an event on it:
# "Until 29 April, 700 prisoners were released" gives no release date ("not until" does).
BOUND_PREPS = frozenset({"until", "till"})
# Words that may come before a sentence-opening date ("On 9 May, ...", "As reported on 1 May,
# ...", "Around 6 May, ..."): such a date is a fronted adverbial of the whole sentence.
OPENER_POS = frozenset({"ADP", "ADV", "SCONJ", "PART", "PUNCT", "SPACE", "VERB", "CCONJ"})


def clause_timex(
    head: Any, sentence: Any, timexes: list[Any], doc: Any, event_heads: set[int]
) -> Any | None:
    """Return the time expression that dates the event whose trigger head is `head`.

    Candidates are the sentence's DATE/TIME expressions in the trigger's clause or in a clause
    governing it ("told on October 24 that X demanded"), never in another subordinate clause
    ("who has ruled since 1994"), nor after "until" ("Until 29 April, 700 were released").
    Among them, in order: one that places the event before one inside a participant's or
    topic's noun phrase (`_inside_argument`), the nearer clause, one outside brackets before
    one inside them ("Around 6 May (from 6 - 7 May), residents burned tires"), the nearest.

    Args:
        head: the trigger's head token.
        sentence: the trigger's `Sentence` (`span`, `text`).
        timexes: the document's time expressions, offsets into `doc.text`.
        doc: the parsed document.
        event_heads: token indices of the sentence's trigger heads (event nouns share dates).

    Returns:
        The chosen `Timex`, or None when the clause chain has none.
    """
    chain = _clause_chain(clause_head(head))
    sent = sentence.span
    best, best_rank = None, None
    for timex in timexes:
        if not sent.start_char <= timex.start < sent.end_char or timex.kind not in DATING_KINDS:
            continue
        anchored = _anchored(timex, doc) if timex.value != UNKNOWN_DAY else None
        if anchored is None:
            continue
        span, clause, host, preposition = anchored
        if clause not in chain:
            continue
        if preposition in BOUND_PREPS and not _negated(head):
            continue
        rank = (
            _inside_argument(span, host, head, event_heads),
            chain.index(clause),
            _in_brackets(sentence, timex.start),
            abs(span.start - head.i),
        )
        if best_rank is None or rank < best_rank:
            best, best_rank = timex, rank
    return best


# Where the last document's time expressions sit in its parse, by offsets: (doc, {(start, end):
# (span, clause head index, host, preposition) or None}). Every mention of a sentence weighs the
# same expressions; the doc is held, not its id, so a hit is never another document's.
_ANCHOR_SLOT: list[tuple[Any, dict[tuple[int, int], Any]]] = [(None, {})]


def _anchored(timex: Any, doc: Any) -> tuple[Any, int, Any, str] | None:
    """The span of `timex` in `doc`, its clause head's index and its `_attachment` (None when
    no tokens cover it), worked out once per document."""
    held, table = _ANCHOR_SLOT[0]
    if held is not doc:
        table = {}
        _ANCHOR_SLOT[0] = (doc, table)
    key = (timex.start, timex.end)
    if key not in table:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        found = None if span is None else (span, clause_head(span.root).i, *_attachment(span))
        table[key] = found
    return table[key]


def _clause_chain(event_clause: Any) -> list[int]:
    """Token indices of the event's clause head and of the clauses governing it, nearest first,
    stopping at a relative clause."""
    chain = [event_clause.i]
    token = event_clause
    while token.dep_ not in CLAUSE_BARRIERS and token.head.i != token.i:
        token = token.head
        chain.append(token.i)
    return chain


def _attachment(span: Any) -> tuple[Any, str]:
    """Return (host, preposition) of a time expression: the word it modifies past its own words
    and its preposition ("held" and "on" for "held on 28 April"; a bare "yesterday" has "")."""
    token = span.root
    while token.head.i != token.i and (
        span.start <= token.head.i < span.end or token.head.pos_ in ("ADP", "SCONJ")
    ):
        token = token.head
    preposition = token.lower_ if token.pos_ in ("ADP", "SCONJ") else ""
    return (token if token.head.i == token.i else token.head), preposition


def _inside_argument(span: Any, host: Any, head: Any, event_heads: set[int]) -> bool:
    """True for a time expression inside a noun phrase that names a participant or the topic of
    the event rather than placing the event in time: "a protest against a cut planned for next
    year", "marched against the 2021 budget". A date on the trigger itself ("a protest on
    Sunday"), on another event noun ("the May 3 attack killed four": the killing shares it), on
    a verb or on a verbless headline's root is the event's own; so is a sentence-opening date,
    whatever noun the parser hung it on ("On 9 May, regime forces looted ..."): a fronted
    adverbial scopes the whole sentence."""
    if host.i in (head.i, *event_heads) or host.pos_ in ("VERB", "AUX") or host.dep_ == "ROOT":
        return False
    return not _opens_sentence(span)


def _opens_sentence(span: Any) -> bool:
    """True when only prepositions, adverbs and the like come before `span` in its sentence
    (after a heading that ends in a colon: "Security measures: On 8 May, ...")."""
    before = span.doc[sentence_start(span[0]) : span.start]
    colons = [t.i for t in before if t.text == ":"]
    opener = before if not colons else span.doc[colons[-1] + 1 : span.start]
    return all(t.pos_ in OPENER_POS for t in opener)


def _negated(head: Any) -> bool:
    """True when the trigger is negated ("was not released until Monday": released on Monday)."""
    return any(dep == "neg" for dep, _ in labelled_children(head))


def _in_brackets(sentence: Any, start: int) -> bool:
    """True when the document offset `start` lies inside brackets opened in its sentence."""
    before = sentence.text[: start - sentence.span.start_char]
    return before.count("(") > before.count(")")

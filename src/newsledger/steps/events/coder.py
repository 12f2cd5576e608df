"""The event coder's pure core: a parsed article in, PLOVER-coded `Event` records out.

Input: a spaCy `Doc` of `Article.text`, the article id, publication date and dateline, the
compiled `Codebook` and the `ActorDictionary`. Output: one `Event` per event per article, with
PLOVER type and mode, actor and recipient lists, a TIMEX date (never an invented year), the
event's place, sizes, auxiliary modes, reporters, the ACLED mapping and the evidence sentence
with offsets into the text. Repeated mentions of one event are merged, keeping every span.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from newsledger.records import Actor, Event, Evidence, Place, Size, stable_id
from newsledger.steps.events.actors import ActorDictionary, ActorResolver
from newsledger.steps.events.arguments import PROTESTER_NOUNS, find_arguments, purpose_target
from newsledger.steps.events.attribution import find_reporters
from newsledger.steps.events.codebook import Codebook
from newsledger.steps.events.merge import is_named, merge_mentions
from newsledger.steps.events.modality import (
    AGGREGATE,
    FUTURE,
    HISTORICAL,
    HYPOTHETICAL,
    NEGATED,
    aux_modes,
    is_historical,
)
from newsledger.steps.events.quantities import clear_count_cache
from newsledger.steps.events.recipients import choose_recipient
from newsledger.steps.events.sentences import Sentence, labelled_children, read_sentences
from newsledger.steps.events.timex import find_timexes
from newsledger.steps.events.timex.choice import clause_timex
from newsledger.steps.events.tolls import apply_summary_toll
from newsledger.steps.events.triggers import TriggerMatch, find_triggers

EXTRACTOR = "code.events.v1"
# Confidence: a trigger alone is weak evidence; each found argument and a verbal (rather
# than nominal) trigger make the coding more certain; hedged mentions less so.
BASE_CONFIDENCE = 0.4
ARGUMENT_BONUS = 0.2
VERBAL_BONUS = 0.1
MAIN_CLAUSE_BONUS = 0.1
HEDGE_PENALTY = 0.1
DATE_SOURCE_TEXT, DATE_SOURCE_ARTICLE, DATE_SOURCE_NONE = "text", "article", "none"
# Modes whose events need a named recipient: "visiting his family" is no diplomatic visit.
NAMED_RECIPIENT_MODES = frozenset({"visit"})
# Determiners that make a bare nominal trigger point back to a known event ("the meeting").
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions that make a nominal trigger the topic of another event ("over the killing of",
# "against the arrest of", "amid shelling"), coded only when the noun names its own actor.
TOPIC_PREPS = frozenset({"over", "against", "about", "amid", "following", "after", "despite"})
# Verbs of discovery: whoever finds a body ("found dead by police") is not who killed.
DISCOVERY_VERBS = frozenset({"find", "discover"})
# Types whose events have counts (`Size`: arrested, killed, injured, participants).
SIZED_EVENTS = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"})
# How far after a violent event a sentence without events may still report its casualties.
FOLLOW_UP_SENTENCES = 2
# Types whose recipient may be a thing or place ("shelled the village", "protest the tax").
PATIENT_EVENTS = frozenset({"COERCE", "ASSAULT", "PROTEST"})
# A protest's target is often only named by its purpose: "marched to pressure the government",
# "rallied, demanding the mayor's resignation".
PURPOSE_TARGET_EVENTS = frozenset({"PROTEST"})


@dataclass(slots=True)
class _Context:
    """Per-article state shared by the mentions of one document."""

    doc: Any
    text: str  # `doc.text`
    article_id: str
    published: date | None
    dateline: str | None
    codebook: Codebook
    resolver: ActorResolver
    timexes: list[Any]
    sentences: list[Sentence] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # first token index of each sentence
    event_heads: set[int] = field(default_factory=set)  # trigger heads of the current sentence


def _sentence_of(token: Any, ctx: _Context) -> Sentence:
    """The cached sentence holding `token`."""
    return ctx.sentences[bisect_right(ctx.starts, token.i) - 1]


def _event_date(match: TriggerMatch, ctx: _Context, aggregate: bool) -> tuple[str | None, ...]:
    """Return (value, text, source) of the event's date: the sentence's TIMEX nearest the
    trigger, else the article date; aggregates and undated articles get none."""
    best = _clause_timex(match, ctx)
    if best is not None:
        return best.value, best.text, DATE_SOURCE_TEXT
    if ctx.published is not None and not aggregate:
        return ctx.published.isoformat(), None, DATE_SOURCE_ARTICLE
    return None, None, DATE_SOURCE_NONE


def _clause_timex(match: TriggerMatch, ctx: _Context) -> Any | None:
    """Return the TIMEX that dates the mention: of its clause or one governing it, placing the
    event rather than naming a participant or topic (`timex.choice.clause_timex`)."""
    sentence = _sentence_of(match.head, ctx)
    return clause_timex(match.head, sentence, ctx.timexes, ctx.doc, ctx.event_heads)


def _event_place(match: TriggerMatch, ctx: _Context) -> tuple[Any, str | None]:
    """Return (Place | None, loc_reason) for the trigger's sentence."""
    from newsledger.steps.events.places import find_event_place

    sent = _sentence_of(match.head, ctx)
    offset = match.head.idx - sent.span.start_char
    return find_event_place(sent.text, list(sent.places), offset, ctx.dateline)


def _event_size(match: TriggerMatch, event: str, ctx: _Context) -> Any:
    """Return the `Size` stated in the trigger's sentence, or None (without looking when the
    type has no counts or the sentence has no number word)."""
    from newsledger.steps.events.quantities import VAGUE_COUNTS, extract_size

    if event not in SIZED_EVENTS:
        return None
    sent = _sentence_of(match.head, ctx)
    if sent.has_count is None:
        vague = {key.split()[-1] for key in VAGUE_COUNTS}
        sent.has_count = any(t.like_num or t.lower_ in vague for t in sent.span)
    if not sent.has_count:
        return None
    return extract_size(sent.text, event, match.head.idx - sent.span.start_char)


def _in_main_clause(head: Any) -> bool:
    """True for a trigger heading its sentence (or a clause coordinated with it, or reported by
    it): the sentence's main claim rather than a detail embedded in it."""
    token = head
    while token.dep_ in ("conj", "ccomp") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "ROOT" or (token.head.dep_ == "ROOT" and token.head.pos_ != "VERB")


def _confidence(actor: list[Actor], recipient: list[Actor], match: TriggerMatch, aux: list[str]):
    """Score how well-supported one coded mention is (0..1)."""
    score = BASE_CONFIDENCE + ARGUMENT_BONUS * (bool(actor) + bool(recipient))
    score += 0 if match.nominal else VERBAL_BONUS
    score += MAIN_CLAUSE_BONUS if _in_main_clause(match.head) else 0
    score -= HEDGE_PENALTY * len(aux)
    return round(max(0.05, min(1.0, score)), 2)


def _participants(match: TriggerMatch, ctx: _Context) -> tuple[list[Actor], list[Actor]]:
    """Resolve the trigger's actor and recipient, preferring a recipient that names a party."""
    actor_tok, recipient_tok = find_arguments(match, ctx.codebook.demand_modals)
    if match.pattern.event == "ASSAULT" and match.pattern.words[0] in DISCOVERY_VERBS:
        actor_tok = None
    actor = ctx.resolver.actors_for(actor_tok)
    if recipient_tok is None and match.pattern.event in PURPOSE_TARGET_EVENTS:
        recipient_tok = purpose_target(match.head)
    things = match.pattern.event in PATIENT_EVENTS or match.nominal
    recipient_tok = choose_recipient(match, actor_tok, recipient_tok, ctx.resolver.is_agent, things)
    recipient = ctx.resolver.actors_for(recipient_tok)
    if match.pattern.event not in PATIENT_EVENTS and not match.nominal:  # "agreed to a truce"
        recipient = [r for r in recipient if r.country or r.sector or r.text[:1].isupper()]
    if actor and recipient and {a.name for a in actor} == {r.name for r in recipient}:
        recipient = []  # a reflexive reading is a parse error ("X and Y met" → X with Y)
    return actor, recipient


def _event_type(match: TriggerMatch, aux: list[str], book: Codebook) -> str:
    """The PLOVER type of a mention: its trigger's, or AGREE/THREATEN for an intention and
    REQUEST for an obligation put on someone."""
    event = match.pattern.event
    if FUTURE in aux and NEGATED in aux and book.intent_of.get(event, event) == "AGREE":
        return book.refusal_event  # "will not accept refugees": an intention to reject
    if FUTURE in aux and event in book.intent_of:
        return book.intent_of[event]  # PLOVER codes intentions: "will visit" is AGREE
    auxiliaries = (c for dep, c in labelled_children(match.head) if dep == "aux")
    if any(c.lower_ in book.demand_modals for c in auxiliaries):
        return "REQUEST"  # "X must hand over the suspects" demands it of X
    return event


def code_mention(match: TriggerMatch, sent_index: int, ctx: _Context) -> Event | None:
    """Code one trigger match as an `Event` mention (None when a bare noun has no argument).

    Args:
        match: the trigger found in the sentence.
        sent_index: the sentence's index in the document.
        ctx: the article context.

    Returns:
        The coded mention, or None when it is no event (`_keep`): that is decided before the
        place, counts and reporters are looked up, which a dropped mention does not need.
    """
    head, sent, book = match.head, _sentence_of(match.head, ctx), ctx.codebook
    actor, recipient = _participants(match, ctx)
    aux = aux_modes(head, book.aux, None, ctx.published)
    value, date_text, source = _event_date(match, ctx, AGGREGATE in aux)
    if source == DATE_SOURCE_TEXT and is_historical(value, ctx.published):
        aux = sorted({*aux, HISTORICAL})  # all the date changes in `aux_modes`
    event, mode = _event_type(match, aux, book), match.pattern.mode
    start, end = match.tokens[0].idx, match.tokens[-1].idx + len(match.tokens[-1])
    evidence = _sentence_evidence(sent.span, sent_index, sent.text)
    coded = Event(
        id=stable_id(ctx.article_id, event, str(start), str(end)),
        article_id=ctx.article_id,
        event=event,
        evidence=evidence,
        mode=mode,
        actor=actor,
        recipient=recipient,
        date=value,
        date_text=date_text,
        date_source=source,
        aux=aux,
        acled=book.acled_for(event, mode),
        trigger=ctx.text[start:end],  # `match.text`, without rebuilding it from the tokens
        mentions=[_sentence_evidence(sent.span, sent_index, sent.text)],
        confidence=_confidence(actor, recipient, match, aux),
        extractor=EXTRACTOR,
    )
    if not _keep(coded, match, ctx.event_heads):
        return None
    coded.event_loc, coded.loc_reason = _event_place(match, ctx)
    coded.size = _event_size(match, event, ctx)
    coded.reported_by = find_reporters(head, book.aux.get("reporting", []))
    return coded


def _is_bare(event: Event, match: TriggerMatch, event_heads: Container[int] = ()) -> bool:
    """True for a nominal trigger with no participant ("the meeting", "mass protests"), unless
    the sentence says it happened ("a shoot-out broke out")."""
    if match.head.lemma_.lower() in PROTESTER_NOUNS:
        return not event.actor  # "detained 40 protesters" names people; "protesters marched"
    if not match.nominal or event.actor or event.recipient:
        return False
    # "observed 6 explosions", "20 bursts of fire" (the count is on any word of the trigger)
    counted = any(dep == "nummod" for t in match.tokens for dep, _ in labelled_children(t))
    occurs = match.head.dep_.startswith("nsubj") or counted or _is_cause(match, event_heads)
    return not occurs or _is_anaphoric(match)


def _is_cause(match: TriggerMatch, event_heads: Container[int]) -> bool:
    """True for a violent trigger noun naming what did harm ("suffered injuries by a landmine"),
    not for another event named as an agent ("adopted by ministers meeting in Brussels"), nor
    for the agent of a trigger (`event_heads`) that codes the event with its actor already
    ("killed by an army airstrike")."""
    head = match.head
    if match.pattern.event != "ASSAULT" or head.dep_ != "pobj" or head.head.lower_ != "by":
        return False
    return head.head.head.i not in event_heads


def _is_anaphoric(match: TriggerMatch) -> bool:
    """True for a definite bare noun that can point back to an event ("the visit")."""
    return any(c.lower_ in ANAPHORIC_DETERMINERS for _, c in labelled_children(match.head))


def _keep(event: Event, match: TriggerMatch, event_heads: Container[int] = ()) -> bool:
    """Drop mentions that are no event: hedged bare nouns, indefinite bare nouns, private
    visits."""
    if event.mode in NAMED_RECIPIENT_MODES and not any(map(is_named, event.recipient)):
        return False
    if _is_bare(event, match, event_heads):
        return HYPOTHETICAL not in event.aux and _is_anaphoric(match)
    head = match.head
    if match.nominal and not event.actor and head.head.lower_ in TOPIC_PREPS:
        return False  # "protested against the arrest of X": the protest's issue, not an event
    return True


def extract_events(
    doc: Any,
    *,
    article_id: str,
    published: date | None,
    dateline: str | None,
    codebook: Codebook,
    actor_dict: ActorDictionary,
    text: str | None = None,
) -> list[Event]:
    """Code the political events of one parsed article.

    Args:
        doc: the spaCy `Doc` of `Article.text` (offsets in the result index `doc.text`).
        article_id: the article's id (part of every event id).
        published: the publication date; anchors relative dates and undated events.
        dateline: the dateline place ("MINSK"), used for locations and generic actors.
        codebook: the compiled codebook (`load_codebook()`).
        actor_dict: the actor dictionary (`load_actor_dictionary()`).
        text: `doc.text` when the caller has it (`Article.text`, which the doc parses): spaCy
            rebuilds `doc.text` from every token on each access.

    Returns:
        One `Event` per event, in text order, with every mention's span in `mentions`.

    Example:
        >>> doc = nlp("Police detained nine protesters in Minsk on Saturday.")
        >>> [e.event for e in extract_events(doc, article_id="a", published=None,
        ...     dateline=None, codebook=load_codebook(), actor_dict=load_actor_dictionary())]
        ['COERCE']
    """
    clear_count_cache()
    text = doc.text if text is None else text  # spaCy rebuilds it from every token
    resolver = ActorResolver(doc, actor_dict, dateline, text)
    ctx = _Context(
        doc,
        text,
        article_id,
        published,
        dateline,
        codebook,
        resolver,
        find_timexes(text, published),
        read_sentences(doc, resolver.ents, text),
    )
    ctx.starts = [s.span.start for s in ctx.sentences]
    coded: list[tuple[Event, bool]] = []
    for sent_index, sent in enumerate(ctx.sentences):
        matches = find_triggers(sent.span, codebook)
        ctx.event_heads = {m.head.i for m in matches}
        if not matches and coded:
            _add_follow_up_counts(coded[-1][0], sent.text, sent_index)
        for match in matches:
            event = code_mention(match, sent_index, ctx)
            if event is not None:
                coded.append((event, _is_bare(event, match, ctx.event_heads)))
    # The opening sentences' place is only looked for when an event needs it.
    events = merge_mentions(coded, story_place_of=partial(_story_place, ctx.sentences, dateline))
    apply_summary_toll(events, text)  # a report's own closing toll beats sentence counts
    return events


def _sentence_evidence(sent: Any, sent_index: int, text: str | None = None) -> Evidence:
    """The sentence as evidence, without the paragraph break spaCy leaves at its end (`text`:
    the sentence's text when already read)."""
    text = (sent.text if text is None else text).rstrip()
    return Evidence(text, sent.start_char, sent.start_char + len(text), sent_index)


def _story_place(sentences: list[Sentence], dateline: str | None) -> Place | None:
    """The place the opening sentences set the story in (for events that name none)."""
    from newsledger.steps.events.places import STORY_SENTENCES, find_story_place

    opening = [(s.text, list(s.story_places)) for s in sentences[:STORY_SENTENCES]]
    return find_story_place(opening, dateline)


def _add_follow_up_counts(event: Event, text: str, sent_index: int) -> None:
    """Give a violent event the casualties a following sentence with no event of its own
    reports ("Three officers died. 3 fatalities.")."""
    from newsledger.steps.events.quantities import extract_size

    if event.event != "ASSAULT" or sent_index - event.evidence.sentence > FOLLOW_UP_SENTENCES:
        return
    size = extract_size(text, event.event)
    if size is None or (size.killed is None and size.injured is None):
        return
    if event.size is None:
        event.size = Size(approximate=size.approximate)
    event.size.killed = event.size.killed if event.size.killed is not None else size.killed
    event.size.injured = event.size.injured if event.size.injured is not None else size.injured

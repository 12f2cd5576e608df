"""Tests of the event coder's per-sentence and per-document caches: coding an article gives the
same events whatever was coded before it, and a cache never answers for another document."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.steps.events import extract_events, load_actor_dictionary, load_codebook
from newsledger.steps.events.quantities import extract_size
from newsledger.steps.events.triggers import clause_head

FIRST = (
    "Border guards detained four fishermen near Klaipeda on Tuesday, the ministry said.\n\n"
    "Two of them were injured. Officials will meet the families in Vilnius."
)
SECOND = (
    "Dozens of farmers blocked a highway outside Kaunas on Monday.\n\n"
    "Police arrested six of them, according to a local broadcaster."
)


@pytest.fixture(scope="module")
def coder(nlp):
    book, actors = load_codebook(), load_actor_dictionary()

    def run(text: str) -> list:
        doc = nlp(text)
        return extract_events(
            doc,
            article_id="a",
            published=date(2024, 5, 3),
            dateline=None,
            codebook=book,
            actor_dict=actors,
        )

    return run


@pytest.mark.parametrize("order", [(FIRST, SECOND), (SECOND, FIRST)])
def test_caches_results_independent_of_order(coder, order):
    cold = {text: coder(text) for text in order}
    warm = {text: coder(text) for text in reversed(order)}
    assert cold == warm
    assert all(cold.values())


@pytest.mark.parametrize("text", [FIRST, SECOND])
def test_caches_clause_head_belongs_to_its_doc(nlp, text):
    first, second = nlp(text), nlp(text)
    for token in first:
        clause_head(token)  # fill the cache with the first doc
    for token in second:
        head = clause_head(token)
        assert head.doc is second
        assert head.i == clause_head(first[token.i]).i


@pytest.mark.parametrize(
    ("sentence", "field_name"),
    [("Police detained nine students.", "arrested"), ("Five officers were injured.", "injured")],
)
def test_caches_size_not_shared_between_calls(sentence, field_name):
    first, second = extract_size(sentence, "COERCE"), extract_size(sentence, "COERCE")
    assert first == second and first is not second
    setattr(first, field_name, 0)
    assert getattr(extract_size(sentence, "COERCE"), field_name) != 0


def test_caches_sentence_cues_belong_to_their_doc(coder):
    # The aggregate and "according to" cues are read once per document: a sentence at the same
    # place in another document must not inherit them.
    cued = "Police have detained 400 protesters since the election, according to the ministry."
    plain = "Police detained four protesters outside the town hall on Friday."
    for _ in range(2):
        first, second = coder(cued), coder(plain)
        assert [(e.aux, e.reported_by) for e in first] == [(["aggregate"], ["ministry"])]
        assert [(e.aux, e.reported_by) for e in second] == [([], [])]


@pytest.mark.parametrize("text", [FIRST, SECOND, "Talks ended. Nobody came", "One line"])
def test_caches_sentence_starts_as_spacy_reads_them(nlp, text):
    from newsledger.steps.events.sentences import sentence_start, sentence_starts

    first, second = nlp(text), nlp("A short one. " + text)
    for doc in (first, second, first):  # the cache is per document, never another's
        assert sentence_starts(doc) == [sent.start for sent in doc.sents]
        assert [sentence_start(token) for token in doc] == [token.sent.start for token in doc]


def test_caches_children_belong_to_their_doc(nlp):
    from newsledger.steps.events.sentences import labelled_children

    first, second = nlp(FIRST), nlp(SECOND)
    for doc in (first, second, first):
        for token in doc:
            found = labelled_children(token)
            assert [(dep, child.i) for dep, child in found] == [
                (child.dep_, child.i) for child in token.children
            ]
            assert all(child.doc is doc for _, child in found)


def test_caches_resolved_actor_copied_per_event(nlp):
    from dataclasses import fields

    from newsledger.steps.events.actors import ActorResolver

    doc = nlp("Police detained nine protesters in Vilnius.")
    resolver = ActorResolver(doc, load_actor_dictionary())
    first, second = resolver.actor_for(doc[0]), resolver.actor_for(doc[0])
    assert first == second and first is not second
    assert all(getattr(first, f.name) == getattr(second, f.name) for f in fields(first))
    first.name = "changed"
    assert resolver.actor_for(doc[0]).name == second.name


@pytest.mark.parametrize(("distance", "asked"), [(1, 0), (5, 1)])
def test_caches_story_place_looked_for_only_when_needed(distance, asked):
    from newsledger.records import Event, Evidence, Place
    from newsledger.steps.events.merge import FROM_STORY, borrow_places
    from newsledger.steps.events.places import IN_CLAUSE, NO_PLACE_IN_CLAUSE

    def event(sentence: int, place: Place | None, reason: str) -> Event:
        evidence = Evidence(
            "Troops shelled the village.", sentence * 30, sentence * 30 + 27, sentence
        )
        return Event(f"e{sentence}", "a1", "ASSAULT", evidence, event_loc=place, loc_reason=reason)

    calls = []

    def story() -> Place:
        calls.append(1)
        return Place("Zarasai", "Zarasai")

    located = event(0, Place("Utena", "Utena"), IN_CLAUSE)
    unplaced = [
        event(distance, None, NO_PLACE_IN_CLAUSE),
        event(distance + 1, None, NO_PLACE_IN_CLAUSE),
    ]
    borrow_places([located, *unplaced], story_place_of=story)
    assert len(calls) == asked  # never, or once for both events that need it
    if asked:
        assert [(e.event_loc.name, e.loc_reason) for e in unplaced] == [("Zarasai", FROM_STORY)] * 2
        assert unplaced[0].event_loc is not unplaced[1].event_loc

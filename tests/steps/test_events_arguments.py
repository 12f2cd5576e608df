"""Tests of argument finding and recipient choice (newsledger.steps.events.arguments and
.recipients): who acts on whom, on sentences we wrote about Valdoria, with the real spaCy
pipeline."""

from __future__ import annotations

import pytest

from newsledger.steps.events.arguments import complement_subject
from newsledger.steps.events.recipients import (
    conditions,
    names_party,
    owning_party,
    purpose_clauses,
)


def _one(events, event_type):
    found = [e for e in events if e.event == event_type]
    assert found, f"no {event_type} in {[(e.event, e.trigger) for e in events]}"
    return found[0]


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        # what is demanded of someone: the subject of the demanded clause
        ("The miners' union demanded that the governor release the strikers.", "REQUEST",
         "union", "governor"),
        # "allowed X to run" is often parsed as a clause whose subject is X
        ("The court allowed the journalists to leave the country.", "CONCEDE", "court",
         "journalists"),
        # a reported obligation: the speaker demands it of the obligee
        ("The foreign minister said Valdoria must free the journalists.", "REQUEST",
         "minister", "Valdoria"),
        # a threat is aimed at the subject of its condition
        ("The union threatened to strike unless the governor resigned.", "THREATEN",
         "union", "governor"),
        # a thing leads to the party it belongs to
        ("The army shelled positions of the rebels near Korvo.", "ASSAULT", "army", "rebels"),
        ("Farmers marched in protest against abuses by the police.", "PROTEST",
         "farmers", "police"),
        # the actor's own troops give way to the partner
        ("Valdoria withdrew its troops from Ostravia.", "RETREAT", "Valdoria", "Ostravia"),
        ("The army mobilized reservists against Ostravia.", "MOBILIZE", "army", "Ostravia"),
        # a complaint made to one party about another is aimed at the other
        ("The Valdorian embassy complained to the council over raids by the army.", "ACCUSE",
         "embassy", "army"),
        # a protest's target named by what it calls for
        ("Thousands of teachers demonstrated in Korvo on Sunday calling for the resignation of "
         "the governor.", "PROTEST", "teachers", "governor"),
        # what a protest is over leads to the party behind it
        ("Thousands of workers stopped work on Monday over a tax law passed by the parliament.",
         "PROTEST", "workers", "parliament"),
        # a dative preposition stands for its object
        ("The council granted asylum to the dissidents.", "AID", "council", "dissidents"),
        # what the event was done for names its target
        ("Police opened fire to disperse the protesters.", "ASSAULT", "police", "protesters"),
    ],
)  # fmt: skip
def test_events_arguments_actor_and_recipient(code, text, event_type, actor, recipient):
    event = _one(code(text), event_type)
    assert any(actor.lower() in a.name.lower() for a in event.actor)
    assert [r.name for r in event.recipient if recipient in r.name]


def test_events_arguments_demand_in_a_participle_names_its_target(code):
    event = _one(code("The party issued a statement demanding that the mayor resign."), "REQUEST")
    assert [r.name for r in event.recipient] == ["mayor"]


def test_events_arguments_obligation_obligee_is_not_the_actor(code):
    event = _one(code("The foreign minister said Valdoria must free the journalists."), "REQUEST")
    assert [a.name for a in event.actor] == ["foreign minister"]


def test_events_arguments_agreement_on_a_thing_has_no_recipient(code):
    event = _one(code("Valdoria agreed to hold joint military exercises."), "AGREE")
    assert event.recipient == []


def test_events_arguments_place_named_by_of_keeps_its_noun_and_name(code):
    event = _one(code("The rebels shelled the village of Marun."), "ASSAULT")
    assert [r.name for r in event.recipient] == ["village of Marun"]


def test_events_arguments_owning_party_follows_agent_and_possessor(nlp):
    doc = nlp("The farmers protested against the return of land seized by the army.")
    party = owning_party(_token(doc, "return"), lambda t: t.lower_ == "army")
    assert party is not None and party.text == "army"
    assert owning_party(_token(doc, "return"), lambda t: False) is None


def test_events_arguments_names_party_by_nation_or_agent_compound(nlp):
    doc = nlp("The minister threatened tariffs on German goods and rebel positions.")
    agents = {"rebel"}
    assert names_party(_token(doc, "goods"), lambda t: t.lower_ in agents)
    assert names_party(_token(doc, "positions"), lambda t: t.lower_ in agents)
    assert not names_party(_token(doc, "tariffs"), lambda t: t.lower_ in agents)


def test_events_arguments_complement_subject(nlp):
    doc = nlp("The opposition demanded that the governor resign.")
    subject = complement_subject(_token(doc, "demanded"))
    assert subject is not None and subject.text == "governor"


def test_events_arguments_conditions_reach_through_infinitives(nlp):
    doc = nlp("The council threatened to halt the talks on tariffs if Ostravia raised its duties.")
    assert conditions(_token(doc, "threatened")) == {_token(doc, "raised").i}
    assert conditions(_token(doc, "talks")) == set()


def test_events_arguments_purpose_clauses(nlp):
    doc = nlp("Police opened fire to disperse the protesters.")
    assert purpose_clauses(_token(doc, "opened")) == {_token(doc, "disperse").i}
    assert purpose_clauses(_token(doc, "disperse")) == set()

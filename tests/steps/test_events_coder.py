"""Tests of the event coder (newsledger.steps.events) on sentences and short articles we wrote,
with the real spaCy pipeline. The seed test at the end reads ../shared and skips without it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsledger.steps.events import EventCoder, load_actor_dictionary, load_codebook

ARTICLE = (
    "Lithuanian Foreign Minister Ona Petraitis held a phone call with Georgian President Levan "
    "Dadiani on March 3, her ministry said.\n\n"
    "Petraitis demanded the release of Nika Beridze, an opposition journalist detained in "
    "Batumi.\n\n"
    "According to Interpress, the phone call between Dadiani and Petraitis lasted an hour.\n\n"
    "Riot police detained eleven students on Saturday as hundreds of nurses staged a march in "
    "Tbilisi.\n\n"
    "More than 2,000 people have been arrested since the vote.\n\n"
    "Dadiani has refused to negotiate with the opposition."
)


@pytest.fixture(scope="module")
def book():
    return load_codebook()


@pytest.fixture(scope="module")
def actor_dict():
    return load_actor_dictionary()


def _one(events, event_type):
    found = [e for e in events if e.event == event_type]
    assert found, f"no {event_type} in {[(e.event, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("Police detained nine teachers in Gomel.", "COERCE", "police", "teachers"),
        ("Seven reporters were arrested by border guards.", "COERCE", "guards", "reporters"),
        ("Canada imposed sanctions on Myanmar.", "SANCTION", "Canada", "Myanmar"),
        ("The rebels shelled the village of Marun.", "ASSAULT", "rebels", "village"),
        ("Thousands of miners staged a protest against the new tax.", "PROTEST", "miners", "tax"),
        ("The mayor accused the governor of fraud.", "ACCUSE", "mayor", "governor"),
        ("The envoy praised Kenya's efforts to end the drought.", "SUPPORT", "envoy", "Kenya"),
        ("Gunmen targeted a convoy near the border.", "ASSAULT", "gunmen", "convoy"),
    ],
)
def test_events_coder_types_actor_recipient(code, text, event_type, actor, recipient):
    event = _one(code(text), event_type)
    assert any(actor in a.name for a in event.actor)
    assert any(recipient in r.name for r in event.recipient)
    assert event.extractor == "code.events.v1"


@pytest.mark.parametrize(
    ("text", "event_type", "aux"),
    [
        ("The envoy did not meet the rebel commanders.", "CONSULT", "negated"),
        ("The governor refused to negotiate with the strikers.", "CONSULT", "negated"),
        ("More than 3,000 people have been detained since the vote.", "COERCE", "aggregate"),
        ("The army will deploy troops to the border.", "THREATEN", "future"),  # intent: PLOVER
        ("The envoy said she would visit Kyiv.", "AGREE", "future"),
    ],
)
def test_events_coder_aux_modes(code, text, event_type, aux):
    assert aux in _one(code(text), event_type).aux


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The two neighbours agreed to a ceasefire on Tuesday.", "AGREE"),
        ("The envoy promised to study the proposal.", "AGREE"),
    ],
)
def test_events_coder_thing_is_no_recipient(code, text, event_type):
    assert _one(code(text), event_type).recipient == []


@pytest.mark.parametrize("text", ["The governor refused to negotiate with the strikers."])
def test_events_coder_refusal_is_reject(code, text):
    events = code(text)
    reject = _one(events, "REJECT")
    assert "negated" not in reject.aux
    assert any("governor" in a.name for a in reject.actor)


@pytest.mark.parametrize(
    ("published", "expected"), [(None, "XXXX-10-24"), (date(2021, 10, 30), "2021-10-24")]
)
def test_events_coder_dates_never_invent_a_year(code, published, expected):
    event = _one(code("Police detained six activists on October 24.", published), "COERCE")
    assert (event.date, event.date_source) == (expected, "text")


@pytest.mark.parametrize(("published", "source"), [(date(2021, 5, 2), "article"), (None, "none")])
def test_events_coder_undated_event_takes_article_date(code, published, source):
    event = _one(code("Police detained six activists.", published), "COERCE")
    assert event.date_source == source
    assert event.date == (published.isoformat() if published else None)


@pytest.mark.parametrize("text", [ARTICLE])
def test_events_coder_evidence_offsets_index_text(code, text):
    events = code(text, date(2021, 3, 5))
    assert len(events) >= 5
    for event in events:
        for mention in [event.evidence, *event.mentions]:
            assert text[mention.start : mention.end] == mention.text
        assert event.trigger and event.trigger in event.evidence.text
        assert 0 < event.confidence <= 1


@pytest.mark.parametrize("text", [ARTICLE])
def test_events_coder_article_events(code, text):
    events = code(text, date(2021, 3, 5))
    call = _one(events, "CONSULT")
    assert call.mode == "phone" and len(call.mentions) == 2  # two mentions, one event
    assert {a.name for a in call.actor + call.recipient} == {"Ona Petraitis", "Levan Dadiani"}
    assert call.date == "2021-03-03" and "Interpress" in " ".join(call.reported_by)
    request = _one(events, "REQUEST")
    assert request.actor[0].name == "Ona Petraitis"  # surname resolved to the full name
    assert request.actor[0].country == "LTU" and request.actor[0].sector == "GOV"
    arrest = next(e for e in events if e.event == "COERCE" and "police" in e.trigger + str(e.actor))
    assert arrest.size.arrested == 11 and arrest.actor[0].sector == "COP"
    protest = _one(events, "PROTEST")
    assert protest.actor[0].name == "nurses" and protest.acled["event_type"] == "Protests"
    aggregate = [e for e in events if "aggregate" in e.aux]
    assert aggregate and aggregate[0].date is None


@pytest.mark.parametrize("text", ["Ana Kova, an opposition activist, was detained. She was freed."])
def test_events_coder_pronoun_resolves_to_full_name(code, text):
    concede = _one(code(text), "CONCEDE")
    assert concede.recipient[0].name == "Ana Kova"


@pytest.mark.parametrize("sentence", ["State television reported that soldiers shot two farmers."])
def test_events_coder_reported_by(code, sentence):
    assert "State television" in _one(code(sentence), "ASSAULT").reported_by


@pytest.mark.parametrize(
    ("override", "text", "event_type"),
    [("triggers:\n  PROTEST:\n    demo: [heckle]\n", "Students heckled the minister.", "PROTEST")],
)
def test_events_coder_user_codebook_extends_lexicon(
    nlp, tmp_path, make_article, override, text, event_type
):
    path = tmp_path / "codebook.yaml"
    path.write_text(override, encoding="utf-8")
    plain, custom = EventCoder(), EventCoder(codebook_path=str(path))
    assert event_type not in [e.event for e in plain.process(make_article(text=text)).events]
    assert event_type in [e.event for e in custom.process(make_article(text=text)).events]


def _seed_body(raw: str) -> tuple[str, str | None]:
    """The seed's article body and dateline: the cleaner when present, else a simple slice."""
    try:
        from newsledger.steps.clean.text import clean_text_capture

        cleaned = clean_text_capture(raw)
        return cleaned.text, cleaned.dateline
    except ImportError:
        start = re.search(r"^\S.{150,}$", raw, re.M).start()
        end = raw.index("With reporting by")
        body = raw[start:end].strip()
        match = re.match(r"([A-Z]+) -- ", body)
        return (body[match.end() :], match.group(1)) if match else (body, None)


SEED_MUST_HAVE = [
    ("000_6a637759f4738517.txt", "CONSULT", "Pompeo", "Lukashenka", "2020-10-24"),
    ("000_6a637759f4738517.txt", "REQUEST", "Pompeo", "", "2020-10-24"),
    ("000_6a637759f4738517.txt", "COERCE", "police", "protesters", "2020-10-24"),
    ("000_6a637759f4738517.txt", "PROTEST", "women", "", "2020-10-24"),
    ("000_6a637759f4738517.txt", "SANCTION", "United States", "Belarus", "2020-10-24"),
    ("000_6a637759f4738517.txt", "REJECT", "Lukashenka", "Tsikhanouskaya", "2020-10-24"),
    ("002_0b1d1241032f4d8a.txt", "CONSULT", "Lukashenka", "opposition", "2020-10-10"),
]


@pytest.mark.shared
@pytest.mark.parametrize(("name", "event_type", "actor", "recipient", "day"), SEED_MUST_HAVE)
def test_events_coder_seed_must_have_events(
    code, shared_dir: Path, name, event_type, actor, recipient, day
):
    raw = (shared_dir / "corpus" / "seeds" / name).read_text(encoding="utf-8")
    body, dateline = _seed_body(raw)
    events = code(body, date(2020, 10, 24), dateline)
    found = [
        e
        for e in events
        if e.event == event_type
        and any(actor in a.name for a in e.actor)
        and (not recipient or any(recipient in r.name for r in e.recipient))
        and e.recipient
        and e.date == day
    ]
    assert found, [(e.event, e.trigger, e.actor, e.recipient, e.date) for e in events]
    assert body[found[0].evidence.start : found[0].evidence.end] == found[0].evidence.text
    for event in events:  # nothing from the page chrome or the footer
        assert "undesirable" not in event.evidence.text and "passport" not in event.evidence.text


@pytest.mark.shared
@pytest.mark.parametrize("name", ["000_6a637759f4738517.txt"])
def test_events_coder_seed_aggregate_and_negation(code, shared_dir: Path, name):
    body, dateline = _seed_body((shared_dir / "corpus" / "seeds" / name).read_text("utf-8"))
    events = code(body, None, dateline)
    aggregate = [e for e in events if "aggregate" in e.aux and e.event == "COERCE"]
    assert aggregate and aggregate[0].size.arrested == 12000 and aggregate[0].date is None
    assert any(e.event == "CONSULT" and "negated" in e.aux for e in events)
    assert all(e.date is None or e.date.startswith("XXXX") for e in events)  # no year invented


@pytest.mark.parametrize("text", ["Police detained four miners in Soligorsk on Monday."])
def test_events_coder_step_reuses_annotated_doc(nlp, make_article, text):
    from newsledger.steps.nlp import SpacyAnnotator

    article = SpacyAnnotator().process(make_article(text=text, dateline="SOLIGORSK"))
    doc = article.doc
    coder = EventCoder()
    coder.setup()
    article = coder.process(article)
    assert article.doc is doc  # the annotate step's parse, not a second one
    event = _one(article.events, "COERCE")
    assert event.article_id == article.id and event.size.arrested == 4
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # A verb-object phrase said in the passive ("!block road"), its agent still the actor.
        ("The main road to Norvik was blocked by farmers on Sunday.", "PROTEST", "farmers"),
        ("The governor instituted a curfew in Norvik on Friday.", "COERCE", "governor"),
    ],
)
def test_events_coder_passive_and_curfew_phrases(code, text, event_type, actor):
    event = _one(code(text), event_type)
    assert any(actor in a.name for a in event.actor)


def test_events_coder_found_body_is_a_killing_not_by_its_finder(code):
    event = _one(code("The body of a shepherd was found by police officers near Dravo."), "ASSAULT")
    assert event.mode == "kill"
    assert not event.actor  # the police found the body; nothing says they killed him


@pytest.mark.parametrize(
    ("text", "modes"),
    [
        ("Three villagers suffered injuries by a landmine near Dravo.", ["explosives"]),
        ("Two farmers were hurt by a landmine near Dravo.", ["explosives"]),
        # The killing already codes the attack; its bare agent noun adds no second event.
        ("Four fighters were killed by an airstrike near Dravo.", ["kill"]),
    ],
)
def test_events_coder_bare_weapon_that_did_harm_is_kept(code, text, modes):
    assert [e.mode for e in code(text) if e.event == "ASSAULT"] == modes


def test_events_coder_agent_noun_of_other_event_stays_bare(code):
    # "meeting" parsed as the noun after "by": an agent, not the harm done, so no CONSULT.
    events = code("The new rules, adopted by Valdorian ministers meeting in Norvik, take effect.")
    assert "CONSULT" not in [e.event for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy flooding killed eleven people in the villages around Dravo on Sunday.",
        "A train collision killed four passengers near Norvik.",
        "The cholera outbreak has killed 30 people in the eastern province.",
    ],
)
def test_events_coder_deaths_without_an_attacker_are_no_assault(code, text):
    # A hazard, an accident or an illness kills without anyone using violence.
    assert "ASSAULT" not in [e.event for e in code(text)]


def test_events_coder_killing_by_an_armed_group_is_still_an_assault(code):
    events = code("Gunmen killed eleven people in the villages around Dravo on Sunday.")
    assert "ASSAULT" in [e.event for e in events]


# --- Police killings and force in news wording (IndiaPoliceEvents-style sentences we wrote) ---


@pytest.mark.parametrize(
    "text",
    [
        "Two youths were killed in police firing in Norvik on Monday.",  # "firing" read as a verb
        "Two youths died in police firing in Norvik on Monday.",
    ],
)
def test_events_coder_police_firing_gerund_names_the_police(code, text):
    firing = [e for e in code(text) if e.event == "ASSAULT" and e.mode == "firearms"]
    assert firing and any(a.sector == "COP" for a in firing[0].actor)
    assert firing[0].size is not None and firing[0].size.killed == 2


def test_events_coder_party_modified_by_ing_participle_is_the_actor(code):
    event = _one(code("Troops firing from the rooftops wounded six marchers."), "ASSAULT")
    assert any("troops" in a.name.lower() for a in event.actor)


def test_events_coder_fire_without_object_is_shooting(code):
    events = code("The police fired to disperse the crowd in Dravo.")
    shooting = [e for e in events if e.event == "ASSAULT" and e.mode == "firearms"]
    assert shooting and any(a.sector == "COP" for a in shooting[0].actor)


@pytest.mark.parametrize(
    "text", ["The mill fired 200 workers last week.", "The manager was fired last week."]
)
def test_events_coder_fire_with_object_or_passive_is_no_shooting(code, text):
    assert "ASSAULT" not in [e.event for e in code(text)]


def test_events_coder_number_modifier_may_sit_inside_a_trigger_phrase(code):
    event = _one(code("Police fired over 40 rounds at the mob."), "ASSAULT")
    assert "rounds" in event.trigger


def test_events_coder_teargas_shells_are_dispersal_not_shelling(code):
    events = code("Police burst teargas shells at the crowd in Norvik.")
    assert [(e.event, e.mode) for e in events] == [("COERCE", "disperse")]


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Police were able to arrest 12 looters in Norvik.", False),
        ("Police have been able to arrest only one suspect so far.", False),
        ("Police were not able to arrest the looters.", True),
        ("Police will be able to arrest the looters.", True),
        ("Police would have been able to arrest the looters.", True),
    ],
)
def test_events_coder_ability_in_the_past_is_a_realised_act(code, text, hypothetical):
    event = _one(code(text), "COERCE")
    assert ("hypothetical" in event.aux) is hypothetical
    assert any(a.sector == "COP" for a in event.actor)


def test_events_coder_without_negates_its_object_not_its_governor(code):
    fired = _one(code("Soldiers opened fire on the marchers without warning."), "ASSAULT")
    assert "negated" not in fired.aux
    spared = _one(code("Police cleared the square without firing a shot."), "ASSAULT")
    assert "negated" in spared.aux


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate remanded the three men to police custody.",
        "The editor was sent to jail for a week.",
        "The court sent the two organisers to judicial custody.",
    ],
)
def test_events_coder_remand_and_committal_to_jail_are_arrests(code, text):
    event = _one(code(text), "COERCE")
    assert event.mode == "arrest"


def test_events_coder_crowd_that_disperses_of_itself_is_not_dispersed(code):
    assert "COERCE" not in [e.event for e in code("The marchers then dispersed peacefully.")]
    for text in ("Police dispersed the marchers with batons.", "The crowd was dispersed."):
        assert _one(code(text), "COERCE").mode == "disperse"


def test_events_coder_picked_up_by_police_is_an_arrest(code):
    event = _one(code("Ten students were picked up by police from their hostel."), "COERCE")
    assert event.mode == "arrest"
    assert "COERCE" not in [e.event for e in code("The parcel was picked up by a courier.")]


@pytest.mark.parametrize(
    "text",
    [
        "The arrests were made by the city police on Thursday.",
        "Residents spoke of the arrests made by the city police on Thursday.",
    ],
)
def test_events_coder_agent_of_passive_light_verb_acts_in_nominal_event(code, text):
    event = _one(code(text), "COERCE")
    assert any(a.sector == "COP" for a in event.actor)


@pytest.mark.parametrize(
    "text",
    [
        "The villagers apprehended a threat to the life of their teacher.",  # feared
        "The new levy helped to arrest the decline of the mills.",  # halted
        "The old district jail near Dravo was upgraded last year.",  # a building
    ],
)
def test_events_coder_arrest_words_in_other_senses_are_no_arrest(code, text):
    assert ("COERCE", "arrest") not in [(e.event, e.mode) for e in code(text)]


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("First, we have to arrest the guilty, the minister said.", True),
        ("The police need to arrest the looters.", True),
        ("The police had to open fire on the mob.", False),
    ],
)
def test_events_coder_present_obligation_is_not_an_act(code, text, hypothetical):
    event = next(e for e in code(text) if e.event in ("COERCE", "ASSAULT"))
    assert ("hypothetical" in event.aux) is hypothetical


@pytest.mark.parametrize(
    ("text", "arrest"),
    [
        ("Six youths were picked up after the riot in Dravo.", True),
        ("The driver picked up three passengers in Norvik.", False),
        ("The parcel was picked up by a courier.", False),
    ],
)
def test_events_coder_picked_up_names_an_arrest_only_in_an_agentless_passive(code, text, arrest):
    assert (("COERCE", "arrest") in [(e.event, e.mode) for e in code(text)]) is arrest


# --- Round three: what is demanded, ordered, likely or denied is no act; fears are no arrests ---


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded the arrest of the Dravo mayor.",
        "The senator asked the government to arrest the smugglers.",
        "The chief directed his officers to watch the market and detain the smugglers.",
        "Three organisers are likely to be arrested on Friday.",
    ],
)
def test_events_coder_asked_for_or_likely_arrest_is_hypothetical(code, text):
    event = _one(code(text), "COERCE")
    assert "hypothetical" in event.aux


def test_events_coder_arrest_made_is_not_hypothetical(code):
    event = _one(code("Police arrested the Dravo mayor on Friday."), "COERCE")
    assert "hypothetical" not in event.aux


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The police denied that any arrest had been made in Norvik.", True),
        ("The police said that an arrest had been made in Norvik.", False),
    ],
)
def test_events_coder_denied_clause_is_negated(code, text, negated):
    event = _one(code(text), "COERCE")
    assert ("negated" in event.aux) is negated


@pytest.mark.parametrize(
    "text",
    [
        "The mayor apprehended acts of retaliation against the traders.",
        "The ruling party apprehended a riot after the vote in Dravo.",
    ],
)
def test_events_coder_apprehending_a_feared_event_is_no_arrest(code, text):
    assert ("COERCE", "arrest") not in [(e.event, e.mode) for e in code(text)]


def test_events_coder_denied_part_in_an_event_is_no_denied_event(code):
    text = "The ministry denied that its guards took part in the killing of the trader."
    event = _one(code(text), "ASSAULT")
    assert "negated" not in event.aux


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Striking miners waited in the sun for the union leader on Monday.", "miners"),
        ("Police struggled to hold back hundreds of protesting students in Norvik.", "students"),
        ("Four hundred nurses in Dravo are on strike over unpaid wages.", "nurses"),
        ("The bus drivers of Norvik are on strike again.", "drivers"),
    ],
)
def test_events_coder_protesting_group_is_a_protest_by_that_group(code, text, actor):
    event = _one(code(text), "PROTEST")
    assert any(actor in a.name.lower() for a in event.actor)


@pytest.mark.parametrize(
    "text",
    [
        "There was a striking contrast between the two valleys of Valdoria.",
        "The council's decision on the strike was delayed until May.",
    ],
)
def test_events_coder_striking_adjective_or_talk_about_a_strike_is_no_protest(code, text):
    assert "PROTEST" not in [e.event for e in code(text)]


def test_events_coder_verb_misparsed_as_subjectless_clause_keeps_its_subject(code):
    text = "The raiders opened fire, but police guards posted there killed one of them at once."
    kill = next(e for e in code(text) if e.mode == "kill")
    assert any(a.sector == "COP" for a in kill.actor)


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("The envoy suggested that the smugglers be arrested at once.", True),
        ("The envoy said that the smugglers were arrested at once.", False),
    ],
)
def test_events_coder_subjunctive_clause_asks_for_an_act(code, text, hypothetical):
    event = _one(code(text), "COERCE")
    assert ("hypothetical" in event.aux) is hypothetical


def test_events_coder_protesters_acting_are_a_protest_by_them(code):
    event = _one(
        code("Demonstrators pushed through the barriers outside the Dravo ministry."), "PROTEST"
    )
    assert any("demonstrators" in a.name.lower() for a in event.actor)


def test_events_coder_protesters_as_object_alone_are_no_protest(code):
    events = code("Police in Norvik detained twelve protesters on Monday.")
    assert "PROTEST" not in [e.event for e in events]
    assert _one(events, "COERCE").mode == "arrest"

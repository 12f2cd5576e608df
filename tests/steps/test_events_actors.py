"""Tests of actor resolution (newsledger.steps.events.actors) on sentences we wrote."""

from __future__ import annotations

import pytest

from newsledger.errors import ConfigError
from newsledger.steps.events.actors import ActorResolver, load_actor_dictionary
from newsledger.steps.events.codebook import load_codebook, merge_data


@pytest.fixture(scope="module")
def actor_dict():
    return load_actor_dictionary()


def _actor(nlp, actor_dict, text: str, word: str, dateline: str | None = None, nth: int = 0):
    doc = nlp(text)
    token = [t for t in doc if t.text == word][nth]
    return ActorResolver(doc, actor_dict, dateline).actor_for(token)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Belarus", "BLR"), ("United States", "USA"), ("Russia", "RUS"), ("European Union", "EU")],
)
def test_events_actors_dictionary_countries_and_igos(actor_dict, name, code):
    assert actor_dict.country_of(name) == code


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [("Belarusians", ["riot", "police"]), ("the Kremlin's", ["border", "guard"]), ("Oslo", [])],
)
def test_events_actors_dictionary_lookups_remembered_as_found(text, lemmas):
    # A fresh dictionary answers every lookup as the remembered answers of a used one do.
    used, fresh = load_actor_dictionary(), load_actor_dictionary()
    first = (used.country_of(text), used.sector_of(lemmas))
    assert (used.country_of(text), used.sector_of(lemmas)) == first
    assert (fresh._find_country(text), fresh._find_sector(lemmas)) == first


@pytest.mark.parametrize(("capital", "code"), [("minsk", "BLR"), ("washington", "USA")])
def test_events_actors_dictionary_capitals(actor_dict, capital, code):
    assert actor_dict.capitals[capital] == code


@pytest.mark.parametrize(
    ("text", "word", "name", "country", "sector"),
    [
        ("Danish Prime Minister Karen Holm met the envoy.", "Holm", "Karen Holm", "DNK", "GOV"),
        ("Washington criticised the election.", "Washington", "United States", "USA", "GOV"),
        ("Police in the city detained two men.", "Police", "police", "MDA", "COP"),
        ("Hundreds of Moldovans rallied.", "Moldovans", "Moldovans", "MDA", "CVL"),
        ("The European Union condemned the vote.", "Union", "European Union", "EU", "IGO"),
        ("Ukrainian soldiers shelled the town.", "soldiers", "Ukrainian soldiers", "UKR", "MIL"),
    ],
)
def test_events_actors_country_and_sector(nlp, actor_dict, text, word, name, country, sector):
    actor = _actor(nlp, actor_dict, text, word, dateline="CHISINAU")
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)
    assert text[actor.start : actor.end] == actor.text


@pytest.mark.parametrize(
    ("text", "word", "nth", "name"),
    [
        (
            "Marta Lind, a rights activist, was arrested. Lind was freed on Monday.",
            "Lind",
            1,
            "Marta Lind",
        ),
        (
            "Marta Lind, a rights activist, was arrested. She was freed later.",
            "She",
            0,
            "Marta Lind",
        ),
        (
            "Foreign Secretary Tom Reid arrived. The secretary met the mayor.",
            "secretary",
            0,
            "Tom Reid",
        ),
    ],
)
def test_events_actors_resolve_within_article(nlp, actor_dict, text, word, nth, name):
    actor = _actor(nlp, actor_dict, text, word, nth=nth)
    assert actor.name == name
    assert (
        actor.entity_id
        == _actor(nlp, actor_dict, text, "Lind" if "Lind" in text else "Reid").entity_id
    )


@pytest.mark.parametrize(
    ("base", "override", "expected"),
    [
        (
            {"a": [1], "b": {"c": 1}},
            {"a": [2], "b": {"d": 2}},
            {"a": [1, 2], "b": {"c": 1, "d": 2}},
        ),
        ({"a": 1}, {"a": 3}, {"a": 3}),
    ],
)
def test_events_actors_merge_data(base, override, expected):
    assert merge_data(base, override) == expected


@pytest.mark.parametrize("content", ["triggers:\n  DANCE:\n    _: [waltz]\n"])
def test_events_actors_codebook_rejects_unknown_type(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="DANCE"):
        load_codebook(path)


@pytest.mark.parametrize("content", ["demonyms:\n  narnian: NRN\n"])
def test_events_actors_user_dictionary_extends(tmp_path, content):
    path = tmp_path / "actors.yaml"
    path.write_text(content, encoding="utf-8")
    assert load_actor_dictionary(path).country_of("Narnian") == "NRN"
    assert load_actor_dictionary(path).country_of("Danish") == "DNK"


@pytest.mark.parametrize(
    ("text", "code"),
    [("Kenya's", "KEN"), ("Ghanaians", "GHA"), ("Bosnian", "BIH"), ("the Croats", "HRV")],
)
def test_events_actors_country_of_possessives_and_plural_demonyms(actor_dict, text, code):
    assert actor_dict.country_of(text) == code


@pytest.mark.parametrize(
    ("text", "word", "name", "country"),
    [
        ("Inspectors of the United Nations left.", "Inspectors", "inspectors of United Nations",
         "UN"),
        ("Rebels shelled the city of Nairobi.", "city", "city of Nairobi", "KEN"),
    ],
)  # fmt: skip
def test_events_actors_common_noun_named_through_of(nlp, actor_dict, text, word, name, country):
    actor = _actor(nlp, actor_dict, text, word)
    assert (actor.name, actor.country) == (name, country)
    assert text[actor.start : actor.end] == actor.text

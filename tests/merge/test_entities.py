"""Tests of entity resolution (newsledger.merge.entities, names, places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import ConfigError
from newsledger.merge.entities import (
    Overrides,
    Sighting,
    load_overrides,
    resolve_entities,
)
from newsledger.merge.names import acronym_of, split_title, translit_key


def _entity_of(sightings: list[Sighting], overrides: Overrides | None = None) -> list[str | None]:
    return resolve_entities(sightings, overrides).assignments


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lukashenka", "Lukashenko"),
        ("Svyatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
        ("Viktar Babaryka", "Viktor Babariko"),
        ("Maryia Kalesnikava", "Maria Kolesnikova"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ],
)
def test_entities_transliteration_variants_merge(a: str, b: str) -> None:
    res = resolve_entities([Sighting(a, "PERSON"), Sighting(b, "PERSON")])
    assert res.assignments[0] == res.assignments[1] is not None
    (merge,) = res.merges
    assert merge["reason"].startswith("transliteration variant (key ")
    (entity,) = res.entities
    assert set(entity.names) == {a, b}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Viktar Babaryka", "Eduard Babaryka"),  # father and son
        ("Mike Pompeo", "Mike Pence"),
        ("Lukashenka", "Lukyanenko"),
        ("Svetlana Alexievich", "Svetlana Tikhanovskaya"),
    ],
)
def test_entities_different_people_stay_apart(a: str, b: str) -> None:
    first, second = _entity_of([Sighting(a, "PERSON"), Sighting(b, "PERSON")])
    assert first != second


@pytest.mark.parametrize(
    ("full", "short", "reason"),
    [
        ("Alyaksandr Lukashenka", "Lukashenko", "surname of Alyaksandr Lukashenka"),
        ("Mike Pompeo", "Pompeo", "surname of Mike Pompeo"),
        ("Alyaksandr Lukashenka", "A. Lukashenka", "initials of Alyaksandr Lukashenka"),
        ("Mike Pompeo", "U.S. Secretary of State Mike Pompeo", None),
        ("Svyatlana Tsikhanouskaya", "opposition leader Tsikhanouskaya", "surname of"),
    ],
)
def test_entities_short_forms_join_full_name(full: str, short: str, reason: str | None) -> None:
    res = resolve_entities([Sighting(full, "PERSON"), Sighting(short, role="actor")])
    assert res.assignments[0] == res.assignments[1]
    reasons = [m["reason"] for m in res.merges]
    assert (not reasons) if reason is None else any(r.startswith(reason) for r in reasons)


@pytest.mark.parametrize("surname", ["Smith"])
def test_entities_ambiguous_surname_stays_apart(surname: str) -> None:
    ids = _entity_of([Sighting(f"John {surname}"), Sighting(f"Jane {surname}"), Sighting(surname)])
    assert len(set(ids)) == 3


@pytest.mark.parametrize(
    ("acronym", "long_name", "reason"),
    [
        ("RFE/RL", "Radio Free Europe/Radio Liberty", "acronym of"),
        ("EU", "European Union", "acronym of"),
        ("KGB", "State Security Committee", "known alias of"),
        ("U.S.", "United States", None),
    ],
)
def test_entities_acronyms_join_long_names(
    acronym: str, long_name: str, reason: str | None
) -> None:
    res = resolve_entities([Sighting(long_name, "ORG"), Sighting(acronym, "ORG")])
    assert res.assignments[0] == res.assignments[1]
    assert res.entities[0].name == long_name
    reasons = [m["reason"] for m in res.merges]
    assert (not reasons) if reason is None else reasons[0].startswith(reason)


@pytest.mark.parametrize(
    ("capital", "country", "iso"),
    [("Minsk", "Belarus", "BY"), ("Washington", "United States", "US"), ("Moscow", "Russia", "RU")],
)
def test_entities_capital_as_actor_is_government(capital: str, country: str, iso: str) -> None:
    res = resolve_entities(
        [Sighting(country, "GPE"), Sighting(capital, role="actor"), Sighting(capital, "GPE")]
    )
    as_country, as_actor, as_place = res.assignments
    assert as_country == as_actor != as_place
    government = next(e for e in res.entities if e.id == as_actor)
    assert (government.kind, government.name, government.country) == ("country", country, iso)
    assert res.merges[0]["reason"] == f"capital used for government of {country}"


@pytest.mark.parametrize(
    ("text", "title", "core"),
    [
        ("U.S. Secretary of State Mike Pompeo", "U.S. Secretary of State", "Mike Pompeo"),
        ("Danish Prime Minister Mette Frederiksen", "Danish Prime Minister", "Mette Frederiksen"),
        ("President Lukashenka's", "President", "Lukashenka"),
        ("European Union", "", "European Union"),
        ("the Belarusian leader", "the Belarusian leader", ""),
    ],
)
def test_entities_titles_are_stripped(text: str, title: str, core: str) -> None:
    assert split_title(text) == (title, core)


@pytest.mark.parametrize("name", ["Pompeo"])
def test_entities_profile_keeps_titles_dates_and_co_actors(name: str) -> None:
    sightings = [
        Sighting(
            f"Mike {name}",
            role="actor",
            text=f"U.S. Secretary of State Mike {name}",
            article_id="a1",
            event_id="e1",
            date="2020-10-24",
            country="USA",
            sector="GOV",
        ),
        Sighting("Alyaksandr Lukashenka", role="recipient", article_id="a1", event_id="e1"),
    ]
    res = resolve_entities(sightings)
    pompeo = next(e for e in res.entities if e.name == f"Mike {name}")
    lukashenka = next(e for e in res.entities if e.name == "Alyaksandr Lukashenka")
    assert pompeo.titles == [
        {"title": "U.S. Secretary of State", "date": "2020-10-24", "article_id": "a1"}
    ]
    assert (pompeo.country, pompeo.sector, pompeo.events) == ("USA", "GOV", {"e1"})
    record = pompeo.to_record({lukashenka.id: lukashenka.name})
    assert record["co_actors"] == [{"id": lukashenka.id, "name": lukashenka.name, "n": 1}]


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("overrides", "joined", "apart"),
    [
        (Overrides(), [("Lukashenka", "Lukashenko")], [("Lukashenka", "Batka")]),
        (Overrides(not_same=[("Lukashenka", "Lukashenko")]), [], [("Lukashenka", "Lukashenko")]),
        (Overrides(same=[("Batka", "Lukashenko")]), [("Lukashenka", "Batka")], []),
        (
            Overrides(same=[("the Belarusian leader", "Lukashenka")]),
            [("the Belarusian leader", "Lukashenko")],
            [("Batka", "Lukashenka")],
        ),
    ],
)
def test_entities_overrides_change_result(overrides: Overrides, joined: list, apart: list) -> None:
    names = ["Lukashenka", "Lukashenko", "Batka", "the Belarusian leader"]
    res = resolve_entities([Sighting(n, "PERSON") for n in names], overrides)
    ids = dict(zip(names, res.assignments, strict=True))
    assert all(ids[a] == ids[b] for a, b in joined)
    assert all(ids[a] != ids[b] for a, b in apart)
    assert any(m["reason"] == "override" for m in res.merges) == bool(overrides.same)


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        (
            "overrides.yaml",
            "same:\n  - [Batka, Lukashenka]\nnot_same:\n  - [Lukashenka, Lukashenko]\n",
        ),
        (
            "overrides.toml",
            'same = [["Batka", "Lukashenka"]]\nnot_same = [["Lukashenka", "Lukashenko"]]\n',
        ),
    ],
)
def test_entities_load_overrides_yaml_and_toml(tmp_path: Path, filename: str, text: str) -> None:
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    loaded = load_overrides(path)
    assert loaded.same == [("Batka", "Lukashenka")]
    assert loaded.not_same == [("Lukashenka", "Lukashenko")]


@pytest.mark.parametrize("text", ["same: [Lukashenka]\n", "same: [[a, b, c]]\n", "same: [[a\n"])
def test_entities_bad_overrides_raise(tmp_path: Path, text: str) -> None:
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="overrides"):
        load_overrides(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Radio Free Europe/Radio Liberty", "RFE/RL"),
        ("European Union", "EU"),
        ("Organization for Security and Co-operation in Europe", "OSCE"),
    ],
)
def test_entities_acronym_of(name: str, expected: str) -> None:
    assert acronym_of(name) == expected


@pytest.mark.parametrize(
    ("a", "b"), [("Tsikhanouskaya", "Tikhanovskaya"), ("Alyaksandr", "Alexander")]
)
def test_entities_translit_key_equal(a: str, b: str) -> None:
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize(
    ("written", "acronym", "long_name"),
    [
        ("ZLF: Zembla Liberation Front", "ZLF", "Zembla Liberation Front"),
        ("Union of Free Cartographers (UFK)", "UFK", "Union of Free Cartographers"),
    ],
)
def test_entities_declared_acronym_joins(written: str, acronym: str, long_name: str) -> None:
    res = resolve_entities([Sighting(written, role="actor"), Sighting(acronym, role="actor")])
    assert res.assignments[0] == res.assignments[1]
    assert res.entities[0].name == long_name
    assert res.merges[0]["reason"] == f"declared acronym of {long_name}"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Vyasna Rights Centre", "Viasna Rights Centre", True),
        ("Civilians (Niger)", "Civilians (Nigeria)", False),
        ("Protesters (Belarus)", "Protesters (Ukraine)", False),
    ],
)
def test_entities_org_spelling_variants(a: str, b: str, same: bool) -> None:
    first, second = _entity_of([Sighting(a, "ORG"), Sighting(b, "ORG")])
    assert (first == second) is same


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "a Belarusian-American political strategist",
            "a Belarusian-American political strategist",
        ),
        ("several thousand", None),
        ("Opposition politician Vitali Shkliarov", "Opposition politician"),
    ],
)
def test_entities_roles_from_actor_text(text: str, role: str | None) -> None:
    sighting = Sighting(
        "Vitali Shkliarov", role="recipient", text=text, article_id="a1", date="XXXX-07"
    )
    (entity,) = resolve_entities([sighting]).entities
    assert [t["title"] for t in entity.titles] == ([role] if role else [])


@pytest.mark.parametrize(
    ("full", "mislabelled", "label", "same"),
    [
        ("Svyatlana Tsikhanouskaya", "Tsikhanouskaya", "GPE", True),
        ("Mike Pompeo", "Pompeo", "ORG", True),
        ("George Washington", "Washington", "GPE", False),  # a known place stays a place
    ],
)
def test_entities_mislabelled_surname_joins_person(
    full: str, mislabelled: str, label: str, same: bool
) -> None:
    person, other = _entity_of([Sighting(full, "PERSON"), Sighting(mislabelled, label)])
    assert (person == other) is same

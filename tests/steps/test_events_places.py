"""Tests of offline geocoding and of picking the event's place among a sentence's toponyms.

Sentences are written for these tests (invented events in the shape of wire copy).
"""

from __future__ import annotations

import pytest

from newsledger.steps.events.places import (
    FROM_DATELINE,
    IN_CLAUSE,
    NO_PLACE_IN_CLAUSE,
    PLACE_ELSEWHERE,
    UNRESOLVED,
    find_event_place,
    geocode,
    normalise_place_name,
)


@pytest.mark.parametrize(
    ("name", "hint", "canonical", "country", "precision"),
    [
        ("Minsk", None, "Minsk", "BLR", "city"),
        ("central Minsk", None, "Minsk", "BLR", "city"),
        ("the capital, Minsk", None, "Minsk", "BLR", "city"),
        ("Hrodna", None, "Hrodna", "BLR", "city"),
        ("Kiev", None, "Kyiv", "UKR", "city"),
        ("Belarus", None, "Belarus", "BLR", "country"),
        ("the United States", None, "United States", "USA", "country"),
        ("Texas", None, "Texas", "USA", "admin1"),
        ("Washington", None, "Washington", "USA", "city"),
        ("Paris", None, "Paris", "FRA", "city"),
        ("Paris", "US", "Paris", "USA", "city"),
        ("Paris", "USA", "Paris", "USA", "city"),
        ("Georgia", None, "Georgia", "GEO", "country"),
        ("Georgia", "United States", "Georgia", "USA", "admin1"),
    ],
)
def test_places_geocode_names_and_hints(name, hint, canonical, country, precision):
    place = geocode(name, hint)
    assert place is not None
    assert (place.name, place.country, place.precision) == (canonical, country, precision)
    assert place.text == name
    if precision == "city":
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Minsk", 53.9, 27.57), ("Vilnius", 54.69, 25.28), ("Washington", 38.9, -77.04)],
)
def test_places_geocode_coordinates(name, lat, lon):
    place = geocode(name)
    assert abs(place.lat - lat) < 0.2 and abs(place.lon - lon) < 0.2


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Minsk", "Minsk"), ("Paris", "Ile-de-France"), ("Houston", "Texas"), ("Kharkiv", "Kharkiv")],
)
def test_places_geocode_city_admin1(name, admin1):
    assert geocode(name).admin1 == admin1


@pytest.mark.parametrize("name", ["Zzyzxqland", "", "the capital"])
def test_places_geocode_unknown_is_none(name):
    assert geocode(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("central Minsk", "Minsk"),
        ("the capital, Minsk", "Minsk"),
        ("the city of Hrodna", "Hrodna"),
        ("Brest region", "Brest"),
        ("Vitebsk's", "Vitebsk"),
    ],
)
def test_places_normalise_place_name(text, expected):
    assert normalise_place_name(text) == expected


def _mentions(sentence: str, *names: str) -> list[tuple[str, int, int]]:
    return [(n, sentence.index(n), sentence.index(n) + len(n)) for n in names]


@pytest.mark.parametrize(
    ("sentence", "names", "trigger", "dateline", "expected_name", "reason"),
    [
        ("Riot police detained dozens of students in Hrodna on Sunday.", ("Hrodna",),
         "detained", None, "Hrodna", IN_CLAUSE),
        ("Thousands marched through central Minsk despite the snow.", ("Minsk",), "marched",
         "VILNIUS", "Minsk", IN_CLAUSE),
        ("Police in Vitebsk arrested a blogger.", ("Vitebsk",), "arrested", None, "Vitebsk",
         IN_CLAUSE),
        ("Officers detained nine marchers as women rallied in the capital, Minsk.", ("Minsk",),
         "detained", None, "Minsk", IN_CLAUSE),
        ("Officers detained nine marchers on the main avenue.", (), "detained", "MINSK", "Minsk",
         FROM_DATELINE),
        ("Opposition leaders left Belarus for Lithuania after the vote.", ("Belarus", "Lithuania"),
         "left", "MINSK", None, PLACE_ELSEWHERE),
        ("The crackdown led Washington to impose sanctions on Belarus.",
         ("Washington", "Belarus"), "impose", "MINSK", None, PLACE_ELSEWHERE),
        ("Officers detained nine marchers on the main avenue.", (), "detained", None, None,
         NO_PLACE_IN_CLAUSE),
        ("Pensioners marched in the capital for a third Sunday.", (), "marched", "KYIV", "Kyiv",
         IN_CLAUSE),
        ("Pensioners marched in the capital for a third Sunday.", (), "marched", "HRODNA",
         "Minsk", IN_CLAUSE),
        ("Guards beat the detainees at Okrestina Zzyzx Centre.", ("Okrestina Zzyzx Centre",),
         "beat", None, "Okrestina Zzyzx Centre", UNRESOLVED),
    ],
)  # fmt: skip
def test_places_find_event_place(sentence, names, trigger, dateline, expected_name, reason):
    place, why = find_event_place(
        sentence, _mentions(sentence, *names), sentence.index(trigger), dateline
    )
    assert why == reason
    assert (place.name if place else None) == expected_name


@pytest.mark.parametrize(
    ("sentence", "names", "trigger", "expected"),
    [
        # Two locative places: the one after the trigger wins over one in an earlier clause.
        (
            "After talks in Vilnius, police detained six activists in Brest.",
            ("Vilnius", "Brest"),
            "detained",
            "Brest",
        ),
        (
            "Students protested in Homyel while ministers met in Moscow.",
            ("Homyel", "Moscow"),
            "protested",
            "Homyel",
        ),
    ],
)
def test_places_find_event_place_prefers_the_trigger_clause(sentence, names, trigger, expected):
    place, _ = find_event_place(
        sentence, _mentions(sentence, *names), sentence.index(trigger), None
    )
    assert place is not None and place.name.startswith(expected)

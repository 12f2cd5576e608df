"""Tests of head counts (arrested, killed, injured, participants) read from event sentences.

Sentences are written for these tests (invented events in the shape of wire copy).
"""

from __future__ import annotations

import pytest

from newsledger.records import Size
from newsledger.steps.events.quantities import VAGUE_COUNTS, extract_size, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("nine", 9), ("Twenty-three", 23), ("ninety nine", 99), ("12,000", 12000), ("250", 250),
        ("1.5 million", 1_500_000), ("two hundred", 200), ("three thousand", 3000),
        ("hundreds", None), ("a", None), ("ninth", None),
    ],
)  # fmt: skip
def test_quantities_parse_number(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize(
    ("sentence", "event_type", "expected"),
    [
        ("Police detained nine protesters near the station.", "COERCE", Size(arrested=9)),
        ("Nine protesters detained in Brest were fined.", "COERCE", Size(arrested=9)),
        ("Officers arrested twenty-three students on Friday.", "COERCE", Size(arrested=23)),
        ("More than 12,000 people have been detained since the vote.", "COERCE",
         Size(arrested=12000, approximate=True)),
        ("At least nine more were detained on the same day.", "COERCE",
         Size(arrested=9, approximate=True)),
        ("About 200 demonstrators were arrested.", "COERCE",
         Size(arrested=200, approximate=True)),
        ("Gunmen opened fire on a bus, killing three.", "ASSAULT", Size(killed=3)),
        ("The blast left five dead and 12 injured.", "ASSAULT", Size(killed=5, injured=12)),
        ("Hundreds of women staged a march along the river.", "PROTEST",
         Size(participants=100, approximate=True)),
        ("Dozens of miners rallied outside the pit.", "PROTEST",
         Size(participants=12, approximate=True)),
        ("Thousands took to the streets of the capital.", "PROTEST",
         Size(participants=1000, approximate=True)),
        ("Some 300 farmers blocked the highway.", "PROTEST",
         Size(participants=300, approximate=True)),
    ],
)  # fmt: skip
def test_quantities_extract_size(sentence, event_type, expected):
    assert extract_size(sentence, event_type) == expected


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police detained the editor on October 24.", "COERCE"),
        ("The ruling party won 80 percent of the vote in 2020.", "PROTEST"),
        ("He has served two years of a five-year sentence.", "COERCE"),
        ("Guards beat a 17-year-old student.", "ASSAULT"),
        ("The two presidents held a phone call on Monday.", "CONSULT"),
        ("Customs officers seized a truck at the border.", "COERCE"),
        ("The ministers met for three hours in the capital.", "CONSULT"),
        ("Hundreds of women staged a march in the square.", "COERCE"),
    ],
)
def test_quantities_no_size_without_a_count(sentence, event_type):
    assert extract_size(sentence, event_type) is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "arrested"),
    [
        # An aggregate and a new count of the same kind: the count nearest the trigger wins.
        ("Over 5,000 have been detained this year, with six more detained on Sunday.",
         "detained on", 6),
        ("Over 5,000 have been detained this year, with six more detained on Sunday.",
         "have been", 5000),
    ],
)  # fmt: skip
def test_quantities_nearest_count_to_trigger(sentence, trigger, arrested):
    size = extract_size(sentence, "COERCE", sentence.index(trigger))
    assert size is not None and size.arrested == arrested


@pytest.mark.parametrize(
    ("sentence", "participants"),
    [
        ("Police detained four activists as hundreds of pensioners marched.", 100),
        ("Police detained four activists as dozens of pensioners marched.", 12),
    ],
)
def test_quantities_protest_keeps_arrests_and_crowd(sentence, participants):
    size = extract_size(sentence, "PROTEST")
    assert size == Size(arrested=4, participants=participants, approximate=True)
    coerce = extract_size(sentence, "COERCE")
    assert coerce == Size(arrested=4)


@pytest.mark.parametrize("phrase", sorted(VAGUE_COUNTS))
def test_quantities_vague_counts_are_approximate(phrase):
    size = extract_size(f"{phrase.capitalize()} of workers were detained.", "COERCE")
    assert size is not None and size.approximate and size.arrested == VAGUE_COUNTS[phrase]


@pytest.mark.parametrize(
    ("sentence", "event_type", "trigger", "expected"),
    [
        ("A reporter was detained outside the court.", "COERCE", "detained", Size(arrested=1)),
        ("Unknown gunmen shot dead a farmer near the village.", "ASSAULT", "shot", Size(killed=1)),
        ("Three people were killed in a drone strike.", "ASSAULT", "killed", Size(killed=3)),
        ("A crowd gathered as police detained two organisers.", "COERCE", "detained",
         Size(arrested=2)),
    ],
)  # fmt: skip
def test_quantities_single_person_counts(sentence, event_type, trigger, expected):
    assert extract_size(sentence, event_type, sentence.index(trigger)) == expected


@pytest.mark.parametrize(
    ("sentence", "coerce_trigger", "protest_trigger"),
    [
        ("Police detained nine protesters as hundreds of women staged their weekly march.",
         "detained", "staged"),
        ("Guards arrested nine students while hundreds of women marched past the court.",
         "arrested", "marched"),
    ],
)  # fmt: skip
def test_quantities_counts_stay_in_their_trigger_clause(sentence, coerce_trigger, protest_trigger):
    coerce = extract_size(sentence, "COERCE", sentence.index(coerce_trigger))
    protest = extract_size(sentence, "PROTEST", sentence.index(protest_trigger))
    assert coerce == Size(arrested=9)
    assert protest == Size(participants=100, approximate=True)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A farmer and his son were shot dead near the well.", 2),
        ("A teacher and a driver were killed when the bus was ambushed.", 2),
        ("Clashes continued overnight. Fatalities coded as 4.", 4),
        ("The death toll rose to 12 on Sunday.", 12),
        ("Gunmen stormed the market, killing 7.", 7),
        ("A trader was shot to death by four armed men.", 1),
    ],
)
def test_quantities_fatality_phrases(sentence, killed):
    size = extract_size(sentence, "ASSAULT")
    assert size is not None and size.killed == killed

"""Tests of head counts (arrested, killed, injured, participants) and report-level death tolls.

Sentences are written for these tests (invented events in the shape of wire copy).
"""

from __future__ import annotations

import pytest

from newsledger.records import Event, Evidence, Size
from newsledger.steps.events.quantities import VAGUE_COUNTS, extract_size, parse_number
from newsledger.steps.events.tolls import apply_summary_toll, summary_fatalities, summary_toll


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


@pytest.mark.parametrize(
    ("sentence", "event_type", "expected"),
    [
        # A death count and an injury count joined by "and" stay apart.
        ("One child was killed and three villagers were wounded when the shell landed.",
         "ASSAULT", Size(killed=1, injured=3)),
        ("Two soldiers were killed and three were wounded.", "ASSAULT",
         Size(killed=2, injured=3)),
        # "beaten to death", "tortured ... to death" count deaths, not injuries.
        ("A shopkeeper was beaten to death by a crowd on Friday.", "ASSAULT", Size(killed=1)),
        ("Guards tortured a prisoner to death, his family said.", "COERCE", Size(killed=1)),
        # Two people named together count two, active or passive.
        ("Gunmen opened fire on the bus, killing a teacher and her son.", "ASSAULT",
         Size(killed=2)),
        ("The mayor and his driver were killed in the blast.", "ASSAULT", Size(killed=2)),
        # Coordinated counts of one group add up.
        ("Three police officers and one civilian were killed in the ambush.", "ASSAULT",
         Size(killed=4)),
        ("Soldiers killed five fighters and two civilians near the border.", "ASSAULT",
         Size(killed=7)),
        ("Police detained six men and two women after the rally.", "COERCE", Size(arrested=8)),
        # A subset after "including" is not added again; a breakdown in brackets is skipped.
        ("Nine people were killed, including two children.", "ASSAULT", Size(killed=9)),
        ("At least 19 people (ten officers and nine bystanders) were wounded.", "ASSAULT",
         Size(injured=19, approximate=True)),
        # "and" joins a death cue to a verb ("shot and killed"), never to a noun.
        ("Troops clashed with 40 rebels and killed 6 of them.", "ASSAULT", Size(killed=6)),
        ("Border guards shot two smugglers dead and seized 4,000 pills.", "COERCE",
         Size(killed=2)),
        ("Militants killed six civilians in the village.", "ASSAULT", Size(killed=6)),
        ("Two soldiers died after the convoy was ambushed.", "ASSAULT", Size(killed=2)),
    ],
)  # fmt: skip
def test_quantities_news_casualty_phrases(sentence, event_type, expected):
    assert extract_size(sentence, event_type) == expected


# Report-level tolls (`tolls.py`): the total a report sums up with, and which event gets it.
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Gunmen attacked a checkpoint near Marrow. 2 fatalities.", 2),
        ("Clashes went on for hours. Unknown fatalities coded as 10.", 10),
        ("The death toll from the bombing rose to 14 on Monday.", 14),
        ("Shelling hit the market. Dozens of fatalities and injuries coded as 6.", 6),
        ("Protesters blocked the bridge. No casualties were reported.", 0),
        ("Neither injuries nor fatalities were reported.", 0),
        # A claim in brackets is set aside: the report's own figure stands.
        ("A soldier was shot. Fatalities coded as 0 (rebels claimed 4 fatalities).", 0),
        # No toll: a side's dead only, or no figure at all.
        ("There were no casualties among the soldiers, officials said.", None),
        ("It is unclear whether anyone was hurt.", None),
    ],
)
def test_tolls_summary_fatalities(text, total):
    assert summary_fatalities(text) == total


@pytest.mark.parametrize(
    ("text", "counted", "per_event"),
    [
        ("Fighting spread to three fronts. 12 fatalities split between 3 events.", None, 4),
        ("Fatalities coded as 10 and spread across three locations.", None, 3),
        ("Nine were killed in two raids. Fatalities split between two events.", 9, 5),
        ("Eight were killed. Fatalities are split across 2 events (3).", 8, 3),
        (
            "Unknown fatalities coded as 10 and split between the two events with 4 coded to each.",
            None,
            4,
        ),
    ],
)
def test_tolls_split_between_events(text, counted, per_event):
    toll = summary_toll(text)
    assert toll is not None and toll.per_event(counted) == per_event


def _event(event_type: str, killed: int | None, sentence: int = 0) -> Event:
    evidence = Evidence("Invented sentence.", 0, 18, sentence)
    size = Size(killed=killed) if killed is not None else None
    return Event(f"e{sentence}{event_type}", "a1", event_type, evidence, size=size)


def test_tolls_closing_toll_replaces_sentence_counts():
    # "Three officers died." has no trigger: the attack's event gets the closing tally.
    attack = _event("ASSAULT", None)
    protest = _event("PROTEST", None, 1)
    apply_summary_toll(
        [protest, attack], "Gunmen attacked a patrol. Three officers died. 3 fatalities."
    )
    assert attack.size is not None and attack.size.killed == 3
    assert protest.size is None


def test_tolls_discounted_claim_caps_every_event():
    first, second = _event("ASSAULT", 1), _event("ASSAULT", 1, 1)
    apply_summary_toll([first, second], "A soldier was killed. Fatalities coded as 0 (1 claimed).")
    assert (first.size.killed, second.size.killed) == (0, 0)


def test_tolls_no_toll_leaves_counts_alone():
    event = _event("ASSAULT", 5)
    apply_summary_toll([event], "Five guards were killed in the raid on Marrow.")
    assert event.size.killed == 5


def test_tolls_zero_toll_adds_no_size():
    event = _event("PROTEST", None)
    apply_summary_toll([event], "Workers marched in Marrow. No casualties reported.")
    assert event.size is None


def test_tolls_a_period_total_is_not_the_report_toll():
    text = (
        "Gunmen killed 12 villagers on Sunday. The death toll from attacks this year rose to 300."
    )
    event = _event("ASSAULT", 12)
    apply_summary_toll([event], text)
    assert summary_fatalities(text) is None and event.size.killed == 12


def test_tolls_no_one_killed_elsewhere_keeps_counted_deaths():
    bombing = _event("ASSAULT", 25)
    raid = _event("ASSAULT", None, 1)
    text = (
        "A bomb killed 25 people at the Marrow bus station on Monday. In a separate attack "
        "in Lirsk, gunmen fired on a checkpoint but no one was killed."
    )
    apply_summary_toll([bombing, raid], text)
    assert bombing.size.killed == 25


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead a farmer and wounded a boy in Telsiai.",
        "A court official was detained; the clerk-a witness said-was freed.",
        "(a) one man (the driver) was hurt, x-a rider too",
        "a",
    ],
)
def test_quantities_word_before_each_offset_as_the_prefix_ends(sentence):
    from newsledger.steps.events.quantities import _TOKEN_RE, _word_before

    words = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]
    starts = [start for start, _ in words]
    for offset in range(len(sentence) + 1):
        expected = (_TOKEN_RE.findall(sentence[:offset])[-1:] or [None])[0]
        assert _word_before(sentence, words, starts, offset) == expected


@pytest.mark.parametrize(
    "word",
    ["detained", "Killed", "wounded", "beaten", "protesters", "marched", "dead", "deadline",
     "injuries", "people", "held", "casualties", "lives", "ARRESTS", ""],
)  # fmt: skip
def test_quantities_cue_field_of_first_matching_pattern(word):
    from newsledger.steps.events.quantities import COUNT_CUES, _field_of

    expected = next((name for name, pattern in COUNT_CUES if pattern.match(word)), None)
    assert _field_of(word) == expected


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # `re` ignores case beyond ASCII ("ſ" is an "s", the Kelvin sign a "k"): a toll written
        # so is still found, as the patterns themselves find it.
        ("Shelling hit the market. No ca\u017fualties were reported.", 0),
        ("Shelling hit the market. Nobody was \u212ailled.", 0),
        ("Shelling hit the market. FATAL\u0131TIES coded as 3.", 3),
        ("Shelling hit the market on Monday.", None),
    ],
)
def test_tolls_found_whatever_the_letters_case(text, total):
    assert summary_fatalities(text) == total


def test_parse_number_rejects_a_digit_run_too_long_to_be_a_count():
    assert parse_number("9" * 400) is None
    assert parse_number("123456789012345") == 123456789012345


def test_extract_size_survives_a_huge_digit_run():
    size = extract_size("Police said " + "9" * 400 + " people were killed.", "ASSAULT", 0)
    assert size is None or size.killed is None

"""Tests of the TIMEX finder: explicit, relative and anaphoric dates, never an invented year.

Every sentence here is written for these tests (invented events in the shape of wire copy).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.steps.events.timex import (
    ALL_KINDS,
    UNKNOWN_DAY,
    find_timexes,
    granularity_of,
    resolve_timex,
)

ANCHOR = date(2020, 10, 26)  # a Monday


def _values(text: str, anchor: date | None, **kwargs) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in find_timexes(text, anchor, **kwargs)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Riot police broke up a rally in Hrodna on October 24.", None, "XXXX-10-24"),
        ("Riot police broke up a rally in Hrodna on October 24.", ANCHOR, "2020-10-24"),
        ("Earlier on Oct. 3, the court fined two bloggers.", ANCHOR, "2020-10-03"),
        ("The strike committee met on 12 March 2019 in Brest.", None, "2019-03-12"),
        ("The union called the December 5 walkout illegal.", ANCHOR, "2020-12-05"),
        ("Observers rejected the results of the August 9 vote.", ANCHOR, "2020-08-09"),
        ("The journalist was first held on December 20.", date(2021, 1, 10), "2020-12-20"),
    ],
)
def test_timex_month_day_resolves_year_only_from_anchor(text, anchor, expected):
    values = [v for _, v, _ in _values(text, anchor)]
    assert values == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "granularity", "mod"),
    [
        ("The blogger was seized in late July near the border.", None, "XXXX-07", "month", "LATE"),
        (
            "The blogger was seized in late July near the border.",
            ANCHOR,
            "2020-07",
            "month",
            "LATE",
        ),
        ("The envoy toured Vilnius in February.", ANCHOR, "2020-02", "month", None),
        ("Talks stalled in early 2019.", None, "2019", "year", "EARLY"),
        ("He has governed the province since 1994.", None, "1994", "year", "AFTER"),
        ("Exports fell in the third quarter.", ANCHOR, "2020-Q3", "quarter", None),
        ("Rallies grew last summer.", None, "XXXX-SU", "season", None),
        ("Unrest spread in the 1990s.", None, "199", "decade", None),
        ("Prices rose in mid-November.", None, "XXXX-11", "month", "MID"),
    ],
)
def test_timex_granularity_and_mod(text, anchor, value, granularity, mod):
    (timex,) = find_timexes(text, anchor)
    assert (timex.value, timex.granularity, timex.mod) == (value, granularity, mod)
    assert text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    ("text", "with_anchor", "without_anchor"),
    [
        ("Guards beat the prisoners yesterday.", "2020-10-25", UNKNOWN_DAY),
        ("The mayor resigned on Friday.", "2020-10-23", "XXXX-WXX-5"),
        ("The council will vote on Friday.", "2020-10-30", "XXXX-WXX-5"),
        ("Troops withdrew last week.", "2020-W43", "XXXX-WXX"),
        ("Strikes began earlier this month.", "2020-10", "XXXX-XX"),
        ("The party split two years ago.", "2018", "XXXX"),
        ("The decree was signed today.", "2020-10-26", UNKNOWN_DAY),
    ],
)
def test_timex_relative_expressions_need_the_anchor(text, with_anchor, without_anchor):
    assert [v for _, v, _ in _values(text, ANCHOR)] == [with_anchor]
    assert [v for _, v, _ in _values(text, None)] == [without_anchor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Standing alone, "the next day" is one day after the last day-level date before it.
        ("Police held him on June 2 and freed him the next day.", ["XXXX-06-02", "XXXX-06-03"]),
        # With a complement it dates the complement: the talks were the day before June 2.
        ("She spoke on June 2, the day after talks with the envoy.", ["XXXX-06-02", "XXXX-06-01"]),
        ("He was released the following day.", [UNKNOWN_DAY]),
        ("The vote was on March 1, and the result came a day later.", ["XXXX-03-01", "XXXX-03-02"]),
    ],
)
def test_timex_anaphoric_days_follow_the_reference(text, expected):
    assert [v for _, v, _ in _values(text, None)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials may meet the strikers again.",
        "Some 2000 people joined the march through the city.",
        "The crowd grew to 1,500 by the evening news.",
        "Women staged a march in the square.",
        "He said change would come recently enough.",
    ],
)
def test_timex_ignores_non_dates_by_default(text):
    assert find_timexes(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "kinds", "vague", "expected"),
    [
        ("Rights groups say abuses rose in recent years.", ALL_KINDS, True, "PAST_REF"),
        ("The curfew lasted three weeks.", ALL_KINDS, False, "P3W"),
        ("Protests have gone on for the past two months.", ALL_KINDS, False, "P2M"),
        ("Volunteers meet every week.", ALL_KINDS, False, "P1W"),
        ("The rally starts at 3 p.m.", ALL_KINDS, False, "2020-10-26T15:00"),
    ],
)
def test_timex_optional_kinds_and_vague_values(text, kinds, vague, expected):
    assert [v for _, v, _ in _values(text, ANCHOR, kinds=kinds, vague=vague)] == [expected]
    assert _values(text, ANCHOR) == []  # none of these dates an event


@pytest.mark.parametrize(
    ("value", "anchor", "expected"),
    [
        ("XXXX-10-24", date(2020, 10, 26), "2020-10-24"),
        ("XXXX-12", date(2021, 1, 5), "2020-12"),
        ("XXXX-10-24", None, "XXXX-10-24"),
        ("2019-05", date(2020, 10, 26), "2019-05"),
    ],
)
def test_timex_resolve_fills_only_unknown_years(value, anchor, expected):
    assert resolve_timex(value, anchor) == expected


@pytest.mark.parametrize(
    ("value", "granularity"),
    [("2020-10-24", "day"), ("XXXX-07", "month"), ("2020-W43", "week"), ("P3Y", "duration"),
     ("PAST_REF", "vague"), ("2020-SU", "season"), ("199", "decade")],
)  # fmt: skip
def test_timex_granularity_of_values(value, granularity):
    assert granularity_of(value) == granularity


_PIECES = st.sampled_from(
    [
        "on", "in", "late", "early", "last", "next", "this", "since", "the", "day", "after",
        "before", "week", "month", "year", "ago", "two", "nine", "Monday", "Friday",
        "October", "July", "February", "May", "24", "9", "1994", "2019", "1,500", "yesterday",
        "today", "quarter", "third", "summer", "recently", "earlier", ",", ".", "march",
        "detained", "police",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_PIECES, max_size=14), noise=st.text(max_size=12))
def test_timex_never_invents_a_year_without_anchor(words, noise):
    text = " ".join(words) + noise
    for timex in find_timexes(text, None, kinds=ALL_KINDS, vague=True):
        assert text[timex.start : timex.end] == timex.text
        if timex.kind == "DURATION":
            continue  # "P1500W" counts weeks; it names no year
        for year in re.findall(r"\d{4}", timex.value):
            assert year in text, (text, timex)


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev"])
def test_timex_tempeval_dev_floor(shared_dir, split):
    from newsledger.eval.timex import score_timex

    scores = score_timex(shared_dir, split, limit=20)
    assert scores["documents"] == 20
    assert scores["relaxed"]["f1"] >= 0.80
    assert scores["value_accuracy"] >= 0.75


@pytest.mark.parametrize("split", ["dev", "test"])
def test_timex_command_skips_cleanly_without_data(tmp_path, split):
    from click.testing import CliRunner

    from newsledger.eval.timex import timex_command

    result = CliRunner().invoke(timex_command, ["--split", split, "--shared", str(tmp_path)])
    assert result.exit_code == 0
    assert "skipped" in result.output


@pytest.mark.shared
@pytest.mark.parametrize("limit", [3])
def test_timex_command_prints_scores(shared_dir, limit):
    from click.testing import CliRunner

    from newsledger.eval.timex import timex_command

    args = ["--split", "dev", "--shared", str(shared_dir), "--limit", str(limit)]
    result = CliRunner().invoke(timex_command, args)
    assert result.exit_code == 0, result.output
    assert f"{limit} documents" in result.output
    assert "relaxed" in result.output and "reproduce: newsledger eval timex" in result.output


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("On February 29 police detained ten people. The next day they were freed.", "2021-03-05"),
        ("On February 29 police detained ten people. The next day they were freed.", None),
        ("The vote on February 29, 2021 was annulled the day after.", "2021-03-05"),
    ],
)
def test_timex_leap_day_never_gives_an_impossible_date(text, anchor):
    found = find_timexes(text, date.fromisoformat(anchor) if anchor else None)
    for timex in found:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value):
            date.fromisoformat(timex.value)  # raises for an impossible day such as 2021-02-29


# Words and separators the scan test builds texts from: rule openers, words that open a rule only
# before certain words ("the end of"), numbers, place nouns and a few non-ASCII look-alikes.
_SCAN_WORDS = st.sampled_from(
    "the The end beginning middle of early mid late last next this coming earlier later on in "
    "since by a an few several many one two twenty nineteen 3 24 2019 1990s 3rd fiscal first "
    "quarter spring fall week weekend month months year years day days ago hence from now today "
    "yesterday tomorrow tonight night morning Monday Friday May March Mar Sept. Oct. June "
    "recently current at present these soon every each daily 5pm 10:30 a.m. neighbourhood Avenue "
    "same following previous that \u212aelvin \u017fince ça".split()
)
_SCAN_GAPS = st.sampled_from([" ", "  ", ", ", "-", ". ", "\n", "'s ", " ("])


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_SCAN_WORDS, max_size=16), gaps=st.lists(_SCAN_GAPS, max_size=16))
def test_timex_scan_finds_what_a_full_scan_finds(words, gaps):
    from newsledger.steps.events.timex.rules import RULES
    from newsledger.steps.events.timex.scan import candidate_starts, matches_at, starter_index

    text = "".join(w + g for w, g in zip(words, gaps + [" "] * len(words), strict=False))
    index = starter_index([rule.starters for rule in RULES])
    for rule, starts in zip(RULES, candidate_starts(text, index, len(RULES)), strict=True):
        full = [m.span() for m in rule.regex.finditer(text)]
        assert [m.span() for m in matches_at(rule.regex, text, starts)] == full


def test_timex_scan_opener_conditions_come_from_the_next_word():
    from newsledger.steps.events.timex.scan import candidate_starts, parse_starters, starter_index

    index = starter_index([parse_starters("the>end|start soon"), parse_starters("the")])
    text = "the end, the vote, the start and soon"
    assert candidate_starts(text, index, 2) == [[0, 19, 33], [0, 9, 19]]


@pytest.mark.parametrize(
    "text",
    [
        "Artillery hit the July 7 neighbourhood of the port city.",
        "Gunmen fired at 7 July and Engineering College areas of the town.",
        "Residents of the 25 of March sector blocked the road.",
        "Hundreds gathered in Monday Avenue to demand food.",
        "Teachers marched through Mar del Plata.",
    ],
)
def test_timex_dates_naming_places_are_no_dates(text):
    assert _values(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artillery hit the July 7 positions of the army.", "2020-07-07"),
        ("Residents gathered on Monday in the main square.", "2020-10-26"),
        ("The 2019 district elections were annulled.", "2019"),
        ("The next vote is due in Mar 2021.", "2021-03"),
        ("The court adjourned the trial until Sept. again.", "2020-09"),
    ],
)
def test_timex_dates_beside_place_words_are_kept(text, expected):
    assert [v for _, v, _ in _values(text, ANCHOR)] == [expected]


def test_timex_date_outside_brackets_dates_the_event(code):
    text = "On 6 May 2024 (from 6 - 8 May), police detained nine students in Brest."
    events = code(text, published=date(2024, 5, 12))
    assert [(e.event, e.date) for e in events] == [("COERCE", "2024-05-06")]


def _event_dates(code, text: str) -> list[tuple[str, str | None, str | None]]:
    events = code(text, published=date(2024, 5, 12))
    return [(e.trigger, e.date, e.date_source) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A date inside the noun phrase of the protest's topic is the topic's, not the protest's.
        (
            "On 28 April 2024, in Hrodna, about 20 students blocked the tracks as part of a "
            "protest against a cut in the number of places for next year.",
            "protest",
            "2024-04-28",
        ),
        (
            "On 3 May 2024, nurses in Brest staged a rally against the 2025 hospital budget.",
            "staged a rally",
            "2024-05-03",
        ),
        # The parser hangs the opening date on the subject; it still scopes the sentence.
        (
            "On 5 May 2024 workers protested against the 2025 budget in Brest.",
            "protested",
            "2024-05-05",
        ),
        # A date on another event noun is shared: the killing happened in the May 3 attack.
        (
            "The May 3 attack on the convoy killed four soldiers, the army said on Monday.",
            "killed",
            "2024-05-03",
        ),
        # A date inside an argument still dates the event when the clause has no other.
        ("Riot police broke up the 4 May rally of nurses in Brest.", "broke up", "2024-05-04"),
    ],
)
def test_timex_event_takes_the_date_of_its_clause_not_of_an_argument(code, text, trigger, expected):
    assert (trigger, expected, "text") in _event_dates(code, text)


def test_timex_until_bounds_a_count_and_dates_no_event(code):
    counted = _event_dates(
        code, "Until 3 May 2024, 300 prisoners were released from Valdorian jails."
    )
    assert counted == [("released", "2024-05-12", "article")]
    late = _event_dates(code, "The journalist was not released until 3 May 2024.")
    assert late == [("released", "2024-05-03", "text")]  # "not until": released that day


def test_timex_counted_multiword_event_is_coded_with_its_date(code):
    # The count sits on the first word of "bursts of fire": it still says the bursts happened,
    # so the event is kept and dated; uncounted, a bare noun with no party is no event.
    counted = _event_dates(code, "On 3 May 2024, monitors recorded 14 bursts of fire near Tarn.")
    assert counted == [("bursts of fire", "2024-05-03", "text")]
    assert _event_dates(code, "Monitors heard bursts of fire near Tarn.") == []


def test_find_timexes_takes_any_container_of_kinds():
    as_set = find_timexes("The envoys met on May 3 and again last week.", None, kinds={"DATE"})
    as_tuple = find_timexes("The envoys met on May 3 and again last week.", None, kinds=("DATE",))
    assert [t.text for t in as_set] == [t.text for t in as_tuple] and as_set

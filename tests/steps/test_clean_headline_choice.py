"""Which line above the lead is the headline: not a row of buttons, a date, a stamp or an
author's name, even when the headline itself asks a question or is printed twice.
Captures written for these tests."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_MENU = "Home\n\nNews\n\nValdoria\n\nSport"
_HEADLINE = "Harbour Council Delays Vote On Ferry Fares"
_STORY = "\n\n".join(
    [
        "The harbour council in Norvel postponed its vote on new ferry fares on Tuesday after "
        "islanders packed the chamber to protest against a rise of a third for residents.",
        "The council's chair said the vote would be held next month, once the operator had "
        "published its accounts for last year, which islanders' groups have asked to see.",
        "A group representing the Lirsk Islands said it would keep up its campaign and called "
        "on the transport ministry to cap fares on lifeline routes, as it does on the mainland.",
    ]
)


def _page(*header: str) -> str:
    return "\n\n".join([_MENU, *header, _STORY, "Copyright 2024 Northern Dispatch"])


@pytest.mark.parametrize(
    "control",
    [
        "Save Pin FB More",
        "845 shares",
        "Reading Time: 3 mins read",
        "Close share panel",
        "Add to Pocket",
        "Jump to Recipe Print Recipe",
        "Article history",
        "Jun 18th 2018",
        "NORVEL —",
        "Published: 22:00 GMT, 26 September 2024 | Updated: 08:39 GMT, 28 September 2024",
        "<iframe width=476 height=267>",
        "Tags: Ferries, Norvel, Lirsk Islands",
    ],
)
def test_a_control_or_date_line_under_the_headline_is_not_the_headline(control: str) -> None:
    result = clean_text_capture(_page(_HEADLINE, control))
    assert result.title == _HEADLINE


def test_a_headline_naming_a_control_word_is_still_a_headline() -> None:
    headline = "Share Prices Fall As Ferry Strike Drags On"
    assert clean_text_capture(_page(headline)).title == headline


def test_an_authors_name_without_by_is_the_byline() -> None:
    result = clean_text_capture(_page(_HEADLINE, "Anna Petrel", "March 16, 2024"))
    assert (result.title, result.byline) == (_HEADLINE, "Anna Petrel")


def test_a_short_headline_with_nothing_above_is_the_headline() -> None:
    page = "\n\n".join(["Storm Warning", _STORY])
    assert clean_text_capture(page).title == "Storm Warning"


def test_a_headline_asking_a_question_is_neither_standfirst_nor_lead() -> None:
    headline = "Will The Islands Ever Get A Fair Ferry Fare From The Harbour Council?"
    result = clean_text_capture(_page(headline))
    assert result.title == headline
    assert result.standfirst is None
    assert not result.text.startswith("Will The Islands")


def test_a_headline_printed_twice_is_still_the_headline() -> None:
    # The first copy in a breadcrumb above, the second over the story.
    page = "\n\n".join([_MENU, f"News > {_HEADLINE}", _HEADLINE, _STORY, _HEADLINE])
    assert clean_text_capture(page).title == _HEADLINE


def test_written_by_with_a_colon_is_a_byline() -> None:
    result = clean_text_capture(_page(_HEADLINE, "Written by: Anna Petrel"))
    assert (result.title, result.byline) == (_HEADLINE, "Anna Petrel")


@pytest.mark.parametrize("kicker", ["World News", "Valdoria Business"])
def test_a_short_headline_below_a_kicker_is_the_headline(kicker: str) -> None:
    result = clean_text_capture(_page(kicker, "Ferry Strike Ends", "May 2, 2026"))
    assert result.title == "Ferry Strike Ends"
    assert result.byline is None


@pytest.mark.parametrize("label", ["Tweet  Share  Pin", "Download PDF", "Rating: FALSE"])
def test_a_button_row_or_label_is_no_byline(label: str) -> None:
    result = clean_text_capture(_page(_HEADLINE, label, "May 2, 2026"))
    assert result.byline is None
    assert result.title == _HEADLINE


@pytest.mark.parametrize(
    "line",
    ["By [9]Anna Petrel", "Reporting by Anna Petrel; Editing by Marek Stolz", "Gallery 1 / 8"],
)
def test_a_byline_credit_or_slide_counter_is_not_the_headline(line: str) -> None:
    assert clean_text_capture(_page(_HEADLINE, line)).title == _HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Category 4 Storm Batters Valdoria Coast",
        "Tag Day Raises Funds For Harbour Families",
        "Facebook Shares Close Lower",
    ],
)
def test_headlines_opening_like_labels_or_naming_networks_stay(headline: str) -> None:
    assert clean_text_capture(_page(headline)).title == headline

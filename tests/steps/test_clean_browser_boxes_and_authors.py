"""Tests of the text cleaner on a browser's own text (innerText, select-all and copy).

A browser never hard-wraps its text, so the shapes a text browser prints (a paragraph broken
at a margin) must not be read into it. The captures are written for these tests.
"""

from __future__ import annotations

import textwrap

from newsledger.steps.clean.language import stop_words
from newsledger.steps.clean.lines import split_units
from newsledger.steps.clean.text import clean_text_capture

# Headlines of a "Most read" box, each printed twice (image alt text, then the link), all of
# much the same length: a browser's text, where they look like lines wrapped at a margin.
_HEADLINES = [
    "Valdoria's harbour guild votes to end the strike after a long night of talks",
    "Ferry crews in Port Aster return to work as the new timetable takes effect",
    "Parliament in Velmora delays the budget vote until the coalition settles",
    "Border crossing at Kastel reopens to freight after the floods recede again",
    "Teachers in the northern provinces accept the offer made by the ministry",
    "Central bank of Valdoria holds its rate as inflation cools for a third month",
    "Opposition leaders in Velmora call for an inquiry into the tender for the new coastal road",
]

_ARTICLE = [
    "The city council of Port Aster agreed on Tuesday to rebuild the old stone bridge over "
    "the river, which has been closed to traffic since the spring floods damaged two of its "
    "arches.",
    "Work is due to begin in the autumn and should take about eighteen months, the mayor told "
    "reporters after the vote, adding that a ferry would carry people across in the meantime.",
    "Shopkeepers on both banks said the closure had cost them a third of their trade, and a "
    "group of them has asked the council for help with their rents until the bridge reopens.",
]


def _browser_capture() -> str:
    box = "\n".join(line for title in _HEADLINES for line in (title, title))
    body = "\n\n".join(_ARTICLE)
    return f"Skip to content\nNews\nSport\n\nBridge to be rebuilt\n\n{body}\n\nMost read\n{box}\n"


def test_browser_headlines_of_one_length_stay_apart() -> None:
    """Two lines near a common length, the second opening with a capital whose first word
    would have fitted on the first, were never wrapped: each stays a unit of its own."""
    units = split_units(_browser_capture(), stop_words("en"))
    box = [u.text for u in units if u.text in _HEADLINES[:-1]]
    assert len(box) == 2 * len(_HEADLINES[:-1])  # the longest line sets the margin: no room


def test_browser_headline_box_does_not_outscore_the_article() -> None:
    result = clean_text_capture(_browser_capture())
    assert result.text.split("\n\n") == _ARTICLE
    assert not any(title in result.text for title in _HEADLINES)


def test_hard_wrapped_paragraph_with_capitals_still_joins() -> None:
    """A wrapped line whose next word did not fit joins the next line, capital or not; a
    line continuing in lower case joins even where a shorter word would have fitted (an
    author's own line breaks, a wrapper that counts markup)."""
    sentence = "Officials in Valdoria said The Harbour Guild would meet Port Aster again. "
    lines = textwrap.wrap(sentence * 12, 70)
    assert lines[2].endswith("meet") and lines[3][0].isupper()  # a capital, did not fit
    lines[3] = lines[3].rsplit(" ", 1)[0]  # now "meet" on the next line would have fitted
    assert lines[4][0].islower()
    raw = "\n".join(lines) + "\n"
    units = split_units(raw, stop_words("en"))
    assert [u.text for u in units] == [" ".join(lines)]


def test_browser_related_box_between_paragraphs_is_navigation() -> None:
    """A "Related" heading right below a paragraph, with three unbulleted headlines that run
    straight into the next paragraph, is a box inside the article, not its header."""
    related = [
        "How one of the oldest workshops in Velmora turns the clay of the river into tiles",
        "Why the ferry operator in Port Aster has ordered two new boats for the lake this year",
        "What the council in Kastel wants to do with the toll on the new bypass in the north",
    ]
    raw = (
        "Bridge to be rebuilt\n\n"
        + f"{_ARTICLE[0]}\n\n{_ARTICLE[1]}\n\nRelated\n"
        + "\n".join(related)
        + f"\n{_ARTICLE[2]}\n\nShare this story\n"
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


def test_tag_line_below_the_article_is_removed() -> None:
    """A post's tags on a line of their own go; a paragraph opening with the same words
    and no colon ("Posted in 2019, ...") is reporting and stays."""
    posted = "Posted in 2019, the notice on the bridge warned drivers of cracks in two arches."
    raw = (
        "Bridge to be rebuilt\n\n"
        + "\n\n".join([*_ARTICLE, posted])
        + "\n\nFiled under city council, floods, Aster Ferries Ltd.\n"
        + "Tagged: floods, Valdoria Rail Co.\n\nShare this story\n"
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE, posted]


def test_author_blurb_ends_body_under_a_byline_without_by() -> None:
    """A byline printed as the bare name (no "By") still names the author whose blurb,
    followed by other stories, closes the article; a menu line of two capitalised words
    that recurs at the end ("Port Aster") is no author."""
    blurb = (
        "Mira Kestel is a senior writer for the Aster Gazette, covering city hall and the "
        "harbour. She was previously a reporter at the Velmora Daily."
    )
    other = (
        "The ferry operator in Port Aster has ordered two new boats for the lake, which it "
        "says will enter service in time for the summer timetable next year."
    )
    raw = (
        "Port Aster\nNews\nSport\n\nBridge to be rebuilt\n\nMira Kestel\n\nMay 3, 2024\n\n"
        + "\n\n".join(_ARTICLE)
        + f"\n\n{blurb}\n\nSenior Writer\n\nPort Aster\n\n{other}\n\nShare this story\n"
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


def test_group_named_above_the_article_is_no_author_box() -> None:
    """A name line above the article whose name opens a closing paragraph without a press
    role ("Aster Relief Network is providing ...") is reporting, not the author's blurb."""
    closing = (
        "Aster Relief Network is providing meals to the families on the east bank while the "
        "bridge is closed, and says it will go on doing so until the spring."
    )
    raw = (
        "Aster Relief Network\nNews\n\nBridge to be rebuilt\n\n"
        + "\n\n".join([*_ARTICLE, closing])
        + "\n\nShare this story\n"
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_ARTICLE, closing]


def test_related_heading_with_adjectives_and_question_headlines() -> None:
    """ "More Great Gazette Stories" heads a box of headlines like "More stories", and a
    listed headline that asks a question does not end the box: the box between the article's
    paragraphs goes, however the headlines end."""
    related = [
        "How one of the oldest workshops in Velmora turns the clay of the river into tiles",
        "Is the ferry to Port Aster about to get more expensive for the people of the bay?",
        "What the council in Kastel wants to do with the toll on the new bypass in the north",
        "Why the harbour guild in Valdoria voted to go back to the table with the port board",
    ]
    raw = (
        "Bridge to be rebuilt\n\n"
        + f"{_ARTICLE[0]}\n\n{_ARTICLE[1]}\n\nMore Great Gazette Stories\n"
        + "\n".join(related)
        + f"\n\n{_ARTICLE[2]}\n\nShare this story\n"
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _ARTICLE


def test_about_me_link_in_a_sidebar_menu_is_no_end_marker() -> None:
    """A sidebar printed above the article (a browser's text keeps the page's order) with
    an "About me" link among its menu items, without bullets, does not end the article
    that follows; the same words as a heading of their own, below the article, still do."""
    sidebar = (
        "Mira Kestel writes about the towns and the harbours of Valdoria, and she has lived "
        "in Port Aster for most of her life, where she runs a small press and a reading "
        "group that meets on the first Monday of every month in the old library by the pier. "
        "Her notes on the ferries, the markets and the weather on the lake have appeared here "
        "every week since the spring of the year the new quay was opened to the public."
    )
    menu = "Pages\nA short guide to the harbour\nAbout me\nBooks I liked\nContact\n"
    blurb = "I write about the harbour towns and their people, and I run a small press."
    raw = (
        f"Harbour notes\n\n{sidebar}\n\n{menu}\nBridge to be rebuilt\n\n"
        + "\n\n".join(_ARTICLE)
        + f"\n\nAbout me\n\n{blurb}\n"
    )
    result = clean_text_capture(raw).text
    assert all(paragraph in result for paragraph in _ARTICLE)
    assert blurb not in result

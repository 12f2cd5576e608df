"""Tests of the text cleaner on a browser's own text (Chromium `innerText`, "save as text"):
each paragraph is one long line, and link lists print one item per line without bullets."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.language import stop_words
from newsledger.steps.clean.lines import split_units
from newsledger.steps.clean.text import clean_text_capture

# Headlines of about one length, one per line, as a "Most read" box prints in innerText.
_MOST_READ = [
    "Valdoria harbour strike: dockers reject the guild's offer after a night of talks",
    "Ostrava ferry fares: the board raises prices for the third time since the spring",
    "Lake Mirna floods: villagers in the north move to higher ground as rain continues",
    "Valdoria budget row: finance minister Velichko faces questions over rail spending",
    "Border crossing reopens: lorries queue for hours at the northern checkpoint again",
    "Mountain rail link: engineers find cracks in the tunnel that opened only last year",
    "Capital marathon: runners from twelve countries join the race along the old river",
    "Winter grain prices: farmers in the valley warn of losses as export routes close",
    "Velichko meets envoys: the president promises reform of the courts within a year",
    "Old town fire: the historic market hall burns down but the clock tower survives it",
]
_PARAGRAPHS = [
    "The harbour authority of Valdoria said on Tuesday that the strike by the dockers' guild "
    "had left more than forty ships waiting outside the port, and that the ferries to the "
    "islands would run only twice a day until the two sides returned to the table.",
    "Guild leaders said the offer made by the board on Monday night did not keep pace with "
    "the rise in prices over the past year, and that their members would stay out until the "
    "board agreed to talks with a mediator named by the courts.",
    "The transport minister told reporters in the capital that the government would not step "
    "in for now, but that it was watching the effect of the strike on the supply of grain and "
    "fuel to the northern provinces, where stocks were already low.",
]


def _browser_capture() -> str:
    """A capture as Chromium's innerText prints it: one line per paragraph, blank lines
    between paragraphs, and a box of headlines of one length with no bullets below them."""
    body = "\n\n".join(_PARAGRAPHS)
    return f"Home\nNews\nWorld\n\n{body}\n\nMost read\n" + "\n".join(_MOST_READ) + "\n"


def test_browser_text_headlines_of_one_length_are_no_wrapped_paragraph() -> None:
    """Lines of one length with no blank line between them look hard-wrapped; in a capture
    whose paragraphs run past that margin they are no wrap, and each stays a unit of its own."""
    units = split_units(_browser_capture(), stop_words("en"))
    texts = [unit.text for unit in units]
    for headline in _MOST_READ:
        assert headline in texts


def test_browser_text_headline_box_stays_out_of_the_body() -> None:
    result = clean_text_capture(_browser_capture())
    assert result.text.startswith("The harbour authority")
    assert result.text.rstrip().endswith("stocks were already low.")
    assert not any(headline in result.text for headline in _MOST_READ)


def test_browser_text_related_box_between_paragraphs_is_navigation() -> None:
    """A "Related stories" box of three headlines between two paragraphs is a box inside the
    article, not a menu link above its header, though prose follows it as it would a header."""
    related = [
        "Why the ferries to the islands of Valdoria cost more than they did a year ago",
        "Harbour Guild Elects a New Chair After a Close Vote",
        "Valdoria's northern ports brace for a long winter",
    ]
    raw = (
        "Home\nNews\n\n"
        + f"{_PARAGRAPHS[0]}\n\nRelated stories\n"
        + "\n".join(related)
        + f"\n\n{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n"
    )
    result = clean_text_capture(raw)
    assert result.text.startswith("The harbour authority")
    assert "mediator named by the courts" in result.text
    assert not any(headline in result.text for headline in related)


# A "Breaking news" ticker as innerText prints it: its teasers run into one line, each
# summary cut off mid-sentence.
_TICKER = (
    "Harbour strike enters second week ALDRIC: The dockers' guild said on Monday that its "
    "members would stay out until the board agreed to talks with a mediator named by the... "
    "Ferry fares rise again OSTRAVA: The island ferry board raised the price of a return "
    "ticket for the third time this year, citing the cost of fuel and the wages of its,... "
    "Floods close northern road MIRNA: Heavy rain closed the only road between the lake "
    "villages and the capital on Sunday night, and the army sent trucks to carry the... "
    "Minister faces rail questions ALDRIC: Finance minister Velichko was asked in parliament "
    "to explain why the mountain rail link had cost twice what the government had..."
)


def test_browser_text_ticker_run_into_one_line_is_navigation() -> None:
    body = "\n\n".join(_PARAGRAPHS)
    raw = f"Home\nNews\n\nBreaking news\n{_TICKER}\n\nDockers stay out\n\n{body}\n"
    result = clean_text_capture(raw)
    assert result.text.startswith("The harbour authority")
    assert "named by the..." not in result.text
    assert any(block.text == _TICKER and block.reason == "navigation" for block in result.removed)


def test_browser_text_paragraph_trailing_off_once_is_prose() -> None:
    """A reporter's paragraph may quote someone trailing off ("we waited... and waited"):
    one or two cuts are no ticker."""
    quote = (
        "One docker said the strike had been hard on his family. \u201cWe waited... Then the "
        "board wrote to us again, and we waited... Nobody in the guild wants this to go on "
        "into the winter, but nobody wants to go back for less than we had last year.\u201d"
    )
    raw = "\n\n".join([_PARAGRAPHS[0], quote, _PARAGRAPHS[1], _PARAGRAPHS[2]]) + "\n"
    assert quote in clean_text_capture(raw).text


def test_browser_text_question_headline_under_related_heading_is_no_lead() -> None:
    """Under a "Recommended stories" heading, a few headlines run into a title-cased question
    ("Why Do ...?"): that is one more headline, not the lead of an article below the link."""
    recommended = [
        "Engineers in Valdoria Have Found a Way to Keep the Harbour Open All Year, but Not Yet",
        "The First Ferry to the Islands Might Run Again Soon, but Not Without a Deal With Them",
        "Why Do Island Ferries Cost More in Winter?",
    ]
    body = "\n\n".join(_PARAGRAPHS)
    raw = (
        f"Home\nNews\n\n{body}\n\nShare this story\nRecommended stories\n"
        + "\n".join(recommended)
        + "\nAbout the author\nMila Hart\n"
    )
    result = clean_text_capture(raw)
    assert result.text.rstrip().endswith("stocks were already low.")
    assert not any(headline in result.text for headline in recommended)


def test_browser_text_listed_headline_ending_in_a_bracketed_date_goes_on_the_list() -> None:
    """A headline ending in a date in brackets closes no sentence: the list under "More from"
    goes on past it, and the headlines below it are navigation too."""
    more = [
        "Harbour notes (11/20/19)",
        "Dockers' guild names its new negotiating team",
        "Ferry timetable for the winter months",
        "Why the northern ports of Valdoria are the first to close when the lake freezes over",
        "How the island ferries are kept running through the long and dark months of the year",
    ]
    body = "\n\n".join(_PARAGRAPHS)
    raw = f"Home\n\n{body}\nMore from The Valdoria Courier\n" + "\n".join(more) + "\n"
    result = clean_text_capture(raw)
    assert result.text.rstrip().endswith("stocks were already low.")
    assert not any(headline in result.text for headline in more)


def test_browser_text_tab_separated_table_is_one_announced_list() -> None:
    """A browser prints a table row with a tab between cells: a standings table of more rows
    than a list holds is one list, announced by the line above it, and stays in the body."""
    clubs = ["Aldric", "Ostrava", "Mirna", "Velka", "Dorn", "Sarov", "Kell"]
    rows = [
        f"{rank}\t{clubs[rank % 7]} Rowing Club {rank}\t{400 - rank * 9}\t{rank % 5}"
        for rank in range(1, 36)
    ]
    raw = (
        "Home\nResults\n\nValdoria rowing league\n\n"
        "This page always holds the league table as it stood after the last regatta.\n\n"
        "The final standings of the Valdoria rowing league after twelve regattas:\n\n"
        "Pos.\tClub\tPoints\tWins\n" + "\n".join(rows) + "\n\nContact us\nPrivacy\n"
    )
    text = clean_text_capture(raw).text
    assert text.startswith("This page always holds")
    assert rows[0] in text and rows[-1] in text


def _under_the_article(heading: str, listed: list[str]) -> str:
    """A capture: the article's paragraphs, then a related box (`heading`, `listed`) run
    straight into the author's blurb, as a browser's text prints them."""
    body = "\n\n".join(_PARAGRAPHS)
    bio = (
        "Mila Hart is a contributor at the Courier and the host of a weekly radio programme "
        "about the harbour; she has covered the business of the ports and of the island "
        "ferries for more than ten years, and she lives in the old town with her family."
    )
    return f"Home\n\n{body}\n{heading}\n" + "\n".join(listed) + f"\n{bio}\n"


@pytest.mark.parametrize("heading", ["More Great Courier Stories", "Next Up In Harbour & Sea"])
def test_browser_text_worded_related_headings_open_a_list(heading: str) -> None:
    """Sites word their "more stories" boxes freely: a few words between "More" and
    "Stories", a section name with "&" after "Next up in"."""
    listed = [
        "Dockers' guild names its new negotiating team",
        "Ferry timetable for the winter months",
        "Why the northern ports of Valdoria are the first to close when the lake freezes over",
        "How the island ferries are kept running through the long and dark months of the year",
    ]
    result = clean_text_capture(_under_the_article(heading, listed))
    assert result.text.rstrip().endswith("stocks were already low.")
    assert not any(headline in result.text for headline in listed)


def test_browser_text_question_between_listed_headlines_goes_on_the_list() -> None:
    """A headline may ask a question: between two listed headlines it is one of them, and the
    list goes on below it."""
    listed = [
        "Dockers' guild names its new negotiating team",
        "Could the island ferries run all through the winter?",
        "Ferry timetable for the winter months",
        "Why the northern ports of Valdoria are the first to close when the lake freezes over",
        "How the island ferries are kept running through the long and dark months of the year",
    ]
    result = clean_text_capture(_under_the_article("More from the Courier", listed))
    assert result.text.rstrip().endswith("stocks were already low.")
    assert not any(headline in result.text for headline in listed)


def test_browser_text_question_closing_a_related_heading_is_the_lead() -> None:
    """A question that no listed headline follows may open the article below a menu link."""
    question = "Will the harbour strike end before the first snow of the winter?"
    raw = f"Home\nTop stories\nDockers stay out\n{question}\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    assert question in clean_text_capture(raw).text


def test_browser_text_about_me_inside_an_unbulleted_menu_ends_nothing() -> None:
    """A blog's sidebar menu, printed one item a line without bullets, may hold "About me":
    an item among short lines is no "About the author" heading, and the post below stays."""
    blurb = (
        "Mila Hart writes about the harbour of Aldric, the island ferries and the people who "
        "keep them running. She has lived in the old town of Valdoria for most of her life and "
        "has written this blog since the year the mountain rail link opened. If you want to "
        "meet her, she gives a talk on the history of the port every month in the old library."
    )
    menu = ["Pages", "A short history of the harbour", "About me", "Books I liked", "My ferries"]
    menu += ["Archives"] + [f"{month} 2023 ({n})" for n, month in enumerate(["May", "June"] * 4)]
    raw = f"Harbour notes\n\n{blurb}\n\n" + "\n".join(menu) + "\n\n" + "\n\n".join(_PARAGRAPHS)
    text = clean_text_capture(raw + "\n").text
    assert "mediator named by the courts" in text
    assert text.rstrip().endswith("stocks were already low.")


def test_browser_text_about_the_author_heading_still_ends_the_article() -> None:
    bio = "Mila Hart has covered the harbour for the Courier since the strike of the spring."
    raw = "\n\n".join(_PARAGRAPHS) + f"\n\nShare\nAbout the author\nMila Hart\n{bio}\n"
    text = clean_text_capture(raw).text
    assert bio not in text and text.rstrip().endswith("stocks were already low.")


def test_browser_text_standfirst_printed_twice_in_the_header_is_no_lead() -> None:
    """A page may print its standfirst twice in the header (its summary, then again over the
    photo): the second copy, a short sentence right above the lead, is header, not body."""
    standfirst = "The dockers are out again ... and the board is not talking."
    raw = (
        f"Home\nHarbour\nHarbour news 11.18\n{standfirst}\nAuthor:\nMila Hart\n"
        f"Published:\nNov 18, 2023\n{standfirst}\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    )
    result = clean_text_capture(raw)
    assert result.text.startswith("The harbour authority")
    assert standfirst not in result.text


def test_browser_text_short_lead_printed_again_far_below_stays() -> None:
    """A one-sentence lead that a teaser box far down the page prints again is still the lead."""
    lead = "The dockers of Aldric walked out again on Tuesday morning."
    filler = "\n".join(f"Menu item {n}" for n in range(12))
    raw = f"Harbour news\n\n{lead}\n\n" + "\n\n".join(_PARAGRAPHS) + f"\n\n{filler}\n{lead}\n"
    assert clean_text_capture(raw).text.startswith(lead)


@pytest.mark.parametrize(
    "tags",
    ["Filed under harbour strike ,  ferries.", "Tags: Aldric, dockers, ferries", "TAGS: ports"],
)
def test_browser_text_tag_line_below_the_article_is_navigation(tags: str) -> None:
    """The post's tags printed on one line under the last paragraph are no short sentence."""
    raw = "\n\n".join(_PARAGRAPHS) + f"\n{tags}\nShare this article:\nFacebook\n"
    result = clean_text_capture(raw)
    assert tags not in result.text
    assert result.text.rstrip().endswith("stocks were already low.")

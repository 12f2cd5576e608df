"""Tests of the body's edges in the text-capture cleaner: site notices around the article."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_PARAGRAPHS = [
    "The harbour board of Port Aldric agreed on Monday to dredge the eastern channel before "
    "the spring, after two grain ships ran aground there within a single week in February.",
    "Pilots had warned for years that the channel silted up faster than the board's surveys "
    "showed, and the shipping guild had threatened to send its boats to the southern port.",
    "The dredging will cost about four million crowns and should take eleven weeks, the "
    "board's engineer told the council, if the weather over the Valdorian coast holds.",
]


def _page(before: list[str], after: list[str]) -> str:
    """Return a capture: menu, headline, `before`, the article's paragraphs, `after`, footer."""
    parts = ["Menu\n* Home\n* Ports", "Eastern Channel To Be Dredged", *before]
    parts += [*_PARAGRAPHS, *after, "\u00a9 2024 Aldric Gazette. All rights reserved.\n"]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "notices",
    [
        [
            "Disclosure: some links on this page are affiliate links, and we may earn a small "
            "commission when you buy something through them, at no extra cost to you at all."
        ],
        [
            "Reader rules",
            "Please keep in mind that comments are moderated by our staff and that we cannot "
            "publish every letter that reaches us in the course of a busy week on the coast.",
            "Stay polite and stick to the subject of the article you are commenting on here.",
        ],
        [
            "Mira Osk is a freelance writer and former harbour pilot who lives in Port Aldric; "
            "her book on the Valdorian coast comes out in the spring."
        ],
        [
            "Note: the advertising disclaimer below does not cover this report.",
            "Tomas Reyk is the Founder & Publisher of the Aldric Gazette and writes about ports, "
            "shipping and the people who work on the Valdorian coast.",
        ],
        [
            "If you are already a subscriber to the Gazette, sign in to read every story on "
            "the site without limits and to receive our weekly digest from the harbour."
        ],
        [
            "Never miss a tide: sign up for our free Harbour Morning newsletter and get the "
            "day's shipping news, the weather on the coast and the ferry times every weekday, "
            "with a longer letter from our editor at the harbour on Sundays."
        ],
        [
            "Want more from the coast? Leave your address below and the week's best stories "
            "from Port Aldric will be delivered to your inbox every Friday afternoon."
        ],
        [
            "Tags:",
            "* Port Aldric",
            "As you comment, please remember that other readers may see things differently; "
            "posts that insult people or stray from the story will be taken down by staff.",
        ],
        [
            "Mira Osk writes about shipping for the Gazette. Her book on the lighthouses of "
            "the Valdorian coast is out in the spring. Follow her on Twitter @miraosk."
        ],
        [
            "We'd love to hear what you think about this story or any other in the Gazette: "
            "write to the letters desk, and include your name and town in your message so "
            "that we can print it on the opinion page."
        ],
        [
            "The Gazette is free to read for everyone on the coast. We rely on your support "
            "to keep reporters at the harbour board's meetings: give what you can each month."
        ],
    ],
)
def test_clean_text_site_notice_after_article_ends_body(notices: list[str]) -> None:
    result = clean_text_capture(_page([], notices))
    assert result.text.split("\n\n") == _PARAGRAPHS
    assert not set(notices) & set(result.text.split("\n\n"))


def test_clean_text_disclosure_above_lead_is_dropped() -> None:
    disclosure = (
        "This guide contains affiliate links from our partners; the Gazette may receive "
        "compensation when readers click them, which does not change what we write here."
    )
    result = clean_text_capture(_page([disclosure], []))
    assert result.text.split("\n\n") == _PARAGRAPHS


def test_clean_text_notice_words_inside_article_stay() -> None:
    # The same words in the article's own reporting, far from its end, are prose.
    inside = (
        "The guild's newsletter said comments are moderated on its forum after pilots posted "
        "the names of the board members who had voted against dredging the eastern channel in the "
        "autumn of last year."
    )
    filler = [
        f"Survey number {n} of the channel, taken by the board's own boat, found the sand bar "
        f"{n + 1} metres higher than the year before, and the pilots' log for that month "
        "records that several ships waited for the tide outside the harbour mouth."
        for n in range(1, 9)
    ]
    body = [inside, *filler]
    raw = _page([], []).replace(_PARAGRAPHS[0], "\n\n".join([_PARAGRAPHS[0], *body]), 1)
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [_PARAGRAPHS[0], *body, *_PARAGRAPHS[1:]]


def test_clean_text_notice_in_short_story_stays() -> None:
    # Under 60 words of prose before it: the line is the story, not a notice below one
    # (over 30 words, so no newsletter prompt either).
    story = (
        "Readers asked why comments are moderated on the Gazette's pages; the editor replied "
        "on Monday that the rule dates from the last election and stays in force until the "
        "board decides otherwise."
    )
    result = clean_text_capture(_page([], []).replace("\n\n".join(_PARAGRAPHS), story))
    assert result.text == story


@pytest.mark.parametrize(
    "reporting",
    [
        "Norvel is already a member of the harbour league and has pressed the board for years "
        "to share the cost of the dredging with the other ports along the Valdorian coast.",
        "Halvard Brenn is the founder of a shipping firm in Port Aldric and said the channel "
        "had cost his company three cargoes since the autumn storms began in October.",
    ],
)
def test_clean_notices_reporting_above_the_end_stays(reporting):
    """Words that would make a site notice at the body's very end are reporting when more
    of the article follows them: nothing from them down is cut."""
    closing = (
        "The first dredgers are expected in the eastern channel in early March, the board's "
        "engineer said, and the work will go on at night to keep the harbour open by day."
    )
    text = clean_text_capture(_page([], [reporting, closing])).text
    assert reporting in text and closing in text


@pytest.mark.parametrize(
    "promo",
    [
        "Start your weekday with the Harbour Morning, the Gazette's guide to the coast. Sign "
        "up for the free daily newsletter and get the ferry times, the tides and the weather "
        "on the coast before breakfast.",
        "The best of the Gazette, delivered to your inbox every Friday: shipping news, the "
        "ferry times for the week ahead, the people of Port Aldric and a letter from the "
        "editor at the harbour.",
    ],
)
def test_clean_notices_newsletter_blurb_above_the_lead_is_cut(promo: str) -> None:
    """A newsletter's blurb opening the body (under the headline) is the site's prompt."""
    result = clean_text_capture(_page([promo], []))
    assert result.text.split("\n\n") == _PARAGRAPHS


def test_clean_notices_lead_about_a_newsletter_stays() -> None:
    """A lead reporting on a newsletter does not speak to the reader: it stays."""
    lead = (
        "The harbour board will sign up for the free daily newsletter of the pilots' guild, "
        "its chair said on Monday, after the pilots had twice warned it in that newsletter "
        "that the eastern channel was silting up faster than the board's own surveys showed."
    )
    result = clean_text_capture(_page([lead], []))
    assert result.text.split("\n\n") == [lead, *_PARAGRAPHS]


def test_clean_notices_lead_mentioning_a_disclosure_stays():
    lead = (
        "PORT ALDRIC -- The consumer board of Valdoria fined three shopping sites on Tuesday "
        "for hiding their affiliate commissions from readers, the first such fines in the "
        "country, and ordered them to label every paid link by the summer."
    )
    follow = (
        "The board said readers had a right to know when a review earned its writer money, "
        "and that two of the sites had ignored three warnings sent over the past year."
    )
    text = clean_text_capture(_page([], []).replace(_PARAGRAPHS[0], f"{lead}\n\n{follow}")).text
    assert text.startswith("The consumer board") or lead.split(" -- ")[1][:30] in text
    assert follow in text


@pytest.mark.parametrize(
    "closing",
    [
        "Police asked anyone who saw the grain ships that night to call the harbour station, "
        "and said they would like to hear from anyone with photographs of the channel.",
        "The mayor laid a wreath on the quay and asked visitors to be respectful of the "
        "families who still come to the harbour wall to remember the crews.",
    ],
)
def test_clean_notices_appeals_in_reporting_stay(closing: str) -> None:
    """A police appeal or a plea at a memorial at the story's end is reporting, not the
    site's call for tips or its comment rules."""
    result = clean_text_capture(_page([], [closing]))
    assert result.text.split("\n\n") == [*_PARAGRAPHS, closing]


def test_clean_notices_prompt_words_above_the_last_units_stay() -> None:
    """Prompt words more than three kept paragraphs above the body's end are the story's
    own (a guild's plea for support), and nothing below them is cut."""
    reporting = (
        "The guild's chair told the meeting that the town should follow her on the question "
        'of compensation, and said that the harbour relied on the boats: "We rely on your '
        "support as much as you rely on our catch,\" she told the board's members."
    )
    closing = (
        "The board will meet the guild again in April, when the first survey of the dredged "
        "channel is due, and has promised to publish the results within a week of the survey."
    )
    raw = _page([], [closing]).replace(_PARAGRAPHS[0], f"{_PARAGRAPHS[0]}\n\n{reporting}", 1)
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [_PARAGRAPHS[0], reporting, *_PARAGRAPHS[1:], closing]

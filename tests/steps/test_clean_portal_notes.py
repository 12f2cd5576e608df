"""Tests of the text-capture cleaner on portal notes, author lines and labels around the body
(wire-feed notes, partner notes, donation asks, guestbooks, picture-agency credits)."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_PARAGRAPHS = [
    "The river authority of Norvel opened the new flood gates at Casmir weir on Thursday, "
    "three weeks later than planned, after a barge damaged one of the gate towers in May.",
    "Farmers on the lower meadows had asked for the gates since the floods of two winters "
    "ago, when the water stood in their barns for more than a month and ruined the hay.",
    "The gates cost about nine million crowns and can hold back a flood twice the size of "
    "the last one, the authority's engineer told reporters standing on the weir's footbridge.",
]


def _page(before: list[str], after: list[str]) -> str:
    """Return a capture: menu, headline, `before`, the article's paragraphs, `after`, footer."""
    parts = ["Menu\n* Home\n* Rivers", "Casmir Weir Gates Open At Last", *before]
    parts += [*_PARAGRAPHS, *after, "\u00a9 2026 Norvel Courier. All rights reserved.\n"]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "notes",
    [
        [
            "(Only the headline of this report may have been changed by the Courier's desk; "
            "the rest is published as received from a syndicated news feed.)"
        ],
        ["Disclosure: The writer owns no land on the lower meadows of the river."],
        ["Get latest Valdoria news along with updates from every district at Norvel Courier."],
        [
            "Before you go, we have a small favour to ask. More people than ever read the "
            "Courier, and many of them chip in to keep it free for everyone on the river."
        ],
        [
            "The Courier is a nonprofit newsroom funded by readers like you. Donate today and "
            "keep reporters at the river authority's meetings."
        ],
        ["Ilse Varn is the Courier's rivers reporter. She grew up on the lower meadows."],
        ["[portrait] Ilse Varn is a freelance reporter based in Casmir who covers farming."],
    ],
)
def test_clean_portal_note_after_article_is_cut(notes: list[str]) -> None:
    result = clean_text_capture(_page([], notes))
    assert result.text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_author_line_above_a_cut_notice_goes_too() -> None:
    notes = [
        "Ilse Varn is the Courier's rivers reporter and has covered the weir since 2019.",
        "Disclosure: The writer owns no land on the lower meadows of the river.",
    ]
    assert clean_text_capture(_page([], notes)).text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_partner_note_above_lead_is_cut() -> None:
    note = "This story was co-published with the Casmir Weekly Herald."
    assert clean_text_capture(_page([note], [])).text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_lead_about_a_story_stays() -> None:
    lead = (
        "This story was told to the river authority by a ferryman who saw the barge strike "
        "the gate tower in May and had waited two months for anyone to ask him about it."
    )
    assert clean_text_capture(_page([lead], [])).text.split("\n\n") == [lead, *_PARAGRAPHS]


def test_clean_portal_guestbook_ends_obituary() -> None:
    after = [
        "Leave a message for the family in the guestbook below.",
        "Guestbook (14 entries)",
        '"He taught half the valley to row. We will miss him on the river." -- Pera and Joss',
        '"A kind man who always had time for children at the lock." -- Anna V.',
    ]
    assert clean_text_capture(_page([], after)).text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_about_the_author_label_ends_article() -> None:
    about = "About the author: Ilse Varn has reported on Valdoria's rivers since 2019."
    assert clean_text_capture(_page([], [about])).text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_about_the_plan_line_stays() -> None:
    closing = (
        "About the plan: the authority will open the gates twice a year for tests, and "
        "farmers will get a week's warning each time, the engineer said."
    )
    text = clean_text_capture(_page([], [closing])).text
    assert closing in text


@pytest.mark.parametrize(
    "lines",
    [
        ["Watch Video: Casmir weir gates open for the first time"],
        ["Next Video: The river authority answers questions | 03:10"],
        ["READ: Barge owner fined for damage to the weir tower"],
        ["The weir's north tower, where the barge struck in May. (Courier file photo)"],
    ],
)
def test_clean_portal_labels_inside_article_are_dropped(lines: list[str]) -> None:
    raw = _page([], []).replace(_PARAGRAPHS[2], "\n".join(lines) + "\n\n" + _PARAGRAPHS[2], 1)
    assert clean_text_capture(raw).text.split("\n\n") == _PARAGRAPHS


def test_clean_portal_picture_agency_credit_drops_caption_above_lead() -> None:
    """A broadcaster prints "IMAGE SOURCE, AGENCY" under a picture's caption: both go."""
    caption = "A painting of the new flood gates at the weir and the meadows below the old mill"
    picture = f"[image]\n{caption}\nIMAGE SOURCE, COURIER"
    assert clean_text_capture(_page([picture], [])).text.split("\n\n") == _PARAGRAPHS


@pytest.mark.parametrize(
    "last",
    [
        "The blood bank in Casmir asked residents to donate today, as the floods had kept many "
        "regular donors away for weeks.",
        "This report was produced with data from the river authority, which counts the water "
        "held back at every weir on the Norvel.",
        "The authority's archive runs on a syndicated feed of gauge readings from upstream, its "
        "engineer said, so the gates can close before a flood arrives.",
        "Marta Kesh is the harbour board's founder and has chaired it since the weir was built.",
        "Read: the full list of repairs is posted on the authority's notice board at the weir.",
    ],
)
def test_clean_portal_story_prose_in_notice_words_stays(last: str) -> None:
    result = clean_text_capture(_page([], [last]))
    assert result.text.split("\n\n") == [*_PARAGRAPHS, last]

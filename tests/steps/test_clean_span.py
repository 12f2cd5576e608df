"""Tests of the text cleaner's body span: sections joined across link boxes, image labels."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_PART_ONE = [
    "Valdoria's river authority said on Tuesday that the old bridge at Kessna will close for "
    "repairs in March, after inspectors found that two of its stone piers had shifted during "
    "the floods of last autumn and could no longer carry the weight of heavy lorries.",
    "The authority's director told reporters that the work would take at least four months "
    "and that a temporary ferry would carry cars and cyclists across the river while the "
    "piers were rebuilt, a plan that local traders had asked for since the winter began.",
    "Shop owners in the old town said they were relieved that the bridge would stay open "
    "until the end of the market season, when most of their visitors come over from the "
    "villages on the far bank of the river to buy and sell their goods at the weekend.",
]
_PART_TWO = [
    "The ferry will run every twenty minutes from six in the morning until ten at night, "
    "and the authority said that tickets would be free for people who live in the two "
    "districts that are cut off from the hospital while the bridge is closed for the work.",
    "Engineers expect to reopen the bridge to light traffic in July and to heavy lorries "
    "by the end of the summer, once the new piers have been tested under load and the "
    "road surface above them has been laid again by the contractor chosen in January.",
]
_BLURB = (
    "Sign up for our morning letter and get the news from the river towns in your inbox "
    "before breakfast, with the weather, the ferry times and the markets of the day ahead."
)
_BOX = ["Related articles", *(f"* Kessna council meets on item {n}" for n in range(1, 9))]


def _capture(*blocks: str) -> str:
    """Return a capture: a menu, a headline, then `blocks`, then share buttons and a footer."""
    parts = ["Menu\n* Home\n* Rivers", "Kessna Bridge To Close For Repairs", *blocks]
    footer = "Share this story\n\n© 2024 River Courier. All rights reserved.\n"
    return "\n\n".join([*parts, footer])


def test_clean_text_joins_article_parts_around_link_box() -> None:
    raw = _capture(*_PART_ONE, "\n".join(_BOX), *_PART_TWO)
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_PART_ONE, *_PART_TWO]
    removed = {block.text for block in result.removed}
    assert set(_BOX) <= removed


def test_clean_text_joins_article_part_above_link_box() -> None:
    raw = _capture(*_PART_TWO, "\n".join(_BOX), *_PART_ONE)
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_PART_TWO, *_PART_ONE]


def test_clean_text_lone_paragraph_beyond_box_is_not_joined() -> None:
    raw = _capture(*_PART_ONE, *_PART_TWO, "\n".join(_BOX), _BLURB)
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_PART_ONE, *_PART_TWO]
    assert _BLURB not in result.text


@pytest.mark.parametrize("menu_lines", [40, 80])
def test_clean_text_far_prose_beyond_long_menu_is_not_joined(menu_lines: int) -> None:
    menu = "\n".join(f"* Section {n}" for n in range(menu_lines))
    raw = _capture(*_PART_ONE, *_PART_TWO, menu, *_PART_TWO[::-1])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [*_PART_ONE, *_PART_TWO]


_SLIDES = [
    "The old bridge at Kessna was built of stone in the year that the river first froze over.",
    "It has carried carts, then buses and now lorries over the river for almost two centuries.",
    "The floods of last autumn moved two of its piers, and the inspectors closed it to trucks.",
    "A ferry will take the cars across the river while the piers are rebuilt over the summer.",
]


@pytest.mark.parametrize("count", [4, 12])
def test_clean_text_joins_slides_one_paragraph_each(count: int) -> None:
    slides = [
        f"{_SLIDES[n % len(_SLIDES)][:-1]}, as the guide to stop number {n + 1} tells visitors."
        for n in range(count)
    ]
    blocks = []
    for number, paragraph in enumerate(slides, start=1):
        blocks += [f"{number}/{len(slides)}", paragraph]
        blocks += ["Image credit: River Courier", "Archive"]
    result = clean_text_capture(_capture(*blocks))
    assert result.text.split("\n\n") == slides


@pytest.mark.parametrize("label", ["[kessna-bridge-640x480]", "[IMG_2041]", "[pier]"])
def test_clean_text_image_label_is_media_inside_article(label: str) -> None:
    raw = _capture(_PART_ONE[0], label, _PART_ONE[1], label.lower(), _PART_ONE[2])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _PART_ONE
    media = [block.text for block in result.removed if block.reason == "media_player"]
    assert media == [label, label.lower()]


@pytest.mark.parametrize("line", ["[River Courier]", "[1]", "see [pier]"])
def test_clean_text_bracketed_words_are_not_image_labels(line: str) -> None:
    raw = _capture(_PART_ONE[0], line, _PART_ONE[1])
    result = clean_text_capture(raw)
    assert all(block.reason != "media_player" for block in result.removed)


def test_clean_text_joins_short_lead_above_small_box() -> None:
    lead = [
        "Two ferries hit each other in the fog off Kessna on Tuesday, and the harbour office "
        "said that the crews had lost sight of the pier lights.",
        "Nobody was hurt in the crash, and both of the boats came back to the pier under their "
        "own power an hour later.",
    ]
    box = "More:\n* Fog closes the airport\n* Pier repairs start\n* Ferry fares rise"
    rest = _PART_ONE[:2]
    result = clean_text_capture(_capture(*lead, box, *rest))
    assert result.text.split("\n\n") == [*lead, *rest]


@pytest.mark.parametrize("date", ["Nov. 18, 2024 7:04 pm ET", "Updated 18 November 2024"])
def test_clean_text_standfirst_above_date_line_is_not_joined(date: str) -> None:
    standfirst = (
        "The river authority will close the old bridge at Kessna for four months from March, "
        "and a ferry will carry cars and cyclists over the river while it is shut."
    )
    header = f"By\nAna Lind\n{date}"
    result = clean_text_capture(_capture(standfirst, header, _PART_ONE[0]))
    assert result.text.split("\n\n") == [_PART_ONE[0]]


@pytest.mark.parametrize(
    "headline",
    [
        "Kessna Mayor Calls The Old Bridge \u2018A Danger To Every Driver\u2019",
        'River Authority Says Repairs Are "Long Overdue"',
    ],
)
def test_clean_text_headline_ending_in_a_quotation_is_header(headline: str) -> None:
    """A title-cased headline that closes a quotation it opened does not end like a lead:
    it, the standfirst and the byline above the lead stay out of the body."""
    standfirst = (
        "The river authority will close the old bridge at Kessna for four months from March, "
        "and a ferry will carry cars and cyclists over the river while it is shut."
    )
    header = f"{headline}\n\n{standfirst}\n\nBy Ana Lind November 18, 2024, 07:04 PM"
    raw = "\n\n".join(["Menu\n* Home\n* Rivers", header, *_PART_ONE, "Share this story"])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _PART_ONE


def test_clean_text_quoted_lead_sentence_stays() -> None:
    """A lead that is a quotation in plain case ends like a sentence: it is the body's."""
    lead = 'The engineer told the council: "The old bridge cannot carry another winter."'
    raw = "\n\n".join(["Menu\n* Home", "Kessna Bridge To Close", lead, *_PART_ONE])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [lead, *_PART_ONE]


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted: Thursday, March 14, 2024. 10:11 pm CET.",
        "PUBLISHED: March 14, 2024 at 4:56 p.m. | UPDATED: March 14, 2024 at 6:00 p.m.",
    ],
)
def test_clean_text_publication_stamp_above_lead_is_header(stamp: str) -> None:
    """A publication stamp ending like a sentence ("p.m.") is no lead: it is trimmed."""
    raw = "\n\n".join(["Menu\n* Home", "Kessna Bridge To Close", stamp, *_PART_ONE])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _PART_ONE


@pytest.mark.parametrize(
    "lead",
    [
        "Published decades ago, the harbour atlas was reissued on May 3 by the Valdoria press.",
        "Updated monthly, the ferry timetable now lists both crossings to Vell and back.",
        "Posted Sunday, the notice gave drivers two weeks to find another way to the bridge.",
        "Posted on the town hall door on May 3, the notice gave drivers two weeks to prepare.",
    ],
)
def test_clean_text_lead_opening_with_a_stamp_word_and_no_date_stays(lead: str) -> None:
    """A stamp word followed by a word that only starts like a month or a weekday
    ("decades", "monthly") or by a weekday with no date is the lead, not a stamp."""
    raw = "\n\n".join(["Menu\n* Home", "Kessna Bridge To Close", lead, *_PART_ONE])
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [lead, *_PART_ONE]


def test_clean_text_alt_text_above_credited_caption_is_caption() -> None:
    alt = "Workers lift a stone block from the river bed below the old Kessna bridge."
    caption = f"{alt} (Image credit: River Courier)"
    result = clean_text_capture(_capture(_PART_ONE[0], alt, caption, *_PART_ONE[1:]))
    assert result.text.split("\n\n") == _PART_ONE
    assert alt in result.captions


def _no_prose_page(*blocks: str) -> str:
    """Return a capture of `blocks` between a menu with a headline and a copyright line."""
    parts = ["Menu\n* Home\n* Rivers", "Kessna Bridge Closes", *blocks]
    return "\n\n".join([*parts, "\u00a9 2024 River Post. All rights reserved.\n"])


@pytest.mark.parametrize("n_lines", [4, 9])
def test_clean_text_article_of_one_line_paragraphs_is_kept(n_lines: int) -> None:
    # No paragraph reaches prose length, yet the page is an article, not a menu.
    lines = [f"Pier number {n} of the Kessna bridge has moved again." for n in range(n_lines)]
    result = clean_text_capture(_no_prose_page(*lines))
    assert result.reason is None
    assert result.title == "Kessna Bridge Closes"
    assert result.text.split("\n\n") == lines


def test_clean_text_page_that_is_mostly_a_list_keeps_it() -> None:
    intro = "The river authority listed the roads that close with the bridge:"
    items = [f"* the lane to the mill at Kessna, section {n}" for n in range(1, 8)]
    result = clean_text_capture(_no_prose_page("\n".join([intro, *items])))
    assert result.text.split("\n\n") == [intro, *items]


@pytest.mark.parametrize("n_lines", [1, 3])
def test_clean_text_few_short_sentences_are_no_article(n_lines: int) -> None:
    # A line or three (an error notice, a cookie prompt) is still no article.
    lines = [f"Something went wrong on try {n}, please reload the page." for n in range(n_lines)]
    result = clean_text_capture(_no_prose_page(*lines))
    assert result.reason == "not_article"
    assert result.text == ""

"""Tests of single teasers and doubled lines inside a text capture's article."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.captions import doubled
from newsledger.steps.clean.text import clean_text_capture

_PARAGRAPHS = [
    "The harbour board of Port Aldric agreed on Monday to dredge the eastern channel before "
    "the spring, after two grain ships ran aground there within a single week in February.",
    "Pilots had warned for years that the channel silted up faster than the board's surveys "
    "showed, and the shipping guild had threatened to send its boats to the southern port.",
    "The dredging will cost about four million crowns and should take eleven weeks, the "
    "board's engineer told the council, if the weather over the Valdorian coast holds.",
    "Fishermen in the old town said they feared the work would drive the herring out of the "
    "bay for a season, and asked the board to pay for the catch they expected to lose.",
]


def _page(inside: list[str]) -> str:
    """Return a capture whose article holds `inside` between its second and third paragraphs."""
    parts = ["Menu\n* Home\n* Ports", "Eastern Channel To Be Dredged", *_PARAGRAPHS[:2]]
    parts += [*inside, *_PARAGRAPHS[2:], "\u00a9 2024 Aldric Gazette. All rights reserved.\n"]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    "teaser",
    [
        ["Lighthouse Keepers Win Their Pension Case In Valdoria's High Court", "Read more"],
        [
            "Second Ferry Company Leaves The Southern Port After Fee Rise",
            "The company said on Friday that its three boats would sail from Norvel from the "
            "first of",
            "Read More \u00bb",
        ],
        ["Storm Damage On The Quay Costs The Board Two Million Crowns", "Continue reading"],
    ],
)
def test_clean_text_teaser_above_read_more_is_navigation(teaser: list[str]) -> None:
    result = clean_text_capture(_page(teaser))
    assert result.text.split("\n\n") == _PARAGRAPHS


def test_clean_text_sentence_above_read_more_stays() -> None:
    # A paragraph ending like a sentence above the link may be the article's own.
    own = "The board will publish the engineer's full report on its website next week."
    result = clean_text_capture(_page([own, "Read more"]))
    assert own in result.text.split("\n\n")


def _feed(link: str, items: int) -> list[str]:
    """Return a feed of `items` teasers, each a headline, a summary sentence and `link`."""
    feed = []
    for number in range(items):
        feed += [
            f"* Harbour Notes, Part {number + 1}: The Pilots' Winter",
            f"In part {number + 1} of our series, the pilots of Port Aldric describe a winter "
            "spent guiding grain ships through the silted channel.",
            link,
        ]
    return feed


@pytest.mark.parametrize("link", ["Read more", "Continue reading \u00bb"])
@pytest.mark.parametrize("items", [2, 4])
def test_clean_text_feed_of_teasers_each_with_read_more_is_navigation(
    link: str, items: int
) -> None:
    # Summaries ending like sentences are teasers once the link recurs every few lines.
    raw = "\n\n".join(["Eastern Channel To Be Dredged", *_PARAGRAPHS, *_feed(link, items)])
    result = clean_text_capture(raw + "\n\nContact us")
    assert result.text.split("\n\n") == _PARAGRAPHS


def test_clean_text_article_between_two_close_read_more_lines_stays() -> None:
    # Two paragraphs of prose between the links are the article's, not one teaser's summary.
    raw = "\n\n".join(
        [
            "Eastern Channel To Be Dredged",
            _PARAGRAPHS[0],
            "Lighthouse Keepers Win Their Pension Case",
            "Read more",
            *_PARAGRAPHS[1:3],
            "Read more",
            _PARAGRAPHS[3],
        ]
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == _PARAGRAPHS


@pytest.mark.parametrize("glue", ["", " "])
def test_clean_text_line_printed_twice_is_dropped(glue: str) -> None:
    title = "Divers Inspect The Sunken Grain Ship"
    result = clean_text_capture(_page([f"{title}{glue}{title}"]))
    assert result.text.split("\n\n") == _PARAGRAPHS
    assert title not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "The board met the guild. The board met the guild again.",
        "Ferry times change on the coast -- Ferry times change on the coast!",
        "Ferry times change on the coastFerry times change on the coasts",
    ],
)
def test_doubled_needs_the_same_text_twice(line: str) -> None:
    assert not doubled(line)

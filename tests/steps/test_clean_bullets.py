"""Tests of bulleted lines in the text-capture cleaner: article points versus link lists."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_LEAD = (
    "The Valdorian rail authority published its winter plan on Tuesday, a month later than "
    "promised, after a season in which frost closed the northern line on eleven separate days."
)
_CLOSE = (
    "The authority said it would report on the first month of the plan in January, when the "
    "new snow ploughs should be in service and the timetables for the spring are drafted."
)
_POINTS = [
    "* Every train on the northern line will carry a second driver between December and March, "
    "so that no service has to wait for a relief crew at the mountain stations.",
    "* Points heaters will be fitted at the six junctions that froze most often last winter, "
    "starting with the two outside the capital that handle the most freight traffic.",
    "* Passengers whose train is more than an hour late will get the whole fare back, paid "
    "within a week to the card they used, without having to fill in a paper form.",
    "* Station staff will open the waiting rooms an hour before the first train on days when "
    "the temperature at dawn is forecast to fall below fifteen degrees of frost.",
    "* The authority will post the state of every line on its site each morning at six, "
    "together with the list of trains it has already cancelled for the rest of the day.",
    "* Two snow ploughs ordered from the southern works will be based at the junction towns, "
    "where crews can reach any part of the northern line within three hours of a call.",
    "* Night freight will be moved to the coastal line on the coldest weeks, leaving the "
    "northern tracks free for the ploughs and for the first passenger trains of the day.",
]


def _page(middle: list[str]) -> str:
    """Return a capture: menu, headline, lead, `middle` as one block, closing line, footer."""
    parts = ["Menu\n* Home\n* Travel", "Winter Plan For The Railways", _LEAD]
    parts += ["\n".join(middle), _CLOSE, "\u00a9 2024 Valdoria Daily. All rights reserved.\n"]
    return "\n\n".join(parts)


@pytest.mark.parametrize("marker", ["* ", "\u2022 ", "- "])
def test_clean_text_bulleted_prose_points_are_kept(marker: str) -> None:
    # Seven bulleted lines in a row (more than a short list between paragraphs) read as a
    # link list, unless each is a long sentence.
    points = [point.replace("* ", marker, 1) for point in _POINTS]
    result = clean_text_capture(_page(points))
    assert result.text.split("\n\n") == [_LEAD, *points, _CLOSE]


def test_clean_text_bulleted_teasers_with_datelines_are_dropped() -> None:
    teasers = [
        f"* Harbour number {n} reopens after the storm PORT ALDRIC: The harbour reopened on "
        f"Friday morning after divers cleared {n} wrecks from the entrance, officials said today."
        for n in range(2, 8)
    ]
    result = clean_text_capture(_page(teasers))
    assert result.text.split("\n\n") == [_LEAD, _CLOSE]

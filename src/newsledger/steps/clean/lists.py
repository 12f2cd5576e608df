"""Lists inside the article for the text-capture cleaner: the items of a list that a line of
running text announces with a final colon, numbered lists as long as their numbering, and
printed tables as long as their rows.

Input: a capture's units with the reasons and classes `labels.label_units` gave them.
Output: the same lists, updated in place: the list's items become `ITEM` (kept in the body).
"""

from __future__ import annotations

import re

from newsledger.steps.clean.classify import BAD, GOOD, ITEM, SHORT
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import LINK_LIST, MEDIA_PLAYER
from newsledger.steps.clean.shapes import is_sentence

# A list announced by a line of at least this many words ending in a colon ("Tags:", "You
# are at:" are not) holds up to this many items of at most this many words each.
LIST_INTRO_MIN_WORDS = 4
LIST_MAX_ITEMS = 30
LIST_ITEM_MAX_WORDS = 40
# A numbered list ("1) ...", "2. ...") is as long as its numbering: it may run past
# LIST_MAX_ITEMS, each numbered item followed by as many unnumbered lines as the first item
# (a link, a price, a renderer's image label), at most this many; a longer unnumbered run is
# what follows the list (tags, comments, footer).
NUMBERED_ITEM = re.compile(r"(\d{1,3})[.)]\s")
NUMBERED_LIST_MAX_ITEMS = 200
NUMBERED_ITEM_TAIL_LINES = 3
# A table printed by the renderer (standings, results: columns set apart by runs of spaces,
# with figures in them) runs on past LIST_MAX_ITEMS as long as its rows do, up to
# NUMBERED_LIST_MAX_ITEMS: a standings table of 40 teams is one list.
# A browser's own text (innerText, "save as text") sets the cells apart by a tab instead.
TABLE_COLUMN_GAP = re.compile(r"(?<=\S)(?: {2,}|\t[\t ]*)(?=\S)")
TABLE_MIN_GAPS = 2


def mark_announced_lists(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark the items of a list that a line of running text announces with a final colon."""
    for unit in units:
        if (
            reasons[unit.index] is not None
            or unit.words < LIST_INTRO_MIN_WORDS
            or not unit.text.endswith(":")
        ):
            continue
        for item in range(unit.index + 1, _list_end(units, reasons, classes, unit.index)):
            if reasons[item] == MEDIA_PLAYER:
                classes[item] = ITEM  # an image between items: part of the list, still removed
                continue
            if classes[item] == BAD or (classes[item] == SHORT and not is_sentence(units[item])):
                reasons[item], classes[item] = None, ITEM


def _list_end(units: list[Unit], reasons: list[str | None], classes: list[str], intro: int) -> int:
    """Return the index just past the items of the list announced at `intro` (images and
    players between the items belong to the list and do not count as its lines)."""
    numbered = intro + 1 < len(units) and bool(NUMBERED_ITEM.match(units[intro + 1].text))
    limit = NUMBERED_LIST_MAX_ITEMS if numbered else LIST_MAX_ITEMS
    tail = _numbered_tail(units, reasons, intro + 1) if numbered else NUMBERED_LIST_MAX_ITEMS
    item, since_number = intro + 1, 0
    while (
        item < len(units)
        and (
            item - intro <= limit
            or (item - intro <= NUMBERED_LIST_MAX_ITEMS and _table_row(units[item]))
        )
        and reasons[item] in (None, LINK_LIST, MEDIA_PLAYER)
        and classes[item] != GOOD
        and units[item].words <= LIST_ITEM_MAX_WORDS
    ):
        if reasons[item] == MEDIA_PLAYER:
            item += 1
            continue
        since_number = 0 if NUMBERED_ITEM.match(units[item].text) else since_number + 1
        if since_number > tail:
            break
        item += 1
    return item


def _table_row(unit: Unit) -> bool:
    """Return whether a line is a row of a printed table: three or more columns set apart
    by runs of spaces or by tabs, with a figure in the row."""
    text = unit.text
    return any(map(str.isdigit, text)) and len(TABLE_COLUMN_GAP.findall(text)) >= TABLE_MIN_GAPS


def _numbered_tail(units: list[Unit], reasons: list[str | None], first: int) -> int:
    """Return how many unnumbered lines follow each item of a numbered list starting at
    `first`: as many as follow its first item (a link, a price), at most
    NUMBERED_ITEM_TAIL_LINES; images and players are not counted."""
    lines = 0
    for index in range(first + 1, min(len(units), first + NUMBERED_ITEM_TAIL_LINES * 2 + 2)):
        if NUMBERED_ITEM.match(units[index].text):
            return lines
        lines += reasons[index] != MEDIA_PLAYER
        if lines > NUMBERED_ITEM_TAIL_LINES:
            break
    return NUMBERED_ITEM_TAIL_LINES

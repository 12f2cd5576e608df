"""Recipe cards below a text capture's article: the ingredients and the steps are body.

Input: a capture's units with their reasons and classes (after `blocks.mark_blocks`) and the
body span. Output: the end of a recipe card that starts inside the span or right below it
(None when there is none); the card's lists are relabelled as list items (`ITEM`) in place,
so that the body keeps them as it keeps a list the article announces.

A recipe blog prints its recipe as a card after the story: a heading ("Ingredients"), a
list of short lines, a second heading ("Instructions", "Method") and numbered or bulleted
steps. Its short lines read as a link list and the title, timings and print button above
it as page chrome, so the span stops above the card.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.classify import BAD, GOOD, ITEM, NEAR, SHORT
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.lists import NUMBERED_ITEM
from newsledger.steps.clean.patterns import BOILERPLATE, LINK_LIST, REPEATED
from newsledger.steps.clean.shapes import is_sentence

# The card's first heading sits at most this many units below the span (the recipe's title,
# its timings, a print button come between); its second heading at most this many units
# below the first; the steps run at most this many units.
CARD_REACH = 15
INGREDIENTS_MAX_LINES = 40
STEPS_MAX_LINES = 60
INGREDIENTS_CUE = "ngredient"
# Both headings are only safe with `fullmatch` on short lines: under `.search` the `\s*`
# around the word backtrack quadratically on long runs of spaces or hyphens.
INGREDIENTS_HEADING = re.compile(r"[*•-]?\s*(?i:ingredients?)\s*:?")
STEPS_HEADING = re.compile(
    r"[*•-]?\s*(?i:instructions|directions|method|preparation|steps|"
    r"how to (?:make|prepare|cook)(?: it)?)\s*:?"
)
# An ingredient is a short line: "2 cups of flour", "* 1 lemon, juiced".
INGREDIENT_MAX_WORDS = 25
# Reasons a list line of the card may carry (bullets read as a link list; a second copy of
# the card, printed for the print view, repeats its lines).
CARD_LINE_REASONS = (None, LINK_LIST, REPEATED)


def recipe_card_end(
    raw: str,
    units: list[Unit],
    reasons: list[str | None],
    classes: list[str],
    span: tuple[int, int],
) -> int | None:
    """Return the index past a recipe card that starts inside the body span or within
    CARD_REACH units below it, relabelling its lines as list items (and the lines between
    the span and the card as boilerplate), or None when no card is there."""
    if INGREDIENTS_CUE not in raw and INGREDIENTS_CUE.upper() not in raw:
        return None  # one substring search spares most pages the walk over their units
    start, end = span
    heading = next(
        (
            index
            for index in range(start, min(len(units), end + CARD_REACH))
            if units[index].words <= 2 and INGREDIENTS_HEADING.fullmatch(units[index].text)
        ),
        None,
    )
    if heading is None:
        return None
    steps = _ingredients_end(units, reasons, heading + 1)
    if steps is None:
        return None
    last = _steps_end(units, reasons, classes, steps + 1)
    if last == steps + 1:
        return None
    for index in range(end, heading):
        reasons[index] = reasons[index] or BOILERPLATE  # the card's title, timings, buttons
        classes[index] = BAD
    for index in (heading, steps):
        reasons[index], classes[index] = None, SHORT
    for index in [*range(heading + 1, steps), *range(steps + 1, last)]:
        reasons[index], classes[index] = None, ITEM
    return max(last, end)


def _ingredients_end(units: list[Unit], reasons: list[str | None], first: int) -> int | None:
    """Return the index of the steps heading that closes the ingredients list starting at
    `first`, or None when a line that is no ingredient comes first."""
    for index in range(first, min(len(units), first + INGREDIENTS_MAX_LINES)):
        unit = units[index]
        if unit.words <= 4 and STEPS_HEADING.fullmatch(unit.text):
            return index
        if reasons[index] not in CARD_LINE_REASONS or unit.words > INGREDIENT_MAX_WORDS:
            return None
    return None


def _steps_end(units: list[Unit], reasons: list[str | None], classes: list[str], first: int) -> int:
    """Return the index past the steps starting at `first`: numbered or bulleted lines,
    sentences and prose, and short headings of a part of the steps ("For the sauce")."""
    index, limit = first, min(len(units), first + STEPS_MAX_LINES)
    while index < limit:
        unit = units[index]
        step = NUMBERED_ITEM.match(unit.text) or unit.bullet
        prose = classes[index] in (GOOD, NEAR) or is_sentence(unit)
        if not (reasons[index] in CARD_LINE_REASONS or step) or not (
            step or prose or _heads_numbered_step(units, index)
        ):
            break
        index += 1
    return index


def _heads_numbered_step(units: list[Unit], index: int) -> bool:
    """Return whether a line sits right above a numbered step (a part's heading)."""
    following = index + 1
    return following < len(units) and bool(NUMBERED_ITEM.match(units[following].text))

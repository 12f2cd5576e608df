"""Photo galleries inside a text capture: slides of caption and credit, not the article.

A news page may embed a gallery ("UK news in pictures") in the middle of its story. A text
capture prints every slide: a counter ("1 /50 UK news in pictures"), then per slide a
title or date, the caption and the photo's credit on a line of its own ("PA", "AFP via
Getty Images"). The captions are sentences, so line shape alone keeps them as body. What
gives the gallery away is its rhythm: a slide counter, then a bare credit line every few
lines; and that the story's prose goes on below it. (A slideshow that is itself the article,
a paragraph per slide and no prose after the last, is left to the body span.)
`mark_galleries` labels such a run `gallery`; the body span crosses it as one
inline box (`span.INLINE_REASONS`), so the story's paragraphs on both sides stay one body.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.captions import PHOTO_CREDIT, PHOTO_CREDIT_END
from newsledger.steps.clean.classify import BAD, GOOD, NEAR
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import GALLERY

# The first slide's counter: "1 /50 UK news in pictures", "1 / 23", "Image 1 of 23",
# "Show all 50". A gallery opens at its first slide, so the counter reads 1.
SLIDE_COUNTER = re.compile(
    r"^(?:1 ?/ ?\d+\b|(?:image|photo|picture|slide) 1 of \d+\b|show all \d+$)", re.IGNORECASE
)
# The counter line holds the gallery's title at most: a few words, no sentence.
COUNTER_MAX_WORDS = 10
# A photo credit printed as a line of its own: an agency or picture library, alone or as
# the end of "English Heritage/PA", "AFP via Getty" (see also patterns.PHOTO_CREDIT).
BARE_CREDIT = re.compile(
    r"^(?i:AP|AFP|EPA|PA|Reuters|Getty|Shutterstock|Alamy|iStock|Bloomberg|Xinhua|dpa|ANI|PTI)"
    r"(?: (?:Images|Photo|Wire|Media))?$|"
    r"\bvia (?:Getty|AP|AFP|Reuters|EPA|PA)\b|"
    r"[/|] ?(?i:AP|AFP|EPA|PA|Reuters|Getty(?: Images)?)$",
)
CREDIT_MAX_WORDS = 6
# A slide holds at most this many lines besides its credit (title, date, caption), so
# consecutive credits of one gallery are at most this many units apart ...
SLIDE_MAX_UNITS = 5
# ... the counter sits at most this many units above the first credit ...
COUNTER_REACH = 6
# ... and a gallery has at least this many slides: two credits a few lines apart are two
# photos of the article, not a gallery.
GALLERY_MIN_SLIDES = 3
# The article goes on below an embedded gallery: a paragraph of prose within this many
# units of its last credit.
PROSE_AFTER_REACH = 12


def mark_galleries(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Label each photo gallery (counter, then slides ending in a credit line) `gallery`.

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> slides = "".join(f"Crowds gather by the river at dawn, day {n}.\\n\\nPA\\n\\n"
        ...                  for n in range(3))
        >>> page = "1 /3 The week in pictures\\n\\n" + slides + "The council met.\\n"
        >>> units = split_units(page, frozenset())
        >>> reasons, classes = [None] * len(units), [GOOD] * len(units)
        >>> mark_galleries(units, reasons, classes)
        >>> reasons.count("gallery") == len(units) - 1
        True
    """
    index = 0
    while index < len(units):
        end = _gallery_end(units, index) if _slide_counter(units[index]) else None
        if end is None or not _prose_after(classes, end):
            index += 1
            continue
        for inside in range(index, end + 1):
            reasons[inside] = GALLERY
            classes[inside] = BAD
        index = end + 1


def _slide_counter(unit: Unit) -> bool:
    """Return whether a unit is a first slide's counter: a short line, no sentence ("1/3 of
    the fleet is idle." is reporting)."""
    return (
        unit.words <= COUNTER_MAX_WORDS
        and not unit.text.rstrip().endswith((".", "!", "?", ","))
        and SLIDE_COUNTER.match(unit.text) is not None
    )


def _prose_after(classes: list[str], end: int) -> bool:
    """Return whether prose follows the gallery's last unit within PROSE_AFTER_REACH units."""
    return any(c in (GOOD, NEAR) for c in classes[end + 1 : end + 1 + PROSE_AFTER_REACH])


def _gallery_end(units: list[Unit], counter: int) -> int | None:
    """Return the index of the last credit of the gallery opened by the counter at
    `counter`, or None when fewer than GALLERY_MIN_SLIDES credits follow in rhythm."""
    credits: list[int] = []
    last = counter
    for index in range(counter + 1, len(units)):
        reach = COUNTER_REACH if not credits else SLIDE_MAX_UNITS
        if index - last > reach:
            break
        if is_bare_credit(units[index]):
            credits.append(index)
            last = index
    return credits[-1] if len(credits) >= GALLERY_MIN_SLIDES else None


def is_bare_credit(unit: Unit) -> bool:
    """Return whether a unit is a photo credit and nothing else.

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> [is_bare_credit(u) for u in split_units("AFP via Getty Images\\n\\nPA\\n\\n"
        ...                                         "PA said the road is shut.\\n", frozenset())]
        [True, True, False]
    """
    if unit.words > CREDIT_MAX_WORDS:
        return False
    text = unit.text.strip()
    return bool(
        BARE_CREDIT.search(text) or PHOTO_CREDIT.search(text) or PHOTO_CREDIT_END.search(text)
    )

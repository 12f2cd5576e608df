"""Best-effort labels for a page in which the text cleaner found no body.

Input: a capture's units with the labels `labels.label_units` and `blocks.mark_blocks`
gave them, and its language. Output: the same labels judged again by shape, so that a page
with readable prose never loses its whole body (`text.clean_text_capture` takes a body
span from them only when the usual labels leave none, and says so in `fallback`).
"""

from __future__ import annotations

from newsledger.steps.clean.classify import (
    GOOD,
    GOOD_MIN_CHARS,
    NEAR,
    classify_unit,
    several_sentences,
)
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import CAPTION, LINK_LIST, NAVIGATION, SITE_FURNITURE

# Reasons given for a line's shape or place, not for its words: on a page where the usual
# labels leave no prose at all, lines removed for them are judged again by shape. Notices
# found by their words (footer, share, comment headings) stay removed: a page with nothing
# but a cookie notice has no body.
SOFT_REASONS = (LINK_LIST, SITE_FURNITURE, NAVIGATION, CAPTION)
# A line rescued as prose must read as text, not as an encoded blob or a run of one
# character or word: mostly letters, and either several words, not most of them repeats, or
# a script written without spaces (Thai, Chinese) with a varied alphabet.
TEXT_MIN_LETTER_SHARE = 0.6
TEXT_MIN_WORDS = 5
TEXT_MIN_DISTINCT_WORD_SHARE = 0.3
TEXT_MIN_DISTINCT_CHARS = 10


def relax_labels(
    units: list[Unit], reasons: list[str | None], classes: list[str], language: str | None
) -> tuple[list[str | None], list[str]]:
    """Return the labels of a page in which no prose was found, judged again by shape.

    Lines removed for their shape or place (a link-list bullet, a teaser or related block,
    a caption, site furniture) are judged by their shape alone; a long line of several
    sentences counts as prose whatever its stop words (a page in a language the guess
    missed), as does any long line in a language judged without stop words. Repetition and
    media labels stay.

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> line = "* The quay reopens in the autumn, the harbour master said on Monday."
        >>> units = split_units(line, frozenset({"the", "in", "on"}))
        >>> relax_labels(units, ["link_list"], ["bad"], "en")
        ([None], ['short'])
    """
    soft_reasons = [None if reason in SOFT_REASONS else reason for reason in reasons]
    soft_classes = list(classes)
    for unit, reason in zip(units, soft_reasons, strict=True):
        if reason is not None:
            continue
        cls = classify_unit(unit, None, language)
        if (
            cls not in (GOOD, NEAR)
            and (several_sentences(unit) or _long_unjudged(unit, language))
            and _reads_as_text(unit.text)
        ):
            cls = NEAR
        soft_classes[unit.index] = cls
    return soft_reasons, soft_classes


def _long_unjudged(unit: Unit, language: str | None) -> bool:
    """Return whether a line is long running text in a language without a stop list that
    marks no sentence breaks either (Thai has neither stop list nor full stop)."""
    return language is None and len(unit.text) >= GOOD_MIN_CHARS and not unit.bullet


def _reads_as_text(text: str) -> bool:
    """Return whether a line reads as running text (see TEXT_MIN_LETTER_SHARE)."""
    if sum(map(str.isalpha, text)) < TEXT_MIN_LETTER_SHARE * len(text):
        return False
    words = text.split()
    if len(words) >= TEXT_MIN_WORDS:
        return len(set(words)) >= TEXT_MIN_DISTINCT_WORD_SHARE * len(words)
    return not text.isascii() and len(set(text)) >= TEXT_MIN_DISTINCT_CHARS

"""Unit classes for the text-capture cleaner: jusText's paragraph classes.

Input: one `Unit` and its removal reason (None: content), and whether its language has a stop
list. Output: its class (GOOD and NEAR prose, SHORT, BAD debris; ITEM for a list item that
the article announces), by length and stop-word density, or by length and punctuation alone
for a language without a stop list. `labels.label_units` classes every unit so.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import EMBEDDED_TITLE, REPEATED
from newsledger.steps.clean.shapes import (
    DIGIT,
    FIGURE_MAX_STOP_DENSITY,
    FIGURE_PROBE_CHARS,
    SENTENCE_END,
    SENTENCE_MARK,
    is_sentence,
    mostly_figures,
)

# Unit classes (jusText's paragraph classes, without link density: a text capture has none).
GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
# A list item that a line of the article announces ("The plan includes:"): neither prose nor
# debris; it neither adds to nor breaks the body.
ITEM = "item"
# jusText's thresholds: a paragraph under ~70 characters is too short to judge; from ~200
# characters with >= 32% stop words it is prose; 30% or more makes shorter ones near-prose.
SHORT_MAX_CHARS = 70
GOOD_MIN_CHARS = 200
STOP_HIGH = 0.32
STOP_LOW = 0.30
# Lower stop-word floor for long paragraphs: dense news prose full of names and numbers
# ("Tsikhanouskaya, Babaryka and Kalesnikava...") still reads as prose at this length.
STOP_LOW_LONG = 0.20
# Reasons given for repetition inside the page: such lines score as short lines, not as
# debris, because lists and subheadings recur inside real articles too.
REPEATS = (EMBEDDED_TITLE, REPEATED)
# Judged without stop words, a line is as long as its characters or its words at this many
# characters each, whichever is more (a Chinese sentence is short in characters).
CHARS_PER_WORD = 6


def unit_classifier(language: str | None) -> Callable[[Unit, str | None], str]:
    """Return the function that classes a unit and its removal reason for a capture in
    `language`: with stop words when the language has a list, else by length and
    punctuation alone (see `classify_unit`)."""
    return _classify if language else _classify_without_stop_words


def _classify(unit: Unit, reason: str | None) -> str:
    """Return the unit's class: GOOD or NEAR prose, SHORT, or BAD (debris)."""
    if reason in REPEATS:
        return SHORT  # a list item or subheading may recur inside the article itself
    if reason is not None:
        return BAD
    length = len(unit.text)
    if length < SHORT_MAX_CHARS:
        return SHORT
    if (
        length >= GOOD_MIN_CHARS
        and STOP_LOW_LONG <= unit.stop_density <= FIGURE_MAX_STOP_DENSITY
        and DIGIT.search(unit.text, 0, FIGURE_PROBE_CHARS)  # cheap probe: rarely true
        and mostly_figures(unit)
    ):
        return SHORT if is_sentence(unit) else BAD
    if unit.stop_density >= STOP_HIGH:
        return GOOD if length >= GOOD_MIN_CHARS else NEAR
    if unit.stop_density >= STOP_LOW or (
        length >= GOOD_MIN_CHARS and unit.stop_density >= STOP_LOW_LONG
    ):
        return NEAR
    # Names and numbers thin out stop words in short news sentences; the sentence shape
    # still says prose ("Frederiksen noted that Denmark backed EU sanctions.").
    return SHORT if is_sentence(unit) else BAD


def _classify_without_stop_words(unit: Unit, reason: str | None) -> str:
    """Classify a unit of a language without a stop list by length and punctuation alone."""
    if reason in REPEATS:
        return SHORT
    if reason is not None:
        return BAD
    length = max(len(unit.text), unit.words * CHARS_PER_WORD)
    if length < SHORT_MAX_CHARS:
        return SHORT if is_sentence(unit) else BAD
    if SENTENCE_MARK.search(unit.text):
        return GOOD if length >= GOOD_MIN_CHARS else NEAR
    return SHORT


def classify_unit(unit: Unit, reason: str | None, language: str | None) -> str:
    """Return a unit's class as `label_units` gives it (with stop words when the language
    has a list, else by length and punctuation alone)."""
    return _classify(unit, reason) if language else _classify_without_stop_words(unit, reason)


def several_sentences(unit: Unit) -> bool:
    """Return whether a long line holds a sentence break and ends like a sentence."""
    return (
        len(unit.text) >= GOOD_MIN_CHARS
        and unit.text.endswith(SENTENCE_END)
        and bool(SENTENCE_MARK.search(unit.text))
    )

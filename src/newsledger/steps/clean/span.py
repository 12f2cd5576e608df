"""Body span of the text-capture cleaner: the run of units that holds the article.

Input: a capture's units with their removal reasons and classes (`labels.label_units`,
`blocks.mark_blocks`). Output: `[start, end)` of the span the body is taken from: the
maximum-score run of units (prose counts for, debris against; Kadane's scan), widened over
nearby sections of the same article that a box of links or teasers cut off. A page
without a prose paragraph falls back on its best run of short sentences and list items.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsledger.steps.clean.bylines import BYLINE, has_date_word
from newsledger.steps.clean.classify import GOOD, ITEM, NEAR, SHORT
from newsledger.steps.clean.header import DATE_LINE_MAX_WORDS
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import (
    BOILERPLATE,
    CAPTION,
    EMBEDDED_TITLE,
    GALLERY,
    MEDIA_PLAYER,
)
from newsledger.steps.clean.shapes import is_sentence

# Span scores: prose counts for, debris against (per unit; GOOD/NEAR per word).
NEAR_WEIGHT = 0.5
SENTENCE_SCORE = 1.0
SHORT_PENALTY = -4.0
# An announced list item is part of the article but no evidence of prose.
ITEM_SCORE = 0.0
BAD_PENALTY = -6.0
# A label of a few words ending in a colon ("Background:", "Results:") names the paragraph
# below it, as in a structured abstract: no debris, and no evidence of prose either (at
# SHORT_PENALTY, a label above each short paragraph outweighed the paragraphs themselves).
LABEL_MAX_WORDS = 3
LABEL_SCORE = 0.0
# Boxes that sit inside articles (a photo caption and its credit, a video player and its
# title) cost a little each but never grow into a section break: a short story with a photo
# between its paragraphs stays one span.
INLINE_REASONS = (CAPTION, MEDIA_PLAYER, EMBEDDED_TITLE, GALLERY)
INLINE_PENALTY = -3.0
# A photo gallery (`galleries.py`) is one such box however many slides it prints: only its
# first unit costs.
WHOLE_BOX_REASONS = (GALLERY,)
# How much each further debris unit in a row adds to the penalty (see `prose_span`).
GAP_GROWTH = 0.35
# Scripts without spaces between words (Chinese, Japanese) weigh by characters instead.
CHARS_PER_WORD = 6
# An article cut in parts by a box of related links or teasers: a run of prose beyond the
# best span joins it when it starts at most SECTION_MAX_GAP units away, holds at least
# SECTION_MIN_PROSE prose paragraphs and scores at least SECTION_MIN_SHARE of the best span
# (a lone paragraph past a box, such as a newsletter blurb, does not). Within
# SECTION_NEAR_GAP units one paragraph and SECTION_NEAR_SHARE are enough (a short lead above
# a small "More:" box; a slideshow: a paragraph per slide, with a counter, a heading and a
# photo credit between slides). Upwards, a byline or date line stops the joining.
SECTION_MAX_GAP = 30
SECTION_MIN_PROSE = 2
SECTION_MIN_SHARE = 0.3
SECTION_NEAR_GAP = 6
SECTION_NEAR_SHARE = 0.2
# The story's lead right under its byline or date line (at most this many units below it)
# joins when it holds SECTION_MIN_PROSE paragraphs, however far and however much shorter than
# the rest of the story it is: a newsletter's sign-up box after the first paragraphs is a
# long debris run.
LEAD_REACH = 2
# ... when it starts at most this many units above the span: a newsletter box is a few lines,
# a list of other stories between a teaser and the article is longer.
LEAD_MAX_GAP = 10
# A page without a paragraph of prose (an article told in one-line paragraphs, or mostly an
# announced list) still has a body: the best run when short sentences and list items (with
# the line announcing the list) each count as one, holding at least this many of them and
# this many words in them.
SHORT_BODY_MIN_LINES = 4
SHORT_BODY_MIN_WORDS = 30


def _score(unit: Unit, cls: str) -> float:
    """Return the unit's contribution to a body span."""
    if cls == GOOD or cls == NEAR:  # only prose is weighed by its length
        weight = max(unit.words, len(unit.text) / CHARS_PER_WORD)
        return weight if cls == GOOD else NEAR_WEIGHT * weight
    if cls == SHORT:
        if is_sentence(unit):
            return SENTENCE_SCORE
        if unit.words <= LABEL_MAX_WORDS and unit.text.endswith(":"):
            return LABEL_SCORE  # a label naming what follows
        return SHORT_PENALTY
    if cls == ITEM:
        return ITEM_SCORE
    return BAD_PENALTY


def prose_span(
    units: list[Unit], reasons: list[str | None], classes: list[str]
) -> tuple[int, int] | None:
    """Return `[start, end)` of the maximum-score run of units, or None without prose.

    Each debris unit in a row costs more than the one before: a long run of menus or
    teasers is a section break that prose on its far side (a cookie notice, another story)
    must not bridge, while a short inline box inside the article is crossed; captions and
    players cost a fixed amount each, as they sit inside articles. Nearby sections of the
    same article beyond such a break are then joined (`_join_sections`).

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> prose = "The ferry runs again, the harbour office said on Monday. " * 4
        >>> units = split_units(f"Menu\\n{prose}\\nShare\\n", frozenset())
        >>> prose_span(units, ["navigation", None, "share"], ["bad", "good", "bad"])
        (1, 2)
    """
    runs = list(_runs(units, reasons, classes, range(len(units))))
    if runs:
        start, end, best = max(runs, key=lambda run: run[2])
        if any(c in (GOOD, NEAR) for c in classes[start:end]):
            return _join_sections(units, reasons, classes, (start, end), best)
    return _short_line_span(units, reasons, classes)


def _short_line_span(
    units: list[Unit], reasons: list[str | None], classes: list[str]
) -> tuple[int, int] | None:
    """Return the span of a page without prose paragraphs (see SHORT_BODY_MIN_LINES), or
    None: the best run where each short sentence, list item and list intro scores one."""
    lines = [_short_body_line(units, classes, index) for index in range(len(units))]
    as_sentences = [SHORT if line else cls for line, cls in zip(lines, classes, strict=True)]
    runs = list(_runs(units, reasons, as_sentences, range(len(units)), short_lines=lines))
    if not runs:
        return None
    start, end, _ = max(runs, key=lambda run: run[2])
    counted = [units[i].words for i in range(start, end) if lines[i] and reasons[i] is None]
    if len(counted) >= SHORT_BODY_MIN_LINES and sum(counted) >= SHORT_BODY_MIN_WORDS:
        return start, end
    return None


def _short_body_line(units: list[Unit], classes: list[str], index: int) -> bool:
    """Return whether a unit is a short sentence, a list item or the line announcing one."""
    if classes[index] == ITEM:
        return True
    if classes[index] != SHORT:
        return False
    return is_sentence(units[index]) or (index + 1 < len(units) and classes[index + 1] == ITEM)


def _join_sections(
    units: list[Unit],
    reasons: list[str | None],
    classes: list[str],
    span: tuple[int, int],
    best: float,
) -> tuple[int, int]:
    """Widen the span over nearby runs of prose on either side (see SECTION_MAX_GAP).

    A box of related links between two parts of an article is a long debris run that the
    maximum-score run does not cross; the part beyond it is still the article when it is
    close, holds several paragraphs and weighs a fair share of the best span. Runs are
    scored outwards from the span's edge and tried nearest first.
    """
    start, end = span
    while section := _next_section(units, reasons, classes, range(end, len(units)), best):
        end = section[1]
    while section := _next_section(units, reasons, classes, range(start - 1, -1, -1), best):
        start = section[0]
    return start, end


def _next_section(
    units: list[Unit],
    reasons: list[str | None],
    classes: list[str],
    outwards: range,
    best: float,
) -> tuple[int, int] | None:
    """Return the nearest run of units along `outwards` (from the span's edge) that is more
    of the article, or None when there is none within SECTION_MAX_GAP units."""
    upwards = outwards.step < 0
    edge = outwards.start + upwards
    for low, high, score in _runs(units, reasons, classes, outwards, SECTION_MAX_GAP):
        gap = edge - high if upwards else low - edge
        if upwards and any(_header_line(units[i], reasons[i]) for i in range(high, edge)):
            return None  # above the byline or date: headline and standfirst, not the body
        if upwards and gap <= LEAD_MAX_GAP and _under_header(units, reasons, low):
            if _prose_count(classes, low, high) >= SECTION_MIN_PROSE:
                return low, high  # the story's lead, right under its byline
        if _is_section(classes, low, high, score, gap, best):
            return low, high
    return None


def _under_header(units: list[Unit], reasons: list[str | None], low: int) -> bool:
    """Return whether a byline or date line sits just above unit `low` (see LEAD_REACH)."""
    return any(_header_line(units[i], reasons[i]) for i in range(max(0, low - LEAD_REACH), low))


def _header_line(unit: Unit, reason: str | None) -> bool:
    """Return whether a line is part of an article's header: a byline, a date or time."""
    if reason == BOILERPLATE or BYLINE.match(unit.text):
        return True
    return unit.words <= DATE_LINE_MAX_WORDS and has_date_word(unit.text)


def _is_section(
    classes: list[str], low: int, high: int, score: float, gap: int, best: float
) -> bool:
    """Return whether a run of units `gap` units away from the span is more of the article."""
    prose = _prose_count(classes, low, high)
    if gap <= SECTION_NEAR_GAP:
        return score >= SECTION_NEAR_SHARE * best and prose >= 1
    return score >= SECTION_MIN_SHARE * best and prose >= SECTION_MIN_PROSE


def _prose_count(classes: list[str], low: int, high: int) -> int:
    """Return how many prose paragraphs units `[low, high)` hold."""
    return sum(c in (GOOD, NEAR) for c in classes[low:high])


def _runs(
    units: list[Unit],
    reasons: list[str | None],
    classes: list[str],
    order: range,
    reach: int | None = None,
    short_lines: list[bool] | None = None,
) -> Iterator[tuple[int, int, float]]:
    """Yield the best run of each stretch of positive running score, walking `order`.

    Kadane's scan: the running score restarts where it falls to zero or below; each stretch
    yields its best run as `(start, end, score)` (`[start, end)` in unit indices), in the
    order the stretches are met (lazily: a caller may stop early); with `reach`, no stretch
    starts more than `reach` steps into `order`. The overall best run is the highest of them.
    With `short_lines`, the units it marks score as short sentences (`_short_line_span`).
    """
    best, best_first, best_last = 0.0, 0, 0
    total, first, gap, step = 0.0, 0, 0, 0
    walked: str | None = None  # the reason of the unit walked just before
    for index in order:
        reason, before = reasons[index], walked
        walked = reason
        if total <= 0:
            if best > 0:
                yield _run(best_first, best_last, best)
            if reach is not None and step > reach:
                return
            best, total, first = 0.0, 0.0, index
        step += 1
        if reason in INLINE_REASONS and classes[index] != ITEM:
            if not (reason in WHOLE_BOX_REASONS and before == reason):
                total += INLINE_PENALTY
            continue
        if short_lines is not None and short_lines[index]:
            score = SENTENCE_SCORE
        else:
            score = _score(units[index], classes[index])
        gap = gap + 1 if score < 0 else 0
        total += score * (1 + GAP_GROWTH * (gap - 1)) if score < 0 else score
        if total > best:
            best, best_first, best_last = total, first, index
    if best > 0:
        yield _run(best_first, best_last, best)


def _run(first: int, last: int, score: float) -> tuple[int, int, float]:
    """Return a run as `(start, end, score)` from its first and last unit (in either order)."""
    return min(first, last), max(first, last) + 1, score

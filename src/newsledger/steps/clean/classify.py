"""Unit labels for the text-capture cleaner: why a line is debris, and what class it is.

Input: a capture's units (`lines.split_units`), its language, the site's `SiteLineStats`.
Output: per unit a removal reason (None for content) from chrome patterns, repetition inside
the page and across the site, and a class (jusText's paragraph classes: GOOD and NEAR prose,
SHORT, BAD debris); the comment section and what follows a copyright notice are cut off.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.lines import SiteLineStats, Unit, line_key, normalise_line
from newsledger.steps.clean.patterns import (
    CAPTION,
    COMMENTS,
    COPYRIGHT_LINE,
    DUPLICATE,
    EMBEDDED_TITLE,
    FOOTER,
    MEDIA_PLAYER,
    NAVIGATION,
    REPEATED,
    SITE_FURNITURE,
    chrome_reason,
)

# Unit classes (jusText's paragraph classes, without link density: a text capture has none).
GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
# jusText's thresholds: a paragraph under ~70 characters is too short to judge; from ~200
# characters with >= 32% stop words it is prose; 30% or more makes shorter ones near-prose.
SHORT_MAX_CHARS = 70
GOOD_MIN_CHARS = 200
STOP_HIGH = 0.32
STOP_LOW = 0.30
# Lower stop-word floor for long paragraphs: dense news prose full of names and numbers
# ("Tsikhanouskaya, Babaryka and Kalesnikava...") still reads as prose at this length.
STOP_LOW_LONG = 0.20
# A bulleted line shorter than this is a menu or link-list item, not a list in the story.
BULLET_PROSE_WORDS = 12
# A short line repeated in the page (video title, caption alt text) is debris; a longer one
# repeated is a pull quote, whose later copy is dropped.
DUPLICATE_SHORT_WORDS = 20
# A video block (title, player remnants, title again) spans at most this many units.
MEDIA_BLOCK_UNITS = 8
# Site furniture: held by at least this many of the site's documents (the page itself may be
# counted, so two means "seen on another page too") and this share of them.
SITE_MIN_DOCS = 2
SITE_MIN_SHARE = 0.5
# If more than this share of a page's prose is "furniture", the page is a re-capture or a
# syndicated copy of a story already seen: its prose is kept and only non-prose is judged.
SITE_COPY_SHARE = 0.5
# Reasons given for repetition inside the page: such lines score as short lines, not as
# debris, because lists and subheadings recur inside real articles too.
REPEATS = (EMBEDDED_TITLE, REPEATED)
# This many bulleted lines in a row are a list of links (teasers, related stories).
LINK_LIST_MIN_ITEMS = 5
# A line of at least this many words in capitals is a banner or teaser headline.
SHOUT_MIN_WORDS = 4
# Teasers of other stories: a headline of this many words, then a summary sentence of at
# most this many words; this many pairs in a row make a teaser list.
TEASER_HEAD_WORDS = (3, 16)
TEASER_SUMMARY_MAX_WORDS = 40
TEASER_MIN_PAIRS = 3
# A comment heading ends the article only once this much prose came before it (a "12
# comments" link under the headline is not the end of the story).
COMMENTS_MIN_PROSE_WORDS = 60
_SENTENCE_MARK = re.compile(r"[.!?。！？؟।][\s\"'”’)]")
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")")


def label_units(
    raw: str, units: list[Unit], language: str | None, stats: SiteLineStats | None
) -> tuple[list[str | None], list[str]]:
    """Return each unit's removal reason (None: content) and class (GOOD/NEAR/SHORT/BAD)."""
    reasons = _debris_reasons(raw, units, stats)
    classify = _classify if language else _classify_without_stop_words
    classes = [classify(unit, reason) for unit, reason in zip(units, reasons, strict=True)]
    _cut_comments(units, reasons, classes)
    _mark_teasers(units, reasons, classes)
    return reasons, classes


def _mark_teasers(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark runs of teasers (a headline line, then a one-sentence summary) as navigation."""
    pairs: list[int] = []
    index = 0
    while index < len(units) - 1:
        if _is_teaser(units, classes, index):
            pairs.extend((index, index + 1))
            index += 2
            while index < len(units) and reasons[index] is not None and classes[index] == BAD:
                index += 1  # time stamps, bullets between teasers
            continue
        _flag_teasers(pairs, reasons, classes)
        pairs = []
        index += 1
    _flag_teasers(pairs, reasons, classes)


def _is_teaser(units: list[Unit], classes: list[str], index: int) -> bool:
    """Return whether units `index, index + 1` are a teaser headline and its summary."""
    head, summary = units[index], units[index + 1]
    return (
        classes[index] == SHORT
        and not is_sentence(head)
        and TEASER_HEAD_WORDS[0] <= head.words <= TEASER_HEAD_WORDS[1]
        and classes[index + 1] in (NEAR, SHORT)
        and summary.words <= TEASER_SUMMARY_MAX_WORDS
        and is_sentence(summary)
    )


def _flag_teasers(pairs: list[int], reasons: list[str | None], classes: list[str]) -> None:
    """Tag a run of teaser pairs as navigation when it is long enough."""
    if len(pairs) >= 2 * TEASER_MIN_PAIRS:
        for index in pairs:
            reasons[index] = reasons[index] or NAVIGATION
            classes[index] = BAD


def _debris_reasons(raw: str, units: list[Unit], stats: SiteLineStats | None) -> list[str | None]:
    """Return each unit's removal reason from chrome patterns and repetition (None: content)."""
    reasons = [chrome_reason(unit.text, unit.words) for unit in units]
    _mark_duplicates(units, reasons)
    if stats is not None and stats.n_docs >= SITE_MIN_DOCS:
        _mark_furniture(raw, units, reasons, stats)
    for unit, reason in zip(units, reasons, strict=True):
        if reason is None and unit.bullet and unit.words < BULLET_PROSE_WORDS:
            reasons[unit.index] = NAVIGATION
    _mark_link_lists(units, reasons)
    return reasons


def _mark_link_lists(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark runs of bulleted lines as link lists (teasers of other stories), however long."""
    run: list[int] = []
    for unit in [*units, None]:
        if unit is not None and unit.bullet:
            run.append(unit.index)
            continue
        if len(run) >= LINK_LIST_MIN_ITEMS:
            for index in run:
                reasons[index] = reasons[index] or NAVIGATION
        run = []


def _mark_duplicates(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark lines repeated within the page: captions, embedded titles, pull quotes."""
    groups: dict[str, list[int]] = {}
    for unit in units:
        groups.setdefault(unit.text.lower(), []).append(unit.index)
    for norm, positions in groups.items():
        if len(positions) < 2 or not normalise_line(norm):
            continue
        if units[positions[0]].words > DUPLICATE_SHORT_WORDS:
            for index in positions[1:]:
                reasons[index] = reasons[index] or DUPLICATE
            continue
        reason = _repeat_reason(reasons, positions)
        for index in positions:
            reasons[index] = reasons[index] or reason


def _repeat_reason(reasons: list[str | None], positions: list[int]) -> str:
    """Name a short repeated line: a media title when a player sits between or next to its
    copies, a caption when the copies are adjacent (alt text and caption), else a repeat."""
    span = range(max(0, positions[0] - 1), min(len(reasons), positions[-1] + 2))
    if positions[-1] - positions[0] <= MEDIA_BLOCK_UNITS and any(
        reasons[i] == MEDIA_PLAYER for i in span
    ):
        return EMBEDDED_TITLE
    if any(b - a == 1 for a, b in zip(positions, positions[1:], strict=False)):
        return CAPTION
    return REPEATED


def _mark_furniture(
    raw: str, units: list[Unit], reasons: list[str | None], stats: SiteLineStats
) -> None:
    """Mark lines common on the site, unless the page is a copy of a story already seen."""
    frequent = [_is_frequent(raw, unit, stats) for unit in units]
    prose = [u for u in units if len(u.text) >= SHORT_MAX_CHARS]
    if prose and sum(frequent[u.index] for u in prose) > SITE_COPY_SHARE * len(prose):
        return
    for unit in units:
        if frequent[unit.index] and reasons[unit.index] is None:
            reasons[unit.index] = SITE_FURNITURE


def _is_frequent(raw: str, unit: Unit, stats: SiteLineStats) -> bool:
    """Return whether every line of the unit is held by many of the site's documents."""
    for start, end in unit.spans:
        count = stats.count(line_key(raw[start:end]))
        if count < SITE_MIN_DOCS or count < SITE_MIN_SHARE * stats.n_docs:
            return False
    return True


def _classify(unit: Unit, reason: str | None) -> str:
    """Return the unit's class: GOOD or NEAR prose, SHORT, or BAD (debris)."""
    if reason in REPEATS:
        return SHORT  # a list item or subheading may recur inside the article itself
    if reason is not None:
        return BAD
    length = len(unit.text)
    if length < SHORT_MAX_CHARS:
        return SHORT
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
    length = len(unit.text)
    if length < SHORT_MAX_CHARS:
        return SHORT if is_sentence(unit) else BAD
    if _SENTENCE_MARK.search(unit.text):
        return GOOD if length >= GOOD_MIN_CHARS else NEAR
    return SHORT


def _cut_comments(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark everything from the comment-section heading (or the copyright notice) on as
    comments or footer: the article has ended above it."""
    prose = 0
    for unit in units:
        end = _end_reason(unit, reasons[unit.index])
        if end is not None and prose >= COMMENTS_MIN_PROSE_WORDS:
            for later in units[unit.index :]:
                reasons[later.index] = reasons[later.index] or end
                classes[later.index] = BAD
            return
        if classes[unit.index] in (GOOD, NEAR):
            prose += unit.words


def _end_reason(unit: Unit, reason: str | None) -> str | None:
    """Return the reason a unit ends the article (comment heading, copyright), or None."""
    if reason == COMMENTS:
        return COMMENTS
    if reason == FOOTER and COPYRIGHT_LINE.search(unit.text):
        return FOOTER
    return None


def is_sentence(unit: Unit) -> bool:
    """Return whether a short unit reads as a sentence (several words, final punctuation)."""
    return unit.words >= 3 and unit.text.endswith(_SENTENCE_END) and not shouting(unit)


def shouting(unit: Unit) -> bool:
    """Return whether a line is in capitals (teaser headlines, banners), not running text."""
    return unit.words >= SHOUT_MIN_WORDS and unit.text.isupper()

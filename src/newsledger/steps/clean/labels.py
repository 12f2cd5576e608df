"""Unit labels for the text-capture cleaner: why a line is debris, and what class it is.

Input: a capture's units (`lines.split_units`), its language, the site's `SiteLineStats`.
Output: per unit a removal reason (None for content) from chrome patterns (`patterns`),
repetition inside the page (`repeats`) and across the site (`site_lines`), and the runs a
line sits in (link lists, a newsletter box, a caption above its photo credit); and a class
(`classify`); the comment section and what follows a copyright notice are cut off
(`article_end`).
"""

from __future__ import annotations

import re

from newsledger.steps.clean.article_end import cut_comments
from newsledger.steps.clean.captions import doubled
from newsledger.steps.clean.classify import unit_classifier
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import (
    CAPTION,
    FOOTER,
    IMAGE_LABEL_LINE,
    LINK_LIST,
    MEDIA_PLAYER,
    NAVIGATION,
    SHARE,
    chrome_reason,
)
from newsledger.steps.clean.phrases import CASE_BLIND_COPYRIGHT_LINE
from newsledger.steps.clean.repeats import mark_alt_texts, mark_duplicates
from newsledger.steps.clean.shapes import (
    BANNER_MIN_WORDS,
    TEASER_RUN_MIN_WORDS,
    banner,
    is_sentence,
    teaser_run,
)
from newsledger.steps.clean.site_lines import SITE_MIN_DOCS, SiteLineStats, mark_furniture

# A bulleted line shorter than this is a menu or link-list item, not a list in the story.
BULLET_PROSE_WORDS = 12
# A newsletter's blurb between two share or sign-up lines is a sentence or two.
PROMO_BLURB_MAX_WORDS = 30
# A caption written as a sentence sits directly above its photo credit ("Jane Doe | Agency"),
# a line of a few words; the caption itself is a sentence or two.
CREDIT_ONLY_MAX_WORDS = 10
CAPTION_SENTENCE_MAX_WORDS = 60
# A photographer's credit alone on its line: a name of 2-4 capitalised words, perhaps with
# the outlet ("Jane Roe | The Gazette", "Jane Roe/Gazette"), printed right under a caption
# written as a sentence (the credit holds no word that says it is one).
NAME_CREDIT = re.compile(
    r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+(?: ?[|/] ?[A-Z][\w&'’. -]{1,40})?"
)
NAME_CREDIT_MAX_WORDS = 8
# A bulleted line of this many words that ends like a sentence is prose set as a list (the
# points of an article), even in a long run of bullets.
BULLETED_PROSE_MIN_WORDS = 20
# ... unless a dateline sits inside it: a teaser of another story, its headline run into
# its lead ("* Harbour reopens ALDRIC: The harbour reopened ...").
# A teaser's dateline sits near its start; searching only there keeps long lines cheap.
TEASER_DATELINE_REACH = 300
TEASER_DATELINE = re.compile(r"[\w,.’'] [A-Z]{2,}(?:[ .-][A-Z]{2,})*(?::| —| --) ")
# This many bulleted lines in a row are a list of links (teasers, related stories).
LINK_LIST_MIN_ITEMS = 5


def label_units(
    raw: str, units: list[Unit], language: str | None, stats: SiteLineStats | None
) -> tuple[list[str | None], list[str]]:
    """Return each unit's removal reason (None: content) and class (GOOD/NEAR/SHORT/BAD)."""
    reasons = _debris_reasons(raw, units, stats)
    classify = unit_classifier(language)
    classes = [classify(unit, reason) for unit, reason in zip(units, reasons, strict=True)]
    cut_comments(units, reasons, classes)
    return reasons, classes


def _debris_reasons(raw: str, units: list[Unit], stats: SiteLineStats | None) -> list[str | None]:
    """Return each unit's removal reason from chrome patterns and repetition (None: content)."""
    # each line's chrome reason, or MEDIA_PLAYER for a text browser's image label (inlined:
    # a call per line is a measurable share of the cleaner's time)
    reasons = [
        MEDIA_PLAYER
        if unit.words == 1 and IMAGE_LABEL_LINE.fullmatch(unit.text)
        else chrome_reason(unit.text, unit.words, unit.low)
        for unit in units
    ]
    mark_duplicates(units, reasons)
    if stats is not None and stats.n_docs >= SITE_MIN_DOCS:
        mark_furniture(raw, units, reasons, stats)
    for unit, reason in zip(units, reasons, strict=True):
        if reason is not None:
            continue
        if unit.bullet and unit.words < BULLET_PROSE_WORDS:
            reasons[unit.index] = LINK_LIST
        elif doubled(unit.text):
            reasons[unit.index] = CAPTION  # alt text or a link's title glued to its twin
        elif unit.words >= TEASER_RUN_MIN_WORDS and teaser_run(unit.text):
            reasons[unit.index] = NAVIGATION
    _mark_link_lists(units, reasons)
    _mark_promo_blurbs(units, reasons)
    _mark_credited_captions(units, reasons)
    mark_alt_texts(units, reasons)
    for unit in units:
        if reasons[unit.index] is None and unit.words >= BANNER_MIN_WORDS and banner(unit):
            reasons[unit.index] = NAVIGATION
    return reasons


def _mark_promo_blurbs(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark a short line between two share or sign-up lines as part of that box (a
    newsletter's blurb between its "Sign up" heading and the email field)."""
    for unit in units[1:-1]:
        if (
            reasons[unit.index] is None
            and unit.words <= PROMO_BLURB_MAX_WORDS
            and reasons[unit.index - 1] == SHARE
            and reasons[unit.index + 1] == SHARE
        ):
            reasons[unit.index] = SHARE


def _mark_credited_captions(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark a line printed right above a bare photo credit as that photo's caption (and a
    credit that is only a name, under a caption that ends like a sentence, as its credit:
    the two set apart as a block of their own, by blank lines above and below)."""
    for unit in units[1:]:
        above = units[unit.index - 1]
        if (
            unit.blank_before
            or unit.words > CREDIT_ONLY_MAX_WORDS
            or reasons[above.index] is not None
            or above.words > CAPTION_SENTENCE_MAX_WORDS
        ):
            continue
        reason = reasons[unit.index]
        if reason is not None:
            if _is_credit(unit, reason):
                reasons[above.index] = CAPTION
        elif (
            _name_credit(unit)
            and above.blank_before
            and (unit.index + 1 == len(units) or units[unit.index + 1].blank_before)
            and is_sentence(above)
        ):
            reasons[above.index] = reasons[unit.index] = CAPTION


def _name_credit(unit: Unit) -> bool:
    """Return whether a line is only a name, perhaps with an outlet (see NAME_CREDIT)."""
    return (
        unit.words <= NAME_CREDIT_MAX_WORDS
        and unit.text[:1].isupper()
        and NAME_CREDIT.fullmatch(unit.text) is not None
    )


def _is_credit(unit: Unit, reason: str | None) -> bool:
    """Return whether a line is a photo credit: a caption line, or a "(Image: © Agency)"
    notice (a footer phrase, but not the site's copyright line)."""
    if reason == CAPTION:
        return True
    return (
        reason == FOOTER
        and "©" in unit.text
        and not CASE_BLIND_COPYRIGHT_LINE.search(unit.text, unit.low)
    )


def _mark_link_lists(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark runs of bulleted lines as link lists (teasers of other stories), however long."""
    run: list[int] = []
    for unit in [*units, None]:
        if unit is not None and unit.bullet:
            run.append(unit.index)
            continue
        if len(run) >= LINK_LIST_MIN_ITEMS:
            for index in run:
                if not _bulleted_prose(units[index]):
                    reasons[index] = reasons[index] or LINK_LIST
        run = []


def _bulleted_prose(unit: Unit) -> bool:
    """Return whether a bulleted line is a paragraph of the article set as a list item:
    as long as prose and ending like a sentence (a link or teaser headline does not)."""
    if unit.words < BULLETED_PROSE_MIN_WORDS or not is_sentence(unit):
        return False
    return not TEASER_DATELINE.search(unit.text[:TEASER_DATELINE_REACH])  # near the start

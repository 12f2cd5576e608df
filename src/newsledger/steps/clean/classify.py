"""Unit labels for the text-capture cleaner: why a line is debris, and what class it is.

Input: a capture's units (`lines.split_units`), its language, the site's `SiteLineStats`.
Output: per unit a removal reason (None for content) from chrome patterns, repetition inside
the page and across the site, and a class (jusText's paragraph classes: GOOD and NEAR prose,
SHORT, BAD debris); the comment section and what follows a copyright notice are cut off.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.lines import SiteLineStats, Unit, line_key
from newsledger.steps.clean.patterns import (
    ABOUT_HEADING,
    CAPTION,
    CASE_BLIND_CAPTION_LINE,
    CASE_BLIND_COPYRIGHT_LINE,
    COMMENTS,
    EMBEDDED_TITLE,
    FOOTER,
    IMAGE_LABEL_LINE,
    LINK_LIST,
    MEDIA_PLAYER,
    NAVIGATION,
    REPEATED,
    SHARE,
    SITE_FURNITURE,
    chrome_reason,
    doubled,
    photo_credit,
)
from newsledger.steps.clean.prefilter import ascii_non_starts
from newsledger.steps.clean.repeats import mark_alt_texts, mark_duplicates
from newsledger.steps.clean.shapes import (
    BANNER_MIN_WORDS,
    DIGIT,
    FIGURE_MAX_STOP_DENSITY,
    FIGURE_PROBE_CHARS,
    SENTENCE_END,
    SENTENCE_MARK,
    TEASER_RUN_MIN_WORDS,
    banner,
    is_sentence,
    mostly_figures,
    teaser_run,
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
# A bulleted line shorter than this is a menu or link-list item, not a list in the story.
BULLET_PROSE_WORDS = 12
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
# A comment heading ends the article only once this much prose came before it (a "12
# comments" link under the headline is not the end of the story).
COMMENTS_MIN_PROSE_WORDS = 60
# ... and not when it opens a run of prose (MARKER_RUN_MIN_PARAGRAPHS paragraphs or more,
# starting within MARKER_RUN_REACH units, unbroken by MARKER_RUN_BREAK non-prose units in a
# row) of MARKER_RUN_MIN_RATIO times the prose above it, which is at most
# MARKER_TOP_MAX_PROSE_WORDS: the article itself follows a header link placed under a teaser
# near the top. A few reader comments under a short brief (comments can be paragraphs of
# prose themselves) are no such run.
MARKER_RUN_REACH = 10
MARKER_RUN_BREAK = 2
MARKER_RUN_MIN_PARAGRAPHS = 3
MARKER_TOP_MAX_PROSE_WORDS = 150
MARKER_RUN_MIN_RATIO = 2
# In a browser's text a menu has no bullets: an "About me" line with this many short lines
# (of at most MENU_ITEM_MAX_WORDS words) right above and below it is one of its items.
MENU_RUN_LINES = 2
MENU_ITEM_MAX_WORDS = 6
# An "About the author" heading is a short line of its own (not a bulleted menu item).
ABOUT_HEADING_MAX_WORDS = 6
# An "About the author:" label opening the blurb's own line ends the article too; the colon
# is looked for in the line's first this many characters.
ABOUT_LABEL_REACH = 30
# First letters of an ABOUT_HEADING match: a cheap test before the regex.
_ABOUT_STARTS = frozenset("AaSsÜüÀà")
# ... and the ASCII characters that cannot begin one (the regex is not tried after them).
_NOT_ABOUT_START = ascii_non_starts("as")
# Judged without stop words, a line is as long as its characters or its words at this many
# characters each, whichever is more (a Chinese sentence is short in characters).
CHARS_PER_WORD = 6


def label_units(
    raw: str, units: list[Unit], language: str | None, stats: SiteLineStats | None
) -> tuple[list[str | None], list[str]]:
    """Return each unit's removal reason (None: content) and class (GOOD/NEAR/SHORT/BAD)."""
    reasons = _debris_reasons(raw, units, stats)
    classify = _classify if language else _classify_without_stop_words
    classes = [classify(unit, reason) for unit, reason in zip(units, reasons, strict=True)]
    _cut_comments(units, reasons, classes)
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
        _mark_furniture(raw, units, reasons, stats)
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


def _cut_comments(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark everything from the comment-section heading (or the copyright notice) on as
    comments or footer: the article has ended above it.

    A comment or author heading that opens a long unbroken run of prose is no end: a comment
    count linked under the headline, with a teaser or a standfirst above it (comments come
    one by one, each under its author and date line). The site's copyright line always
    ends the article (text below it is a hidden box or a cookie notice); a photo's
    copyright credit never does.
    """
    prose = 0
    for unit in units:
        end = _end_reason(unit, reasons[unit.index])
        if (
            end is not None
            and prose >= COMMENTS_MIN_PROSE_WORDS
            and not _about_menu_item(units, unit)
            and (
                _site_copyright(unit)
                or prose > MARKER_TOP_MAX_PROSE_WORDS
                or _prose_run_below(units, classes, unit.index) < MARKER_RUN_MIN_RATIO * prose
            )
        ):
            for later in units[unit.index :]:
                reasons[later.index] = reasons[later.index] or end
                classes[later.index] = BAD
            return
        if classes[unit.index] in (GOOD, NEAR):
            prose += unit.words


def _about_menu_item(units: list[Unit], unit: Unit) -> bool:
    """Return whether an "About me" line is an item of a menu that a browser's text printed
    one item a line without bullets: MENU_RUN_LINES short lines that are no sentences on
    either side, with no blank line between them."""
    index = unit.index
    if not ABOUT_HEADING.fullmatch(unit.text) or index < MENU_RUN_LINES:
        return False
    run = units[index - MENU_RUN_LINES : index + MENU_RUN_LINES + 1]
    if len(run) < 2 * MENU_RUN_LINES + 1 or any(item.blank_before for item in run[1:]):
        return False
    return all(item.words <= MENU_ITEM_MAX_WORDS and not is_sentence(item) for item in run)


def _prose_run_below(units: list[Unit], classes: list[str], marker: int) -> int:
    """Return the words of the run of prose that starts within MARKER_RUN_REACH units below
    a marker (0 when it holds fewer than MARKER_RUN_MIN_PARAGRAPHS paragraphs): the run ends
    at MARKER_RUN_BREAK non-prose units in a row."""
    words = paragraphs = gap = 0
    for unit in units[marker + 1 :]:
        if classes[unit.index] in (GOOD, NEAR):
            words += unit.words
            paragraphs += 1
            gap = 0
            continue
        gap += 1
        if gap >= MARKER_RUN_BREAK if paragraphs else unit.index - marker > MARKER_RUN_REACH:
            break
    return words if paragraphs >= MARKER_RUN_MIN_PARAGRAPHS else 0


def _end_reason(unit: Unit, reason: str | None) -> str | None:
    """Return the reason a unit ends the article (comment heading, copyright), or None."""
    if reason == COMMENTS:
        return COMMENTS
    if reason == FOOTER and _site_copyright(unit):
        return FOOTER
    text = unit.text
    if text[:1] in _NOT_ABOUT_START:
        return None  # most lines: no "About ..." heading or label starts so
    if unit.words <= ABOUT_HEADING_MAX_WORDS and ABOUT_HEADING.fullmatch(text):
        return FOOTER
    # "About the author: Jane Doe has covered ..."
    if text[:1] in _ABOUT_STARTS and text.find(":", 0, ABOUT_LABEL_REACH) > 0:
        found = ABOUT_HEADING.match(text)
        if found is not None and text[found.end() : found.end() + 1] == ":":
            return FOOTER
    return None


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


def _site_copyright(unit: Unit) -> bool:
    """Return whether a line is the site's copyright notice, not a photo's credit
    ("Photo: © 2021 Jane Roe" under the headline)."""
    text, low = unit.text, unit.low
    if not CASE_BLIND_COPYRIGHT_LINE.search(text, low):
        return False
    return not (CASE_BLIND_CAPTION_LINE.match(text, low) or photo_credit(text, low))

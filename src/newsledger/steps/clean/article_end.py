"""Where the article ends among a text capture's units: the reader comment section's heading,
the site's copyright line, or an "About the author" heading or label.

Input: a capture's units with their removal reasons and classes (`labels.label_units` asks
before the body span is chosen). Output: the reasons and classes, updated in place: from the
first such marker with enough prose above it on, every unit is comments or footer (BAD).
`edges` cuts later, inside the body span (a paywall's prompt, an author's box).
"""

from __future__ import annotations

from newsledger.steps.clean.captions import CASE_BLIND_CAPTION_LINE, photo_credit
from newsledger.steps.clean.classify import BAD, GOOD, NEAR
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import COMMENTS, FOOTER
from newsledger.steps.clean.phrases import ABOUT_HEADING, CASE_BLIND_COPYRIGHT_LINE
from newsledger.steps.clean.prefilter import ascii_non_starts
from newsledger.steps.clean.shapes import is_sentence

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


def cut_comments(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
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


def _site_copyright(unit: Unit) -> bool:
    """Return whether a line is the site's copyright notice, not a photo's credit
    ("Photo: © 2021 Jane Roe" under the headline)."""
    text, low = unit.text, unit.low
    if not CASE_BLIND_COPYRIGHT_LINE.search(text, low):
        return False
    return not (CASE_BLIND_CAPTION_LINE.match(text, low) or photo_credit(text, low))

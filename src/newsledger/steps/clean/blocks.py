"""Block labels for the text-capture cleaner: runs of units that are debris or content together.

Input: a capture's units with the reasons and classes `labels.label_units` gave them.
Output: the same lists, updated in place where a run of units reads as one block: a feed of
teasers (kicker, headline, source, summary) or the headlines listed under a "Related" /
"Most read" heading are navigation; the items of a list that a line of the article announces
with a final colon are list items (`ITEM`) of the article (`lists.py`).
"""

from __future__ import annotations

import re

from newsledger.steps.clean.classify import (
    BAD,
    GOOD,
    NEAR,
    REPEATS,
    SHORT,
)
from newsledger.steps.clean.galleries import mark_galleries
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.lists import NUMBERED_ITEM, mark_announced_lists
from newsledger.steps.clean.patterns import FOOTER, LINK_LIST, NAVIGATION
from newsledger.steps.clean.phrases import CASE_BLIND_COPYRIGHT_LINE
from newsledger.steps.clean.prefilter import CaseBlind
from newsledger.steps.clean.shapes import is_sentence

# Teasers of other stories: a headline of this many words, then a summary sentence of at
# most this many words; this many pairs in a row make a teaser list.
TEASER_HEAD_WORDS = (3, 16)
TEASER_SUMMARY_MAX_WORDS = 40
# A story linked from inside the article: its headline (and the cut-off start of its
# summary) right above a lone "Read more" line.
READ_MORE_LINE = re.compile(
    r"\W*(?:(?:read|see) (?:more|the full (?:story|article))|continue reading|"
    r"full (?:story|article))\W*",
    re.IGNORECASE,
)
READ_MORE_MAX_WORDS = 5
# "Read more" lines at most this many units apart, twice or more in a row, close a feed of
# teasers (headline, summary, byline, then the link): the lines between two of them are a
# teaser when at most one is prose (its summary), and so are as many lines above the first
# as lie between the first two.
READ_MORE_FEED_MAX_GAP = 6
# A summary says something: a line of a few words ending in "?" is a question (Q&A), not one.
TEASER_SUMMARY_MIN_WORDS = 6
TEASER_MIN_PAIRS = 3
# A teaser may carry a kicker and a source or section line around its headline.
TEASER_MAX_HEAD_LINES = 3
# Classes a teaser summary may have.
TEASER_SUMMARY_CLASSES = (GOOD, NEAR, SHORT)
# Headings of lists of other stories; the headlines listed under them (short, not sentences,
# at most this many) are navigation, whatever their stop-word density.
RELATED_HEADING = re.compile(
    r"\W*(?:related(?: (?:stories|articles|content|news|posts|coverage|videos))?|"
    r"(?:most|more) (?:read|popular|viewed|shared|stories|news|articles|videos)"
    r"(?: (?:from|on|in) [\w. ]{1,30})?|more from [\w. ]{1,30}|popular (?:now|stories|posts)|"
    r"trending(?: now)?(?: (?:on|in) [\w. ]{1,30})?|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?like|don'?t miss|(?:read|watch|up) next|"
    r"next up(?: in [\w ]{1,30})?|top stories|editor'?s picks?|latest (?:news|stories)|"
    r"also of interest|(?:you (?:may|might) )?also be interested in|see also|further reading|"
    r"more (?:[\w'’&-]+ ){1,3}(?:stories|news|articles|videos|posts)|next up in [\w&'’. -]{1,30}|"
    r"more (?:on|about) (?:this|the) (?:story|topic))\W*",
    re.IGNORECASE,
)
_HEADING_OR_MORE = CaseBlind(
    re.compile(rf"(?P<more>{READ_MORE_LINE.pattern})|(?:{RELATED_HEADING.pattern})", re.IGNORECASE)
)
RELATED_BLOCK_MAX_UNITS = 12
RELATED_HEADING_MAX_WORDS = 8
# A "Top stories" menu link may sit right above the article's headline and byline: a "list"
# of at most this many unbulleted lines running straight into prose is that header.
RELATED_HEADER_LINES = 3
RELATED_ITEM_MAX_WORDS = 25
_CLOSING_MARKS = ")]"
_STOPS = (".", "!", "?", "…")
# A site's closing notice (a legal or medical disclaimer, an "about us" blurb) is prose that
# sits right above the copyright line, cut off from the page's earlier prose by a run of at
# least FOOTER_BAND_BREAK debris lines (share buttons, related links); it is short (at most
# FOOTER_BAND_MAX_UNITS units, FOOTER_BAND_MAX_WORDS words), and this many words of prose
# must come before the break (otherwise the band is the article itself).
FOOTER_BAND_BREAK = 4
FOOTER_BAND_MAX_UNITS = 5
FOOTER_BAND_MAX_WORDS = 250
FOOTER_BAND_PROSE_ABOVE = 60


def mark_blocks(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Label photo galleries, teaser feeds, related-story lists and announced lists (in place).

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> units = split_units("Most Read\\nFerry times change\\nBakery opens\\n", frozenset())
        >>> reasons, classes = [None] * 3, [SHORT] * 3
        >>> mark_blocks(units, reasons, classes)
        >>> reasons
        ['navigation', 'navigation', 'navigation']
    """
    mark_galleries(units, reasons, classes)
    _mark_teasers(units, reasons, classes)
    _mark_related_blocks(units, reasons, classes)
    mark_announced_lists(units, reasons, classes)
    _mark_footer_band(units, reasons, classes)


def _mark_teasers(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark runs of teasers (headline lines, then a one-sentence summary) as navigation."""
    teasers: list[range] = []
    index = 0
    while index < len(units) - 1:
        size = _teaser_size(units, classes, index) if classes[index] == SHORT else 0
        if size:
            teasers.append(range(index, index + size))
            index += size
            while index < len(units) and reasons[index] is not None and classes[index] == BAD:
                index += 1  # time stamps, bullets between teasers
            continue
        if teasers:  # a run of teasers ends here
            _flag_teasers(teasers, reasons, classes)
            teasers = []
        index += 1
    _flag_teasers(teasers, reasons, classes)


def _teaser_size(units: list[Unit], classes: list[str], index: int) -> int:
    """Return the number of units of a teaser starting at `index` (0: none): up to
    TEASER_MAX_HEAD_LINES short lines (kicker, headline, source), one of a headline's
    length, then a one-sentence summary."""
    heads = 0
    while (
        heads < TEASER_MAX_HEAD_LINES
        and index + heads < len(units) - 1
        and classes[index + heads] == SHORT
        and not is_sentence(units[index + heads])
        and not units[index + heads].text.endswith(":")  # a list's intro or a label
    ):
        heads += 1
    if not heads:
        return 0
    summary = units[index + heads]
    titled = any(
        TEASER_HEAD_WORDS[0] <= units[i].words <= TEASER_HEAD_WORDS[1]
        for i in range(index, index + heads)
    )
    if (
        titled
        and classes[index + heads] in TEASER_SUMMARY_CLASSES
        and TEASER_SUMMARY_MIN_WORDS <= summary.words <= TEASER_SUMMARY_MAX_WORDS
        and is_sentence(summary)
    ):
        return heads + 1
    return 0


def _flag_teasers(teasers: list[range], reasons: list[str | None], classes: list[str]) -> None:
    """Tag a run of teasers as navigation when it is long enough."""
    if len(teasers) >= TEASER_MIN_PAIRS:
        for teaser in teasers:
            for index in teaser:
                reasons[index] = reasons[index] or NAVIGATION
                classes[index] = BAD


def _mark_read_more_teaser(
    units: list[Unit], reasons: list[str | None], classes: list[str], above: int
) -> None:
    """Mark a single teaser inside the article as navigation: a headline, or a headline and
    a summary cut off mid-sentence, right above a lone "Read more" line (`above` is the
    line above it). A paragraph that ends like a sentence stays (it may be the article's)."""
    if reasons[above] is not None or is_sentence(units[above]):
        return
    if above > 0 and _cut_summary(units[above]) and _lone_headline(units, reasons, above - 1):
        teaser = [above - 1, above]
    elif _lone_headline(units, reasons, above):
        teaser = [above]
    else:
        return
    for listed in teaser:
        reasons[listed] = NAVIGATION
        classes[listed] = BAD


def _cut_summary(unit: Unit) -> bool:
    """Return whether a line reads as a summary cut off mid-sentence (no final stop)."""
    words = unit.words
    return TEASER_SUMMARY_MIN_WORDS <= words <= TEASER_SUMMARY_MAX_WORDS and not is_sentence(unit)


def _lone_headline(units: list[Unit], reasons: list[str | None], index: int) -> bool:
    """Return whether a line without a reason is shaped like a headline."""
    unit = units[index]
    return (
        reasons[index] is None
        and not unit.bullet
        and TEASER_HEAD_WORDS[0] <= unit.words <= TEASER_HEAD_WORDS[1]
        and not is_sentence(unit)
    )


def _mark_related_blocks(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark the headlines listed under a "Related" / "Most popular" heading as navigation,
    and teasers above "Read more" lines (one regex finds both lines)."""
    more_lines: list[int] = []
    index = 0
    while index < len(units):
        heading = units[index]
        found = heading.words <= RELATED_HEADING_MAX_WORDS and _HEADING_OR_MORE.fullmatch(
            heading.text, heading.low
        )
        if not found or found.group("more"):
            if found and index and heading.words <= READ_MORE_MAX_WORDS:
                _mark_read_more_teaser(units, reasons, classes, index - 1)
                more_lines.append(index)
            index += 1
            continue
        reasons[index] = reasons[index] or NAVIGATION
        classes[index] = BAD
        index += 1
        end, stop = index, min(len(units), index + RELATED_BLOCK_MAX_UNITS)
        while end < stop and (
            _listed_headline(units[end], reasons[end], classes[end])
            or _next_number(units, index, end)
            or _listed_question(units, reasons, classes, end)
        ):
            end += 1
        if _header_below(units, classes, index, end):
            continue  # a menu link above the article's own headline and byline
        for listed in range(index, end):
            reasons[listed] = reasons[listed] or NAVIGATION
            classes[listed] = BAD
        index = end
    _mark_read_more_feed(reasons, classes, more_lines)


def _mark_read_more_feed(reasons: list[str | None], classes: list[str], more: list[int]) -> None:
    """Mark a feed of teasers, each closed by its own "Read more" line, as navigation: a
    summary ending like a sentence is a teaser too once the link recurs every few lines."""
    in_feed = False
    for first, second in zip(more, more[1:], strict=False):
        gap = second - first
        if not 1 < gap <= READ_MORE_FEED_MAX_GAP:
            in_feed = False
            continue
        start = first + 1 if in_feed else max(0, first - gap + 1)
        teaser = range(start, second)
        if sum(classes[i] in (GOOD, NEAR) for i in teaser) > 1 + (start < first):
            in_feed = False
            continue
        for listed in teaser:
            reasons[listed] = reasons[listed] or NAVIGATION
            classes[listed] = BAD
        in_feed = True


def _header_below(units: list[Unit], classes: list[str], start: int, end: int) -> bool:
    """Return whether the lines `[start, end)` under a related heading are the article's own
    header: a few unbulleted lines running straight into prose (bulleted ones are a box)."""
    if end - start > RELATED_HEADER_LINES or end >= len(units):
        return False
    if any(units[i].bullet for i in range(start, end)):
        return False
    if start >= 2 and classes[start - 2] in (GOOD, NEAR):
        return False  # prose right above the heading: a box inside the article, not its header
    below = units[end]
    if classes[end] == SHORT and is_sentence(below) and _every_word_capitalised(below):
        return False  # "Why Do We Get Allergies?": one more headline, not the lead
    return classes[end] in (GOOD, NEAR) or (classes[end] == SHORT and is_sentence(below))


def _every_word_capitalised(unit: Unit) -> bool:
    """Return whether every word of four letters or more of a line is capitalised."""
    words = [word for word in unit.text.split() if len(word) >= 4]
    return bool(words) and all(word[0].isupper() for word in words)


def _next_number(units: list[Unit], start: int, index: int) -> bool:
    """Return whether a line goes on a numbered list of headlines that begins at `start`
    ("1. ...", "2. ..."), or right below a subheading there ("Next up", "Deals", "1. ..."): a
    numbered "most read" list is one block, whatever each line's shape (below a subheading,
    headlines only: numbered sentences there are the site's rules or a list of steps)."""
    found = NUMBERED_ITEM.match(units[index].text)
    if not found or index <= start:
        return False
    number = found.group(1)
    if number == str(index - start + 1):
        return True
    return (
        number == str(index - start)
        and not NUMBERED_ITEM.match(units[start].text)
        and not is_sentence(units[index])  # numbered rules or steps under a heading
    )


def _listed_headline(unit: Unit, reason: str | None, cls: str, question: bool = False) -> bool:
    """Return whether a line under a related-stories heading reads as a listed headline (a
    `question` may end like a sentence)."""
    if reason not in (None, NAVIGATION, LINK_LIST, *REPEATS) or cls == GOOD:
        return False
    return unit.words <= RELATED_ITEM_MAX_WORDS and (question or not _closed_sentence(unit))


def _listed_question(
    units: list[Unit], reasons: list[str | None], classes: list[str], index: int
) -> bool:
    """Return whether a question under a related-stories heading is one of the listed
    headlines ("Could the ferries run all winter?"): a listed headline follows it."""
    unit, below = units[index], index + 1
    return (
        unit.text.endswith("?")
        and _listed_headline(unit, reasons[index], classes[index], question=True)
        and below < len(units)
        and _listed_headline(units[below], reasons[below], classes[below])
    )


def _closed_sentence(unit: Unit) -> bool:
    """Return whether a line ends like a sentence with a stop of its own: a closing bracket
    after a stop ("... (as he said.)"), not after a word or a figure: a listed headline may
    end in a date in brackets ("Harbour notes (11/20/19)"), and ended the list there.

    (A closing quote after a word still counts: "... the 'new deal'" is as often a sentence.)
    """
    if not is_sentence(unit):
        return False
    text = unit.text.rstrip(_CLOSING_MARKS)
    return text == unit.text or text.endswith(_STOPS)


def _mark_footer_band(units: list[Unit], reasons: list[str | None], classes: list[str]) -> None:
    """Mark the short band of prose just above the copyright line as footer when a run of
    debris separates it from the page's earlier prose (see FOOTER_BAND_BREAK)."""
    end = next(
        (
            u.index
            for u in units
            if reasons[u.index] == FOOTER and CASE_BLIND_COPYRIGHT_LINE.search(u.text, u.low)
        ),
        None,
    )
    if end is None:
        return
    start = end
    while (
        start > 0 and end - start < FOOTER_BAND_MAX_UNITS and not _debris(units, classes, start - 1)
    ):
        start -= 1
    band = range(start, end)
    if not any(classes[i] in (GOOD, NEAR) for i in band):
        return
    if sum(units[i].words for i in band) > FOOTER_BAND_MAX_WORDS:
        return
    gap = start
    while gap > 0 and _debris(units, classes, gap - 1):
        gap -= 1
    above = sum(units[i].words for i in range(gap) if classes[i] in (GOOD, NEAR))
    if start - gap >= FOOTER_BAND_BREAK and above >= FOOTER_BAND_PROSE_ABOVE:
        for index in band:
            reasons[index], classes[index] = reasons[index] or FOOTER, BAD


def _debris(units: list[Unit], classes: list[str], index: int) -> bool:
    """Return whether a unit is neither prose nor a short sentence."""
    cls = classes[index]
    return cls == BAD or (cls == SHORT and not is_sentence(units[index]))

"""Header and footer fields of a text capture: headline, standfirst, byline, dateline, credits.

Input: the capture's units (see `lines.Unit`), their labels and the index of the first body
unit. Output: the fields and the indices of the units they were read from, so the cleaner
neither removes nor keeps those lines twice. A field is read by position and shape, never
dropped because the line recurs elsewhere on the site. `trim_lead` drops the header lines
(headline, kicker, date and byline lines) that the body span took in above the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.steps.clean.classify import GOOD, SHORT
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import (
    BYLINE,
    CAPTION,
    CREDIT_LINE,
    CREDIT_SPLIT,
    DATELINE,
    MEDIA_PLAYER,
    REPEATED,
    has_date_word,
)

# How far above the lead (in units) the headline may sit: chrome, a video block and a
# caption can come between them (seed captures: up to 8 units).
TITLE_LOOKBACK = 16
# A headline has at least this many words ("Protests Spread") and at most this many.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
# A standfirst is a sentence between headline and lead, longer than a caption.
STANDFIRST_MIN_WORDS = 8
# A line this short with a date in it is a date/byline line, not a headline.
DATE_LINE_MAX_WORDS = 12
# A header line printed twice (a standfirst as the page's summary and again as its caption or
# share text) has its first copy at most this many lines above the second.
HEADER_COPY_REACH = 8
# Credited names are short: a longer piece is a sentence, not a credit.
CREDIT_NAME_MAX_WORDS = 6
# A credit line ending in "and" or "," continues on the next short line (a linked name).
CREDIT_CONTINUATION_MAX_WORDS = 8
# Lines the continuation search may step over: image badges between credit and name.
CREDIT_SKIP_REASONS = (MEDIA_PLAYER, CAPTION)
_DANGLING = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# The lead paragraph ends like a sentence (or is long prose); lines above it that do not
# (headline, kicker, date and byline lines) belong to the header.
LEAD_ENDS = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")
# A headline in title case: this share of its words of this many letters or more start
# with a capital (function words like "of", "in" are shorter and often lower case).
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_LETTERS = 4
# A publication stamp opens with its word and a date right after it: "Published: November 8,
# 2023 at 4:56 p.m. | Updated: November 8, 2023 at 6:00 p.m." (both stamps: up to this many
# words). "Posted on social media on May 3, the video ..." is a lead, and so is "Published
# decades ago, the atlas ...": the date is a number, a month with a day ("Nov. 8") or a
# weekday with a comma before either ("Thursday, March 14").
# Only safe with `match`: under `.search` the leading \W* backtracks quadratically on long
# runs of spaces or hyphens.
_STAMP_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d"
)
_STAMP_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,\s*"
STAMP_START = re.compile(
    r"\W*(?:(?:first |last )?published|(?:last )?updated|posted)(?: on)?\W*"
    rf"(?=\d|{_STAMP_MONTH}|{_STAMP_WEEKDAY}(?:\d|{_STAMP_MONTH}))",
    re.IGNORECASE,
)
STAMP_MAX_WORDS = 24
# A title-cased line that ends by closing a quotation it opened is a headline, not a lead
# ending like a sentence: each closing mark and the opening mark it pairs with.
QUOTE_PAIRS = {"’": "‘", "”": "“", "'": "'", '"': '"'}


@dataclass(slots=True)
class Header:
    """Fields read above the body, with the indices of the units they came from."""

    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    used: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Credits:
    """A credit line: the credited names and the units it spans."""

    names: list[str]
    used: set[int]
    in_body: bool  # the "(Reporting by ...)" form stays the body's last paragraph


def read_header(units: list[Unit], reasons: list[str | None], first_body: int) -> Header:
    """Find headline, standfirst and byline above the first body unit.

    Lines with a removal reason (chrome, a twice-printed video title, captions) are skipped,
    so the headline is the nearest title-shaped line above the lead that is not debris.
    """
    header = Header()
    for index in range(first_body - 1, max(-1, first_body - 1 - TITLE_LOOKBACK), -1):
        unit, reason = units[index], reasons[index]
        if reason is not None:  # chrome, captions, a video title printed twice
            continue
        byline = BYLINE.match(unit.text)
        if byline and header.byline is None:
            header.byline = byline.group("who").strip()
            header.used.add(index)
            continue
        if unit.words <= DATE_LINE_MAX_WORDS and has_date_word(unit.text):
            continue
        if _is_standfirst(unit) and header.standfirst is None and header.title is None:
            header.standfirst = unit.text
            header.used.add(index)
            continue
        if _is_title(unit):
            header.title = unit.text
            header.used.add(index)
            break
    return header


def _is_title(unit: Unit) -> bool:
    """Return whether a unit has a headline's shape."""
    if unit.bullet or not TITLE_MIN_WORDS <= unit.words <= TITLE_MAX_WORDS:
        return False
    return not unit.text.endswith((".", ":", ",")) or unit.text.endswith("...")


def _is_standfirst(unit: Unit) -> bool:
    """Return whether a unit is a summary sentence between headline and lead."""
    return unit.words >= STANDFIRST_MIN_WORDS and bool(_SENTENCE_END.search(unit.text))


def read_credits(
    units: list[Unit], reasons: list[str | None], start: int, stop: int
) -> tuple[int, Credits | None]:
    """Find a credit line in units `[start, stop)`; return the body's new end and the credits.

    The body ends at the credit line: what follows it is the site's footer.
    """
    for index in range(start, min(stop, len(units))):
        unit = units[index]
        if unit.words > 60 or not _may_be_credit(unit):
            continue
        match = CREDIT_LINE.match(unit.text)
        if not match:
            continue
        who = match.group("who")
        used = {index}
        if _DANGLING.search(who):
            extra = _continuation(units, reasons, index + 1)
            if extra is not None:
                who = f"{who} {units[extra].text}"
                used.add(extra)
        in_body = not match.group("with").lower().startswith(("with", "compiled", "written"))
        names = [] if in_body else split_credits(who)
        return (index + 1 if in_body else index), Credits(names, used, in_body)
    return stop, None


def _may_be_credit(unit: Unit) -> bool:
    """Return whether a line may be a credit line: every CREDIT_LINE match holds "reporting
    by" (a cheap test first; only in ASCII does the lower-cased line show every match of the
    case-blind regex, as `re` folds a few other letters onto ASCII ones)."""
    return "reporting by" in unit.low or not unit.text.isascii()


def _continuation(units: list[Unit], reasons: list[str | None], index: int) -> int | None:
    """Return the index of the short line completing a dangling credit line, if any."""
    for step in range(index, min(index + 3, len(units))):
        if reasons[step] in CREDIT_SKIP_REASONS or units[step].text.lstrip("•·*- ").endswith(
            "Image"
        ):
            continue
        if units[step].words <= CREDIT_CONTINUATION_MAX_WORDS and not _SENTENCE_END.search(
            units[step].text
        ):
            return step
        return None
    return None


def split_credits(who: str) -> list[str]:
    """Split "Reuters, AP, dpa, and BelTA" into names.

    Example:
        >>> split_credits("Reuters, AP, and dpa")
        ['Reuters', 'AP', 'dpa']
    """
    names = []
    for part in CREDIT_SPLIT.split(who.strip().rstrip(".)")):
        part = part.strip(" .")
        if part and len(part.split()) <= CREDIT_NAME_MAX_WORDS:
            names.append(part)
    return names


def split_dateline(text: str) -> tuple[str | None, int]:
    """Split a lead's dateline; return the place (or None) and where the lead text starts.

    Example:
        >>> split_dateline("MINSK -- Police detained nine people.")
        ('MINSK', 9)
    """
    match = DATELINE.match(text)
    if not match:
        return None, 0
    return match.group("place").strip(), match.end()


def trim_lead(
    units: list[Unit], reasons: list[str | None], classes: list[str], keep: list[int]
) -> list[int]:
    """Drop kept lines above the lead that belong to the header: a headline (title-cased,
    or followed by a date or byline line) and date, byline or kicker lines. A player's time
    counter ("0:00 0:01:10") below a line is no date line."""
    start = 0
    while start < len(keep) - 1:
        unit = units[keep[start]]
        following = units[keep[start] + 1]
        header_below = (
            following.words <= DATE_LINE_MAX_WORDS
            and reasons[following.index] != MEDIA_PLAYER
            and (has_date_word(following.text) or bool(BYLINE.match(following.text)))
        )
        if _stamp_line(unit):
            start += 1  # "Published: May 3, 2024 at 4:56 p.m." ends like a sentence
            continue
        if reasons[keep[start]] == REPEATED and _printed_above(units, keep[start]):
            start += 1  # a standfirst printed twice in the header (meta text and page)
            continue
        if classes[keep[start]] == GOOD or (
            unit.text.endswith(LEAD_ENDS) and not header_below and not _quoted_headline(unit)
        ):
            break
        if not (classes[keep[start]] == SHORT or _title_cased(unit) or header_below):
            break
        start += 1
    return keep[start:]


def _printed_above(units: list[Unit], index: int) -> bool:
    """Return whether the line at `index` was printed within the few lines above it too."""
    text = units[index].text
    return any(unit.text == text for unit in units[max(0, index - HEADER_COPY_REACH) : index])


def _stamp_line(unit: Unit) -> bool:
    """Return whether a line is the article's publication stamp ("Updated: ...", a date)."""
    return (
        unit.words <= STAMP_MAX_WORDS
        and STAMP_START.match(unit.text) is not None
        and has_date_word(unit.text)
    )


def _quoted_headline(unit: Unit) -> bool:
    """Return whether a title-cased line ends by closing a quotation it opened, as a headline
    quoting someone does ("Mayor Says Harbour Is 'Open For Business'"): no sentence end."""
    text = unit.text
    opening = QUOTE_PAIRS.get(text[-1])
    return opening is not None and opening in text[:-1] and _title_cased(unit)


def _title_cased(unit: Unit) -> bool:
    """Return whether most longer words of a line are capitalised, as in a headline."""
    words = [w for w in unit.text.split() if len(w) >= TITLE_CASE_MIN_LETTERS]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return bool(words) and capitals >= TITLE_CASE_SHARE * len(words)

"""Header and footer fields of a text capture: headline, standfirst, byline, dateline, credits.

Input: the capture's units (see `lines.Unit`), their labels and the index of the first body
unit. Output: the fields and the indices of the units they were read from, so the cleaner
neither removes nor keeps those lines twice. A field is read by position and shape, never
dropped because the line recurs elsewhere on the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import (
    BYLINE,
    CAPTION,
    CREDIT_LINE,
    CREDIT_SPLIT,
    DATE_WORD,
    DATELINE,
    MEDIA_PLAYER,
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
# Credited names are short: a longer piece is a sentence, not a credit.
CREDIT_NAME_MAX_WORDS = 6
# A credit line ending in "and" or "," continues on the next short line (a linked name).
CREDIT_CONTINUATION_MAX_WORDS = 8
# Lines the continuation search may step over: image badges between credit and name.
CREDIT_SKIP_REASONS = (MEDIA_PLAYER, CAPTION)
_DANGLING = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


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
        if unit.words <= DATE_LINE_MAX_WORDS and DATE_WORD.search(unit.text):
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
        if unit.words > 60:
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

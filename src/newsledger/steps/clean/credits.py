"""The credit line that ends an agency story: "With reporting by Reuters, AP and dpa".

Input: the capture's units (see `lines.Unit`) and their labels, from the body's last units
on. Output: the credited names and the units they were read from. The "with" form credits
agencies and goes to `CleanedCapture.credits`; the Reuters "(Reporting by ...)" form names the
reporters and stays the body's last paragraph. Both mark the end of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.steps.clean.bylines import CREDIT_LINE, CREDIT_SPLIT
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import CAPTION, MEDIA_PLAYER

# Credited names are short: a longer piece is a sentence, not a credit.
CREDIT_NAME_MAX_WORDS = 6
# A credit line ending in "and" or "," continues on the next short line (a linked name).
CREDIT_CONTINUATION_MAX_WORDS = 8
# Lines the continuation search may step over: image badges between credit and name.
CREDIT_SKIP_REASONS = (MEDIA_PLAYER, CAPTION)
_DANGLING = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@dataclass(slots=True)
class Credits:
    """A credit line: the credited names and the units it spans."""

    names: list[str]
    used: set[int]
    in_body: bool  # the "(Reporting by ...)" form stays the body's last paragraph


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

"""Number phrases: the integer that digits or English number words state.

Input: a phrase such as "twenty-three", "12,000" or "1.5 million". Output: its value
(`parse_number`), and the pattern that finds such phrases in text (`NUMBER_PATTERN`). Kept apart
from `quantities`, which decides what a count counts, because the TIMEX rules read the same
number words for durations and dates and need none of that.
"""

from __future__ import annotations

import re

# Cardinal words up to the tens; compounds ("twenty-three") add a unit to a ten.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# "a/an" count as one only inside a number phrase ("a hundred", "an estimated"), never alone.
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(TENS)
    + r")(?:[\s-](?:"
    + "|".join(u for u in UNITS if UNITS[u] < 10)
    + r"))?|"
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?:hundred|thousand|million))?"
NUMBER_PATTERN = rf"(?:{_DIGITS}|{_WORD_NUMBER}){_SCALE}"
_NUMBER_RE = re.compile(rf"^(?:{NUMBER_PATTERN})$", re.IGNORECASE)


# Longer digit runs are identifiers or noise, not counts.
MAX_DIGITS = 15


def parse_number(phrase: str) -> int | None:
    """Return the integer a number phrase states, or None when it is not one.

    Args:
        phrase: digits ("12,000", "1.5 million") or words ("nine", "twenty-three",
            "two hundred").

    Returns:
        The value, or None for anything else (vague words included).

    Example:
        >>> parse_number("twenty-three"), parse_number("12,000"), parse_number("1.5 million")
        (23, 12000, 1500000)
    """
    text = " ".join(phrase.lower().replace("-", " ").split())
    if not text or not _NUMBER_RE.match(phrase.strip()):
        return None
    words = text.split()
    scale = 1
    if words[-1] in SCALES and len(words) > 1:
        scale = SCALES[words.pop()]
    head = " ".join(words).replace(",", "")
    if len(head) > MAX_DIGITS:
        return None  # no count of people runs to this many digits (float() would overflow)
    if re.fullmatch(r"\d+(?:\.\d+)?", head):
        return int(round(float(head) * scale))
    value = 0
    for word in words:
        if word in TENS:
            value += TENS[word]
        elif word in UNITS:
            value += UNITS[word]
        else:
            return None
    return value * scale

"""TIMEX rules for durations, vague references and sets: "three years", "recently", "every week".

Input: a regex match over the text and its `Context` (text, anchor date). Output: the TIMEX value
("P3Y", "PT4H", "PAST_REF", "P1W", "XXXX-WXX-1"), or None when the match is no time expression
after all (an age, "a year" as a rate). `PERIOD_RULES` lists each rule's regex, handler, TIMEX3
type and opening words, in the order `timex.rules.RULES` tries them.
"""

from __future__ import annotations

import re

from newsledger.steps.events.number_words import parse_number
from newsledger.steps.events.timex.base import RE_NUM, RE_UNIT, Context, compile_rules
from newsledger.steps.events.timex.lexicon import (
    DURATION_FRAME_BEFORE,
    OPEN_DURATION_THE,
    OPEN_NUM,
    OPEN_UNIT,
    UNIT_CODES,
    WEEKDAYS,
)

# TimeML's vague references. Not "previously"/"formerly": they order events, not place them.
_VAGUE_PAST = r"recently|lately|the\s+past|recent(?:\s+(?:years|months|weeks|days))?"
_VAGUE_NOW = r"now|currently|current|nowadays|at\s+present|at\s+the\s+moment|these\s+days"
_VAGUE_FUTURE = r"soon|the\s+future|someday|the\s+coming\s+(?:days|weeks|months|years)"


def _duration(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    text = match.group(0).lower()
    if text.endswith("-old") or ctx.text[match.end() : match.end() + 4] in (" old", "-old"):
        return None  # an age, not a time
    if not match["num"] and not (match["frame"] and match["the"]):
        return None  # a bare "week" is not a time expression, nor "last year" a duration
    num = (match["num"] or "one").lower()
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    if num in ("a", "an") and not (match["frame"] or DURATION_FRAME_BEFORE.search(before)):
        return None  # "a year" alone is too often a rate ("$5 a year") or a set
    count = 1 if num in ("a", "an", "one") else parse_number(num)
    unit = match["unit"].lower().rstrip("s").replace("centurie", "century")
    code = UNIT_CODES[unit]
    time_part = "T" if unit in ("second", "minute", "hour") else ""
    return f"P{time_part}{'X' if count is None else count}{code}", None


def _vague(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    for group in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        if match[group]:
            return group, None
    return None


def _set(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    word = match.group(0).lower().split()[-1]
    codes = {"daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y"}
    if word in codes:
        return f"P1{codes[word]}", None
    if word in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[word] + 1}", None
    return f"P1{UNIT_CODES.get(word.rstrip('s'), 'W')}", None


# Rules: (regex, handler, TIMEX3 type, starters), in the order they are tried.
PERIOD_RULES = compile_rules(
    (
        (
            r"(?:\b(?P<the>(?i:the))\s+)?(?:\b(?P<frame>(?i:past|last|next|coming|previous|"
            rf"first|final))\s+)?\b(?:{RE_NUM}[\s-]+)?{RE_UNIT}(?:-(?:long|old))?\b",
            _duration,
            "DURATION",
            f"{OPEN_DURATION_THE} past last next coming previous first final {OPEN_NUM} "
            + OPEN_UNIT,
        ),
        (
            rf"\b(?:(?P<PAST_REF>(?i:{_VAGUE_PAST}))|(?P<PRESENT_REF>(?i:{_VAGUE_NOW}))|"
            rf"(?P<FUTURE_REF>(?i:{_VAGUE_FUTURE})))\b",
            _vague,
            "DATE",
            "recently lately the>past|future|coming recent now currently current nowadays "
            "at>present|the these>days soon someday",
        ),
        (
            r"\b(?i:(?:every|each)\s+(?:day|week|month|year|weekend|Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)|daily|weekly|monthly|annually|yearly)\b",
            _set,
            "SET",
            "every each daily weekly monthly annually yearly",
        ),
    )
)

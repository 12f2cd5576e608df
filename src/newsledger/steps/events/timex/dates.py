"""TIMEX rules for calendar dates: explicit days, months, years, decades, quarters, seasons.

Input: a regex match over the text and its `Context` (text, anchor date). Output: the TIMEX value
and modifier ("2020-07-14", "2020-07" LATE, "2019", "199", "2020-Q3", "2020-SU"), or None when the
match is no date after all ("May" the verb, "2,000 people", "in Mar del Plata"). A year the text
does not state comes from the anchor, or stays "XXXX". `DATE_RULES` lists each rule's regex,
handler, TIMEX3 type and opening words, in the order `timex.rules.RULES` tries them.
"""

from __future__ import annotations

import re

from newsledger.steps.events.timex.base import (
    RE_DAY,
    RE_MOD,
    RE_MONTH,
    RE_YEAR,
    Context,
    compile_rules,
    mod_of,
)
from newsledger.steps.events.timex.calendar import format_day, is_real_day, nearest_year
from newsledger.steps.events.timex.lexicon import (
    FULL_MONTHS,
    MAY_FRAME_BEFORE,
    MONTH_FRAME_BEFORE,
    MONTHS,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    OPEN_MOD,
    OPEN_MONTH,
    OPEN_WEEKDAY,
    ORDINALS,
    SEASON_ORDER,
    SEASONS,
    YEAR_CONTEXT_BEFORE,
)
from newsledger.steps.events.timex.scan import DIGIT_START

_WEEKDAY_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"


def _explicit_day(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    month = MONTHS[match["month"].lower().rstrip(".")]
    day = int(match["day"])
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    if match["year"]:
        if not is_real_day(int(match["year"]), month, day):
            return None  # "February 29, 2021" is no date
        return format_day(int(match["year"]), month, day), mod_of(match)
    year = nearest_year(month, day, ctx.anchor) if ctx.anchor else None
    if year and not is_real_day(year, month, day):
        year = None  # 29 February near a non-leap anchor: the year stays unknown
    return format_day(year, month, day), mod_of(match)


def _month(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    name = match["month"]
    month = MONTHS[name.lower().rstrip(".")]
    rel = (match["rel"] or "").lower()
    if match["year"]:
        return f"{match['year']}-{month:02d}", mod_of(match)
    if not name.endswith(".") and name.lower() not in FULL_MONTHS:
        return None  # "in Mar del Plata": a bare abbreviation is a name
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    frame = MONTH_FRAME_BEFORE if name != "May" else MAY_FRAME_BEFORE
    if not (rel or match["mod"] or match["yrel"] or frame.search(before)):
        return None
    if ctx.anchor is None:
        return f"XXXX-{month:02d}", mod_of(match)
    year = nearest_year(month, 1, ctx.anchor)
    if match["yrel"]:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[match["yrel"].lower()]
    elif rel == "last":
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif rel == "next":
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    return f"{year:04d}-{month:02d}", mod_of(match)


def _year(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    before = ctx.text[max(0, match.start() - 20) : match.start()]
    after = ctx.text[match.end() : match.end() + 16]
    fiscal = match.group(0).lower().startswith("fiscal")
    framed = match["mod"] or fiscal or YEAR_CONTEXT_BEFORE.search(before)
    if not framed and (NOT_YEAR_BEFORE.search(before) or NOT_YEAR_AFTER.match(after)):
        return None
    mod = mod_of(match)
    if re.search(r"\bsince\s*$", before, re.IGNORECASE):
        mod = "AFTER"
    elif re.search(r"\b(?:before|until|till)\s*$", before, re.IGNORECASE):
        mod = "BEFORE"
    return match["year"], mod


def _decade(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    return match["decade"][:3], mod_of(match)


def _quarter(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    quarter = ORDINALS[match["ord"].lower()]
    owner = (match["owner"] or "").lower()
    if match["year"]:
        return f"{match['year']}-Q{quarter}", None
    if ctx.anchor is None:
        return f"XXXX-Q{quarter}", None
    year = nearest_year(3 * quarter - 2, 1, ctx.anchor)
    if owner.startswith("last"):
        year = ctx.anchor.year - 1
    elif owner.startswith("this"):
        year = ctx.anchor.year
    return f"{year:04d}-Q{quarter}", None


def _season(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    code = SEASONS[match["season"].lower()]
    rel = (match["rel"] or "").lower()
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    if not (rel or match["year"] or match["mod"] or re.search(r"\b(?:the|in)\s+$", before)):
        return None
    if match["year"]:
        return f"{match['year']}-{code}", mod_of(match)
    if ctx.anchor is None:
        return f"XXXX-{code}", mod_of(match)
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    current = SEASON_ORDER[(ctx.anchor.month % 12) // 3]
    year = nearest_year(start_month, 1, ctx.anchor)
    if rel == "this":
        year = ctx.anchor.year
    elif rel == "last":
        past = SEASON_ORDER.index(code) < SEASON_ORDER.index(current)
        year = ctx.anchor.year if past else ctx.anchor.year - 1
    elif rel == "next":
        future = SEASON_ORDER.index(code) > SEASON_ORDER.index(current)
        year = ctx.anchor.year if future else ctx.anchor.year + 1
    return f"{year:04d}-{code}", mod_of(match)


# Rules: (regex, handler, TIMEX3 type, starters), in the order they are tried.
DATE_RULES = compile_rules(
    (
        (
            rf"\b{_WEEKDAY_PREFIX}{RE_MOD}{RE_MONTH}\s+{RE_DAY}(?:,?\s+{RE_YEAR})?",
            _explicit_day,
            "DATE",
            f"{OPEN_WEEKDAY} {OPEN_MOD} {OPEN_MONTH}",
        ),  # fmt: skip
        (
            rf"\b{RE_DAY}\s+(?:of\s+)?{RE_MONTH}(?:,?\s+{RE_YEAR})?",
            _explicit_day,
            "DATE",
            DIGIT_START,
        ),
        (
            rf"\b(?:(?P<rel>(?i:last|next|this))\s+)?{RE_MOD}{RE_MONTH}(?:,?\s+(?:of\s+)?{RE_YEAR}|"
            r"\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)?"
            r"(?![\w-]|\s+\d)",
            _month,
            "DATE",
            f"last next this {OPEN_MOD} {OPEN_MONTH}",
        ),
        (
            rf"\b{RE_MOD}(?:(?i:fiscal)\s+)?{RE_YEAR}(?!['\w])",
            _year,
            "DATE",
            f"{OPEN_MOD} fiscal {DIGIT_START}",
        ),
        (
            rf"\b(?:the\s+)?{RE_MOD}(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s\b",
            _decade,
            "DATE",
            f"the>early|mid|late|the|{DIGIT_START} {OPEN_MOD} {DIGIT_START}",
        ),
        (
            # "the" belongs to "the third quarter", not to "the third-quarter results".
            r"\b(?:(?P<owner>(?i:the|this\s+year's|last\s+year's))\s+"
            r"(?=(?i:fiscal\s+)?\w+\s+(?i:quarter)))?(?:(?i:fiscal)\s+)?"
            rf"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?i:quarter)"
            rf"(?:\s+of\s+(?:fiscal\s+)?{RE_YEAR})?",
            _quarter,
            "DATE",
            f"the>fiscal|first|second|third|fourth|{DIGIT_START} this last fiscal first second "
            f"third fourth {DIGIT_START}",
        ),
        (
            rf"\b{RE_MOD}(?:(?P<rel>(?i:this|last|next))\s+)?"
            rf"(?P<season>(?i:spring|summer|autumn|winter)|fall)(?:\s+(?:of\s+)?{RE_YEAR})?\b",
            _season,
            "DATE",
            f"{OPEN_MOD} this last next spring summer autumn winter fall",
        ),
    )
)

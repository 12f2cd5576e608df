"""The TIMEX rules: regular expressions and one handler per kind of time expression.

Input: a regex match over the text and its context (text, anchor date). Output: the TIMEX value
and modifier, or None when the match is not a time expression after all ("May" the verb, "2,000
people"). `RULES` lists each rule's regex, handler, TIMEX3 type and opening words (`timex.scan`);
`timex.find_timexes` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newsledger.steps.events.number_words import NUMBER_PATTERN, parse_number
from newsledger.steps.events.timex.calendar import (
    UNKNOWN_DAY,
    UNKNOWN_UNIT,
    format_day,
    is_real_day,
    nearest_year,
    shift_unit,
)
from newsledger.steps.events.timex.lexicon import (
    DURATION_FRAME_BEFORE,
    FULL_MONTHS,
    FUTURE_CUES,
    FUTURE_LOOKBACK,
    MAY_FRAME_BEFORE,
    MODS,
    MONTH_FRAME_BEFORE,
    MONTHS,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    OPEN_DURATION_THE,
    OPEN_MOD,
    OPEN_MONTH,
    OPEN_NUM,
    OPEN_ORDER,
    OPEN_UNIT,
    OPEN_WEEKDAY,
    ORDINALS,
    SEASON_ORDER,
    SEASONS,
    UNIT_CODES,
    WEEKDAYS,
    YEAR_CONTEXT_BEFORE,
)
from newsledger.steps.events.timex.scan import DIGIT_START, Rule, parse_starters

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_MOD = r"(?:(?P<mod>(?i:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of))[\s-]+)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = rf"(?P<num>{NUMBER_PATTERN}|(?i:a|an|one|a\s+few|few|several|many))"
# "earlier this month", "later Sunday": TimeML keeps the word in the extent; the value is the
# same (ordering within the period is not a modifier).
_ORDER = r"(?:(?i:earlier|later)\s+)?"
_UNIT = r"(?P<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"


@dataclass(slots=True)
class Context:
    """What a rule handler sees besides its match: the whole text and the anchor date."""

    text: str
    anchor: date | None


def _mod_of(match: re.Match[str]) -> str | None:
    mod = match.groupdict().get("mod")
    return MODS.get(" ".join(mod.lower().split())) if mod else None


def _explicit_day(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    month = MONTHS[match["month"].lower().rstrip(".")]
    day = int(match["day"])
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    if match["year"]:
        if not is_real_day(int(match["year"]), month, day):
            return None  # "February 29, 2021" is no date
        return format_day(int(match["year"]), month, day), _mod_of(match)
    year = nearest_year(month, day, ctx.anchor) if ctx.anchor else None
    if year and not is_real_day(year, month, day):
        year = None  # 29 February near a non-leap anchor: the year stays unknown
    return format_day(year, month, day), _mod_of(match)


def _month(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    name = match["month"]
    month = MONTHS[name.lower().rstrip(".")]
    rel = (match["rel"] or "").lower()
    if match["year"]:
        return f"{match['year']}-{month:02d}", _mod_of(match)
    if not name.endswith(".") and name.lower() not in FULL_MONTHS:
        return None  # "in Mar del Plata": a bare abbreviation is a name
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    frame = MONTH_FRAME_BEFORE if name != "May" else MAY_FRAME_BEFORE
    if not (rel or match["mod"] or match["yrel"] or frame.search(before)):
        return None
    if ctx.anchor is None:
        return f"XXXX-{month:02d}", _mod_of(match)
    year = nearest_year(month, 1, ctx.anchor)
    if match["yrel"]:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[match["yrel"].lower()]
    elif rel == "last":
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif rel == "next":
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    return f"{year:04d}-{month:02d}", _mod_of(match)


def _year(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    before = ctx.text[max(0, match.start() - 20) : match.start()]
    after = ctx.text[match.end() : match.end() + 16]
    fiscal = match.group(0).lower().startswith("fiscal")
    framed = match["mod"] or fiscal or YEAR_CONTEXT_BEFORE.search(before)
    if not framed and (NOT_YEAR_BEFORE.search(before) or NOT_YEAR_AFTER.match(after)):
        return None
    mod = _mod_of(match)
    if re.search(r"\bsince\s*$", before, re.IGNORECASE):
        mod = "AFTER"
    elif re.search(r"\b(?:before|until|till)\s*$", before, re.IGNORECASE):
        mod = "BEFORE"
    return match["year"], mod


def _decade(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    return match["decade"][:3], _mod_of(match)


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
        return f"{match['year']}-{code}", _mod_of(match)
    if ctx.anchor is None:
        return f"XXXX-{code}", _mod_of(match)
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
    return f"{year:04d}-{code}", _mod_of(match)


def _relative_unit(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    unit = match["unit"].lower()
    rel = match["rel"].lower()
    if rel == "the" and unit != "weekend":
        return None  # "the week", "the year": anaphoric, their referent is unknown here
    n = {"this": 0, "last": -1, "next": 1, "the": 0}[rel]
    if rel == "the" and ctx.anchor is not None and ctx.anchor.weekday() < 5:
        n = -1  # "the weekend" in a weekday story is the one just past
    if ctx.anchor is None:
        return UNKNOWN_UNIT[unit], _mod_of(match)
    return shift_unit(ctx.anchor, unit, n), _mod_of(match)


def _ago(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    count = 1 if match["num"].lower() in ("a", "an") else parse_number(match["num"])
    unit = match["unit"].lower().rstrip("s").replace("centurie", "century")
    sign = 1 if match["dir"].lower() in ("later", "from now", "hence") else -1
    if count is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), None
    if unit == "day" and match["dir"].lower() in ("earlier", "later"):
        # Narrative time: "three days later" counts from the last date the text gave.
        return f"REF{sign * int(count):+d}", None
    if unit in ("second", "minute", "hour") or ctx.anchor is None:
        return (UNKNOWN_DAY if unit == "day" else UNKNOWN_UNIT.get(unit, UNKNOWN_DAY)), None
    if unit == "day":
        return (ctx.anchor + timedelta(days=sign * count)).isoformat(), None
    return shift_unit(ctx.anchor, unit, sign * int(count)), None


def _deictic(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    word = " ".join(match["deictic"].lower().split())
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
    if ctx.anchor is None:
        return UNKNOWN_DAY, _mod_of(match)
    return (ctx.anchor + timedelta(days=offsets[word])).isoformat(), _mod_of(match)


def _weekday(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    wanted = WEEKDAYS[match["weekday"].lower()]
    if ctx.anchor is None:
        return f"XXXX-WXX-{wanted + 1}", _mod_of(match)
    rel = (match["rel"] or "").lower()
    lookback = ctx.text[max(0, match.start() - FUTURE_LOOKBACK) : match.start()]
    future = rel in ("next", "coming") or (rel != "last" and FUTURE_CUES.search(lookback))
    if rel == "this":  # the one in the anchor's week
        days = wanted - ctx.anchor.weekday()
    elif future:
        days = (wanted - ctx.anchor.weekday()) % 7 or (7 if rel == "next" else 0)
    else:
        days = -((ctx.anchor.weekday() - wanted) % 7 or (7 if rel == "last" else 0))
    return (ctx.anchor + timedelta(days=days)).isoformat(), _mod_of(match)


def _part_of_day(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    part = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
    daypart = " ".join(match["daypart"].lower().split())
    code = "NI" if daypart in ("tonight", "last night") else part[match["part"].lower()]
    day_word = "yesterday" if daypart == "last night" else (match["dayword"] or "today").lower()
    if day_word in WEEKDAYS:
        day = _weekday(re.match(r"(?P<rel>)(?P<weekday>\w+)", day_word.title()), ctx)
    else:
        day = _deictic(re.match(r"(?P<deictic>.+)", "today" if day_word == "this" else day_word),
                       ctx)  # fmt: skip
    return f"{day[0]}T{code}", None


def _clock(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    hour = int(match["hour"]) % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    day = ctx.anchor.isoformat() if ctx.anchor else UNKNOWN_DAY
    return f"{day}T{hour:02d}:{match['minute'] or '00'}", None


def _anaphoric_day(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    phrase = " ".join(match.group(0).lower().split())
    if phrase in ("the day after", "the day before"):
        after = ctx.text[match.end() : match.end() + 20]
        # "the day after meeting X" dates the main clause; the value we give is the date of
        # its complement (X), the event written next to it: one day before the reference.
        complement = re.match(r"\s+(?!(?:and|but|or|when|while|as|so|then)\b)[A-Za-z]", after)
        step = 1 if phrase.endswith("after") else -1
        return f"REF{-step if complement else step:+d}", None
    if any(w in phrase for w in ("next", "following", "later")):
        return "REF+1", None
    if any(w in phrase for w in ("previous", "earlier", "before")):
        return "REF-1", None
    return "REF+0", None


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


_Handler = Callable[[re.Match[str], Context], "tuple[str, str | None] | None"]
# TimeML's vague references. Not "previously"/"formerly": they order events, not place them.
_VAGUE_PAST = r"recently|lately|the\s+past|recent(?:\s+(?:years|months|weeks|days))?"
_VAGUE_NOW = r"now|currently|current|nowadays|at\s+present|at\s+the\s+moment|these\s+days"
_WEEKDAY_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_VAGUE_FUTURE = r"soon|the\s+future|someday|the\s+coming\s+(?:days|weeks|months|years)"
_DAYWORDS = r"today|yesterday|tomorrow|this|" + "|".join(w.title() for w in WEEKDAYS)


# Rules: (regex, handler, TIMEX3 type, starters). Overlaps go to the longer match.
RULES: tuple[Rule, ...] = tuple(
    Rule(re.compile(pattern), handler, kind, parse_starters(starters))
    for pattern, handler, kind, starters in (
        (
            rf"\b{_WEEKDAY_PREFIX}{_MOD}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
            _explicit_day,
            "DATE",
            f"{OPEN_WEEKDAY} {OPEN_MOD} {OPEN_MONTH}",
        ),  # fmt: skip
        (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?", _explicit_day, "DATE", DIGIT_START),
        (
            rf"\b(?:(?P<rel>(?i:last|next|this))\s+)?{_MOD}{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR}|"
            r"\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)?"
            r"(?![\w-]|\s+\d)",
            _month,
            "DATE",
            f"last next this {OPEN_MOD} {OPEN_MONTH}",
        ),
        (
            rf"\b{_MOD}(?:(?i:fiscal)\s+)?{_YEAR}(?!['\w])",
            _year,
            "DATE",
            f"{OPEN_MOD} fiscal {DIGIT_START}",
        ),
        (
            rf"\b(?:the\s+)?{_MOD}(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s\b",
            _decade,
            "DATE",
            f"the>early|mid|late|the|{DIGIT_START} {OPEN_MOD} {DIGIT_START}",
        ),
        (
            # "the" belongs to "the third quarter", not to "the third-quarter results".
            r"\b(?:(?P<owner>(?i:the|this\s+year's|last\s+year's))\s+"
            r"(?=(?i:fiscal\s+)?\w+\s+(?i:quarter)))?(?:(?i:fiscal)\s+)?"
            rf"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-](?i:quarter)"
            rf"(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?",
            _quarter,
            "DATE",
            f"the>fiscal|first|second|third|fourth|{DIGIT_START} this last fiscal first second "
            f"third fourth {DIGIT_START}",
        ),
        (
            rf"\b{_MOD}(?:(?P<rel>(?i:this|last|next))\s+)?"
            rf"(?P<season>(?i:spring|summer|autumn|winter)|fall)(?:\s+(?:of\s+)?{_YEAR})?\b",
            _season,
            "DATE",
            f"{OPEN_MOD} this last next spring summer autumn winter fall",
        ),
        (
            rf"\b{_ORDER}{_MOD}(?P<rel>(?i:this|last|next|the))\s+"
            r"(?P<unit>(?i:week(?:end)?|month|year|quarter|decade|century))\b",
            _relative_unit,
            "DATE",
            f"{OPEN_ORDER} {OPEN_MOD} this last next the>week|weekend|month|year|quarter|decade|"
            "century",
        ),
        (
            rf"\b{_NUM}[\s-]+{_UNIT}\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
            _ago,
            "DATE",
            OPEN_NUM,
        ),
        (
            rf"\b{_ORDER}{_MOD}(?P<deictic>(?i:the\s+day\s+(?:before\s+yesterday|after\s+"
            r"tomorrow)|today|"
            r"yesterday|tomorrow))\b",
            _deictic,
            "DATE",
            f"{OPEN_ORDER} {OPEN_MOD} the>day today yesterday tomorrow",
        ),
        (
            rf"\b{_ORDER}{_MOD}(?:(?P<rel>(?i:last|next|this|coming))\s+)?{_WEEKDAY}\b",
            _weekday,
            "DATE",
            f"{OPEN_ORDER} {OPEN_MOD} last next this coming {OPEN_WEEKDAY}",
        ),
        (
            r"\b(?i:the\s+(?:next|following|previous|same)\s+day|the\s+day\s+(?:after|before)|"
            r"a\s+day\s+(?:later|earlier)|that\s+(?:same\s+)?day)\b",
            _anaphoric_day,
            "DATE",
            "the>next|following|previous|same|day a>day that>same|day",
        ),
        (
            rf"\b(?P<daypart>(?P<dayword>(?i:{_DAYWORDS}))\s+(?P<part>(?i:morning|afternoon|"
            r"evening|night))|(?i:tonight|last\s+night))\b",
            _part_of_day,
            "TIME",
            f"today yesterday tomorrow this tonight last {OPEN_WEEKDAY}",
        ),
        (
            r"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)",
            _clock,
            "TIME",
            DIGIT_START,
        ),
        (
            r"(?:\b(?P<the>(?i:the))\s+)?(?:\b(?P<frame>(?i:past|last|next|coming|previous|"
            rf"first|final))\s+)?\b(?:{_NUM}[\s-]+)?{_UNIT}(?:-(?:long|old))?\b",
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

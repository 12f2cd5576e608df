"""TIMEX rules for expressions relative to the anchor date or to the text: "this week", "three
days ago", "yesterday", "on Monday", "Sunday morning", "10 a.m.", "the next day".

Input: a regex match over the text and its `Context` (text, anchor date). Output: the TIMEX value
and modifier, counted from the anchor ("2020-W43", "2020-10-23"), or a reference to the last date
the text gave ("REF+1") for anaphoric days; with no anchor the value keeps its unknown digits.
`RELATIVE_RULES` lists each rule's regex, handler, TIMEX3 type and opening words, in the order
`timex.rules.RULES` tries them.
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsledger.steps.events.number_words import parse_number
from newsledger.steps.events.timex.base import (
    RE_MOD,
    RE_NUM,
    RE_ORDER,
    RE_UNIT,
    RE_WEEKDAY,
    Context,
    compile_rules,
    mod_of,
)
from newsledger.steps.events.timex.calendar import UNKNOWN_DAY, UNKNOWN_UNIT, shift_unit
from newsledger.steps.events.timex.lexicon import (
    FUTURE_CUES,
    FUTURE_LOOKBACK,
    OPEN_MOD,
    OPEN_NUM,
    OPEN_ORDER,
    OPEN_WEEKDAY,
    WEEKDAYS,
)
from newsledger.steps.events.timex.scan import DIGIT_START

_DAYWORDS = r"today|yesterday|tomorrow|this|" + "|".join(w.title() for w in WEEKDAYS)


def _relative_unit(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    unit = match["unit"].lower()
    rel = match["rel"].lower()
    if rel == "the" and unit != "weekend":
        return None  # "the week", "the year": anaphoric, their referent is unknown here
    n = {"this": 0, "last": -1, "next": 1, "the": 0}[rel]
    if rel == "the" and ctx.anchor is not None and ctx.anchor.weekday() < 5:
        n = -1  # "the weekend" in a weekday story is the one just past
    if ctx.anchor is None:
        return UNKNOWN_UNIT[unit], mod_of(match)
    return shift_unit(ctx.anchor, unit, n), mod_of(match)


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
        return UNKNOWN_DAY, mod_of(match)
    return (ctx.anchor + timedelta(days=offsets[word])).isoformat(), mod_of(match)


def _weekday(match: re.Match[str], ctx: Context) -> tuple[str, str | None] | None:
    wanted = WEEKDAYS[match["weekday"].lower()]
    if ctx.anchor is None:
        return f"XXXX-WXX-{wanted + 1}", mod_of(match)
    rel = (match["rel"] or "").lower()
    lookback = ctx.text[max(0, match.start() - FUTURE_LOOKBACK) : match.start()]
    future = rel in ("next", "coming") or (rel != "last" and FUTURE_CUES.search(lookback))
    if rel == "this":  # the one in the anchor's week
        days = wanted - ctx.anchor.weekday()
    elif future:
        days = (wanted - ctx.anchor.weekday()) % 7 or (7 if rel == "next" else 0)
    else:
        days = -((ctx.anchor.weekday() - wanted) % 7 or (7 if rel == "last" else 0))
    return (ctx.anchor + timedelta(days=days)).isoformat(), mod_of(match)


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


# Rules: (regex, handler, TIMEX3 type, starters), in the order they are tried.
RELATIVE_RULES = compile_rules(
    (
        (
            rf"\b{RE_ORDER}{RE_MOD}(?P<rel>(?i:this|last|next|the))\s+"
            r"(?P<unit>(?i:week(?:end)?|month|year|quarter|decade|century))\b",
            _relative_unit,
            "DATE",
            f"{OPEN_ORDER} {OPEN_MOD} this last next the>week|weekend|month|year|quarter|decade|"
            "century",
        ),
        (
            rf"\b{RE_NUM}[\s-]+{RE_UNIT}\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
            _ago,
            "DATE",
            OPEN_NUM,
        ),
        (
            rf"\b{RE_ORDER}{RE_MOD}(?P<deictic>(?i:the\s+day\s+(?:before\s+yesterday|after\s+"
            r"tomorrow)|today|"
            r"yesterday|tomorrow))\b",
            _deictic,
            "DATE",
            f"{OPEN_ORDER} {OPEN_MOD} the>day today yesterday tomorrow",
        ),
        (
            rf"\b{RE_ORDER}{RE_MOD}(?:(?P<rel>(?i:last|next|this|coming))\s+)?{RE_WEEKDAY}\b",
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
    )
)

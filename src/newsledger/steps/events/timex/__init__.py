"""Time expressions (TIMEX3) found in text and normalised against the article date.

Input: a text (a sentence or a whole article body) and the anchor date (the article's publication
date, or None when it is unknown). Output: `Timex` records with character offsets into that text
and TIMEX3-style ISO 8601 values: `2020-10-24`, `XXXX-10-24` (year unknown), `2020-07` with mod
`LATE` ("late July"), `2020-W43` (a week), `2020-Q3`, `2020-SU` (a season), `199` (a decade),
`P3Y` (a duration), `PAST_REF` (vague). A year is never invented: with `anchor=None` every year
digit stays `X` unless the text states the year. Conventions: docs/dates-places.md.

The rules are regular expressions over the text (no parse needed), tried together; where two
matches overlap the longer wins. Relative expressions ("yesterday", "on Monday", "last week")
resolve against the anchor; anaphoric ones ("the next day", "the day after meeting X") against
the latest day-level expression before them in the same text, else stay unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from newsledger.steps.events.timex.calendar import (
    FUTURE_WINDOW_DAYS,
    UNKNOWN_DAY,
    granularity_of,
    resolve_timex,
    shift_day,
)
from newsledger.steps.events.timex.lexicon import PLACE_NOUN_AFTER
from newsledger.steps.events.timex.rules import RULES, Context
from newsledger.steps.events.timex.scan import (
    Rule,
    StarterIndex,
    candidate_starts,
    matches_at,
    starter_index,
)

__all__ = [
    "ALL_KINDS", "DATE_KINDS", "FUTURE_WINDOW_DAYS", "GRANULARITIES", "UNKNOWN_DAY", "Timex",
    "find_timexes", "granularity_of", "resolve_timex",
]  # fmt: skip


# Bounds and estimates before a count ("about two years ago", "more than four hours"): TimeML
# keeps them in the extent and says so in the modifier.
BOUND_MODS = (
    (("about", "around", "some", "roughly", "approximately"), "APPROX"),
    (("nearly", "almost", "less than", "up to", "no more than", "under"), "LESS_THAN"),
    (("more than", "over", "at least", "upwards of"), "MORE_THAN"),
)
BOUND_BEFORE = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for words, _ in BOUND_MODS for w in words) + r")\s+$",
    re.IGNORECASE,
)
COUNTED = re.compile(
    r"^(?:\d|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|sixty|hundred|a\s+few|several)\b)"
)


@dataclass(slots=True)
class Timex:
    """One time expression: `text[start:end]` of the input, its value and granularity.

    `granularity` is one of GRANULARITIES; `mod` is EARLY/MID/LATE (TimeML START/MID/END),
    BEFORE/AFTER ("since 1994" is `1994` AFTER), APPROX, LESS_THAN or MORE_THAN ("nearly two
    years", "more than a week"); `kind` is the TIMEX3 type.
    """

    text: str
    start: int
    end: int
    value: str
    granularity: str
    mod: str | None = None
    kind: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET


GRANULARITIES = (
    "time", "part_of_day", "day", "week", "month", "quarter", "season", "year", "decade",
    "duration", "set", "vague",
)  # fmt: skip
DATE_KINDS = frozenset({"DATE"})
ALL_KINDS = frozenset({"DATE", "TIME", "DURATION", "SET"})


def find_timexes(
    text: str, anchor: date | None, *, kinds: frozenset[str] = DATE_KINDS, vague: bool = False
) -> list[Timex]:
    """Find and normalise the time expressions of `text`.

    Args:
        text: a sentence or a whole article body; offsets are relative to it.
        anchor: the article (publication) date; None keeps every unstated year as `XXXX`.
        kinds: TIMEX3 types to return; the default (DATE) is what event dating needs, ALL_KINDS
            adds clock times, parts of day, durations ("three years") and sets ("every week").
        vague: also return PAST_REF/PRESENT_REF/FUTURE_REF ("recently", "now", "soon").

    Returns:
        Non-overlapping expressions in text order. Unresolvable relative days are
        `XXXX-XX-XX`; see docs/dates-places.md for every convention.

    Example:
        >>> [t.value for t in find_timexes("Police detained nine on October 24.", None)]
        ['XXXX-10-24']
    """
    ctx = Context(text, anchor)
    found: list[Timex] = []
    rules, index = _rules_of(frozenset(kinds))  # any container; the cache needs a hashable
    for rule, starts in zip(rules, candidate_starts(text, index, len(rules)), strict=True):
        for match in matches_at(rule.regex, text, starts):
            result = rule.handler(match, ctx)
            if result is None or (result[0].endswith("_REF") and not vague):
                continue
            value, mod = result
            if _names_place(text, match.end(), value):
                continue
            found.append(Timex(match[0], match.start(), match.end(), value, "", mod, rule.kind))
    return _resolve_references(_drop_overlaps([_with_bound(t, text) for t in found]))


def _names_place(text: str, end: int, value: str) -> bool:
    """True for a day or month that, with the place noun after it, names a place ("the July 7
    neighbourhood", "Monday Avenue"); a year before a noun is still a year ("2019 elections")."""
    return granularity_of(value) in ("day", "month") and bool(PLACE_NOUN_AFTER.match(text, end))


@lru_cache(maxsize=8)
def _rules_of(kinds: frozenset[str]) -> tuple[tuple[Rule, ...], StarterIndex]:
    """The rules of the given TIMEX3 types and the index of their opening words."""
    rules = tuple(rule for rule in RULES if rule.kind in kinds)
    return rules, starter_index([rule.starters for rule in rules])


def _with_bound(timex: Timex, text: str) -> Timex:
    """Take a bound before a count into the extent and the mod ("nearly two years" LESS_THAN)."""
    if not COUNTED.match(timex.text):
        return timex
    bound = BOUND_BEFORE.search(text, max(0, timex.start - 20), timex.start)
    if bound is None:
        return timex
    word = " ".join(bound.group(1).lower().split())
    mod = next(m for words, m in BOUND_MODS if word in words)
    return replace(timex, text=text[bound.start(1) : timex.end], start=bound.start(1), mod=mod)


def _drop_overlaps(found: list[Timex]) -> list[Timex]:
    """Keep the longest of overlapping matches (the earlier rule on a tie), in text order."""
    kept: list[Timex] = []
    for timex in sorted(found, key=lambda t: t.start - t.end):
        if all(timex.end <= k.start or timex.start >= k.end for k in kept):
            kept.append(timex)
    return sorted(kept, key=lambda t: t.start)


def _resolve_references(timexes: list[Timex]) -> list[Timex]:
    """Resolve "REF±n" values against the latest day-level value before them; set granularity."""
    reference: str | None = None
    resolved = []
    for timex in timexes:
        value = timex.value
        if value.startswith("REF"):
            value = shift_day(reference, int(value[3:])) if reference else UNKNOWN_DAY
        granularity = "set" if timex.kind == "SET" else granularity_of(value)
        if granularity == "day" and value != UNKNOWN_DAY:
            reference = value[:10]
        resolved.append(replace(timex, value=value, granularity=granularity))
    return resolved

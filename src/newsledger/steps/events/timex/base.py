"""What the TIMEX rules share: the regex building blocks, the context a handler sees, and the
compiler of a rule table.

Input: none (definitions). Output: the named regex fragments `RE_*` (month, modifier, year,
day, weekday, count, ordering word, unit) the rule families (`timex.dates`, `timex.relative`,
`timex.periods`) build their patterns from; `Context`, what a handler sees besides its match;
`mod_of`, the TIMEX modifier of a match ("late July": LATE); `compile_rules`, which turns a
family's (regex, handler, TIMEX3 type, starters) rows into `Rule`s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsledger.steps.events.number_words import NUMBER_PATTERN
from newsledger.steps.events.timex.lexicon import MODS
from newsledger.steps.events.timex.scan import Rule, parse_starters

RE_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
RE_MOD = r"(?:(?P<mod>(?i:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of))[\s-]+)?"
RE_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
RE_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
RE_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
RE_NUM = rf"(?P<num>{NUMBER_PATTERN}|(?i:a|an|one|a\s+few|few|several|many))"
# "earlier this month", "later Sunday": TimeML keeps the word in the extent; the value is the
# same (ordering within the period is not a modifier).
RE_ORDER = r"(?:(?i:earlier|later)\s+)?"
RE_UNIT = r"(?P<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"


@dataclass(slots=True)
class Context:
    """What a rule handler sees besides its match: the whole text and the anchor date."""

    text: str
    anchor: date | None


def mod_of(match: re.Match[str]) -> str | None:
    """The TIMEX modifier a match's `mod` group names ("late": LATE), or None."""
    mod = match.groupdict().get("mod")
    return MODS.get(" ".join(mod.lower().split())) if mod else None


def compile_rules(table: Iterable[tuple[str, Callable[..., Any], str, str]]) -> tuple[Rule, ...]:
    """Compile (regex, handler, TIMEX3 type, starters) rows into `Rule`s, in their order."""
    return tuple(
        Rule(re.compile(pattern), handler, kind, parse_starters(starters))
        for pattern, handler, kind, starters in table
    )

"""The TIMEX rules, in the order they are tried: calendar dates, relative expressions, periods.

Input: none (definitions). Output: `RULES`, each rule's regex, handler, TIMEX3 type and opening
words (`timex.scan`), which `timex.find_timexes` runs; where two matches overlap the longer
wins. The rules live by kind: calendar dates in `timex.dates`, expressions relative to the anchor
or the text in `timex.relative`, durations, vague references and sets in `timex.periods`;
`Context` (what a handler sees besides its match) and the shared regex fragments in `timex.base`.
"""

from __future__ import annotations

from newsledger.steps.events.timex.base import Context
from newsledger.steps.events.timex.dates import DATE_RULES
from newsledger.steps.events.timex.periods import PERIOD_RULES
from newsledger.steps.events.timex.relative import RELATIVE_RULES
from newsledger.steps.events.timex.scan import Rule

# (Context is re-exported for `timex.find_timexes`, which builds one per text)
__all__ = ["RULES", "Context"]

# Rules: (regex, handler, TIMEX3 type, starters). Overlaps go to the longer match.
RULES: tuple[Rule, ...] = DATE_RULES + RELATIVE_RULES + PERIOD_RULES

"""Word lists and context patterns of the TIMEX rules (month and weekday names, modifiers,
units, and the cues that tell a year, a month name or a future weekday from other words).
"""

from __future__ import annotations

import re

from newsledger.steps.events.number_words import TENS, UNITS
from newsledger.steps.events.timex.scan import DIGIT_START

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = ("WI", "SP", "SU", "FA")  # season index by month: Dec-Feb WI, Mar-May SP, ...
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}  # fmt: skip
MODS = {"early": "EARLY", "mid": "MID", "late": "LATE", "the end of": "LATE",
        "the beginning of": "EARLY", "the start of": "EARLY", "the middle of": "MID"}  # fmt: skip
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
              "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
# A weekday after one of these (within the clause) is the next one, not the last one: "will
# meet on Friday" looks ahead, "met on Friday" back.
FUTURE_CUES = re.compile(
    r"\b(?:will|would|shall|'ll|plans?\s+to|is\s+to|are\s+to|scheduled|expected\s+to|due\s+to"
    r"|set\s+to|going\s+to|next)\b[^.;]*$",
    re.IGNORECASE,
)
FUTURE_LOOKBACK = 80  # characters before a weekday searched for FUTURE_CUES
# A bare four-digit number is a year unless money, counts or identifiers surround it.
NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£#]|\b(?:about|some|than|nearly|almost|over|under|No\.|of|flight|route|Boeing|"
    r"Airbus|and|to|[\d,.]))\s*$",
    re.IGNORECASE,
)
YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|during|before|after|between|through|of|fiscal|early|"
    r"mid|late|year|the\s+end\s+of)\s*-?\s*$",
    re.IGNORECASE,
)
# A bare month name needs a temporal frame: "March" is also a noun and "May" a verb and a
# surname ("Theresa May and"), so May takes only the tighter frame.
MONTH_FRAME_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|of|during|between|and|to|through|before|after|each|"
    r"every)\s+$",
    re.IGNORECASE,
)
MAY_FRAME_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|during|early|late)\s+$")
# "a week" is a duration after these words ("for a week", "in less than a month").
DURATION_FRAME_BEFORE = re.compile(
    r"\b(?:for|within|over|about|nearly|almost|than|least|after|lasted|lasting|spent|took)\s+$",
    re.IGNORECASE,
)
NOT_YEAR_AFTER = re.compile(r"^(?:\s*%|\s*percent|,\d|\.\d|\s+[a-z]+s\b|\s+people\b|-\d)")
# A day or month directly followed by a place noun names the place ("the July 7 neighbourhood",
# "the 25 of March sector", "Monday Avenue", "at 7 July and Engineering College areas").
PLACE_NOUN_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+(?:[A-Z][\w'-]*\s+){1,3}|\s+)(?:neighbou?rhoods?|districts?|sectors?|"
    r"areas?|streets?|avenues?|roads?|squares?|bridges?|camps?|boulevards?|stadiums?|highways?|"
    r"markets?)\b",
    re.IGNORECASE,
)
# Full month names; the other MONTHS keys are abbreviations, a month only with a period, a day or
# a year ("Sept. 30", "Mar 2019"): bare, they are names ("Mar del Plata").
FULL_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)

# Words that open the rules' pattern pieces (see `timex.scan`: "the>end|start" is "the" before
# "end" or "start"). "the" opens a match only before these words; it is most of the words tried.
OPEN_UNITS = "|".join(f"{u}|{u}s" for u in UNIT_CODES) + "|centurie|centuries|centurys"
OPEN_MOD = "early mid late the>end|beginning|start|middle"
OPEN_ORDER = "earlier later"
OPEN_MONTH = " ".join(MONTHS)
OPEN_WEEKDAY = " ".join(WEEKDAYS)
OPEN_NUM = " ".join([DIGIT_START, f"a>few|{OPEN_UNITS}", f"an>{OPEN_UNITS}", "few several many"])
OPEN_NUM += " " + " ".join([*UNITS, *TENS])
OPEN_UNIT = OPEN_UNITS.replace("|", " ")
OPEN_DURATION_THE = "the>past|last|next|coming|previous|first|final|few|several|many|" + "|".join(
    [DIGIT_START, *UNITS, *TENS, "a", "an", OPEN_UNITS]
)

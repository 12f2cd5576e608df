"""Calendar arithmetic for TIMEX values: unknown years stay unknown, known ones resolve.

Input: TIMEX values and the anchor (article) date. Output: values with a resolved year, shifted
days, and the granularity a value states. Used by the TIMEX rules (`timex.rules`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

UNKNOWN_DAY = "XXXX-XX-XX"
UNKNOWN_UNIT = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}  # fmt: skip
# point a few weeks ahead. AP style omits the year for the current year.
FUTURE_WINDOW_DAYS = 92


def format_day(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def is_real_day(year: int, month: int, day: int) -> bool:
    """Whether year-month-day exists (29 February only in leap years)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def nearest_year(month: int, day: int, anchor: date) -> int:
    """Year of the most recent month-day, or of one at most FUTURE_WINDOW_DAYS ahead."""
    day = min(day, 28) if month == 2 else day
    candidate = date(anchor.year, month, day)
    if (candidate - anchor).days > FUTURE_WINDOW_DAYS:
        return anchor.year - 1
    if (anchor - candidate).days > 365 - FUTURE_WINDOW_DAYS:
        return anchor.year + 1
    return anchor.year


def resolve_timex(value: str, anchor: date | None) -> str:
    """Fill the unknown year of `XXXX-MM-DD` or `XXXX-MM` from the anchor date.

    Args:
        value: a TIMEX value, e.g. "XXXX-10-24".
        anchor: the article date; None leaves the value as it is.

    Returns:
        The value with its year resolved (the nearest such date, at most FUTURE_WINDOW_DAYS
        after the anchor), or `value` unchanged when there is nothing to resolve.

    Example:
        >>> resolve_timex("XXXX-10-24", date(2020, 10, 26))
        '2020-10-24'
    """
    match = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", value)
    if not match or anchor is None:
        return value
    month, day = int(match[1]), int(match[2] or 1)
    year = nearest_year(month, day, anchor)
    # "February 29" near a non-leap anchor has no year we could honestly give it.
    return f"{year:04d}{value[4:]}" if is_real_day(year, month, day) else value


def granularity_of(value: str) -> str:
    """Return the granularity a TIMEX value states ("day", "month", "week", ...)."""
    if value.endswith("_REF"):
        return "vague"
    if value.startswith("P"):
        return "duration"
    if "T" in value:
        return "time" if ":" in value else "part_of_day"
    patterns = (
        (r"....-..-..", "day"), (r"....-W..-\d", "day"), (r"....-W..(?:-WE)?", "week"),
        (r"....-Q.", "quarter"),
        (r"....-(?:SP|SU|FA|WI)", "season"), (r"....-..", "month"), (r"....", "year"),
        (r"...", "decade"), (r"..", "century"),
    )  # fmt: skip
    for pattern, name in patterns:
        if re.fullmatch(pattern, value):
            return name
    return "vague"


def shift_day(value: str, days: int) -> str:
    """Add `days` to a day value, keeping an unknown year unknown."""
    if not re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", value):
        return UNKNOWN_DAY
    known = not value.startswith("X")
    # A non-leap stand-in year when the year is unknown (29 February only exists in leap years).
    proxy = int(value[:4]) if known else (2000 if value[5:] == "02-29" else 2001)
    if not is_real_day(proxy, int(value[5:7]), int(value[8:10])):
        return UNKNOWN_DAY
    shifted = date(proxy, int(value[5:7]), int(value[8:10])) + timedelta(days=days)
    return format_day(shifted.year if known else None, shifted.month, shifted.day)


def shift_unit(anchor: date, unit: str, n: int) -> str:
    """The week/month/year/quarter/decade `n` units from the anchor's."""
    if unit.startswith("week"):
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    return f"{anchor.year + n:04d}"

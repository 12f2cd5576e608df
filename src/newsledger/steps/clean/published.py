"""Publication date of a text capture, from the text itself or the URL.

Input: the capture's header lines (above the body), the start of the body and the URL.
Output: `(date, source)` with source "text" or "url", or `(None, None)`. Only full dates with
a year count: a date without a year is never completed by guessing one.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
# Full dates in the forms news sites print: "October 24, 2020", "24 Oct 2020", "2020-10-24".
DATE_FORMS = (
    re.compile(
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I
    ),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
)
# Every date form holds a year: a text without one is passed over before the month-name
# alternations, which are slow to try at every position of a long header.
YEAR = re.compile(r"(?:19|20)\d{2}")
# An explicit publication line beats any other date on the page ("Published: ...",
# "Posted on ..."); "Updated" lines count only when no publication line exists.
PUBLISHED_LINE = re.compile(r"^\W*(?:published|posted|first published)\b[^\n]*$", re.I | re.M)
UPDATED_LINE = re.compile(r"^\W*(?:updated|last updated|modified)\b[^\n]*$", re.I | re.M)
# Dates in URL paths: /2020/10/24/, /2020-10-24-, /20201024/.
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:[/_-]|$)|"
    r"/(?P<year2>(?:19|20)\d{2})(?P<month2>[01]\d)(?P<day2>[0-3]\d)(?:/|$)"
)
# The dateline of a wire lead may carry the date: "MINSK, Oct 24, 2020 (Reuters) -".
LEAD_DATE_CHARS = 80


def find_published(head: str, lead: str, url: str | None) -> tuple[date | None, str | None]:
    """Return the publication date printed in a capture (or its URL) and where it came from.

    Args:
        head: the capture's lines above the body.
        lead: the start of the body.
        url: the page's URL, if known.

    Returns:
        `(date, "text")`, `(date, "url")` or `(None, None)`.

    Example:
        >>> find_published("Talks Resume\\nPublished October 24, 2020", "KYIV -- ...", None)
        (datetime.date(2020, 10, 24), 'text')
    """
    for pattern in (PUBLISHED_LINE, UPDATED_LINE):
        for match in pattern.finditer(head):
            found = parse_date(match.group(0))
            if found:
                return found, "text"
    for text in (lead[:LEAD_DATE_CHARS], head):
        found = parse_date(text)
        if found:
            return found, "text"
    if url:
        found = _url_date(url)
        if found:
            return found, "url"
    return None, None


def parse_date(text: str) -> date | None:
    """Return the first full date (with a year) written in `text`, or None.

    Example:
        >>> parse_date("Updated: 24 Oct 2020 14:05")
        datetime.date(2020, 10, 24)
    """
    if not YEAR.search(text):
        return None
    best: tuple[int, date] | None = None
    for form in DATE_FORMS:
        for match in form.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
            found = _make_date(int(match.group("year")), number, int(match.group("day")))
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
            break
    return best[1] if best else None


def _url_date(url: str) -> date | None:
    """Return the date written in a URL path, if any."""
    match = URL_DATE.search(url)
    if not match:
        return None
    if match.group("year"):
        return _make_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return _make_date(int(match["year2"]), int(match["month2"]), int(match["day2"]))


def _make_date(year: int, month: int | None, day: int) -> date | None:
    """Return a valid date or None."""
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None

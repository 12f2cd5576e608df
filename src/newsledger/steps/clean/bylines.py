"""Patterns of an article's own furniture, shared by the clean stage: the dateline and byline
that open it, the credit line that ends it, and date stamps.

Input: one line's text. Output: matches of DATELINE ("KYIV, Ukraine (AP) --"), BYLINE ("By
Jane Doe"), CREDIT_LINE ("With reporting by ...", split into names by CREDIT_SPLIT), and
whether a line holds a date or a time stamp (`has_date_word`).
"""

from __future__ import annotations

import re

from newsledger.steps.clean.shapes import DIGIT

# A credit line ends an agency story: "With reporting by Reuters, AP, and dpa". The "with"
# form credits agencies and goes to `credits`; the Reuters "(Reporting by ...)" form names the
# reporters and stays the body's last paragraph (both mark the end of the article).
CREDIT_LINE = re.compile(
    r"^\(?\s*(?P<with>(?:compiled by [^\n]{1,80}? )?with (?:additional )?reporting by|"
    r"additional reporting by|reporting by|written by [^\n]{1,60}? with reporting by)"
    r"\s+(?P<who>.+?)\)?\s*$",
    re.IGNORECASE,
)
# Separators between credited names: commas, semicolons and a final "and".
CREDIT_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*(?:and\s+)?", re.IGNORECASE)
# A dateline opens the lead: "MINSK --", "KYIV, Ukraine (AP) --", "WASHINGTON (Reuters) -".
# Upper-case place names keep ordinary sentences ("U.S. officials said -- ") out.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s+[A-Z][\w.'’\- ]{1,30}?)?)\s*"
    r"(?:\((?P<agency>[A-Za-z][\w /&.-]{0,30})\)\s*)?(?:--|—|–|-|:)\s+(?=\S)"
)
# A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by: Jane Doe".
BYLINE = re.compile(r"^(?:by|written by|words by):?\s+(?P<who>[A-Z][^\n]{1,120})$", re.IGNORECASE)
# The one DATE_WORD form without a figure (see `has_date_word`).
_STAMP_WORD = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
# A line that is (mostly) a date or a time stamp: "Reuters November 18, 2019 11:03 PM",
# "Updated: 24 Oct 2020". Used to skip such lines when looking for the headline.
DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b|"
    rf"{_STAMP_WORD.pattern}|\b\d+ (?:minutes?|hours?|days?) ago\b",
    re.IGNORECASE,
)


def has_date_word(text: str) -> bool:
    """Return whether a line holds a date or a time stamp word (DATE_WORD).

    Every DATE_WORD form but one holds a figure: a line without a digit is searched for that
    one alone (a much shorter regex).
    """
    if DIGIT.search(text) is None:
        return _STAMP_WORD.search(text) is not None
    return DATE_WORD.search(text) is not None

"""Header fields of a text capture: headline, standfirst, byline and dateline.

Input: the capture's units (see `lines.Unit`), their labels and the index of the first body
unit. Output: the fields and the indices of the units they were read from, so the cleaner
neither removes nor keeps those lines twice. A field is read by position and shape, never
dropped because the line recurs elsewhere on the site. `trim_lead` drops the header lines
(headline, kicker, date and byline lines) that the body span took in above the lead. The
credit line below the body is read by `credits.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsledger.steps.clean.bylines import BYLINE, DATELINE, has_date_word
from newsledger.steps.clean.classify import GOOD, SHORT
from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import MEDIA_PLAYER, REPEATED

# How far above the lead (in units) the headline may sit: chrome, a video block and a
# caption can come between them (seed captures: up to 8 units).
TITLE_LOOKBACK = 16
# A byline a text browser printed in pieces: a lone "By" line, then each linked name (and
# the author's handle) on a line of its own, at most this many lines of at most this many
# words. Read as the byline, the names are not taken for the headline.
LONE_BY = re.compile(r"(?:written )?by\s*:?", re.IGNORECASE)
BYLINE_NAME_MAX_LINES = 4
NAME_MAX_WORDS = 4
# A line of one or two names of at most this many words each, between headline and lead, is
# the byline without its "By" (a two- or three-word headline above nothing else is the
# headline).
NAME_LINE_MAX_WORDS = 3
# A title-cased line of at most this many words above a name line is a kicker or section
# ("World News"), and the name line below it the headline.
KICKER_MAX_WORDS = 2
# A headline has at least this many words ("Protests Spread") and at most this many.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
# A headline printed twice on the page (in a breadcrumb or a share box as well) is still the
# headline when it has at least this many words (menu items printed twice are shorter).
REPEATED_TITLE_MIN_WORDS = 4
# Lines of a headline's shape that are no headline: an HTML fragment, a tag or category line
# ("Tags: ...", "Category 4 Storm ..." is a headline), a "Posted by" line, a line opening with a
# dash, "&" or "|" (a byline's or menu's rest), a numbered section heading ("3. Methods"), a
# byline or credit line the patterns missed ("By [9]Jane Roe", "Reporting by ...; Editing by
# ..."), a slide counter ("Gallery 1 / 8"), a label and its value ("Rating: FALSE"), a date
# alone ("Jun 18th 2018"), a dateline alone ("WASHINGTON —").
NOT_TITLE = re.compile(
    r"<|(?:tags?|categor(?:y|ies)|filed under)\s*:|posted (?:by|in|on)\b|[-–—&|*]|\d+\.\s|"
    r"by\s|(?:reporting|editing) by\b|(?:(?:gallery|image|photo|slide) )?\d+ ?/ ?\d+$|"
    r"\w+: ?\w+$|"
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})$|"
    r"[A-Z][A-Z.'’ -]{1,40}[A-Z.]\s*(?:--|—|–)\s*$",
    re.IGNORECASE,
)
# Page controls: a line most of whose words (less CONTROL_FILLERS) are these is a row of
# buttons or a badge ("Save Pin FB More", "845 shares", "Reading Time: 3 mins read", "Close
# share panel", "Add to Pocket", "8 minute read"), not a headline. Network names are no
# control words: "Facebook shares close lower" is a headline.
CONTROL_WORDS = frozenset(
    "share shares tweet pin save print email comment comments fb whatsapp download gift "
    "linkedin pinterest reddit pocket add jump recipe close panel dark mode top reading time "
    "min mins read history required subscribe menu search login sign listen show article "
    "articles message more video videos embed remove ads pdf version votes name sharing "
    "options minute member".split()
)
CONTROL_FILLERS = frozenset(
    "to the a of this me my our your in on all again don t up go from full extra".split()
)
_WORD = re.compile(r"[a-z]+")
# A standfirst is a sentence between headline and lead, longer than a caption.
STANDFIRST_MIN_WORDS = 8
# A line this short with a date in it is a date/byline line, not a headline.
DATE_LINE_MAX_WORDS = 12
# A header line printed twice (a standfirst as the page's summary and again as its caption or
# share text) has its first copy at most this many lines above the second.
HEADER_COPY_REACH = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# The lead paragraph ends like a sentence (or is long prose); lines above it that do not
# (headline, kicker, date and byline lines) belong to the header.
LEAD_ENDS = (".", "!", "?", "…", '"', "”", "’", "'", ")", ":")
# A headline in title case: this share of its words of this many letters or more start
# with a capital (function words like "of", "in" are shorter and often lower case).
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_LETTERS = 4
# A publication stamp opens with its word and a date right after it: "Published: November 8,
# 2023 at 4:56 p.m. | Updated: November 8, 2023 at 6:00 p.m." (both stamps: up to this many
# words). "Posted on social media on May 3, the video ..." is a lead, and so is "Published
# decades ago, the atlas ...": the date is a number, a month with a day ("Nov. 8") or a
# weekday with a comma before either ("Thursday, March 14").
# Only safe with `match`: under `.search` the leading \W* backtracks quadratically on long
# runs of spaces or hyphens.
_STAMP_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d"
)
_STAMP_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,\s*"
STAMP_START = re.compile(
    r"\W*(?:(?:first |last )?published|(?:last )?updated|posted)(?: on)?\W*"
    rf"(?=\d|{_STAMP_MONTH}|{_STAMP_WEEKDAY}(?:\d|{_STAMP_MONTH}))",
    re.IGNORECASE,
)
STAMP_MAX_WORDS = 24
# A title-cased line that ends by closing a quotation it opened is a headline, not a lead
# ending like a sentence: each closing mark and the opening mark it pairs with.
QUOTE_PAIRS = {"’": "‘", "”": "“", "'": "'", '"': '"'}


@dataclass(slots=True)
class Header:
    """Fields read above the body, with the indices of the units they came from."""

    title: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    used: set[int] = field(default_factory=set)


def read_header(units: list[Unit], reasons: list[str | None], first_body: int) -> Header:
    """Find headline, standfirst and byline above the first body unit.

    Lines with a removal reason (chrome, a twice-printed video title, captions) are skipped,
    so the headline is the nearest title-shaped line above the lead that is not debris.
    """
    header = Header()
    name_line: int | None = None
    title_index: int | None = None
    split = _split_byline(units, first_body)
    if split is not None:
        header.byline, header.used = split
    for index in range(first_body - 1, max(-1, first_body - 1 - TITLE_LOOKBACK), -1):
        unit, reason = units[index], reasons[index]
        if reason == REPEATED and unit.words >= REPEATED_TITLE_MIN_WORDS and _is_title(unit):
            header.title = unit.text  # the headline printed twice (a breadcrumb, a share box)
            header.used.add(index)
            break
        if reason is not None or index in header.used:  # chrome, captions, a byline read
            continue
        byline = BYLINE.match(unit.text)
        if byline:
            if header.byline is None:
                header.byline = byline.group("who").strip()
                header.used.add(index)
            continue
        if _date_line(unit):
            continue
        if _name_line(unit) and name_line is None and header.title is None:
            name_line = index  # an author's name without "By", or a short headline
            continue
        if _is_standfirst(unit) and header.standfirst is None and header.title is None:
            header.standfirst = unit.text
            header.used.add(index)
            continue
        if _is_title(unit):
            header.title = unit.text
            header.used.add(index)
            title_index = index
            break
    if name_line is not None:
        _place_name_line(header, units, (name_line, title_index, first_body))
    return header


def _name_line(unit: Unit) -> bool:
    """Return whether a header line is a name alone, or names ("Jane Roe, John Doe"); a row
    of buttons ("Tweet Share Pin") or a label ("Rating: FALSE") is none."""
    names = unit.text.split(", ")
    return (
        len(names) <= 2
        and ":" not in unit.text
        and all(_name_shaped(name) and len(name.split()) <= NAME_LINE_MAX_WORDS for name in names)
        and not _control_line(unit)
    )


def _place_name_line(header: Header, units: list[Unit], where: tuple[int, int | None, int]) -> None:
    """File the name line at `where[0]` (the headline's index and the lead's follow): with no
    headline above it, or only a kicker ("World News"), it is the headline (a short one:
    "Ferry Strike Ends"); below a headline, with a date line or the lead right under it, it
    is the byline without its "By"."""
    index, title_index, first_body = where
    if header.title is None or len(header.title.split()) <= KICKER_MAX_WORDS:
        if title_index is not None:
            header.used.discard(title_index)
        header.title = units[index].text
    elif header.byline is None and (index + 1 == first_body or _date_line(units[index + 1])):
        header.byline = units[index].text
    else:
        return
    header.used.add(index)


def _date_line(unit: Unit) -> bool:
    """Return whether a header line is a date or publication stamp line."""
    return (unit.words <= DATE_LINE_MAX_WORDS and has_date_word(unit.text)) or _stamp_line(unit)


def _split_byline(units: list[Unit], first_body: int) -> tuple[str, set[int]] | None:
    """Return the names and units of a byline printed as a lone "By" line with the names
    below it, one per line (see LONE_BY), in the header above unit `first_body`.

    Example:
        >>> from newsledger.steps.clean.lines import split_units
        >>> page = "Port Shut\\nBy\\nJane Roe\\n@janeroe\\nJohn Doe\\nMay 2\\nThe port shut."
        >>> _split_byline(split_units(page, frozenset()), 6)
        ('Jane Roe, John Doe', {1, 2, 3, 4})
    """
    for index in range(first_body - 1, max(-1, first_body - 1 - TITLE_LOOKBACK), -1):
        if LONE_BY.fullmatch(units[index].text):
            names: list[str] = []
            used = {index}
            for below in range(index + 1, min(first_body, index + 1 + BYLINE_NAME_MAX_LINES)):
                text = " ".join(units[below].text.split())
                if not (text.startswith("@") or text in names or _name_shaped(text)):
                    break
                used.add(below)
                if not text.startswith("@") and text not in names:  # a handle is no name
                    names.append(text)
            return (", ".join(names), used) if names else None
    return None


def _name_shaped(text: str) -> bool:
    """Return whether a line reads as a name: a few capitalised words (two at least: a lone
    word is as often a label, "Date", "Updated"), no figure, no final stop."""
    words = text.split()
    return (
        1 < len(words) <= NAME_MAX_WORDS
        and all(word[0].isupper() for word in words)
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", ":", ",", "!", "?"))
    )


def _is_title(unit: Unit) -> bool:
    """Return whether a unit has a headline's shape and is no page control or date."""
    if unit.bullet or not TITLE_MIN_WORDS <= unit.words <= TITLE_MAX_WORDS:
        return False
    text = unit.text
    if text.endswith((".", ":", ",")) and not text.endswith("..."):
        return False
    return not (NOT_TITLE.match(text) or _control_line(unit))


def _control_line(unit: Unit) -> bool:
    """Return whether most words of a line name page controls (see CONTROL_WORDS)."""
    words = [w for w in _WORD.findall(unit.text.lower()) if w not in CONTROL_FILLERS]
    return bool(words) and sum(w in CONTROL_WORDS for w in words) > len(words) / 2


def _is_standfirst(unit: Unit) -> bool:
    """Return whether a unit is a summary sentence between headline and lead (in sentence
    case: a title-cased line ending in "?" is a headline asking a question)."""
    return (
        unit.words >= STANDFIRST_MIN_WORDS
        and bool(_SENTENCE_END.search(unit.text))
        and not _title_cased(unit)
    )


def split_dateline(text: str) -> tuple[str | None, int]:
    """Split a lead's dateline; return the place (or None) and where the lead text starts.

    Example:
        >>> split_dateline("MINSK -- Police detained nine people.")
        ('MINSK', 9)
    """
    match = DATELINE.match(text)
    if not match:
        return None, 0
    return match.group("place").strip(), match.end()


def trim_lead(
    units: list[Unit], reasons: list[str | None], classes: list[str], keep: list[int]
) -> list[int]:
    """Drop kept lines above the lead that belong to the header: a headline (title-cased,
    or followed by a date or byline line) and date, byline or kicker lines. A player's time
    counter ("0:00 0:01:10") below a line is no date line."""
    start = 0
    while start < len(keep) - 1:
        unit = units[keep[start]]
        following = units[keep[start] + 1]
        header_below = (
            following.words <= DATE_LINE_MAX_WORDS
            and reasons[following.index] != MEDIA_PLAYER
            and (has_date_word(following.text) or bool(BYLINE.match(following.text)))
        )
        if _stamp_line(unit):
            start += 1  # "Published: May 3, 2024 at 4:56 p.m." ends like a sentence
            continue
        if reasons[keep[start]] == REPEATED and _printed_above(units, keep[start]):
            start += 1  # a standfirst printed twice in the header (meta text and page)
            continue
        if classes[keep[start]] == GOOD or (
            unit.text.endswith(LEAD_ENDS)
            and not header_below
            and not _quoted_headline(unit)
            and not _asking_headline(unit)
        ):
            break
        if not (classes[keep[start]] == SHORT or _title_cased(unit) or header_below):
            break
        start += 1
    return keep[start:]


def _printed_above(units: list[Unit], index: int) -> bool:
    """Return whether the line at `index` was printed within the few lines above it too."""
    text = units[index].text
    return any(unit.text == text for unit in units[max(0, index - HEADER_COPY_REACH) : index])


def _stamp_line(unit: Unit) -> bool:
    """Return whether a line is the article's publication stamp ("Updated: ...", a date)."""
    return (
        unit.words <= STAMP_MAX_WORDS
        and STAMP_START.match(unit.text) is not None
        and has_date_word(unit.text)
    )


def _quoted_headline(unit: Unit) -> bool:
    """Return whether a title-cased line ends by closing a quotation it opened, as a headline
    quoting someone does ("Mayor Says Harbour Is 'Open For Business'"): no sentence end."""
    text = unit.text
    opening = QUOTE_PAIRS.get(text[-1])
    return opening is not None and opening in text[:-1] and _title_cased(unit)


def _asking_headline(unit: Unit) -> bool:
    """Return whether a title-cased line of a headline's length ends in a question mark
    ("Want To See A Livelier Harbour?"): a headline, not a lead asking one."""
    return unit.text.endswith("?") and unit.words <= TITLE_MAX_WORDS and _title_cased(unit)


def _title_cased(unit: Unit) -> bool:
    """Return whether most longer words of a line are capitalised, as in a headline."""
    words = [w for w in unit.text.split() if len(w) >= TITLE_CASE_MIN_LETTERS]
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in words)
    return bool(words) and capitals >= TITLE_CASE_SHARE * len(words)

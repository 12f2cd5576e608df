"""Hard-wrap detection for the text-capture cleaner: whether a capture's lines were wrapped
at a right margin (w3m -cols, terminals, mail), and at which width.

Input: a capture's lines as `(start, end, indent)` offsets (`lines.split_units` makes them).
Output: the wrap width (0: not hard-wrapped), and whether a line is a horizontal rule, which
reaches the margin but wraps nothing. `lines.split_units` joins a line that reaches the
margin with the line below it into one paragraph.
"""

from __future__ import annotations

# A line of this many characters or more at the document's usual right margin is taken to be
# hard-wrapped (w3m -cols, terminals, mail): the next line continues its paragraph.
WRAP_MIN_WIDTH = 60
# How close to the margin (in characters) a wrapped line ends: words do not split, so a wrapped
# line stops up to one long word short of the width.
WRAP_SLACK = 18
# The margin must be shared by this many lines before it counts as a wrap width at all.
WRAP_MIN_LINES = 8
# ... and by this share of the long lines: in unwrapped text long lines vary in length.
WRAP_MIN_SHARE = 0.1
# In wrapped text almost no line runs past the margin: at most this share may.
WRAP_MAX_OVER = 0.1
# ... counted only from this many lines past it: a wrapped e-mail's subject line and a URL run
# past the margin of a short text without making it unwrapped.
WRAP_MIN_OVER_LINES = 3
# Wider than this, lines are not terminal-wrapped (w3m -cols 200 is the widest in use).
WRAP_MAX_WIDTH = 400
# How many of the longest lines are tried as the margin before giving up.
WRAP_MAX_TRIES = 50
# A text browser draws a horizontal rule as a line of box-drawing characters as wide as the
# page: it reaches the wrap margin but wraps nothing (the line below it starts a new block).
RULE_CHARS = "━─═"


def wrap_width(lines: list[tuple[int, int, int]]) -> int:
    """Return the width the capture's lines (`(start, end, indent)`, blank lines included as
    empty ones) are hard-wrapped at, or 0 when they are not hard-wrapped."""
    width = _margin_width(
        [
            end - start + indent
            for (start, end, indent), (following, after, _) in zip(lines, lines[1:], strict=False)
            if after > following  # only a line with another line right below it can wrap
        ]
    )
    if width and _runs_past_margin(lines, width):
        return 0
    return width


def _runs_past_margin(lines: list[tuple[int, int, int]], width: int) -> bool:
    """Return whether more than WRAP_MAX_OVER of all long lines, and at least
    WRAP_MIN_OVER_LINES lines, run past the wrap margin.

    The margin is found among lines with another line right below them; a paragraph's last
    line, followed by a blank line, is not looked at. In wrapped text it stops short of the
    margin too, while a browser's own text (innerText, "save as text") prints each paragraph
    as one long line: there, lines that end near one margin (a list of headlines of about one
    length) are no wrap, and joining them ran the list into one "prose" paragraph.
    """
    lengths = [end - start + indent for start, end, indent in lines]
    over = sum(n > width for n in lengths)
    long = sum(n >= WRAP_MIN_WIDTH for n in lengths)
    return over >= WRAP_MIN_OVER_LINES and over > WRAP_MAX_OVER * long


def rule_line(raw: str, start: int, end: int) -> bool:
    """Return whether the line `raw[start:end]` is a horizontal rule (see RULE_CHARS)."""
    return raw[start] in RULE_CHARS and not raw[start:end].strip(RULE_CHARS)


def _margin_width(lengths: list[int]) -> int:
    """Return the capture's wrap width, or 0 when its lines are not hard-wrapped.

    `lengths` are those of the lines followed directly by another line (no blank line).
    The width is the longest line length that many of the long lines come close to (a
    wrapped paragraph's lines all end within a word's length of it); a few longer lines
    (unbreakable URLs, tables) do not hide it.
    """
    long = sorted((n for n in lengths if n >= WRAP_MIN_WIDTH), reverse=True)
    for rank, width in enumerate(long):
        if width > WRAP_MAX_WIDTH:
            continue
        near = 0
        for n in long[rank:]:
            if n < width - WRAP_SLACK:
                break
            near += 1
        if near >= WRAP_MIN_LINES and near >= WRAP_MIN_SHARE * len(long):
            return width
        if rank >= WRAP_MAX_TRIES or rank > WRAP_MAX_OVER * len(long):
            break  # too many lines run past this margin: it is not one
    return 0

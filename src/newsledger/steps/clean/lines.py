"""Paragraph units of a text capture, with the shape features the text-capture cleaner scores.

Input: a decoded capture (`str`) and its language's stop words (`language.stop_words`).
Output: `Unit`s (one paragraph each: a line, or a run of hard-wrapped lines, see `wrap`) with
offsets into the capture and their shape features (word count, stop-word density, bullets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.steps.clean.wrap import WRAP_SLACK, rule_line, wrap_width

# Chinese and Japanese write words without spaces between them: a line's word count is its
# count of ideographs and kana over this many characters a word (whitespace splitting counts
# a whole paragraph as one word, so no line read as a sentence and such pages had no body).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_CHARS_PER_WORD = 2
# Bullets and list markers that renderers put before navigation items.
BULLET_MARKS = "*+•·▪◦‣○●■□>|»o-"
_BULLET = re.compile(rf"^[{re.escape(BULLET_MARKS)}]\s")


@dataclass(slots=True)
class Unit:
    """One paragraph of a capture: `spans` are `(start, end)` raw offsets of its lines."""

    spans: list[tuple[int, int]]
    text: str
    index: int = 0  # position among the capture's units
    block: int = 0  # units in the same block have no blank line between them
    blank_before: bool = True
    indent: int = 0
    words: int = 0
    stop_density: float = 0.0
    low: str = ""  # `text` lower-cased once, for the pattern and repeat tests
    bullet: bool = False

    @property
    def start(self) -> int:
        """Raw offset of the unit's first character."""
        return self.spans[0][0]

    @property
    def end(self) -> int:
        """Raw offset just past the unit's last character."""
        return self.spans[-1][1]


def split_units(raw: str, stops: frozenset[str]) -> list[Unit]:
    """Split a capture into paragraph units with offsets and shape features.

    Consecutive lines merge into one unit only when the capture is hard-wrapped (many lines
    end near one right margin) and the earlier line reaches that margin.
    """
    lines = _split_lines(raw)
    width = wrap_width(lines)
    units: list[Unit] = []
    block, blank = 0, True
    previous_wrapped = False
    for start, end, indent in lines:
        if start == end:
            block += 0 if blank else 1
            blank, previous_wrapped = True, False
            continue
        if (
            previous_wrapped
            and units
            and not _BULLET.match(raw[start:end])
            and not rule_line(raw, start, end)
        ):
            unit = units[-1]
            unit.spans.append((start, end))
            unit.text = f"{unit.text} {raw[start:end]}"
        else:
            unit = Unit([(start, end)], raw[start:end], len(units), block, blank, indent)
            units.append(unit)
        previous_wrapped = (
            width > 0
            and end - start + indent >= width - WRAP_SLACK
            and not rule_line(raw, start, end)
        )
        blank = False
    for unit in units:
        _measure(unit, stops)
    return units


def _split_lines(raw: str) -> list[tuple[int, int, int]]:
    """Return `(start, end, indent)` of each line, stripped of surrounding white space."""
    out = []
    offset = 0
    for line in raw.split("\n"):
        size = len(line)
        stripped = line.lstrip()
        if stripped:  # then the line ends past its indent: both strip the same spaces
            indent = size - len(stripped)
            out.append((offset + indent, offset + len(line.rstrip()), indent))
        else:
            out.append((offset, offset, 0))
        offset += size + 1
    return out


def _measure(unit: Unit, stops: frozenset[str]) -> None:
    """Fill the unit's shape features (word count, stop-word density, bullet) and `low`."""
    text = unit.text
    if "\xa0" in text:
        # A text browser keeps the page's no-break spaces (w3m does, inscriptis does not):
        # patterns read them as spaces. Same length, so offsets into the line still hold.
        text = unit.text = text.replace("\xa0", " ")
    unit.low = text.lower()
    words = unit.low.split()
    unit.words = len(words)
    if not text.isascii():
        unit.words = max(unit.words, len(_CJK.findall(text)) // CJK_CHARS_PER_WORD)
    if words:
        unit.stop_density = sum(map(stops.__contains__, words)) / len(words)
    # the first character first: a cheap test that spares most lines the regex
    unit.bullet = text[:1] in BULLET_MARKS and _BULLET.match(text) is not None

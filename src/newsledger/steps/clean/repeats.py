"""Repetition inside a text capture's page: lines printed more than once (a video's title
around its player, a caption under its alt text, a menu shown twice, a paragraph's later
copy: a pull quote).

Input: the capture's units and their removal reasons so far (None: content). Output: the
reasons, updated in place (`labels._debris_reasons` calls these in order).
"""

from __future__ import annotations

from newsledger.steps.clean.lines import Unit
from newsledger.steps.clean.patterns import (
    CAPTION,
    DUPLICATE,
    EMBEDDED_TITLE,
    MEDIA_PLAYER,
    REPEATED,
)
from newsledger.steps.clean.site_lines import normalise_line

# A short line repeated in the page (video title, caption alt text) is debris; a longer one
# repeated is a pull quote, whose later copy is dropped.
DUPLICATE_SHORT_WORDS = 20
# A video block (title, player remnants, title again) spans at most this many units.
MEDIA_BLOCK_UNITS = 8
# An image's alt text printed above its caption is repeated at the caption's start; shorter
# lines ("Photo", a name) are too common to take for a copy.
ALT_TEXT_MIN_CHARS = 20


def mark_duplicates(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark lines repeated within the page: captions, embedded titles, pull quotes."""
    groups: dict[str, list[int]] = {}
    for unit in units:
        groups.setdefault(unit.low, []).append(unit.index)
    for norm, positions in groups.items():
        if len(positions) < 2 or not normalise_line(norm):
            continue
        if units[positions[0]].words > DUPLICATE_SHORT_WORDS:
            for index in positions[1:]:
                reasons[index] = reasons[index] or DUPLICATE
            continue
        reason = _repeat_reason(reasons, positions)
        for index in positions:
            reasons[index] = reasons[index] or reason


def _repeat_reason(reasons: list[str | None], positions: list[int]) -> str:
    """Name a short repeated line: a media title when a player sits between or next to its
    copies, a caption when the copies are adjacent (alt text and caption), else a repeat."""
    span = range(max(0, positions[0] - 1), min(len(reasons), positions[-1] + 2))
    if positions[-1] - positions[0] <= MEDIA_BLOCK_UNITS and any(
        reasons[i] == MEDIA_PLAYER for i in span
    ):
        return EMBEDDED_TITLE
    if any(b - a == 1 for a, b in zip(positions, positions[1:], strict=False)):
        return CAPTION
    return REPEATED


def mark_alt_texts(units: list[Unit], reasons: list[str | None]) -> None:
    """Mark a line printed right above a caption that begins with it as that caption's
    image alt text (the caption line repeats it and adds the credit)."""
    for unit in units[:-1]:
        below = units[unit.index + 1]
        if (
            reasons[unit.index] is None
            and reasons[below.index] == CAPTION
            and len(unit.text) >= ALT_TEXT_MIN_CHARS
            and len(below.text) > len(unit.text)
            and below.text.startswith(unit.text)
        ):
            reasons[unit.index] = CAPTION

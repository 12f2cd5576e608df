"""Cheap tests that spare most lines the clean stage's line regexes, with the same answers.

Input: a line (and its lower-cased copy). Output: whether a regex may match it, or the
regex's match itself, found a faster way: `Cues`, substrings that every match of a phrase
pattern holds; `ascii_non_starts`, the first characters that no match can begin with;
`CaseBlind`, a case-insensitive regex run without the flag on lower-cased ASCII lines.
"""

from __future__ import annotations

import re

# ASCII characters that `\W` matches (not letters, digits or "_").
ASCII_NON_WORD = "".join(
    chr(code) for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")
)


def ascii_non_starts(starts: str) -> frozenset[str]:
    """Return the ASCII characters that cannot begin a case-insensitive match starting with
    one of `starts`: a test of a line's first character that spares most lines the regex.

    Only ASCII is ruled out: outside it, `re` folds a few letters onto ASCII ones (the long
    s, dotless i, Kelvin sign), so a line starting with any other character is left to the
    regex.

    Example:
        >>> sorted(ascii_non_starts("ab" + ASCII_NON_WORD) & set("AaBbCc"))
        ['C', 'c']
    """
    allowed = set(starts.lower()) | set(starts.upper())
    return frozenset(chr(code) for code in range(128) if chr(code) not in allowed)


# An upper-case letter in a pattern's source, not in an escape (`\W`) or a group's name
# (`(?P<name>...)`): see `CaseBlind`.
_UPPER_CASE_LETTER = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")


class CaseBlind:
    """A case-insensitive pattern that runs on a lower-cased ASCII line without the flag.

    In ASCII text, a case-insensitive match is exactly a match of the (lower-case) pattern in
    the lower-cased text, and without the flag `re` passes over most alternatives of a long
    alternation by their first letter (with it, it enters each): several times faster. Lines
    with other characters go to the case-insensitive pattern itself, since `re` folds a few
    non-ASCII letters (the dotless i, the long s) onto ASCII ones.

    Example:
        >>> menu = CaseBlind(re.compile(r"main menu|home", re.IGNORECASE))
        >>> bool(menu.fullmatch("Main Menu", "main menu")), bool(menu.fullmatch("Homes", "homes"))
        (True, False)
    """

    __slots__ = ("pattern", "_lower_case")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if _UPPER_CASE_LETTER.search(pattern.pattern):
            raise ValueError(f"not a lower-case pattern: {pattern.pattern[:60]}")
        self.pattern = pattern
        self._lower_case = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def fullmatch(self, text: str, low: str) -> re.Match[str] | None:
        """Return the pattern's match of the whole of `text` (`low`: lower-cased)."""
        if text.isascii():
            return self._lower_case.fullmatch(low)
        return self.pattern.fullmatch(text)

    def match(self, text: str, low: str) -> re.Match[str] | None:
        """Return the pattern's match at the start of `text` (`low`: lower-cased)."""
        if text.isascii():
            return self._lower_case.match(low)
        return self.pattern.match(text)

    def search(self, text: str, low: str) -> re.Match[str] | None:
        """Return the pattern's first match in `text` (`low`: lower-cased)."""
        if text.isascii():
            return self._lower_case.search(low)
        return self.pattern.search(text)


# Below this length a line is searched for all its cues at once (one regex scan costs less
# than a substring test per cue); longer lines are searched cue by cue (each a fast search).
CUE_SCAN_MAX_CHARS = 80
# Characters from the most to the least common in lower-cased English text: a cue's tail,
# from its rarest character on, is what a line is scanned for first (see `Cues`).
COMMON_CHARS = " etaoinsrhldcumfpgwybvkxjqz"
# ... and the tail is at least this long (or the whole cue): shorter tails ("ed") turn up in
# most lines and would send them to the slower exact test.
CUE_TAIL_MIN_CHARS = 3


class Cues:
    """Lower-case substrings that every match of a phrase pattern holds: a cheap test that
    spares most lines the pattern itself.

    With `tails_first`, a line is first scanned for the cues' tails, each from its rarest
    character on ("yright" of "copyright"), in one regex: the scan skips ahead to the tails'
    first characters, rare ones, so it passes most lines at once (a scan for the whole cues
    stops at nearly every letter). A line without a tail holds no cue; only one with a tail
    is tested for the cues. That pays for cues that most lines lack, tested on every line;
    for common cues ("comment", "support") the tails are found too often.
    """

    __slots__ = ("words", "_any", "_tails", "_scan_max_chars")

    def __init__(
        self, *words: str, scan_max_chars: int = CUE_SCAN_MAX_CHARS, tails_first: bool = False
    ) -> None:
        self.words = words
        self._any = re.compile("|".join(map(re.escape, words)))
        self._tails = (
            _first_char_alternation({_rare_tail(word) for word in words}) if tails_first else None
        )
        self._scan_max_chars = scan_max_chars

    def found_in(self, low: str) -> bool:
        """Return whether any cue occurs in `low` (a lower-cased line)."""
        if self._tails is not None and self._tails.search(low) is None:
            return False  # most lines: no tail, so no cue
        if len(low) < self._scan_max_chars:
            return self._any.search(low) is not None
        return any(map(low.__contains__, self.words))  # C-level loop, no frame per cue


def _rare_tail(word: str) -> str:
    """Return the tail of `word` from its rarest character on (see COMMON_CHARS), at least
    CUE_TAIL_MIN_CHARS long; the latest such start wins ties (a shorter tail)."""
    last = max(0, len(word) - CUE_TAIL_MIN_CHARS)

    def rarity(start: int) -> tuple[int, int]:
        char = word[start]
        return (COMMON_CHARS.find(char) if char in COMMON_CHARS else len(COMMON_CHARS), start)

    return word[max(range(last + 1), key=rarity) :]


def _first_char_alternation(words: set[str]) -> re.Pattern[str]:
    """Compile a search for any of `words`, grouped by first character: the regex engine then
    skips to the positions holding one of those characters and tries only that group."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda word: (-len(word), word)):  # longest first
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile(
        "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    )

"""Where the TIMEX rules are tried: only at the words that can open one of their matches.

Input: a text and the rules to run (each with the words that can open its matches). Output: per
rule, the same matches `regex.finditer(text)` gives. Scanning a whole article with every rule
tries each regex at every character, which was most of the event coder's date cost; but a rule
can only start at a few words ("the end of", a month name, a number). One pass over the words
collects, per rule, the positions of its opening words; the rule is matched there only, in
order, resuming after each match as `finditer` does, so nothing found or missed changes.

Starters are written as a space-separated string: `word` opens the rule whatever follows it,
`word>next1|next2` only before one of those words ("the>end|middle": "the" opens "the end of
May" but no other "the"). DIGIT_START stands for any word opening with a digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

DIGIT_START = "0"  # every word opening with a digit maps to this key
_WORD = re.compile(r"\w+")
# A rule's openers: word -> the words that must follow it, or None when any may.
Starters = dict[str, frozenset[str] | None]
# The starter index: word -> (rule number, words that must follow or None) for each rule.
StarterIndex = dict[str, tuple[tuple[int, frozenset[str] | None], ...]]


class Rule(NamedTuple):
    """One TIMEX rule: its regex, handler and TIMEX3 type, and the words that can open its
    matches, where it is tried. A starter left out loses matches: tests compare the scan with
    `regex.finditer`."""

    regex: re.Pattern[str]
    handler: Callable[..., Any]
    kind: str
    starters: Starters


def parse_starters(spec: str) -> Starters:
    """Read a starter string ("early mid the>end|middle") into a `Starters` mapping."""
    starters: dict[str, set[str] | None] = {}
    for item in spec.split():
        word, _, nexts = item.partition(">")
        if not nexts or starters.get(word, set()) is None:
            starters[word] = None
        else:
            starters.setdefault(word, set()).update(nexts.split("|"))  # type: ignore[union-attr]
    return {w: None if n is None else frozenset(n) for w, n in starters.items()}


def starter_index(rule_starters: list[Starters]) -> StarterIndex:
    """Map each opening word to the rules it opens (by number) and what must follow it."""
    index: dict[str, list[tuple[int, frozenset[str] | None]]] = {}
    for number, starters in enumerate(rule_starters):
        for word, nexts in starters.items():
            index.setdefault(word, []).append((number, nexts))
    return {word: tuple(entries) for word, entries in index.items()}


def candidate_starts(text: str, index: StarterIndex, n_rules: int) -> list[list[int]]:
    """Return, per rule, the offsets of the words in `text` that can open one of its matches.

    Every rule starts with a word boundary before a word character, so a match can only begin
    where a `\\w+` word begins, and its first word is that whole word (each opening word is
    followed by a non-word character in the patterns); so is the word after it.

    Args:
        text: the text the rules run over.
        index: `starter_index` of the rules.
        n_rules: how many rules `index` indexes.

    Returns:
        One ascending list of offsets per rule.
    """
    starts: list[list[int]] = [[] for _ in range(n_rules)]
    every_rule = tuple((number, None) for number in range(n_rules))
    waiting: list[tuple[int, frozenset[str]]] = []  # the last word's openers on condition
    waiting_at = -1
    for word in _WORD.finditer(text):
        token = word[0]
        if token.isascii():
            key = DIGIT_START if token[0].isdigit() else token.lower()
            entries = index.get(key)
        else:  # case-insensitive matching reaches beyond ASCII (the Kelvin sign matches "k")
            key, entries = None, every_rule
        if waiting:
            for number, nexts in waiting:
                if key is None or key in nexts:
                    starts[number].append(waiting_at)
            waiting = []
        if entries is None:
            continue
        for number, nexts in entries:
            if nexts is None:
                starts[number].append(word.start())
            else:
                waiting.append((number, nexts))
        waiting_at = word.start()
    return starts


def matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Yield the matches `regex.finditer(text)` would, trying `regex` only at `starts`.

    Args:
        regex: a rule whose matches can only begin at `starts`.
        text: the whole text (lookbehinds and word boundaries see what precedes a start).
        starts: ascending offsets from `candidate_starts`.
    """
    resume = 0
    for at in starts:
        if at >= resume and (match := regex.match(text, at)) is not None:
            resume = match.end()
            yield match

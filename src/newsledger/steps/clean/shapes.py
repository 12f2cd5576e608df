"""Line shapes for the text-capture cleaner: whether a line reads as a sentence, shouts in
capitals, is mostly figures, or is a ticker of teasers run into one line.

Input: one `Unit` (or its text). Output: a yes or no. Used by `classify`, `labels` and the
block rules.
"""

from __future__ import annotations

import re

from newsledger.steps.clean.lines import Unit

# A ticker or teaser box that a browser's text runs into one line: summaries each cut off
# mid-sentence ("... may soon... Harbour fees rise ..."), at least TEASER_RUN_MIN_CUTS of them
# in a line of at least TEASER_RUN_MIN_WORDS words. A quoted witness may trail off three
# times in a long line too, so a line opening with a quote mark is never one. A cut glues
# its "..." to the word or comma.
TEASER_RUN_MIN_CUTS = 3
TEASER_RUN_MIN_WORDS = 40
TEASER_CUT = re.compile(r"\w[,;]?(?:\.\.\.|…) [A-Z“\"‘]")

# A line of at least this many words in capitals is a banner or teaser headline.
SHOUT_MIN_WORDS = 4
# ... and is debris from this many words on (shorter capitals are often subheadings:
# "INGREDIENTS", "THE VERDICT"), when this share of its letters are capitals (scripts
# without case, such as Hangul, are never "in capitals").
BANNER_MIN_WORDS = 8
BANNER_CASED_SHARE = 0.5

# A sentence break: a full stop or mark before a space or a closing quote; Chinese and
# Japanese full-width marks need no space after them (nor does their final one).
SENTENCE_MARK = re.compile(r"[.!?؟।][\s\"'”’)]|[。！？]")
SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")", "。", "！", "？", "」", "』")
# A sentence may close with emoji after its stop ("We hope to see you soon! 🙂").
EMOJI_MIN = "\u2600"
_EMOJI_END = re.compile(r"[.!?…]\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+$")

# A long line (GOOD_MIN_CHARS) where this share of the words hold a figure is a list of
# dates or numbers, not prose, whatever its stop words: an archive menu printed as one line
# ("December 2019 (6) November 2019 (6) ..."; month names are stop words) outscored the
# article.
FIGURE_WORD_SHARE = 0.5
# No word with a figure is a stop word: such a line has at most this share of stop words.
FIGURE_MAX_STOP_DENSITY = 1 - FIGURE_WORD_SHARE
# Such a list has a figure near its start ("Archives December 2019 (6)"); lines without one
# there are not read further (most prose: a cheap probe).
FIGURE_PROBE_CHARS = 40
_FIGURE_WORD = re.compile(r"(?<!\S)[^\s\d]*\d")
_DIGITS = "0123456789"
DIGIT = re.compile(r"\d")


def teaser_run(text: str) -> bool:
    """Return whether a long line is a run of teasers cut off mid-sentence (see TEASER_CUT)."""
    if text[:1] in '"“‘':
        return False  # a witness quoted with her pauses ("We walked... Then the vans came...")
    if "..." not in text and "…" not in text:
        return False  # most lines: a cheap test before the regex
    return len(TEASER_CUT.findall(text)) >= TEASER_RUN_MIN_CUTS


def banner(unit: Unit) -> bool:
    """Return whether a line is a long teaser headline or banner set in capitals."""
    if not shouting(unit):  # callers test BANNER_MIN_WORDS first
        return False
    letters = sum(c.isalpha() for c in unit.text)
    return sum(c.isupper() for c in unit.text) >= BANNER_CASED_SHARE * letters


def mostly_figures(unit: Unit) -> bool:
    """Return whether a line is mostly figures (see FIGURE_WORD_SHARE)."""
    least = FIGURE_WORD_SHARE * unit.words
    if sum(map(unit.text.count, _DIGITS)) < least:
        return False  # cheap bound first: each word with a figure holds a digit
    return len(_FIGURE_WORD.findall(unit.text)) >= least


def is_sentence(unit: Unit) -> bool:
    """Return whether a short unit reads as a sentence (several words, final punctuation,
    perhaps with emoji after it)."""
    if unit.words < 3:
        return False
    text = unit.text
    ends = text.endswith(SENTENCE_END) or (text[-1] >= EMOJI_MIN and _EMOJI_END.search(text))
    return bool(ends) and not shouting(unit)


def shouting(unit: Unit) -> bool:
    """Return whether a line is in capitals (teaser headlines, banners), not running text."""
    return unit.words >= SHOUT_MIN_WORDS and unit.text.isupper()

"""Line features and per-site line statistics for the text-capture cleaner.

Input: a decoded capture (`str`). Output: `Unit`s (one paragraph each: a line, or a run of
hard-wrapped lines) with offsets into the capture and the shape features the cleaner scores
(word count, stop-word density, sentence punctuation, bullets); normalised line keys; and
`SiteLineStats`, the per-site count of documents holding each line key (CCNet-style line
dedup, kept per site so that one site's corpus teaches the cleaner its furniture).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from urllib.parse import urlsplit

from newsledger.steps.clean.prefilter import ASCII_NON_WORD

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
# Lines whose normalised form is shorter than this carry no signal for site statistics
# ("", "|", "0") and would make every page look alike.
MIN_KEY_CHARS = 3
# Line keys are truncated hashes: 16 hex digits keep collisions negligible per site.
KEY_HEX_DIGITS = 16
# Languages tried when guessing a capture's language from stop-word density (jusText's stop
# lists, by ISO 639-1 code); English first, so that it wins ties.
CANDIDATE_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian",
    "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian",
    "sr": "Serbian", "bg": "Bulgarian", "ro": "Romanian", "hu": "Hungarian", "fi": "Finnish",
    "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "sv": "Swedish", "da": "Danish",
    "nb": "Norwegian_Bokmal", "tr": "Turkish", "el": "Greek", "ar": "Arabic", "fa": "Persian",
    "he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese",
    "ko": "Korean", "ka": "Georgian", "hy": "Armenian", "az": "Azerbaijani", "kk": "Kazakh",
    "ur": "Urdu", "bn": "Bengali", "sw": "Swahili", "tl": "Tagalog", "ca": "Catalan",
}  # fmt: skip
# English prose is about 40-50% stop words; past this share no other list can win.
ENGLISH_FAST_SHARE = 0.3
# A guess needs this share of the sampled words to be stop words of the language; below it
# the text is in a language without a list (Chinese, Japanese) and is judged without stop words.
MIN_LANGUAGE_HITS = 0.08
# Words sampled for the language guess: enough to be stable, few enough to be cheap; taken
# from long lines (prose rather than menus, which are often English on any site).
LANGUAGE_SAMPLE_WORDS = 400
LANGUAGE_SCAN_CHARS = 20_000
# English is tried first on the sample's first characters only (see `_english_at_once`).
ENGLISH_PROBE_CHARS = 2_000
# A line of this many characters or more is prose rather than a menu item.
LONG_LINE = 80

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
# Punctuation of English text outside ASCII (curly quotes, dashes, the no-break space), none a
# word character: blanked before the fast word split (`_ascii_words`).
_BLANKED_MARKS = "’‘“”—–…\xa0«»•·©®™━"
_ASCII_NON_WORD = str.maketrans(dict.fromkeys(ASCII_NON_WORD, " "))
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


@dataclass(slots=True)
class SiteLineStats:
    """How many documents of one site hold each normalised line.

    Example:
        >>> stats = SiteLineStats()
        >>> stats.add_document(line_keys("Menu\\nA story.\\n"))
        >>> stats.add_document(line_keys("Menu\\nAnother story.\\n"))
        >>> stats.share(line_key("Menu"))
        1.0
    """

    n_docs: int = 0
    line_docs: dict[str, int] = field(default_factory=dict)

    def add_document(self, keys: set[str]) -> None:
        """Count one more document holding `keys` (each key once per document)."""
        self.n_docs += 1
        for key in keys:
            self.line_docs[key] = self.line_docs.get(key, 0) + 1

    def count(self, key: str) -> int:
        """Return how many documents of the site hold line `key`."""
        return self.line_docs.get(key, 0)

    def share(self, key: str) -> float:
        """Return the share (0..1) of the site's documents that hold line `key`."""
        return self.line_docs.get(key, 0) / self.n_docs if self.n_docs else 0.0


def site_key(url: str | None, source: str) -> str:
    """Return the site a capture belongs to: the URL host, else the capture's folder.

    Example:
        >>> site_key("https://www.example.org/a/b", "x.txt")
        'example.org'
        >>> site_key(None, "corpus/rferl/001.txt")
        'corpus/rferl'
    """
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    path = source.split("#", 1)[0]
    return str(PurePath(path).parent)


def normalise_line(text: str) -> str:
    """Normalise a line for cross-document matching: lower case, digits and punctuation out."""
    text = _DIGITS.sub("0", text.lower())
    return _NON_WORD.sub(" ", text).strip()


def line_key(text: str) -> str:
    """Return the key of a line (a short hash of its normalised form; "" for empty lines)."""
    norm = normalise_line(text)
    if len(norm) < MIN_KEY_CHARS:
        return ""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=KEY_HEX_DIGITS // 2).hexdigest()


def line_keys(raw: str) -> set[str]:
    """Return the set of line keys of a capture (what the ledger stores per document)."""
    keys = {line_key(line) for line in raw.splitlines()}
    keys.discard("")
    return keys


@lru_cache(maxsize=16)
def stop_words(language: str = "en") -> frozenset[str]:
    """Return the stop words of `language` (an ISO 639-1 code) from jusText's lists, each
    also with the punctuation that may cling to it in running text."""
    words = _plain_stop_words(language)
    return frozenset(f"{o}{w}{c}" for w in words for o in _OPENERS for c in _CLOSERS)


@lru_cache(maxsize=64)
def _plain_stop_words(language: str) -> frozenset[str]:
    """Return jusText's stop list of `language` as it is."""
    import justext

    return frozenset(justext.get_stoplist(CANDIDATE_LANGUAGES.get(language, "English")))


@lru_cache(maxsize=1)
def _stop_index() -> dict[str, tuple[str, ...]]:
    """Return word -> languages whose stop list holds it (built once per process)."""
    index: dict[str, list[str]] = {}
    for code in CANDIDATE_LANGUAGES:
        for word in _plain_stop_words(code):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def guess_language(text: str) -> str | None:
    """Guess the ISO 639-1 language of `text` from stop-word hits; None if no list fits.

    Example:
        >>> guess_language("The minister said that the talks would go on in the spring.")
        'en'
    """
    # Splitting is cheaper than a `[^\n]{80,}` scan, which retries every start in a short line.
    prose = [line for line in text[:LANGUAGE_SCAN_CHARS].split("\n") if len(line) >= LONG_LINE]
    sample = " ".join(prose) if prose else text[:LANGUAGE_SCAN_CHARS]
    low = sample[: LANGUAGE_SAMPLE_WORDS * 12].lower()
    words = _ascii_words(low)
    if words is None:
        if len(low) > ENGLISH_PROBE_CHARS and _english_at_once(low):
            return "en"
        words = _WORD.findall(low)
    words = words[:LANGUAGE_SAMPLE_WORDS]
    if not words:
        return None
    english = sum(map(_plain_stop_words("en").__contains__, words))
    if english >= ENGLISH_FAST_SHARE * len(words):
        return "en"  # the common case, decided without trying every language
    index = _stop_index()
    hits = Counter(code for word in words for code in index.get(word, ()))
    if not hits:
        return None
    order = list(CANDIDATE_LANGUAGES)
    best = max(hits, key=lambda code: (hits[code], -order.index(code)))
    return best if hits[best] >= MIN_LANGUAGE_HITS * len(words) else None


def _ascii_words(low: str) -> list[str] | None:
    """Return the first LANGUAGE_SAMPLE_WORDS words (`\\w+` runs) of a sample that is ASCII
    once its common non-ASCII punctuation is blanked, split by str methods (several times
    faster than the regex); None for a sample with other non-ASCII characters.

    Blanking and the translation put spaces only where no word character was, so the runs
    are those the regex finds (in ASCII text `\\w` is `[A-Za-z0-9_]`).
    """
    for mark in _BLANKED_MARKS:
        if mark in low:
            low = low.replace(mark, " ")
    if not low.isascii():
        return None
    words = low.translate(_ASCII_NON_WORD).split(maxsplit=LANGUAGE_SAMPLE_WORDS)
    del words[LANGUAGE_SAMPLE_WORDS:]  # the rest of the sample, left unsplit
    return words


def _english_at_once(low: str) -> bool:
    """Return whether the words of the sample's start alone pass the English share of a full
    sample (then the full sample does too: it holds them, and no more words than that).

    Tokenising the whole sample is most of the guess's cost; English prose passes on its
    first few hundred words. The probe's last word may be cut short, so it is not counted
    (callers probe only a sample longer than ENGLISH_PROBE_CHARS).
    """
    words = _WORD.findall(low, 0, ENGLISH_PROBE_CHARS)[:-1]
    hits = sum(map(_plain_stop_words("en").__contains__, words[:LANGUAGE_SAMPLE_WORDS]))
    return hits >= ENGLISH_FAST_SHARE * LANGUAGE_SAMPLE_WORDS


def split_units(raw: str, stops: frozenset[str]) -> list[Unit]:
    """Split a capture into paragraph units with offsets and shape features.

    Consecutive lines merge into one unit only when the capture is hard-wrapped (many lines
    end near one right margin) and the earlier line reaches that margin.
    """
    lines = _split_lines(raw)
    width = _wrap_width(
        [
            end - start + indent
            for (start, end, indent), (following, after, _) in zip(lines, lines[1:], strict=False)
            if after > following  # only a line with another line right below it can wrap
        ]
    )
    if width and _runs_past_margin(lines, width):
        width = 0
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
            and not _rule_line(raw, start, end)
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
            and not _rule_line(raw, start, end)
        )
        blank = False
    for unit in units:
        _measure(unit, stops)
    return units


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


def _rule_line(raw: str, start: int, end: int) -> bool:
    """Return whether the line `raw[start:end]` is a horizontal rule (see RULE_CHARS)."""
    return raw[start] in RULE_CHARS and not raw[start:end].strip(RULE_CHARS)


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


def _wrap_width(lengths: list[int]) -> int:
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


# Stop words are looked up with the punctuation that may cling to them ("(the", "it,"), so
# counting needs no per-word stripping (see `stop_words`).
_OPENERS = ("", "(", "[", '"', "“", "‘", "'")
_CLOSERS = ("", ",", ".", ";", ":", "!", "?", ")", "]", '"', "”", "’", "'", ".”", ",”", '."', ',"')


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

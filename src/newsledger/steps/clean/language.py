"""Stop lists and the language guess for the text-capture cleaner.

Input: a decoded capture (`str`) or an ISO 639-1 code. Output: the capture's guessed
language (from stop-word hits over a sample of its long lines), and jusText's stop words of
a language, each also with the punctuation that may cling to it in running text (what
`lines.split_units` counts a line's stop-word density with).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsledger.steps.clean.prefilter import ASCII_NON_WORD

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

_WORD = re.compile(r"\w+")
# Punctuation of English text outside ASCII (curly quotes, dashes, the no-break space), none a
# word character: blanked before the fast word split (`_ascii_words`).
_BLANKED_MARKS = "’‘“”—–…\xa0«»•·©®™━"
_ASCII_NON_WORD = str.maketrans(dict.fromkeys(ASCII_NON_WORD, " "))


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


# Stop words are looked up with the punctuation that may cling to them ("(the", "it,"), so
# counting needs no per-word stripping (see `stop_words`).
_OPENERS = ("", "(", "[", '"', "“", "‘", "'")
_CLOSERS = ("", ",", ".", ";", ":", "!", "?", ")", "]", '"', "”", "’", "'", ".”", ",”", '."', ',"')

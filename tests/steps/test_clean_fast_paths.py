"""The text cleaner's fast paths give what the plain computation gives.

Word splits by str methods, an English guess on the sample's start, cue filters scanned in
one regex, a year check before the date forms: each must agree with the slower way.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsledger.steps.clean import lines
from newsledger.steps.clean.lines import _ascii_words, guess_language
from newsledger.steps.clean.patterns import (
    CUE_SCAN_MAX_CHARS,
    FOOTER_CUES,
    PHOTO_CUES,
    PROMO_CUES,
    Cues,
)
from newsledger.steps.clean.published import parse_date

ENGLISH = (
    "The harbour office in Aldric said on Monday that the ferry to the islands would run "
    "again from the first week of May, and that the fares had not changed since last year. "
)
GERMAN = (
    "Das Hafenamt in Aldric teilte am Montag mit, dass die Fähre zu den Inseln ab der ersten "
    "Maiwoche wieder fahren werde und dass sich die Preise seit dem Vorjahr nicht geändert haben. "
)


def _reference_guess(text: str) -> str | None:
    """The language guess with the regex word split over the whole sample (no fast path)."""
    prose = [line for line in text[: lines.LANGUAGE_SCAN_CHARS].split("\n") if len(line) >= 80]
    sample = " ".join(prose) if prose else text[: lines.LANGUAGE_SCAN_CHARS]
    low = sample[: lines.LANGUAGE_SAMPLE_WORDS * 12].lower()
    words = re.findall(r"\w+", low)[: lines.LANGUAGE_SAMPLE_WORDS]
    if not words:
        return None
    english = sum(word in lines._plain_stop_words("en") for word in words)
    if english >= lines.ENGLISH_FAST_SHARE * len(words):
        return "en"
    hits = Counter(code for word in words for code in lines._stop_index().get(word, ()))
    if not hits:
        return None
    order = list(lines.CANDIDATE_LANGUAGES)
    best = max(hits, key=lambda code: (hits[code], -order.index(code)))
    return best if hits[best] >= lines.MIN_LANGUAGE_HITS * len(words) else None


@pytest.mark.parametrize(
    "text",
    [
        "the mayor’s “new” plan—approved… by 3,000 votes\xa0today (final_count: 12).",
        "a-b c.d e_f g'h 2021-05-04 «quoted» • item · dot © 2024 ™",
        "",
    ],
)
def test_ascii_words_are_the_regex_words(text: str) -> None:
    assert _ascii_words(text) == re.findall(r"\w+", text)


def test_ascii_words_leave_other_letters_to_the_regex() -> None:
    assert _ascii_words("the café opened") is None


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH * 30,  # ASCII: the str split
        ENGLISH.replace("Aldric", "Ældric") * 30,  # a non-ASCII letter: the English probe
        GERMAN * 30,  # the probe fails, the whole sample decides
        ENGLISH * 12 + GERMAN * 20,  # English at the start only
        GERMAN * 12 + ENGLISH * 20,
        (ENGLISH + "\n") * 3,  # shorter than the probe
    ],
)
def test_guess_language_agrees_with_the_whole_sample(text: str) -> None:
    assert guess_language(text) == _reference_guess(text)


@pytest.mark.parametrize("cues", [FOOTER_CUES, PHOTO_CUES, PROMO_CUES])
@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter",
        "Photo: Jane Roe",
        "The council met on Tuesday.",
        "© 2024 Valdoria Daily. All rights reserved.",
        "The council met on Tuesday and agreed to follow the plan that the harbour office "
        "drew up last spring, after the storm closed the pier for a month.",
        "The harbour office said the new timetable was not final and that the council would "
        "review it in the spring; see the terms of the lease and the cookie policy.",
    ],
)
def test_cues_found_as_by_substring_search(cues: Cues, line: str) -> None:
    low = line.lower()
    assert cues.found_in(low) == any(cue in low for cue in cues.words)


def test_cue_lines_of_both_lengths_are_tested() -> None:
    # The cases above must cover both scans (one regex, then cue by cue).
    assert len("Photo: Jane Roe") < CUE_SCAN_MAX_CHARS < len(ENGLISH)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated on Oct 24 at 14:05", None),  # no year: the date forms are not tried
        ("Posted 24 Oct 2020", "2020-10-24"),
        ("Ferry times, October 3, 1999, and after", "1999-10-03"),
        ("No date here at all", None),
    ],
)
def test_parse_date_needs_a_year(text: str, expected: str | None) -> None:
    found = parse_date(text)
    assert (found.isoformat() if found else None) == expected

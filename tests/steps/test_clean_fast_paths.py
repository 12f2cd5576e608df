"""The text cleaner's fast paths give what the plain computation gives.

Word splits by str methods, an English guess on the sample's start, cue filters scanned in
one regex (or for the cues' rare tails first), a year check before the date forms, cheap
first-character and substring tests before line regexes: each must agree with the slower way.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsledger.steps.clean import language
from newsledger.steps.clean.article_end import _NOT_ABOUT_START
from newsledger.steps.clean.blocks import _HEADING_OR_MORE
from newsledger.steps.clean.bylines import DATE_WORD, has_date_word
from newsledger.steps.clean.captions import (
    _PHOTO_CREDIT,
    CAPTION_LINE,
    CASE_BLIND_CAPTION_LINE,
    NOT_CAPTION_START,
    PHOTO_CREDIT,
    PHOTO_CREDIT_END,
    PHOTO_CUES,
    photo_credit,
)
from newsledger.steps.clean.language import _ascii_words, guess_language
from newsledger.steps.clean.notices import (
    _NOTICE_PHRASE,
    _READER_PROMPT,
    TAIL_NOTE_START,
    opens_tail_note,
)
from newsledger.steps.clean.patterns import (
    _COMMENTS_LINE,
    _PLAYER_MENU_SHARE_LINE,
    _TIMESTAMP_LINE,
    MEDIA_PLAYER_LINE,
    NAVIGATION_LINE,
    PHRASE_CUES,
    SHARE_LINE,
)
from newsledger.steps.clean.phrases import (
    ABOUT_HEADING,
    CASE_BLIND_COPYRIGHT_LINE,
    CASE_BLIND_FOOTER_PHRASE,
    CASE_BLIND_PROMO_PHRASE,
    FOOTER_CUES,
    NOT_RELATED_START,
    PROMO_CUES,
    RELATED_LINE,
)
from newsledger.steps.clean.prefilter import CUE_SCAN_MAX_CHARS, CaseBlind, Cues
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
    prose = [line for line in text[: language.LANGUAGE_SCAN_CHARS].split("\n") if len(line) >= 80]
    sample = " ".join(prose) if prose else text[: language.LANGUAGE_SCAN_CHARS]
    low = sample[: language.LANGUAGE_SAMPLE_WORDS * 12].lower()
    words = re.findall(r"\w+", low)[: language.LANGUAGE_SAMPLE_WORDS]
    if not words:
        return None
    english = sum(word in language._plain_stop_words("en") for word in words)
    if english >= language.ENGLISH_FAST_SHARE * len(words):
        return "en"
    hits = Counter(code for word in words for code in language._stop_index().get(word, ()))
    if not hits:
        return None
    order = list(language.CANDIDATE_LANGUAGES)
    best = max(hits, key=lambda code: (hits[code], -order.index(code)))
    return best if hits[best] >= language.MIN_LANGUAGE_HITS * len(words) else None


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


@pytest.mark.parametrize("cues", [FOOTER_CUES, PHOTO_CUES, PROMO_CUES, PHRASE_CUES])
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


def test_ascii_words_stop_at_the_sample_size() -> None:
    text = ENGLISH.lower() * 40  # more words than the sample takes
    assert _ascii_words(text) == re.findall(r"\w+", text)[: language.LANGUAGE_SAMPLE_WORDS]


# Lines for the regexes below, written for these tests: chrome, captions, credits, prose.
LINES = (
    "Share this article",
    "* Share on Facebook",
    "Watch",
    "Watch next",
    "Related stories:",
    "[12]Read more: Ferry fares rise",
    "Also on harbour.example fares",
    "Photo: Jane Roe",
    "(Image: Valdoria Daily)",
    "Image caption Boats at the pier",
    "About the author",
    "Sobre el autor",
    "About Mara Velt",
    "Posted 24 Oct 2020",
    "Updated",
    "The ferry docked at 7:30 am.",
    "Boats wait at the pier, Aldric/Reuters",
    "Boats wait at the pier. Getty Images",
    "A crowd at the pier (AP Photo/Jane Roe)",
    "Mara Velt can be reached at mara@gazette.example.",
    "Harbour Works is a builder of piers and docks.",
    "To reach the reporter, write to the desk.",
    "This article appeared in the print edition.",
    "The council met on Tuesday and agreed to follow the plan for the pier.",
    "Ferry timetable",
    "0:00 / 2:15",
)


@pytest.mark.parametrize("line", LINES)
def test_player_menu_share_regex_names_the_first_fit(line: str) -> None:
    found = _PLAYER_MENU_SHARE_LINE.fullmatch(line, line.lower())
    first = next(
        (
            reason
            for reason, pattern in (
                ("media_player", MEDIA_PLAYER_LINE),
                ("navigation", NAVIGATION_LINE),
                ("share", SHARE_LINE),
            )
            if pattern.fullmatch(line)
        ),
        None,
    )
    assert (found.lastgroup if found else None) == first


@pytest.mark.parametrize("line", LINES)
def test_cheap_tests_agree_with_the_regexes(line: str) -> None:
    low = line.lower()
    reference_credit = PHOTO_CREDIT.search(line) or PHOTO_CREDIT_END.search(line)
    assert photo_credit(line, low) == bool(reference_credit)
    assert has_date_word(line) == bool(DATE_WORD.search(line))
    assert opens_tail_note(line) == bool(TAIL_NOTE_START.match(line))


@pytest.mark.parametrize(
    ("pattern", "not_starts", "fullmatch"),
    [
        (CAPTION_LINE, NOT_CAPTION_START, False),
        (RELATED_LINE, NOT_RELATED_START, False),
        (ABOUT_HEADING, _NOT_ABOUT_START, True),
    ],
)
def test_lines_skipped_by_their_first_character_never_match(
    pattern: re.Pattern[str], not_starts: frozenset[str], fullmatch: bool
) -> None:
    # Each line as it is and after every ASCII character: no line that the first-character
    # test skips may match (it may let through lines that the regex then rejects).
    texts = [*LINES, *(chr(code) + line for line in LINES for code in range(128))]
    matches = 0
    for text in texts:
        matched = pattern.fullmatch(text) if fullmatch else pattern.match(text)
        assert matched is None or text[:1] not in not_starts, text
        matches += matched is not None
    assert matches  # the lines hold matches of each pattern, so the test can fail


CASE_LINES = (
    *LINES,
    "SHARE THIS ARTICLE",
    "Most Read",
    "Read More",
    "12 Comments",
    "Join The Discussion",
    "Comments are moderated before they appear.",
    "Sign up for our free harbour newsletter.",
    "We would love to hear from you.",
    "Search Ferries",
    "Updated 24 Oct 2020 at 14:05 GMT",
    "2 Days Ago",
    "Copyright 2024 Valdoria Daily. All Rights Reserved.",
    "Photo Credit: Jane Roe",
    "Read our Privacy Policy and Terms of Use.",
    "Follow us on Facebook for harbour news.",
)


@pytest.mark.parametrize(
    "pattern",
    [
        _COMMENTS_LINE,
        _PLAYER_MENU_SHARE_LINE,
        _TIMESTAMP_LINE,
        CASE_BLIND_CAPTION_LINE,
        CASE_BLIND_COPYRIGHT_LINE,
        _PHOTO_CREDIT,
        CASE_BLIND_FOOTER_PHRASE,
        CASE_BLIND_PROMO_PHRASE,
        _HEADING_OR_MORE,
        _NOTICE_PHRASE,
        _READER_PROMPT,
    ],
)
def test_case_blind_patterns_match_as_the_case_insensitive_ones(pattern: CaseBlind) -> None:
    # ASCII lines take the lower-case twin, others (a dotless i, curly quotes) the pattern.
    lines = [*CASE_LINES, *(line.replace("i", "ı") for line in CASE_LINES), "“Share” ’"]
    for line in lines:
        for method in ("fullmatch", "match", "search"):
            ours = getattr(pattern, method)(line, line.lower())
            plain = getattr(pattern.pattern, method)(line)
            assert (ours and (ours.span(), ours.lastgroup)) == (
                plain and (plain.span(), plain.lastgroup)
            ), line


def test_case_blind_takes_lower_case_patterns_only() -> None:
    with pytest.raises(ValueError):
        CaseBlind(re.compile(r"By [A-Z]\w+", re.IGNORECASE))

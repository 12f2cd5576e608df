"""Tests of article dedup (newsledger.merge.dedup): exact, near and contained copies."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from merge_corpus import EXTRA_PARAGRAPH, STORY_MARCH, STORY_SANCTIONS, site_bodies

from newsledger.merge.dedup import (
    REASON_CANONICAL,
    REASON_CONTAINED,
    REASON_EXACT,
    REASON_NEAR,
    Deduplicator,
    find_common_lines,
    fingerprint_text,
    strip_common_lines,
)

MARCH = "\n\n".join(STORY_MARCH)
SANCTIONS = "\n\n".join(STORY_SANCTIONS)

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


def _respace(words: list[str], seps: list[str]) -> str:
    """Join words with the given separators (cycled)."""
    return "".join(w + seps[i % len(seps)] for i, w in enumerate(words))


@pytest.mark.issue(5)
@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=40),
    seps=st.lists(st.sampled_from([" ", "  ", "\n", "\t", " \n\n "]), min_size=1, max_size=5),
)
def test_dedup_fingerprint_whitespace_stable(words: list[str], seps: list[str]) -> None:
    assert fingerprint_text(" ".join(words)) == fingerprint_text(_respace(words, seps))


@pytest.mark.issue(5)
@settings(max_examples=25, deadline=None)
@given(
    n_copies=st.integers(min_value=2, max_value=6),
    day=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1))),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_dedup_keeps_first_occurrence_on_tied_dates(n_copies: int, day, seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"a{rng.randrange(10**6)}-{i}" for i in range(n_copies)]
    dedup = Deduplicator()
    for i, article_id in enumerate(ids):
        spacing = "\n\n" if i % 2 else "\n \n"
        dedup.add(article_id, MARCH.replace("\n\n", spacing), day)
    members = dedup.members()
    assert {m.canonical_id for m in members} == {ids[0]}
    assert len({m.cluster_id for m in members}) == 1


@pytest.mark.parametrize(
    ("copy", "reason"),
    [
        (MARCH.upper(), REASON_EXACT),
        (MARCH.replace("at least 40", "at least 41").replace("5,000", "6,000"), REASON_NEAR),
        (MARCH.replace("Lukashenka", "Lukashenko"), REASON_NEAR),
        (MARCH + "\n\n" + EXTRA_PARAGRAPH + "\n\n" + SANCTIONS.split("\n\n")[0], REASON_CONTAINED),
    ],
)
def test_dedup_finds_copy_with_reason(copy: str, reason: str) -> None:
    dedup = Deduplicator()
    dedup.add("original", MARCH)
    found = dedup.add("copy", copy)
    assert (found.reason, found.matched_id) == (reason, "original")
    assert 0.0 < found.similarity <= 1.0


@pytest.mark.parametrize("other", [SANCTIONS, MARCH[: len(MARCH) // 6], "Short note."])
def test_dedup_keeps_different_stories_apart(other: str) -> None:
    dedup = Deduplicator()
    dedup.add("march", MARCH)
    assert dedup.add("other", other).reason == REASON_CANONICAL
    assert len({m.cluster_id for m in dedup.members()}) == 2


@pytest.mark.parametrize(
    ("first_day", "second_day", "canonical"),
    [
        (date(2020, 10, 26), date(2020, 10, 25), "second"),
        (date(2020, 10, 25), date(2020, 10, 26), "first"),
        (None, date(2020, 10, 26), "second"),
    ],
)
def test_dedup_canonical_is_earliest_published(first_day, second_day, canonical: str) -> None:
    dedup = Deduplicator()
    dedup.add("first", MARCH, first_day)
    dedup.add("second", MARCH + "\n\n" + EXTRA_PARAGRAPH, second_day)
    members = {m.article_id: m for m in dedup.members()}
    assert members["first"].canonical_id == canonical
    assert members[canonical].reason == REASON_CANONICAL
    other = "first" if canonical == "second" else "second"
    assert members[other].reason in (REASON_NEAR, REASON_CONTAINED)


@pytest.mark.issue(5)
@pytest.mark.parametrize("strip", [True])
def test_dedup_site_footer_never_merges_stories(strip: bool) -> None:
    bodies = site_bodies()
    common = find_common_lines(bodies)
    assert common  # the footer lines are found as furniture
    naive = Deduplicator()
    guarded = Deduplicator()
    for i, body in enumerate(bodies):
        naive.add(f"a{i}", body)
        guarded.add(f"a{i}", body, None, common if strip else None)
    assert len({m.cluster_id for m in naive.members()}) < len(bodies)  # footer alone merges
    assert len({m.cluster_id for m in guarded.members()}) == len(bodies)


@pytest.mark.parametrize("n_copies", [3])
def test_dedup_strip_keeps_copies_that_are_mostly_common(n_copies: int) -> None:
    bodies = [MARCH] * n_copies
    common = find_common_lines(bodies)
    assert all(strip_common_lines(b, common) == b for b in bodies)
    dedup = Deduplicator()
    for i, body in enumerate(bodies):
        dedup.add(f"copy{i}", body.replace("\n\n", "\n"), None, common)
    assert len({m.cluster_id for m in dedup.members()}) == 1

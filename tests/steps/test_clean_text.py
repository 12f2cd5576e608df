"""Tests of the text-capture cleaner (`newsledger.steps.clean.text`) and the clean step."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.steps.base import EMPTY_TEXT, EXTRACTION_FAILED, NOT_ARTICLE
from newsledger.steps.clean import (
    CaptureCleaner,
    PageTimeout,
    SiteLineStats,
    line_keys,
    run_with_time_limit,
)
from newsledger.steps.clean.patterns import REMOVAL_REASONS, SITE_FURNITURE
from newsledger.steps.clean.text import clean_text_capture

DATA = Path(__file__).resolve().parents[1] / "data" / "clean"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
TEXT_FIXTURES = sorted(name for name, item in EXPECTED.items() if item["format"] == "text")


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.issue(3)
@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_clean_text_fixture_fields(name: str) -> None:
    expected = EXPECTED[name]
    result = clean_text_capture(_read(name))
    assert result.reason is None
    assert result.text.split("\n\n") == expected["paragraphs"]
    assert result.title == expected["title"]
    assert result.dateline == expected["dateline"]
    assert result.byline == expected["byline"]
    assert result.credits == expected["credits"]
    assert result.captions == expected["captions"]
    published = result.published.isoformat() if result.published else None
    assert published == expected["published"]
    assert {block.reason for block in result.removed} >= set(expected["removed_reasons"])


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_clean_text_offsets_index_raw(name: str) -> None:
    raw = _read(name)
    result = clean_text_capture(raw)
    for block in result.removed:
        assert raw[block.start : block.end] == block.text
        assert block.reason in REMOVAL_REASONS
    for seg in result.text_map:
        clean = result.text[seg.clean_start : seg.clean_start + seg.length]
        assert raw[seg.raw_start : seg.raw_start + seg.length] == clean
    mapped = sum(seg.length for seg in result.text_map)
    assert mapped == len(result.text) - 2 * result.text.count("\n\n")


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_clean_text_removed_never_in_body(name: str) -> None:
    result = clean_text_capture(_read(name))
    paragraphs = set(result.text.split("\n\n"))
    assert not any(block.text.strip() in paragraphs for block in result.removed)
    assert result.title not in paragraphs


@pytest.mark.shared
@pytest.mark.parametrize("seed", ["000_", "002_"])
def test_clean_text_seed_fields(shared_dir: Path, seed: str) -> None:
    path = next((shared_dir / "corpus" / "seeds").glob(f"{seed}*.txt"))
    raw = path.read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines()]
    credit_at = next(i for i, line in enumerate(lines) if line.startswith("With reporting by"))
    result = clean_text_capture(raw)
    paragraphs = result.text.split("\n\n")
    lead_at = next(i for i, line in enumerate(lines) if line.endswith(paragraphs[0]))
    prefix = lines[lead_at][: -len(paragraphs[0])]
    # The body is exactly the prose lines from the lead to the line above the credit line.
    assert paragraphs[1:] == [line for line in lines[lead_at + 1 : credit_at] if line]
    # The dateline, if any, is the upper-case place the lead line starts with.
    assert (result.dateline is not None) == bool(prefix)
    if result.dateline:
        assert prefix.startswith(result.dateline) and result.dateline.isupper()
    # The headline occurs once, above the lead, and is not a line printed twice.
    assert result.title is not None and lines.count(result.title) == 1
    assert lines.index(result.title) < lead_at
    # The credits are the names on the credit line, in order.
    names = re.split(
        r",\s*(?:and\s*)?|\s+and\s+", lines[credit_at].removeprefix("With reporting by ")
    )
    assert result.credits[: len([n for n in names if n])] == [n for n in names if n]
    # Nothing below the credit line is body.
    footer = {line for line in lines[credit_at + 1 :] if line}
    assert not footer & set(paragraphs)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", EMPTY_TEXT),
        ("\n\n   \n", EMPTY_TEXT),
        ("* Home\n* World\n* Sport\nSearch\nMenu\n* Contact us\nSubscribe\n", NOT_ARTICLE),
    ],
)
def test_clean_text_no_body_gives_reason(raw: str, reason: str) -> None:
    result = clean_text_capture(raw)
    assert result.reason == reason
    assert result.text == ""


@pytest.mark.parametrize("size", [5_000_000])
def test_clean_text_huge_single_line_is_fast(size: int) -> None:
    sentence = "The council met again to discuss the budget of the city. "
    raw = (sentence * (size // len(sentence) + 1))[:size]
    started = time.perf_counter()
    result = clean_text_capture(raw)
    assert time.perf_counter() - started < 10
    assert result.reason is None and len(result.text) > size // 2


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        (
            [
                "Der Stadtrat hat am Montag beschlossen, dass die neue Linie bis zum Bahnhof "
                "gebaut wird, und die Bürger haben sich darüber sehr gefreut.",
                "Die Arbeiten sollen im nächsten Frühjahr beginnen und etwa drei Jahre dauern, "
                "wie die Verwaltung der Stadt am Abend mitteilte.",
            ],
            "de",
        ),
        (
            [
                "Le conseil municipal a décidé lundi que la nouvelle ligne serait construite "
                "jusqu'à la gare, et les habitants se sont réjouis de cette décision.",
                "Les travaux doivent commencer au printemps prochain et durer environ trois ans, "
                "selon les services de la ville qui lanceront un appel d'offres.",
            ],
            "fr",
        ),
    ],
)
def test_clean_text_other_language(paragraphs: list[str], language: str) -> None:
    raw = "Menu\n\nStart\n\n" + "\n\n".join(paragraphs) + "\n\n* Kontakt\n* Impressum\n"
    result = clean_text_capture(raw)
    assert result.language == language
    assert result.text.split("\n\n") == paragraphs


@pytest.mark.parametrize("noise", ["caf\u00c3\u00a9 \ufffd\ufffd", "\x00\x01\x02", "\u202e\u200b"])
def test_clean_text_mixed_encodings_give_result(noise: str) -> None:
    body = "The mayor said the bridge would reopen next week after repairs were finished. "
    raw = f"{noise}\n\nBridge Reopens\n\n{body * 3}{noise}\n\n{body * 2}\n"
    result = clean_text_capture(raw)
    assert result.reason is None
    assert "bridge would reopen" in result.text


_LEAD = (
    "The regional assembly voted on Thursday to keep the night ferry running through the "
    "winter, after islanders collected more than six thousand signatures in a month."
)
_MIDDLE = (
    "Ferry operators had warned that the service lost money every winter and that the old "
    "boat needed repairs that would keep it in the harbour for at least two months."
)
_LAST = (
    "The assembly will look at the cost again in the spring, when the operator publishes the "
    "accounts for the whole year and the islanders' committee presents its own figures."
)


def _page(*middle: str, after: str = "") -> str:
    """Return a capture: chrome, headline, three paragraphs around `middle`, `after`, footer."""
    parts = ["Menu\n* Home\n* News", "Night Ferry Saved For Winter", _LEAD, *middle, _MIDDLE, _LAST]
    return "\n\n".join([*parts, after, "© 2022 Island Courier. All rights reserved.\n"])


@pytest.mark.parametrize("heading", ["Most Read", "Trending Now", "Related Articles", "Up Next"])
def test_clean_text_related_heading_drops_listed_headlines(heading: str) -> None:
    listed = ["Harbour wall repairs begin", "Island school gets new roof", "Bus times change"]
    result = clean_text_capture(_page(after="\n".join([heading, *listed])))
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]
    assert {block.text for block in result.removed} >= {heading, *listed}


@pytest.mark.parametrize("sentences", [1, 2])
def test_clean_text_numbered_related_list_drops_sentence_items(sentences: int) -> None:
    listed = [f"{i}. Harbour wall repairs begin on pier {i}" for i in range(1, 5)]
    listed += [
        f"{i}. Island bus fares are going up. These charts show where and by how much."
        for i in range(5, 5 + sentences)
    ]
    result = clean_text_capture(_page(after="\n".join(["Most Popular", *listed])))
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]
    navigation = {block.text for block in result.removed if block.reason == "navigation"}
    assert navigation >= set(listed)


@pytest.mark.parametrize("menu", ["Top stories", "Latest news"])
def test_clean_text_menu_link_above_headline_keeps_header(menu: str) -> None:
    raw = _page().replace("Night Ferry Saved", f"{menu}\nNight Ferry Saved", 1)
    result = clean_text_capture(raw)
    assert result.title == "Night Ferry Saved For Winter"
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]


@pytest.mark.parametrize(
    "credit", ["Ana Lind / AP", "(Image: \u00a9 Island Courier)", "Ana Lind, AFP"]
)
def test_clean_text_caption_above_credit_is_removed(credit: str) -> None:
    caption = "Islanders wait for the night ferry at the pier on Thursday evening."
    result = clean_text_capture(_page(f"{caption}\n{credit}"))
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]
    assert caption in result.captions


@pytest.mark.parametrize("heading", ["About the author", "ABOUT THE AUTHOR", "About Ana Lind"])
def test_clean_text_about_author_ends_article(heading: str) -> None:
    bio = (
        "Ana Lind has covered the islands for the paper for twelve years and writes a weekly "
        "column about life on the coast, the ferries and the people who run them."
    )
    result = clean_text_capture(_page(after=f"{heading}\n{bio}"))
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]
    assert bio not in result.text


@pytest.mark.parametrize("marker", ["* ", "1. ", ""])
def test_clean_text_announced_list_is_kept(marker: str) -> None:
    items = [
        f"{marker}a later last sailing",
        f"{marker}a heated waiting room",
        f"{marker}cheaper cars",
    ]
    intro = "The islanders asked the assembly for three things:"
    result = clean_text_capture(_page("\n".join([intro, *items])))
    assert result.text.split("\n\n") == [_LEAD, intro, *items, _MIDDLE, _LAST]


@pytest.mark.parametrize(("n_items", "tail"), [(12, 1), (40, 1), (20, 2), (20, 0)])
def test_clean_text_numbered_list_runs_as_long_as_its_numbering(n_items: int, tail: int) -> None:
    items = []
    for number in range(1, n_items + 1):
        extra = [f"ferries.example/{number}", f"[timetable-{number}.png]"][:tail]
        items += [f"{number}) Timetable change number {number}", *extra]
    intro = "The operator has published the full list of changes to the winter timetable online:"
    after = "Ferries\nislander42\nLeave a reply\nYou must log in to reply."
    raw = _page("\n".join([intro, *items]), after=after).replace(f"\n\n{_MIDDLE}\n\n{_LAST}", "")
    result = clean_text_capture(raw)
    images = {item for item in items if item.startswith("[")}
    assert result.text.split("\n\n") == [_LEAD, intro, *(i for i in items if i not in images)]
    assert "islander42" not in result.text
    assert images <= {block.text for block in result.removed if block.reason == "media_player"}


@pytest.mark.parametrize("share_lines", [4, 6])
def test_clean_text_notice_above_copyright_is_footer(share_lines: int) -> None:
    notice = [
        "The information on this website is for general information only and is not meant as "
        f"travel advice of any kind; {part} check every sailing with the operator before you set "
        "out, as the timetable can change at short notice and without any warning to readers."
        for part in ("please", "always")
    ]
    items = [f"{i}) Sailing at {i} in the evening" for i in range(1, 7)]
    intro = "The new evening sailings are listed below for each day of the week:"
    share = "\n".join(f"Share on network {i}" for i in range(share_lines))
    closing = "Tickets for the new sailings go on sale at the harbour office next week."
    raw = "\n\n".join(
        [
            "Menu\n* Home\n* News",
            "Night Ferry Saved For Winter",
            _LEAD,
            _MIDDLE,
            "\n".join([intro, *items]),
            closing,
            share,
            *notice,
            "\u00a9 2022 Island Courier. All rights reserved.",
        ]
    )
    result = clean_text_capture(raw)
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, intro, *items, closing]
    assert all(any(b.text == n and b.reason == "footer" for b in result.removed) for n in notice)


@pytest.mark.parametrize("lines", [("Filed under: Islands", "Ferry timetable (PDF version)")])
def test_clean_text_lines_after_body_stay_out(lines: tuple[str, ...]) -> None:
    result = clean_text_capture(_page(after="\n".join(lines)))
    assert result.text.split("\n\n") == [_LEAD, _MIDDLE, _LAST]


@pytest.mark.parametrize("n_pairs", [4])
def test_clean_text_question_and_answer_lines_are_kept(n_pairs: int) -> None:
    pairs = [
        (f"Q: Favourite place number {i}?", f"A: The old pier at dawn {i}") for i in range(n_pairs)
    ]
    lines = [line for pair in pairs for line in pair]
    result = clean_text_capture(_page("\n".join(lines)))
    assert all(line in result.text for line in lines)


@pytest.mark.parametrize("places", [("Northfield", "Eastbrook", "Westmoor", "Southgate")])
def test_clean_text_site_stats_remove_furniture(places: tuple[str, ...]) -> None:
    footer = (
        "Our newsroom brings independent reporting to readers in many countries and many "
        "languages, and it relies on the support of readers like you to do it every day."
    )
    pages = [
        f"Menu\n\nSchools In {place} Get More Money\n\n"
        + f"The council of {place} agreed to spend more money on the schools of the "
        "district, officials said after the meeting ended late in the evening.\n\n"
        + f"Teachers in {place} welcomed the decision but said the money was not enough.\n\n"
        + footer
        + "\n"
        for place in places
    ]
    stats = SiteLineStats()
    for page in pages:
        stats.add_document(line_keys(page))
    result = clean_text_capture(pages[0], stats)
    assert footer not in result.text
    assert any(b.reason == SITE_FURNITURE and b.text == footer for b in result.removed)
    assert result.title == f"Schools In {places[0]} Get More Money"
    assert "Menu" not in result.text


@pytest.mark.parametrize("n_pages", [3])
def test_clean_text_site_stats_keep_recaptured_story(n_pages: int) -> None:
    page = (
        "Story Headline\n\nThe council met and agreed to spend more money on the schools of "
        "the northern district, officials said after the meeting ended late on Monday.\n"
    )
    stats = SiteLineStats()
    for _ in range(n_pages):
        stats.add_document(line_keys(page))
    result = clean_text_capture(page, stats)
    assert result.title == "Story Headline"
    assert "northern district" in result.text


_WORDS = st.sampled_from(
    "the council said on monday that it would meet again with the union to discuss pay "
    "and the strike which began last week in the port of the city".split()
)
_SENTENCE = st.lists(_WORDS, min_size=8, max_size=30).map(lambda w: " ".join(w).capitalize() + ".")
_CHROME = st.sampled_from(["Menu", "* Home", "Share", "please wait", "0:00 0:01:10", "Search"])
_PAGE = st.lists(st.one_of(_SENTENCE, _CHROME), min_size=1, max_size=20, unique=True).map(
    "\n\n".join
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_clean_text_offsets_property(raw: str) -> None:
    result = clean_text_capture(raw)
    for block in result.removed:
        assert raw[block.start : block.end] == block.text
    for seg in result.text_map:
        clean = result.text[seg.clean_start : seg.clean_start + seg.length]
        assert raw[seg.raw_start : seg.raw_start + seg.length] == clean


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_clean_text_idempotent_on_prose(raw: str) -> None:
    once = clean_text_capture(raw).text
    if once:
        assert clean_text_capture(once).text == once


@pytest.mark.parametrize("fmt", ["text"])
def test_clean_step_assigns_fields(make_article, fmt: str) -> None:
    raw = _read("wire_story.txt")
    article = make_article(raw=raw, format=fmt, url="https://www.example.org/2021/03/03/strike")
    CaptureCleaner().process(article)
    assert article.drop_reason is None
    assert article.dateline == "TBILISI" and article.title.startswith("Port Workers")
    assert article.published == date(2021, 3, 3) and article.published_source == "url"
    assert article.outlet == "example.org"


@pytest.mark.parametrize(("source", "expected_source"), [("metadata", "metadata"), ("cli", "text")])
def test_clean_step_date_precedence(make_article, source: str, expected_source: str) -> None:
    # Source metadata beats a date found in the page; the page beats a run-wide --published.
    given = date(2020, 1, 2)
    article = make_article(raw=_read("blog_comments.txt"), published=given)
    article.published_source = source
    CaptureCleaner().process(article)
    assert article.published_source == expected_source
    assert (article.published == given) == (expected_source == source)


@pytest.mark.parametrize("raw", ["* Home\n* News\nMenu\n"])
def test_clean_step_drops_page_without_body(make_article, raw: str) -> None:
    article = CaptureCleaner().process(make_article(raw=raw))
    assert article.drop_reason == NOT_ARTICLE


@pytest.mark.parametrize("limit", [0.2])
def test_clean_step_time_limit_raises(limit: float) -> None:
    def slow() -> None:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            pass

    started = time.monotonic()
    with pytest.raises(PageTimeout):
        run_with_time_limit(slow, limit)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("limit", [1e-6])
def test_clean_step_timeout_drops_with_reason(make_article, limit: float) -> None:
    raw = "<html><body>" + "<div><p>word " * 20000 + "</body></html>"
    article = CaptureCleaner(page_timeout_s=limit).process(make_article(raw=raw, format="html"))
    assert article.drop_reason == EXTRACTION_FAILED
    assert "longer than" in article.meta["clean_error"]


def test_clean_text_idempotent_when_first_paragraph_is_short() -> None:
    """A player's time counter under the first paragraph is no date line: the paragraph
    stays in the body (it was taken for a headline with its date, and a second pass then
    read the body differently)."""
    raw = (
        "The council met in the square and talked about the harbour for a long while.\n\n"
        "0:00 0:01:10\n\nThe mayor spoke to them.\n\n* Home\n\n"
        "The council voted on the harbour plan and the fishermen went home again."
    )
    once = clean_text_capture(raw).text
    assert once.startswith("The council met in the square")
    assert clean_text_capture(once).text == once


@pytest.mark.parametrize(
    "raw",
    ["[" + "a" * 200_000, "* Lirsk " + "HARBOUR " * 40_000 + "closed."],
    ids=["unclosed-bracket", "long-capitals-bullet"],
)
def test_clean_text_hostile_lines_stay_linear(raw: str) -> None:
    """A 200 kB line with an unclosed bracket or a bulleted run of capitals is cleaned in
    well under the per-page limit (quadratic patterns took minutes on such lines)."""
    import signal

    def too_slow(signum, frame):
        raise TimeoutError("a line pattern backtracked")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(5)
    try:
        result = clean_text_capture(raw)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.text or result.reason


@pytest.mark.parametrize(
    ("printed", "place"),
    [
        ("OSTRAVA NOVA, Valdoria (AP) — ", "OSTRAVA NOVA, Valdoria"),
        ("LENSK -- ", "LENSK"),
    ],
)
def test_clean_text_keeps_dateline_as_printed(printed: str, place: str) -> None:
    result = clean_text_capture(_page().replace(_LEAD, printed + _LEAD))
    assert (result.dateline, result.dateline_text) == (place, printed.strip())
    assert result.text.startswith(_LEAD)
    assert result.printed_text.startswith(printed + _LEAD)

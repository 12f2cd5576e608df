"""Tests of line features, the language guess and per-site line statistics (`lines`, `wrap`,
`language` and `site_lines` in `newsledger.steps.clean`)."""

from __future__ import annotations

import pickle
import textwrap

import pytest

from newsledger.steps.clean.language import guess_language, stop_words
from newsledger.steps.clean.lines import split_units
from newsledger.steps.clean.patterns import chrome_reason
from newsledger.steps.clean.site_lines import (
    SiteLineStats,
    line_key,
    line_keys,
    normalise_line,
    site_key,
)


@pytest.mark.parametrize(
    ("url", "source", "expected"),
    [
        ("https://www.example.org/news/1", "a/b.txt", "example.org"),
        ("http://News.Example.com:8080/x", "a/b.txt", "news.example.com"),
        (None, "corpus/site-a/page1.txt", "corpus/site-a"),
        (None, "dump/pages.jsonl#L4", "dump"),
        ("", "one.txt", "."),
    ],
)
def test_lines_site_key(url: str | None, source: str, expected: str) -> None:
    assert site_key(url, source) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Updated 12:40 on 3 May", "updated 09:15 on 4 may"),
        ("  Share this story!  ", "share THIS story"),
        ("© 2021 Example Daily", "© 2019 example  daily"),
    ],
)
def test_lines_key_ignores_case_digits_punctuation(first: str, second: str) -> None:
    assert normalise_line(first) == normalise_line(second)
    assert line_key(first) == line_key(second) != ""


@pytest.mark.parametrize("raw", ["Menu\n\n|\n0\nThe story.\nMenu\n"])
def test_lines_line_keys_skip_empty_and_dedupe(raw: str) -> None:
    keys = line_keys(raw)
    assert keys == {line_key("Menu"), line_key("The story.")}


@pytest.mark.parametrize("n_docs", [1, 3])
def test_lines_site_stats_share_and_pickle(n_docs: int) -> None:
    stats = SiteLineStats()
    for i in range(n_docs):
        stats.add_document(line_keys(f"Menu\nStory about topic {'abc'[i]}\n"))
    assert stats.n_docs == n_docs
    assert stats.share(line_key("Menu")) == 1.0
    assert stats.count(line_key("Story about topic a")) == 1
    assert stats.share(line_key("never seen")) == 0.0
    assert pickle.loads(pickle.dumps(stats)) == stats


def _hard_wrapped(width: int) -> list[str]:
    """A long paragraph hard-wrapped at `width` columns, as a text browser prints it."""
    sentence = "the council said on monday that it would meet the union again "
    return textwrap.wrap(sentence * 12, width)


@pytest.mark.parametrize("width", [72])
def test_lines_split_units_joins_hard_wrapped_paragraphs(width: int) -> None:
    lines = _hard_wrapped(width)
    raw = "Menu\n\n" + "\n".join(lines) + "\n\n* Home\n* News\n"
    units = split_units(raw, stop_words("en"))
    assert [u.text for u in units][0] == "Menu"
    assert units[1].text == " ".join(lines)
    assert len(units[1].spans) == len(lines)
    for start, end in units[1].spans:
        assert raw[start:end] in lines
    assert units[2].bullet and units[3].bullet


@pytest.mark.parametrize("rule", ["\u2501", "\u2500", "\u2550"])
def test_lines_split_units_rule_line_joins_nothing(rule: str) -> None:
    """A horizontal rule printed as wide as the wrap margin is a unit of its own and wraps
    nothing: the teaser line below it starts a new unit."""
    width = 72
    lines = _hard_wrapped(width)
    teaser = "Harbour fees rise again as the guild meets the board"
    raw = "\n".join([*lines, rule * width, teaser]) + "\n"
    units = split_units(raw, stop_words("en"))
    assert [u.text for u in units] == [" ".join(lines), rule * width, teaser]


@pytest.mark.parametrize("raw", ["a short line\nanother short line\n\nthird\n"])
def test_lines_split_units_keeps_short_lines_apart(raw: str) -> None:
    units = split_units(raw, stop_words("en"))
    assert [u.text for u in units] == ["a short line", "another short line", "third"]
    assert [u.block for u in units] == [0, 0, 1]
    assert [raw[u.start : u.end] for u in units] == [u.text for u in units]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government said that it would not change the law before the end of the year.", "en"),
        (
            "Die Regierung sagte, dass sie das Gesetz nicht vor dem Ende des Jahres ändern werde.",
            "de",
        ),
        (
            "Правительство заявило, что не будет менять закон до конца этого года, и что это всё.",
            "ru",
        ),
        ("这是一个没有空格的中文句子", None),
        ("", None),
    ],
)
def test_lines_guess_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize("line", ["Share\u00a0this\u00a0story", "Follow us\u00a0on Twitter"])
def test_split_units_reads_no_break_spaces_as_spaces(line: str) -> None:
    # w3m keeps a page's no-break spaces; the chrome patterns must still see the words.
    raw = f"Ferry news\n{line}\n"
    unit = split_units(raw, frozenset())[1]
    assert unit.text == line.replace("\u00a0", " ")
    assert raw[unit.start : unit.end] == line
    assert unit.words == len(unit.text.split())
    assert chrome_reason(unit.text, unit.words) == "share"

"""Tests of the HTML path of the clean stage (`newsledger.steps.clean.html`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.steps.base import NOT_ARTICLE
from newsledger.steps.clean import CaptureCleaner
from newsledger.steps.clean.html import clean_html_capture, render_html_text

DATA = Path(__file__).resolve().parents[1] / "data" / "clean"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
HTML_FIXTURES = sorted(name for name, item in EXPECTED.items() if item["format"] == "html")
PROSE = "The council met again on Monday and agreed to spend more on the schools of the district. "


@pytest.mark.issue(3)
@pytest.mark.parametrize("name", HTML_FIXTURES)
def test_clean_html_fixture_fields(name: str) -> None:
    expected = EXPECTED[name]
    result = clean_html_capture((DATA / name).read_text(encoding="utf-8"))
    assert result.reason is None
    assert result.text.split("\n\n") == expected["paragraphs"]
    assert result.title == expected["title"]
    assert result.byline == expected["byline"]
    assert result.outlet == expected["outlet"]
    assert result.published.isoformat() == expected["published"]
    assert result.published_source == "metadata"


@pytest.mark.parametrize("name", HTML_FIXTURES)
def test_clean_html_text_map_indexes_raw(name: str) -> None:
    raw = (DATA / name).read_text(encoding="utf-8")
    result = clean_html_capture(raw)
    assert result.text_map, "plain paragraphs must be traced back to the source"
    for seg in result.text_map:
        clean = result.text[seg.clean_start : seg.clean_start + seg.length]
        assert raw[seg.raw_start : seg.raw_start + seg.length] == clean


@pytest.mark.parametrize("tag", ["aside", "footer"])
def test_clean_html_falls_back_to_text_path(tag: str) -> None:
    page = f"<html><body><{tag}><p>{PROSE * 3}</p><p>{PROSE * 2}</p></{tag}></body></html>"
    result = clean_html_capture(page)
    assert result.reason is None
    assert result.text.startswith("The council met again")
    assert result.removed == []  # offsets of the rendering do not index the HTML


@pytest.mark.parametrize(
    ("extra", "dropped"),
    [
        ("<p>Photo: The council chamber on Monday.</p>", "Photo: The council chamber"),
        ("<p>Share this article</p>", "Share this article"),
    ],
)
def test_clean_html_post_filters_captions_and_share(extra: str, dropped: str) -> None:
    paras = "".join(f"<p>{PROSE} Point {i} of the plan was agreed.</p>" for i in range(5))
    page = f"<html><body><article><h1>Schools Win</h1>{extra}{paras}</article></body></html>"
    result = clean_html_capture(page)
    assert dropped not in result.text
    assert result.text.startswith("The council met")


@pytest.mark.parametrize(
    ("printed", "place"), [("KYIV --", "KYIV"), ("LENSK, Valdoria (Reuters) -", "LENSK, Valdoria")]
)
def test_clean_html_splits_dateline(printed: str, place: str) -> None:
    paras = "".join(f"<p>{PROSE} Point {i} of the plan was agreed.</p>" for i in range(4))
    lead = f"{printed} The council met again on Monday."
    page = f"<html><body><article><p>{lead}</p>{paras}</article></body></html>"
    result = clean_html_capture(page)
    assert (result.dateline, result.dateline_text) == (place, printed)
    assert result.text.startswith("The council met again on Monday.")


@pytest.mark.parametrize("page", ["<html><body><nav><a href='/'>Home</a></nav></body></html>"])
def test_clean_html_step_drops_page_without_article(make_article, page: str) -> None:
    article = CaptureCleaner().process(make_article(raw=page, format="html"))
    assert article.drop_reason == NOT_ARTICLE


@pytest.mark.parametrize("html", ["<p>One</p><p>Two</p><script>var x = 1;</script>"])
def test_clean_html_render_html_text(html: str) -> None:
    assert render_html_text(html).split() == ["One", "Two"]

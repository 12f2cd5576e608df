"""The Chromium renderer of `newsledger eval extraction --renderer chromium`: a real headless
Chromium gives the page's text as a browser shows it, with scripts off and hidden parts gone.

Skips where Chromium is absent, except in CI (`CI=true`), where its absence is a failure.
"""

from __future__ import annotations

import os
import shutil

import pytest

from newsledger.eval.browser_text import chromium_renderer
from newsledger.eval.extraction import render

pytestmark = pytest.mark.browser

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

PAGE = """<html><head><title>Valdoria Herald</title>
<style>.menu { display: none }</style></head><body>
<ul class="menu"><li>Home</li><li>Politics</li></ul>
<h1>Bridge reopens in Ostrava Nova</h1>
<p id="lead">The river bridge reopened on Monday after repairs.</p>
<p hidden>Subscribe to our morning letter</p>
<script>document.getElementById("lead").textContent = "Rewritten by a script";</script>
<p>Traffic police said queues had cleared by noon.</p>
</body></html>"""


@pytest.fixture(scope="module")
def render_page():
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        if IN_CI:
            pytest.fail("CI needs chromium and chromedriver: apt-get install chromium-driver")
        pytest.skip("chromium or chromedriver absent")
    with chromium_renderer() as render_one:
        yield render_one


def test_chromium_text_keeps_what_a_reader_sees_in_order(render_page) -> None:
    lines = [line.strip() for line in render_page(PAGE).splitlines() if line.strip()]
    assert lines == [
        "Bridge reopens in Ostrava Nova",
        "The river bridge reopened on Monday after repairs.",
        "Traffic police said queues had cleared by noon.",
    ]


def test_chromium_text_runs_no_script_and_drops_hidden_parts(render_page) -> None:
    text = render_page(PAGE)
    assert "Rewritten by a script" not in text
    assert "Subscribe" not in text and "Politics" not in text


def test_chromium_renderer_serves_many_pages_from_one_browser(render_page) -> None:
    first = render_page("<p>First page</p>")
    second = render_page("<p>Second page</p>")
    assert (first.strip(), second.strip()) == ("First page", "Second page")


def test_render_by_name_starts_its_own_browser_for_one_page(render_page) -> None:
    assert render("<p>One <b>bold</b> word</p>", "chromium").strip() == "One bold word"


def test_chromium_reads_the_decoded_page_whatever_its_meta_charset(render_page) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café “Nova” — open</p></body>'
    assert render_page(page).strip() == "Café “Nova” — open"


def test_chromium_stays_on_a_page_that_asks_to_refresh_elsewhere(render_page) -> None:
    page = (
        '<html><head><noscript><meta http-equiv="refresh" content="0; url=about:blank">'
        "</noscript></head><body><p>The ferry runs again on Monday.</p></body></html>"
    )
    assert render_page(page).strip() == "The ferry runs again on Monday."

"""The web UI in a real headless Chromium (Selenium): timeline, filters, event, evidence, and
hostile article text that must show as text and never run.

Skips where Chromium is absent, except in CI (`CI=true`), where its absence is a failure.
Screenshots go to artifacts/screenshots/ (gitignored; CI keeps them as artifacts).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.api import create_app
from newsledger.api.sample import hostile_article, sample_articles
from newsledger.store.sql import SqlStore

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
CHROME_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1366,900",
)
WAIT_S = 10


def _require_chromium() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing and IN_CI:
        pytest.fail(f"CI needs {missing}: apt-get install -y chromium chromium-driver")
    if missing:
        pytest.skip(f"{missing} absent: install chromium and chromium-driver to run UI tests")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    import uvicorn

    path = tmp_path_factory.mktemp("ui") / "ledger.db"
    with SqlStore(path) as store:
        store.write_articles([*sample_articles(), hostile_article()])
    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(WAIT_S)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def _pwned(driver) -> object:
    return driver.execute_script("return window.__pwned;")


@pytest.mark.parametrize("actor", ["Kovalenko"])
def test_ui_browser_timeline_filter_event_evidence(server: str, browser, actor: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart svg a.bar")
    _shot(browser, "01-timeline")
    box = browser.find_element(By.NAME, "actor")
    box.clear()
    old_page = browser.find_element(By.TAG_NAME, "html")
    box.send_keys(actor, Keys.ENTER)  # keyboard submit
    # (the submit loads a new page: rows read before it has replaced the old one go stale)
    WebDriverWait(browser, 10).until(expected_conditions.staleness_of(old_page))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert rows and all(actor.lower() in r.text.lower() for r in rows)
    assert f"actor={actor}" in browser.current_url
    _shot(browser, "02-timeline-filtered")
    link = rows[0].find_element(By.CSS_SELECTOR, "a.event-link")
    link.click()
    evidence = browser.find_element(By.ID, "evidence").text
    _shot(browser, "03-event")
    browser.find_element(By.ID, "read-article").click()
    marks = browser.find_elements(By.CSS_SELECTOR, "#article-text mark.current")
    assert marks, "the selected event's evidence is highlighted"
    assert "".join(m.text for m in marks) == evidence
    _shot(browser, "04-article-evidence")


@pytest.mark.parametrize(
    "page",
    [
        "/articles/{article}?event={event}&removed=true",
        "/events/{event}",
        "/?actor=banner",
        "/actors/<b>banner</b>",
    ],
)
def test_ui_browser_hostile_text_is_inert(server: str, browser, page: str) -> None:
    from selenium.webdriver.common.by import By

    hostile = hostile_article()
    browser.get(server + page.format(article=hostile.id, event=hostile.events[0].id))
    body = browser.find_element(By.TAG_NAME, "body").text
    assert _pwned(browser) is None
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, main script, main b")
    assert not browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript'], [onerror]")
    assert "<img src=x onerror=" in body or "<b>banner</b>" in body
    _shot(browser, "05-hostile-" + (page.strip("/").split("/")[0].split("?")[0] or "timeline"))


@pytest.mark.parametrize("key", ["ENTER", "SPACE"])
def test_ui_browser_hostile_article_shows_literal_markup(server: str, browser, key: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    hostile = hostile_article()
    browser.get(f"{server}/articles/{hostile.id}")
    assert browser.find_element(By.ID, "article-text").text.strip() == hostile.text
    assert browser.find_element(By.ID, "article-title").text == hostile.title
    removed = browser.find_element(By.ID, "removed")
    assert not removed.is_displayed()
    toggle = browser.find_element(By.ID, "toggle-removed")
    toggle.send_keys(getattr(Keys, key))  # the button works from the keyboard
    assert removed.is_displayed()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert hostile.removed[0].text in removed.text
    assert _pwned(browser) is None
    _shot(browser, f"06-removed-{key.lower()}")


@pytest.mark.parametrize("period", ["month"])
def test_ui_browser_timeline_bar_zooms_in(server: str, browser, period: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/?period={period}")
    bars = browser.find_elements(By.CSS_SELECTOR, "figure.chart svg a.bar")
    bars[0].click()
    assert "period=day" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
    assert rows and "No events" not in rows[0].text
    _shot(browser, "07-timeline-zoomed")

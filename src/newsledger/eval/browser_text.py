"""A browser's own text of an HTML page: headless Chromium's `document.body.innerText`.

Most users' text captures come from a browser (select all and copy, or "save as text"), so
`newsledger eval extraction --renderer chromium` scores the text path on exactly that text.
Chromium runs once per evaluation, with scripts off and no network (a page's JavaScript must
not rewrite what is scored, and nothing may be fetched), and loads each page from a temporary
file. Needs `chromium`, `chromedriver` (Debian: `apt-get install chromium chromium-driver`) and
Selenium (installed with the `test` extra).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--blink-settings=scriptEnabled=false",
    # An unroutable proxy: pages' images, fonts and styles fail at once instead of waiting.
    "--proxy-server=127.0.0.1:9",
    "--window-size=1280,2000",
)
PAGE_LOAD_TIMEOUT_S = 20
# A `<meta http-equiv="refresh">` redirect, which with scripts off even a `<noscript>` one
# follows: the browser would leave the page (and print nothing of it).
META_REFRESH = re.compile(r"<meta\b[^>]*\bhttp-equiv\s*=\s*[\"']?refresh\b[^>]*>", re.IGNORECASE)
INNER_TEXT = "return document.body ? document.body.innerText : ''"


@contextmanager
def chromium_renderer() -> Iterator[Callable[[str], str]]:
    """Start headless Chromium; yield a function HTML -> the page's text as the browser shows it.

    Example:
        >>> with chromium_renderer() as render:  # doctest: +SKIP
        ...     render("<p>One</p><p hidden>Two</p>")
        'One'
    """
    with tempfile.TemporaryDirectory(prefix="newsledger-render-") as folder:
        driver = _start_driver(Path(folder) / "profile")
        page = Path(folder) / "page.html"

        def render(html: str) -> str:
            # The text is decoded already: a byte-order mark makes Chromium read the file as
            # UTF-8 even where the page's own <meta charset> names another encoding.
            page.write_text("\ufeff" + META_REFRESH.sub("", html), encoding="utf-8")
            driver.get(page.as_uri())
            return driver.execute_script(INNER_TEXT) or ""

        try:
            yield render
        finally:
            driver.quit()


def _start_driver(profile: Path):
    """Start Chromium (own profile folder) through chromedriver, or fail with the install
    command."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    if webdriver is None or not chromium or not driver_path:
        raise click.UsageError(
            "--renderer chromium needs chromium, chromedriver and selenium "
            "(apt-get install chromium chromium-driver; pip install -e '.[test]')"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT_S)
    return driver

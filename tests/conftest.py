"""The single global conftest: shared fixtures for every test module.

- `make_article(**fields)`: an `Article` built by hand (pure-logic tests).
- `nlp`: the real English spaCy pipeline, loaded once per session.
- `ledger_path`: a fresh, real SQLite file in a temporary folder.
- `shared_dir`: `../shared` beside the checkout, or a clean skip when it is absent.
- `code`: codes a sentence with the shipped codebook (event tests).
- `label`: the ACLED sub-event type `classify_acled` gives a coded text (ACLED typing tests).
- `check_floors`: the eval gates' check of scores against their pinned floors.

Property tests (hypothesis) draw the same examples on every run, so CI cannot turn red on a
case no one has seen; `--hypothesis-profile explore` draws fresh ones to hunt for new bugs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from newsledger.records import Article, normalise_for_id, stable_id

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-eval-baseline",
        action="store_true",
        help="rewrite the eval gates' floors (tests/eval/*_baseline.json) from the current scores",
    )


def pytest_configure(config: pytest.Config) -> None:
    # registry.load() skips third-party entry points under test (STYLE.md §4).
    sys._called_from_test = True  # type: ignore[attr-defined]


@pytest.fixture
def make_article():
    """Return a factory building an `Article` from keyword fields (raw defaults to text)."""

    def factory(**fields) -> Article:
        raw = fields.pop("raw", fields.get("text", ""))
        fields.setdefault("id", stable_id(normalise_for_id(raw)))
        fields.setdefault("source", "test")
        return Article(raw=raw, **fields)

    return factory


@pytest.fixture(scope="session")
def nlp():
    """The real English spaCy pipeline (loaded once per test session)."""
    from newsledger.steps.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """Code a text with the shipped codebook and actor dictionary: `code(text, published=None,
    dateline=None) -> list[Event]` (the real spaCy pipeline parses it)."""
    from newsledger.steps.events import extract_events, load_actor_dictionary, load_codebook

    book, actor_dict = load_codebook(), load_actor_dictionary()

    def run(text: str, published=None, dateline: str | None = None):
        return extract_events(
            nlp(text),
            article_id="test",
            published=published,
            dateline=dateline,
            codebook=book,
            actor_dict=actor_dict,
        )

    return run


@pytest.fixture(scope="session")
def label(code):
    """`label(text)`: the ACLED sub-event type of a coded text (None when nothing maps)."""
    from newsledger.steps.events.acled import classify_acled

    def run(text: str) -> str | None:
        found = classify_acled(code(text), text)
        return found[1] if found else None

    return run


@pytest.fixture(scope="session")
def check_floors(request: pytest.FixtureRequest):
    """`check_floors(scores, baseline, epsilon)`: fail when a score pinned in the `baseline` JSON
    file is no longer measured or fell more than `epsilon` below its floor. With
    `--update-eval-baseline` the file is first rewritten from `scores` (floors move on purpose)."""
    import json

    def check(scores: dict[str, float], baseline: Path, epsilon: float) -> None:
        if request.config.getoption("--update-eval-baseline"):
            baseline.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", "utf-8")
        floors = json.loads(baseline.read_text(encoding="utf-8"))
        missing = sorted(set(floors) - set(scores))
        assert not missing, f"no longer measured (update the baseline on purpose): {missing}"
        fallen = {
            key: (scores[key], floor)
            for key, floor in floors.items()
            if scores[key] < floor - epsilon
        }
        assert not fallen, f"scores below their floors (now, floor): {fallen}"

    return check


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    """Path of a fresh SQLite ledger file (created on first use by the store)."""
    return tmp_path / "ledger.db"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` (real corpus and gold data); skip cleanly where it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is absent: evaluation data not available")
    return SHARED_DIR

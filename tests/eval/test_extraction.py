"""Tests of `newsledger eval extraction` (scoring as the ScrapingHub benchmark scores it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.eval.extraction import evaluate_extraction, extraction_command, in_split
from newsledger.eval.extraction_scores import (
    Extracted,
    Page,
    body_scores,
    header_scores,
    same_name,
    shingle_match,
    snippet_scores,
)

# Floors for the smoke run on a few dev pages (full dev figures are in docs/cleaning.md).
SMOKE_PAGES = 12
SMOKE_FLOORS = {"newsledger html": 0.90, "newsledger text (inscriptis)": 0.80}


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("one two three four five", "one two three four five", (1.0, 0.0, 0.0)),
        ("one two three four five", "", (0.0, 0.0, 1.0)),
        ("", "menu home news sport", (0.0, 1.0, 0.0)),
        ("a b c d e", "a b c d x", (1 / 3, 1 / 3, 1 / 3)),
        ("", "", (0.0, 0.0, 0.0)),
    ],
)
def test_extraction_shingle_match(gold: str, predicted: str, expected: tuple) -> None:
    assert shingle_match(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("matches", "precision", "recall"),
    [
        ([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)], 0.75, 1.0),
        ([(0.5, 0.0, 0.5), (0.0, 0.0, 1.0)], 1.0, 0.25),
    ],
)
def test_extraction_body_scores_mean_of_pages(matches, precision: float, recall: float) -> None:
    scores = body_scores(matches)
    assert scores.precision == pytest.approx(precision)
    assert scores.recall == pytest.approx(recall)
    assert scores.f1 == pytest.approx(2 * precision * recall / (precision + recall))


@pytest.mark.parametrize(
    ("output", "precision", "recall"),
    [
        ("the  article body\nsecond part", 1.0, 1.0),
        ("the article body and Subscribe now", 0.5, 0.5),
    ],
)
def test_extraction_snippet_scores(output: str, precision: float, recall: float) -> None:
    page = Page("p", "", None, "", ["the article body", "second part"], ["Subscribe now"])
    scores = snippet_scores([output], [page])
    assert (scores.precision, scores.recall) == pytest.approx((precision, recall))


@pytest.mark.parametrize(
    ("page_id", "split", "expected"),
    [
        ("0abc", "dev", True),
        ("7abc", "dev", True),
        ("8abc", "dev", False),
        ("fabc", "test", True),
        ("3abc", "test", False),
        ("9abc", "all", True),
    ],
)
def test_extraction_in_split(page_id: str, split: str, expected: bool) -> None:
    assert in_split(page_id, split) is expected


@pytest.mark.parametrize("args", [["--split", "dev"]])
def test_extraction_command_skips_without_shared(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(extraction_command, [*args, "--shared", str(tmp_path)])
    assert result.exit_code == 0
    assert "skipped" in result.output


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev"])
def test_extraction_smoke_on_dev_pages(shared_dir: Path, split: str) -> None:
    report = evaluate_extraction(shared_dir, split, "inscriptis", limit=SMOKE_PAGES)
    scrapinghub = report.bodies["scrapinghub"]
    for system, floor in SMOKE_FLOORS.items():
        assert scrapinghub[system].f1 >= floor, (system, scrapinghub[system])
    assert (
        scrapinghub["newsledger text (inscriptis)"].f1
        > scrapinghub["whole rendering (inscriptis)"].f1
    )


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("limit", ["3"])
def test_extraction_command_prints_tables(shared_dir: Path, limit: str) -> None:
    args = ["--split", "dev", "--limit", limit, "--shared", str(shared_dir)]
    result = CliRunner().invoke(extraction_command, args)
    assert result.exit_code == 0, result.output
    for name in (
        "scrapinghub",
        "trafilatura-eval-en",
        "trafilatura alone",
        "headlines",
        "reproduce:",
    ):
        assert name in result.output


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("Ferry Strike Ends | Northern Dispatch", "Ferry strike ends", True),
        ("Ferry strike ends", "Ferry strike ends as talks resume", True),
        ("Ferry", "Ferry strike ends", False),  # a short piece must match whole
        ("Save Pin FB More", "Ferry strike ends", False),
        (None, "Ferry strike ends", False),
        ("Anna Petrel, Marek Stolz", "Anna Petrel", True),
    ],
)
def test_same_name(found: str | None, gold: str, same: bool) -> None:
    assert same_name(found, gold) is same


def test_header_scores_count_only_pages_with_gold() -> None:
    pages = [
        Page("a", "", None, title="Ferry strike ends", author="Anna Petrel"),
        Page("b", "", None, title="Harbour reopens"),
        Page("c", "", None),
    ]
    outputs = [
        Extracted("", "Ferry Strike Ends", "Marek Stolz"),
        Extracted("", "Harbour Reopens", None),
        Extracted("", "Anything", "Anyone"),
    ]
    scores = header_scores(outputs, pages)
    assert (scores.title, scores.author, scores.titled, scores.authored) == (1.0, 0.0, 2, 1)


@pytest.mark.parametrize(
    ("found", "gold"),
    [("Joann Leeds", "Ann Lee"), ("Valdoria Herald staff", "Al"), ("Sam Whitaker", "Sam Whit")],
)
def test_same_name_compares_whole_words(found: str, gold: str) -> None:
    assert not same_name(found, gold)

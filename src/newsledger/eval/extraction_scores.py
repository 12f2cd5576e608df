"""Scoring for `newsledger eval extraction`: bodies, snippets, headlines and bylines.

Input: what each system extracted from a page (`Extracted`) and the page's gold (`Page`).
Output: precision, recall and F1 (`Scores`) as the ScrapingHub benchmark's `evaluate.py`
computes them: `\\w+` tokens, 4-token shingles, per-page TP/FP/FN normalised to sum 1, mean
precision and mean recall over pages, F1 of the two means. Snippets: a `with` snippet found
in the output is a true positive, one missing a false negative, a `without` snippet found a
false positive (whitespace-normalised containment). Headlines and bylines: the share of
pages where the one found and the gold one hold each other (`same_name`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

SHINGLE = 4  # the benchmark's n-gram size
_TOKEN = re.compile(r"\w+")
# A headline or byline found that is part of the gold one must be this long (see `same_name`).
NAME_MATCH_MIN_CHARS = 10
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class Page:
    """One evaluation page: its HTML, URL and gold (body text, or with/without snippets)."""

    id: str
    html: str
    url: str | None
    body: str = ""
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)
    title: str | None = None  # gold headline and author, where the set gives them
    author: str | None = None


@dataclass(slots=True)
class Extracted:
    """What one system read from one page: the body as printed, the headline, the byline."""

    text: str
    title: str | None = None
    byline: str | None = None


@dataclass(slots=True)
class Scores:
    """Precision, recall and F1 of one system on one set."""

    precision: float
    recall: float
    f1: float
    pages: int


@dataclass(slots=True)
class HeaderScores:
    """Share of pages whose headline matches the gold title (of `titled` pages with one), and
    whose byline matches the gold author (of `authored`)."""

    title: float
    author: float
    titled: int
    authored: int


def shingle_match(gold: str, predicted: str) -> tuple[float, float, float]:
    """Return the page's (TP, FP, FN) over 4-token shingles, normalised to sum 1.

    Example:
        >>> shingle_match("a b c d e", "a b c d e")
        (1.0, 0.0, 0.0)
    """
    true, pred = _shingles(gold), _shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """Count the text's 4-token shingles (a text shorter than 4 tokens is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - SHINGLE + 1)
    return Counter(t for i in range(count) if (t := tuple(tokens[i : i + SHINGLE])))


def body_scores(matches: list[tuple[float, float, float]]) -> Scores:
    """Aggregate per-page (TP, FP, FN) as the benchmark does: F1 of mean P and mean R."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in matches if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in matches if tp + fn > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(matches))


def _ratio(tp: float, miss: float, other: float) -> float:
    """Return tp / (tp + miss) with the benchmark's conventions for empty cases."""
    if miss == other == 0:
        return 1.0
    if tp == miss == 0:
        return 0.0
    return tp / (tp + miss)


def snippet_scores(outputs: list[str], pages: list[Page]) -> Scores:
    """Score outputs against with/without snippets (whitespace-normalised containment)."""
    tp = fn = fp = 0
    for output, page in zip(outputs, pages, strict=True):
        text = _SPACE.sub(" ", output)
        found = [_SPACE.sub(" ", s).strip() in text for s in page.with_snippets]
        tp += sum(found)
        fn += len(found) - sum(found)
        fp += sum(_SPACE.sub(" ", s).strip() in text for s in page.without_snippets)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(pages))


def header_scores(outputs: list[Extracted], pages: list[Page]) -> HeaderScores:
    """Score headlines and bylines against the gold titles and authors (see `same_name`)."""
    titled = [(o.title, p.title) for o, p in zip(outputs, pages, strict=True) if p.title]
    authored = [(o.byline, p.author) for o, p in zip(outputs, pages, strict=True) if p.author]
    return HeaderScores(
        sum(same_name(found, gold) for found, gold in titled) / max(1, len(titled)),
        sum(same_name(found, gold) for found, gold in authored) / max(1, len(authored)),
        len(titled),
        len(authored),
    )


def same_name(found: str | None, gold: str) -> bool:
    """Return whether a headline (byline) found matches the gold one: either holds the other,
    compared as lower-cased words (a site name after the title, or a second author, is
    allowed; a found piece of under 10 characters must match whole).

    Example:
        >>> same_name("Ferry Strike Ends | Northern Dispatch", "Ferry strike ends")
        True
        >>> same_name("Share", "Share prices fall")
        False
    """
    if not found:
        return False
    found_words, gold_words = _words(found), _words(gold)
    if not found_words or not gold_words:
        return False
    if f" {gold_words} " in f" {found_words} ":
        return True
    return len(found_words) >= NAME_MATCH_MIN_CHARS and f" {found_words} " in f" {gold_words} "


def _words(text: str) -> str:
    """Return a text's word characters, lower-cased, one space between words."""
    return " ".join(_TOKEN.findall(text.lower()))

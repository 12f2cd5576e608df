"""`newsledger eval extraction`: score article-body extraction against external gold data.

Input: `../shared/eval/external/` (ScrapingHub article-extraction benchmark; trafilatura's
English with/without snippets). Output: per set and system, precision/recall/F1 and the
command that reproduces them, for the newsledger HTML path, the newsledger text path on a text
rendering of each page (inscriptis, w3m, or headless Chromium's innerText: what a browser's
select-all and copy gives), trafilatura alone on the HTML (the baseline, run in the same
process) and the uncleaned rendering.

Scoring follows the ScrapingHub benchmark's `evaluate.py`: `\\w+` tokens, 4-token shingles,
per-page TP/FP/FN normalised to sum 1, mean precision and mean recall over pages, F1 of the
two means. Snippets: a `with` snippet found in the output is a true positive, one missing a
false negative, a `without` snippet found a false positive (whitespace-normalised containment).
Our bodies are scored as printed: the dateline, which cleaning keeps in its own field, goes
back in front of the lead, as the gold bodies have it.
Splits per `../shared/eval/README.md`: ScrapingHub dev = ids starting 0-7, test = 8-f;
trafilatura-eval-en is dev only.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import statistics
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

from newsledger.eval import shared_option, shared_or_skip

SCRAPINGHUB = "eval/external/scrapinghub-article-extraction"
TRAFILATURA_EVAL = "eval/external/trafilatura-eval-en"
DEV_PREFIXES = tuple("01234567")
SPLITS = ("dev", "test", "all")
RENDERERS = ("inscriptis", "w3m", "chromium")
SHINGLE = 4  # the benchmark's n-gram size
# w3m's command as ../shared/eval/README.md suggests it (wide columns: fewer wrapped lines).
W3M_COMMAND = ("w3m", "-dump", "-T", "text/html", "-cols", "200", "-O", "UTF-8")
_TOKEN = re.compile(r"\w+")
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


@dataclass(slots=True)
class Scores:
    """Precision, recall and F1 of one system on one set."""

    precision: float
    recall: float
    f1: float
    pages: int


def in_split(page_id: str, split: str) -> bool:
    """Return whether a ScrapingHub page id belongs to `split` (dev: ids 0-7, test: 8-f)."""
    if split == "all":
        return True
    return page_id.startswith(DEV_PREFIXES) == (split == "dev")


def load_scrapinghub(shared: Path, split: str, limit: int | None = None) -> list[Page]:
    """Load the ScrapingHub pages of `split` with their gold bodies."""
    base = shared / SCRAPINGHUB
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    ids = [i for i in sorted(gold) if in_split(i, split)][:limit]
    return [
        Page(
            i, _read_gz(base / "html" / f"{i}.html.gz"), gold[i].get("url"), gold[i]["articleBody"]
        )
        for i in ids
    ]


def load_trafilatura_eval(shared: Path, limit: int | None = None) -> list[Page]:
    """Load trafilatura's English evaluation pages with their with/without snippets."""
    base = shared / TRAFILATURA_EVAL
    data = json.loads((base / "evaldata_en.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in sorted(data.items())[:limit]:
        path = base / "html" / item["file"]
        if not path.name.endswith(".gz"):
            path = path.with_name(path.name + ".gz")
        if path.exists():
            pages.append(Page(item["file"], _read_gz(path), url, "", item["with"], item["without"]))
    return pages


def _read_gz(path: Path) -> str:
    """Read a gzipped page as text (undecodable bytes replaced)."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


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


def render(html: str, renderer: str = "inscriptis") -> str:
    """Render HTML to the plain text a user would have saved (inscriptis, w3m or Chromium;
    for many pages, `page_renderer` starts Chromium once)."""
    if renderer == "chromium":
        from newsledger.eval.browser_text import chromium_renderer

        with chromium_renderer() as render_page:
            return render_page(html)
    if renderer == "w3m":
        if shutil.which("w3m") is None:
            raise click.UsageError("w3m is not installed; use --renderer inscriptis")
        done = subprocess.run(
            W3M_COMMAND, input=html.encode("utf-8"), capture_output=True, timeout=60, check=False
        )
        return done.stdout.decode("utf-8", errors="replace")
    from newsledger.steps.clean.html import render_html_text

    return render_html_text(html)


@contextmanager
def page_renderer(renderer: str) -> Iterator[Callable[[str], str]]:
    """Yield a function HTML -> rendered text; Chromium starts once for all pages."""
    if renderer == "chromium":
        from newsledger.eval.browser_text import chromium_renderer

        with chromium_renderer() as render_page:
            yield render_page
    else:
        yield lambda html: render(html, renderer)


def systems(renderer: str) -> dict[str, Callable[[Page, str], str]]:
    """Return the compared systems: name -> f(page, rendered_text) -> body text."""
    from newsledger.steps.clean.html import clean_html_capture
    from newsledger.steps.clean.text import clean_text_capture

    def trafilatura_alone(page: Page, rendered: str) -> str:
        """Run trafilatura with its default settings on the page's HTML (the baseline)."""
        import trafilatura

        return trafilatura.extract(page.html, url=page.url) or ""

    return {
        # (scored as printed: the gold bodies keep the dateline in front of the lead)
        "newsledger html": lambda page, _: clean_html_capture(page.html, page.url).printed_text,
        f"newsledger text ({renderer})": lambda _, text: clean_text_capture(text).printed_text,
        "trafilatura alone (html)": trafilatura_alone,
        f"whole rendering ({renderer})": lambda page, rendered: rendered,
    }


def evaluate_extraction(
    shared: Path, split: str = "dev", renderer: str = "inscriptis", limit: int | None = None
) -> dict[str, dict[str, Scores]]:
    """Score every system on every set of `split`; return set -> system -> scores.

    Example:
        >>> results = evaluate_extraction(Path("../shared"), "dev", limit=3)  # doctest: +SKIP
        >>> results["scrapinghub"]["newsledger html"].f1  # doctest: +SKIP
        0.97
    """
    results: dict[str, dict[str, Scores]] = {}
    with page_renderer(renderer) as render_page:
        pages = load_scrapinghub(shared, split, limit)
        outputs = _run_systems(pages, renderer, render_page)
        results["scrapinghub"] = {
            name: body_scores([shingle_match(p.body, o) for p, o in zip(pages, outs, strict=True)])
            for name, outs in outputs.items()
        }
        if split in ("dev", "all"):
            snippets = load_trafilatura_eval(shared, limit)
            outputs = _run_systems(snippets, renderer, render_page)
            results["trafilatura-eval-en"] = {
                name: snippet_scores(outs, snippets) for name, outs in outputs.items()
            }
    return results


def _run_systems(
    pages: list[Page], renderer: str, render_page: Callable[[str], str]
) -> dict[str, list[str]]:
    """Run every system over the pages (each page rendered once)."""
    compared = systems(renderer)
    outputs: dict[str, list[str]] = {name: [] for name in compared}
    for page in pages:
        rendered = render_page(page.html)
        for name, run in compared.items():
            outputs[name].append(run(page, rendered))
    return outputs


def format_table(name: str, scores: dict[str, Scores]) -> str:
    """Return one set's scores as a text table."""
    pages = next(iter(scores.values())).pages if scores else 0
    lines = [f"{name} ({pages} pages)", f"  {'system':<32} {'P':>6} {'R':>6} {'F1':>6}"]
    for system, s in scores.items():
        lines.append(f"  {system:<32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    return "\n".join(lines)


@click.command("extraction")
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True)
@shared_option
@click.option("--renderer", type=click.Choice(RENDERERS), default="inscriptis", show_default=True)
@click.option("--limit", type=int, default=None, help="Score only the first N pages of each set.")
def extraction_command(
    split: str, shared_path: Path | None, renderer: str, limit: int | None
) -> None:
    """Score article-body extraction (HTML path, text path, trafilatura alone).

    Example:

        newsledger eval extraction --split dev --renderer inscriptis
    """
    shared = shared_or_skip(shared_path, SCRAPINGHUB)
    if shared is None:
        return
    results = evaluate_extraction(shared, split, renderer, limit)
    command = f"newsledger eval extraction --split {split} --renderer {renderer}"
    command += f" --limit {limit}" if limit else ""
    click.echo(f"split={split} renderer={renderer} scoring=ScrapingHub evaluate.py shingles")
    for name, scores in results.items():
        click.echo(format_table(name, scores))
    click.echo(f"reproduce: {command}")

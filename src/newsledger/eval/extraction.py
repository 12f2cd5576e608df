"""`newsledger eval extraction`: score article-body extraction against external gold data.

Input: `../shared/eval/external/` (ScrapingHub article-extraction benchmark; trafilatura's
English with/without snippets). Output: per set and system, precision/recall/F1 and the
command that reproduces them, for the newsledger HTML path, the newsledger text path on a text
rendering of each page (inscriptis, w3m, or headless Chromium's innerText: what a browser's
select-all and copy gives), trafilatura alone on the HTML (the baseline, run in the same
process) and the uncleaned rendering.

Scoring (`extraction_scores.py`) follows the ScrapingHub benchmark's `evaluate.py`; on
trafilatura-eval-en, with/without snippets, and headlines and bylines against the gold titles
and authors. Our bodies are scored as printed: the dateline, which cleaning keeps in its own
field, goes back in front of the lead, as the gold bodies have it.
Splits per `../shared/eval/README.md`: ScrapingHub dev = ids starting 0-7, test = 8-f;
trafilatura-eval-en is dev only.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click

from newsledger.eval import shared_option, shared_or_skip
from newsledger.eval.extraction_scores import (
    Extracted,
    HeaderScores,
    Page,
    Scores,
    body_scores,
    header_scores,
    shingle_match,
    snippet_scores,
)
from newsledger.steps.clean.result import CleanedCapture

SCRAPINGHUB = "eval/external/scrapinghub-article-extraction"
TRAFILATURA_EVAL = "eval/external/trafilatura-eval-en"
DEV_PREFIXES = tuple("01234567")
SPLITS = ("dev", "test", "all")
RENDERERS = ("inscriptis", "w3m", "chromium")
# w3m's command as ../shared/eval/README.md suggests it (wide columns: fewer wrapped lines).
W3M_COMMAND = ("w3m", "-dump", "-T", "text/html", "-cols", "200", "-O", "UTF-8")


@dataclass(slots=True)
class ExtractionReport:
    """Body scores per set and system; headline and byline scores per system (on the set
    that has gold titles and authors: trafilatura-eval-en)."""

    bodies: dict[str, dict[str, Scores]]
    headers: dict[str, HeaderScores] = field(default_factory=dict)


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
            html = _read_gz(path)
            pages.append(Page(item["file"], html, url, "", item["with"], item["without"]))
            pages[-1].title, pages[-1].author = (
                _gold_name(item, "title"),
                _gold_name(item, "author"),
            )
    return pages


def _gold_name(item: dict, key: str) -> str | None:
    """Return a gold title or author as one string (several authors come as a list)."""
    value = item.get(key)
    if isinstance(value, list):
        value = ", ".join(str(part) for part in value)
    return value or None


def _read_gz(path: Path) -> str:
    """Read a gzipped page as text (undecodable bytes replaced)."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


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


def systems(renderer: str) -> dict[str, Callable[[Page, str], Extracted]]:
    """Return the compared systems: name -> f(page, rendered_text) -> what it extracted."""
    from newsledger.steps.clean.html import clean_html_capture
    from newsledger.steps.clean.text import clean_text_capture

    def trafilatura_alone(page: Page, rendered: str) -> Extracted:
        """Run trafilatura with its default settings on the page's HTML (the baseline); its
        metadata only where the gold has a headline or author to compare with."""
        import trafilatura

        body = trafilatura.extract(page.html, url=page.url) or ""
        if page.title is None and page.author is None:
            return Extracted(body)
        meta = trafilatura.extract_metadata(page.html, default_url=page.url)
        return Extracted(body, meta.title, meta.author) if meta else Extracted(body)

    def ours(cleaned: CleanedCapture) -> Extracted:
        # scored as printed: the gold bodies keep the dateline in front of the lead
        return Extracted(cleaned.printed_text, cleaned.title, cleaned.byline)

    return {
        "newsledger html": lambda page, _: ours(clean_html_capture(page.html, page.url)),
        f"newsledger text ({renderer})": lambda _, text: ours(clean_text_capture(text)),
        "trafilatura alone (html)": trafilatura_alone,
        f"whole rendering ({renderer})": lambda page, rendered: Extracted(rendered),
    }


def evaluate_extraction(
    shared: Path, split: str = "dev", renderer: str = "inscriptis", limit: int | None = None
) -> ExtractionReport:
    """Score every system on every set of `split`: bodies per set and system, and (on
    trafilatura-eval-en, dev only) headlines and bylines per system.

    Example:
        >>> report = evaluate_extraction(Path("../shared"), "dev", limit=3)  # doctest: +SKIP
        >>> report.bodies["scrapinghub"]["newsledger html"].f1  # doctest: +SKIP
        0.97
    """
    report = ExtractionReport({})
    with page_renderer(renderer) as render_page:
        pages = load_scrapinghub(shared, split, limit)
        outputs = _run_systems(pages, renderer, render_page)
        report.bodies["scrapinghub"] = {
            name: body_scores(
                [shingle_match(p.body, o.text) for p, o in zip(pages, outs, strict=True)]
            )
            for name, outs in outputs.items()
        }
        if split in ("dev", "all"):
            snippets = load_trafilatura_eval(shared, limit)
            outputs = _run_systems(snippets, renderer, render_page)
            report.bodies["trafilatura-eval-en"] = {
                name: snippet_scores([o.text for o in outs], snippets)
                for name, outs in outputs.items()
            }
            report.headers = {
                name: header_scores(outs, snippets)
                for name, outs in outputs.items()
                if not name.startswith("whole rendering")
            }
    return report


def _run_systems(
    pages: list[Page], renderer: str, render_page: Callable[[str], str]
) -> dict[str, list[Extracted]]:
    """Run every system over the pages (each page rendered once)."""
    compared = systems(renderer)
    outputs: dict[str, list[Extracted]] = {name: [] for name in compared}
    for page in pages:
        rendered = render_page(page.html)
        for name, run in compared.items():
            outputs[name].append(run(page, rendered))
    return outputs


def format_headers(headers: dict[str, HeaderScores]) -> str:
    """Return the headline and byline scores as a text table."""
    first = next(iter(headers.values()))
    lines = [
        f"trafilatura-eval-en headlines ({first.titled} pages with a title, "
        f"{first.authored} with an author)",
        f"  {'system':<32} {'title':>6} {'author':>6}",
    ]
    for system, s in headers.items():
        lines.append(f"  {system:<32} {s.title:6.3f} {s.author:6.3f}")
    return "\n".join(lines)


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
    report = evaluate_extraction(shared, split, renderer, limit)
    command = f"newsledger eval extraction --split {split} --renderer {renderer}"
    command += f" --limit {limit}" if limit else ""
    click.echo(f"split={split} renderer={renderer} scoring=ScrapingHub evaluate.py shingles")
    for name, scores in report.bodies.items():
        click.echo(format_table(name, scores))
    if report.headers:
        click.echo(format_headers(report.headers))
    click.echo(f"reproduce: {command}")

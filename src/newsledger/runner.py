"""The main job: read captures, run the pipeline, write the ledger, merge across articles.

`ingest_paths()` is what `newsledger run` and the API's ingest endpoint call. It makes two
passes over the inputs: the first teaches the text cleaner which lines are site furniture (per
site statistics kept in the ledger, so a corpus of one site teaches the cleaner), the second
runs the pipeline. Bad files are reported one line each and skipped; the run goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsledger.errors import InputError
from newsledger.executors.base import RunStats
from newsledger.executors.local import LocalExecutor
from newsledger.pipeline import Pipeline
from newsledger.records import Article
from newsledger.steps.clean import site_line_keys
from newsledger.steps.clean.site_lines import SiteLineStats, line_keys, site_key
from newsledger.steps.ingest import MAX_CAPTURE_BYTES, iter_captures
from newsledger.store.sql import SqlStore, open_store

log = logging.getLogger(__name__)

CLEAN_STEP = "clean.capture.v1"


@dataclass
class RunOptions:
    """How to run the main job (every field has the CLI's default)."""

    published: date | None = None
    workers: int = 1
    pipeline_file: Path | None = None
    force: bool = False
    on_error: str = "skip"
    progress: bool = False
    merge: bool = True
    max_bytes: int = MAX_CAPTURE_BYTES
    overrides_path: Path | None = None
    step_options: dict[str, dict[str, Any]] = field(default_factory=dict)


def ingest_paths(
    paths: Iterable[str | Path], db: str | Path | SqlStore, options: RunOptions | None = None
) -> RunStats:
    """Run the whole job on `paths` into the ledger `db`; return the run's statistics.

    Example:
        >>> stats = ingest_paths(["examples/sample-corpus"], "ledger.db")
        >>> stats.written
        10
    """
    options = options or RunOptions()
    paths = [Path(p) for p in paths]
    # Configuration errors surface before any input is read or any row written.
    pipeline = _build_pipeline(options)
    if options.merge:
        from newsledger.merge.profiles import load_overrides

        load_overrides(options.overrides_path)
    store = db if isinstance(db, SqlStore) else open_store(db)
    started = _now()
    _give_site_stats(pipeline, learn_site_lines(store, _captures(paths, options)))
    stats = RunStats()
    new_ids: list[str] = []

    def write(batch: list[Article]) -> None:
        stats.written += store.write_articles(batch)
        stats.events += sum(len(a.events) for a in batch)
        new_ids.extend(a.id for a in batch)
        for article in batch:
            if article.format == "html":  # HTML pages teach the next run their cleaned lines
                site = site_key(article.url, article.source)
                store.add_site_lines(site, article.id, site_line_keys(article))

    articles = _articles_to_process(store, _captures(paths, options), options.force, stats)
    executor = LocalExecutor(options.workers, options.on_error, options.progress)
    stats.merge(executor.run(pipeline, articles, write))
    if options.merge:
        _merge(store, new_ids, options)
    store.record_run(started, _now(), stats.to_dict())
    return stats


def learn_site_lines(
    store: SqlStore, captures: Iterable[Article | InputError]
) -> dict[str, SiteLineStats]:
    """Record each text capture's lines per site in the ledger; return every site's stats."""
    sites: set[str] = set()
    for item in captures:
        if isinstance(item, InputError):
            continue
        site = site_key(item.url, item.source)
        sites.add(site)
        # Text captures count their raw lines now; HTML pages count their cleaned paragraphs
        # once cleaned (see `write` in `ingest_paths`), so only earlier runs' lines apply.
        if item.format == "text":
            store.add_site_lines(site, item.id, line_keys(item.raw))
    return {site: SiteLineStats(*store.site_line_counts(site)) for site in sites}


def _captures(paths: list[Path], options: RunOptions) -> Iterator[Article | InputError]:
    return iter_captures(paths, published=options.published, max_bytes=options.max_bytes)


def _build_pipeline(options: RunOptions) -> Pipeline:
    """The default or TOML pipeline, with the run's step options, validated."""
    overrides = {name: dict(kwargs) for name, kwargs in options.step_options.items()}
    if options.pipeline_file:
        return Pipeline.from_toml(options.pipeline_file, overrides)
    return Pipeline.default(overrides)


def _give_site_stats(pipeline: Pipeline, site_stats: dict[str, SiteLineStats]) -> None:
    """Hand the learned per-site line statistics to the cleaner (before `setup()`)."""
    for step in pipeline.steps:
        if step.name == CLEAN_STEP:
            step.site_stats = site_stats


def _articles_to_process(
    store: SqlStore, captures: Iterable[Article | InputError], force: bool, stats: RunStats
) -> Iterator[Article]:
    """Report bad inputs (one line each) and skip articles already in the ledger."""
    for item in captures:
        if isinstance(item, InputError):
            log.info("skipped %s", item)
            stats.input_errors.append(str(item))
        elif not force and store.known_ids([item.id]):
            stats.unchanged += 1
        else:
            yield item


def _merge(store: SqlStore, new_ids: list[str], options: RunOptions) -> None:
    """Merge copies, entities and events across the ledger (issue 5)."""
    from newsledger.merge import merge_ledger

    merge_ledger(store, overrides_path=options.overrides_path, new_ids=new_ids)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

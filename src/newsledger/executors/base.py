"""What every executor shares: run statistics and the per-batch step loop.

Stats per step follow STYLE.md §5: `total`, `forwarded`, `dropped_<reason>` and `errors`.
The error policy: `on_error="raise"` stops at the first failing article (tests, single files);
`on_error="skip"` logs the first traceback of each step, then only counts further failures.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsledger.errors import ConfigError, StepError
from newsledger.pipeline import Pipeline
from newsledger.records import Article
from newsledger.steps.base import Step

log = logging.getLogger(__name__)

ON_ERROR_CHOICES = ("raise", "skip")

Sink = Callable[[list[Article]], None]


@dataclass
class RunStats:
    """Counts from one run, per step and overall."""

    steps: dict[str, Counter] = field(default_factory=dict)
    input_errors: list[str] = field(default_factory=list)
    step_errors: list[str] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    events: int = 0

    def merge(self, other: RunStats) -> None:
        """Add another run's (or worker's) counts into this one."""
        for name, counts in other.steps.items():
            self.steps.setdefault(name, Counter()).update(counts)
        self.input_errors += other.input_errors
        self.step_errors += other.step_errors
        self.written += other.written
        self.unchanged += other.unchanged
        self.events += other.events

    @property
    def skipped(self) -> int:
        """Inputs and articles that did not make it into the ledger because of an error."""
        return len(self.input_errors) + len(self.step_errors)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready summary (the content of `stats.json`)."""
        return {
            "steps": {name: dict(counts) for name, counts in self.steps.items()},
            "input_errors": list(self.input_errors),
            "step_errors": list(self.step_errors),
            "written": self.written,
            "unchanged": self.unchanged,
            "events": self.events,
        }


def check_on_error(on_error: str) -> str:
    """Validate an error-policy name."""
    if on_error not in ON_ERROR_CHOICES:
        raise ConfigError(f"on_error must be one of {ON_ERROR_CHOICES}, not {on_error!r}")
    return on_error


def run_batch(pipeline: Pipeline, batch: list[Article], on_error: str, stats: RunStats):
    """Run every step over one batch; return the surviving articles (drops removed)."""
    for step in pipeline.steps:
        counts = stats.steps.setdefault(step.name, Counter())
        counts["total"] += len(batch)
        batch = _apply_step(step, batch, on_error, stats)
        kept = []
        for article in batch:
            if article.drop_reason:
                counts[f"dropped_{article.drop_reason}"] += 1
            else:
                kept.append(article)
        counts["forwarded"] += len(kept)
        batch = kept
        if not batch:
            break
    for article in batch:
        article.doc = None  # spaCy Docs stay in the worker; the store never sees them
    return batch


def _apply_step(step: Step, batch: list[Article], on_error: str, stats: RunStats):
    """Apply `step` to a batch; on failure, retry one by one to isolate the bad article."""
    try:
        return step.process_batch(batch)
    except Exception as err:  # noqa: BLE001 - isolated below, under the error policy
        if len(batch) == 1:
            _handle_failure(step, batch[0], err, on_error, stats)
            return []
    survivors = []
    for article in batch:
        try:
            survivors.extend(step.process_batch([article]))
        except Exception as err:  # noqa: BLE001 - the error policy decides
            _handle_failure(step, article, err, on_error, stats)
    return survivors


def _handle_failure(step: Step, article: Article, err: Exception, on_error: str, stats: RunStats):
    """Raise a `StepError`, or log the first traceback per step and count the rest."""
    if on_error == "raise":
        raise StepError(step.name, article.id, err) from err
    counts = stats.steps.setdefault(step.name, Counter())
    if not counts["errors"]:
        log.error("step %s failed on %s", step.name, article.source, exc_info=err)
    counts["errors"] += 1
    stats.step_errors.append(f"{article.source}: step {step.name} failed: {err!r}")


def batched(items: Iterable[Article], size: int):
    """Yield lists of up to `size` items."""
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch

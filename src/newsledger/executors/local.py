"""`LocalExecutor`: run a pipeline on this machine.

With `workers=1` it is an in-process loop (easy to debug, deterministic). With more workers,
batches go to a process pool whose workers each build the pipeline's models once (`setup()`
in the pool initializer); results come back in input order, so the output is identical.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from tqdm import tqdm

from newsledger.executors.base import RunStats, Sink, batched, check_on_error, run_batch
from newsledger.pipeline import Pipeline
from newsledger.records import Article

log = logging.getLogger(__name__)

# How many batches may wait in the pool per worker: enough to keep workers busy, few enough
# that a large corpus never sits in memory at once.
PREFETCH_BATCHES_PER_WORKER = 2

_worker_pipeline: Pipeline | None = None


class LocalExecutor:
    """Run a pipeline over articles on this machine.

    Example:
        >>> stats = LocalExecutor(workers=2).run(Pipeline.default(), articles, sink=store_batch)
    """

    def __init__(self, workers: int = 1, on_error: str = "skip", progress: bool = False):
        self.workers = max(1, workers)
        self.on_error = check_on_error(on_error)
        self.progress = progress

    def run(
        self, pipeline: Pipeline, articles: Iterable[Article], sink: Sink, total: int | None = None
    ) -> RunStats:
        """Process `articles` in batches and hand each surviving batch to `sink`."""
        stats = RunStats()
        bar = tqdm(total=total, unit="article", disable=not self.progress, leave=False)
        for batch_in, batch_out, batch_stats in self._results(pipeline, articles):
            stats.merge(batch_stats)
            if batch_out:
                sink(batch_out)
            bar.update(len(batch_in))
        bar.close()
        return stats

    def _results(self, pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[tuple]:
        """Yield (input batch, output batch, stats) in input order."""
        batches = batched(articles, pipeline.batch_size)
        if self.workers == 1:
            pipeline.setup()
            for batch in batches:
                batch_stats = RunStats()
                out = run_batch(pipeline, list(batch), self.on_error, batch_stats)
                yield batch, out, batch_stats
            return
        yield from self._pool_results(pipeline, batches)

    def _pool_results(self, pipeline: Pipeline, batches: Iterable[list[Article]]):
        """Run batches in worker processes, keeping a bounded number in flight."""
        limit = self.workers * PREFETCH_BATCHES_PER_WORKER
        pending: list[tuple[list[Article], Future]] = []
        with ProcessPoolExecutor(
            self.workers, initializer=_init_worker, initargs=(pipeline,)
        ) as pool:
            for batch in batches:
                pending.append((batch, pool.submit(_run_in_worker, batch, self.on_error)))
                if len(pending) >= limit:
                    batch_in, future = pending.pop(0)
                    yield (batch_in, *future.result())
            for batch_in, future in pending:
                yield (batch_in, *future.result())


def _init_worker(pipeline: Pipeline) -> None:
    """Load the pipeline's models once in this worker process."""
    global _worker_pipeline
    pipeline.setup()
    _worker_pipeline = pipeline


def _run_in_worker(batch: list[Article], on_error: str) -> tuple[list[Article], RunStats]:
    """Process one batch inside a worker."""
    assert _worker_pipeline is not None, "worker used before its initializer ran"
    stats = RunStats()
    return run_batch(_worker_pipeline, batch, on_error, stats), stats

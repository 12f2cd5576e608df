"""The one store interface every backend implements (SQLite now, PostgreSQL next).

Writes are transactional and idempotent: writing an article again replaces it and its child
rows whole, so re-running a pipeline never duplicates anything.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from newsledger.records import Article, Event
from newsledger.store.queries import EventQuery


class Store(ABC):
    """A ledger of articles, events and what merging learns across them."""

    @abstractmethod
    def write_articles(self, articles: Iterable[Article]) -> int:
        """Write (insert or replace) articles with their children in one transaction."""

    @abstractmethod
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Return which of `ids` are already stored as articles."""

    @abstractmethod
    def get_article(self, article_id: str) -> Article:
        """Return one article; raise `NotFound` if it is not in the ledger."""

    @abstractmethod
    def iter_articles(self, batch_size: int = 200) -> Iterator[Article]:
        """Yield every article in a stable order."""

    @abstractmethod
    def events(self, query: EventQuery) -> list[Event]:
        """Return the events matching `query`."""

    @abstractmethod
    def count_events(self, query: EventQuery) -> int:
        """Return how many events match `query` (ignoring limit and offset)."""

    @abstractmethod
    def timeline(self, query: EventQuery) -> list[dict[str, Any]]:
        """Return `{date, event, n}` rows for the matching events, by date."""

    @abstractmethod
    def record_run(self, started: str, finished: str, stats: dict[str, Any]) -> None:
        """Keep the statistics of one pipeline run."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

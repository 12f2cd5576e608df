"""The Python API: `newsledger.open("ledger.db")` returns a `Ledger` whose methods answer with
pandas DataFrames.

Input: the path of an existing ledger. Output: DataFrames of events (one flat row per event,
the columns of `newsledger.export.FLAT_COLUMNS`), articles, actors and timeline counts. pandas is
part of the `export` extra and is imported only when a DataFrame is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.errors import MISSING_EXTRA, DependencyError
from newsledger.records import Article
from newsledger.store.queries import EventQuery
from newsledger.store.sql import open_existing_store

# Large enough for any ledger a laptop holds: actor and article tables are returned whole.
ALL_ROWS = 10**9
# Names looked up per query when filling actor details (well under SQLite's variable limit).
DETAIL_CHUNK = 500


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise DependencyError(
            MISSING_EXTRA.format(what="Ledger DataFrames", extra="export")
        ) from err
    return pandas


class Ledger:
    """A read-only view of a ledger as DataFrames.

    Example:
        >>> import newsledger
        >>> with newsledger.open("ledger.db") as ledger:
        ...     df = ledger.events(actor="Lukashenka", since="2020-10")
        >>> df[["date", "event", "actor", "evidence"]].head()
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.store = open_existing_store(path)

    def events(self, **filters: Any) -> Any:
        """Return matching events as a DataFrame (one flat row per event).

        Args:
            **filters: any `EventQuery` field: actor, recipient, event, mode, since, until,
                place, country, text, min_confidence, article_id, sort, limit, offset.

        Raises:
            TypeError: an unknown filter name.
        """
        from newsledger.export import FLAT_COLUMNS, flat_row, iter_event_rows

        pd = _pandas()
        rows = [flat_row(ev, art) for ev, art in iter_event_rows(self.store, EventQuery(**filters))]
        frame = pd.DataFrame(rows, columns=list(FLAT_COLUMNS))
        for name in (
            "arrested",
            "killed",
            "injured",
            "participants",
            "evidence_start",
            "evidence_end",
        ):
            frame[name] = frame[name].astype("Int64")
        return frame

    def articles(self) -> Any:
        """Return article metadata (no text) as a DataFrame, by published date."""
        from newsledger.store.views import list_articles

        items, _ = list_articles(self.store.engine, limit=ALL_ROWS)
        columns = ["id", "title", "url", "outlet", "published", "source", "language", "n_events"]
        return _pandas().DataFrame(items, columns=columns)

    def actors(self) -> Any:
        """Return participants with their event counts as a DataFrame, most active first."""
        from newsledger.store.views import actor_counts, add_actor_details

        counts = actor_counts(self.store.engine)
        items = [
            row
            for i in range(0, len(counts), DETAIL_CHUNK)
            for row in add_actor_details(self.store.engine, counts[i : i + DETAIL_CHUNK])
        ]
        columns = ["name", "n_events", "as_actor", "as_recipient", "entity_id", "country"]
        return _pandas().DataFrame(items, columns=columns)

    def timeline(self, period: str = "month", **filters: Any) -> Any:
        """Return `period, event, n` counts (period: day, week or month) as a DataFrame."""
        from newsledger.store.views import timeline_counts

        rows = timeline_counts(self.store.engine, EventQuery(**filters), period)
        return _pandas().DataFrame(rows, columns=["period", "event", "n"])

    def article(self, article_id: str) -> Article:
        """Return one article record (clean text, removed blocks, events)."""
        return self.store.get_article(article_id)

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Ledger({self.path!r})"


def open(path: str | Path) -> Ledger:  # noqa: A001 - mirrors newsledger.open in the docs
    """Open the ledger at `path` for reading as DataFrames.

    Example:
        >>> newsledger.open("ledger.db").events(actor="Lukashenka").shape
        (12, 28)
    """
    return Ledger(path)

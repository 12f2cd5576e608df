"""`SqlStore`: the ledger on any SQLAlchemy database (a SQLite file by default).

Input: `Article` records from the pipeline. Output: rows in the tables of `schema.py`, and
records rebuilt from them. Every write is one transaction; an article written again replaces
its previous rows (delete, then insert), which is portable across SQLite and PostgreSQL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.exc import SQLAlchemyError

from newsledger.errors import NO_LEDGER, ConfigError, NotFound, StoreError
from newsledger.records import (
    Article,
    Event,
    Mention,
    RemovedBlock,
    Span,
    TextMap,
    from_jsonable,
    to_jsonable,
)
from newsledger.store import queries
from newsledger.store.base import Store
from newsledger.store.queries import EventQuery
from newsledger.store.schema import (
    LATEST_VERSION,
    MIGRATIONS,
    articles,
    bump_ledger_version,
    current_version,
    documents,
    event_actors,
    events,
    mentions,
    removed_blocks,
    runs,
    schema_version,
    site_lines,
)

log = logging.getLogger(__name__)

# Child tables keyed by article id, cleared before an article is written again.
_ARTICLE_CHILDREN = (removed_blocks, mentions)


def database_url(location: str | Path) -> str:
    """Turn a path (or an existing SQLAlchemy URL) into a database URL."""
    text = str(location)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets readers (the API) work while a run writes; NORMAL sync is safe under WAL."""
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class SqlStore(Store):
    """The ledger in a SQL database.

    Example:
        >>> with SqlStore("ledger.db") as store:
        ...     store.write_articles(articles)
        ...     store.events(EventQuery(actor="Lukashenka"))
    """

    def __init__(self, location: str | Path, *, migrate: bool = True):
        self.url = database_url(location)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    # -- schema ---------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction; return those applied."""
        applied = []
        try:
            with self.engine.connect() as conn:
                version = current_version(conn)
            for number in sorted(v for v in MIGRATIONS if v > version):
                with self.engine.begin() as conn:
                    MIGRATIONS[number](conn)
                    conn.execute(insert(schema_version).values(version=number, applied=_now()))
                applied.append(number)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot migrate ledger {self.url}: {err}") from err
        return applied

    def schema_status(self) -> dict[str, int]:
        """Return the ledger's schema version and the latest this code knows."""
        with self.engine.connect() as conn:
            return {"version": current_version(conn), "latest": LATEST_VERSION}

    # -- writes -----------------------------------------------------------------------------
    def write_articles(self, batch: Iterable[Article]) -> int:
        """Insert or replace articles and all their child rows in one transaction."""
        written = 0
        with self.engine.begin() as conn:
            for article in batch:
                self._replace_article(conn, article)
                written += 1
            bump_ledger_version(conn)
        return written

    def _replace_article(self, conn: Connection, article: Article) -> None:
        """Delete the article's previous rows, then insert the current ones."""
        old_events = select(events.c.id).where(events.c.article_id == article.id)
        conn.execute(delete(event_actors).where(event_actors.c.event_id.in_(old_events)))
        conn.execute(delete(events).where(events.c.article_id == article.id))
        for table in _ARTICLE_CHILDREN:
            conn.execute(delete(table).where(table.c.article_id == article.id))
        conn.execute(delete(articles).where(articles.c.id == article.id))
        conn.execute(delete(documents).where(documents.c.id == article.id))
        conn.execute(insert(documents).values(_document_row(article)))
        conn.execute(insert(articles).values(_article_row(article)))
        _insert_many(conn, removed_blocks, _removed_rows(article))
        _insert_many(conn, mentions, _mention_rows(article))
        _insert_many(conn, events, [_event_row(e) for e in article.events])
        _insert_many(conn, event_actors, [r for e in article.events for r in _actor_rows(e)])

    def add_site_lines(self, site: str, doc_id: str, line_keys: Iterable[str]) -> None:
        """Record which normalised lines a capture of `site` carries (idempotent)."""
        with self.engine.begin() as conn:
            conn.execute(
                delete(site_lines).where(site_lines.c.site == site, site_lines.c.doc_id == doc_id)
            )
            rows = [{"site": site, "line_key": k, "doc_id": doc_id} for k in set(line_keys)]
            _insert_many(conn, site_lines, rows)

    def site_line_counts(self, site: str) -> tuple[int, dict[str, int]]:
        """Return (pages seen for `site`, {line_key: pages carrying it})."""
        from sqlalchemy import func

        with self.engine.connect() as conn:
            n_docs = conn.execute(
                select(func.count(site_lines.c.doc_id.distinct())).where(site_lines.c.site == site)
            ).scalar_one()
            rows = conn.execute(
                select(site_lines.c.line_key, func.count())
                .where(site_lines.c.site == site)
                .group_by(site_lines.c.line_key)
            )
            return n_docs, {key: n for key, n in rows}

    def record_run(self, started: str, finished: str, stats: dict[str, Any]) -> None:
        """Keep the statistics of one pipeline run."""
        with self.engine.begin() as conn:
            conn.execute(insert(runs).values(started=started, finished=finished, stats=stats))

    # -- reads ------------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Return which of `ids` are already stored as articles."""
        wanted = list(ids)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(
                    conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk))).scalars()
                )
        return found

    def get_article(self, article_id: str) -> Article:
        """Return one article with its removed blocks, mentions and events."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    select(articles, documents.c.raw, documents.c.format, documents.c.captured)
                    .join(documents, documents.c.id == articles.c.id)
                    .where(articles.c.id == article_id)
                )
                .mappings()
                .first()
            )
            if row is None:
                raise NotFound(f"no article with id {article_id!r} in the ledger")
            return _article_from_rows(conn, row)

    def iter_articles(self, batch_size: int = 200) -> Iterator[Article]:
        """Yield every article in a stable order (published date, then id)."""
        offset = 0
        while True:
            with self.engine.connect() as conn:
                ids = list(conn.execute(queries.select_articles(batch_size, offset)).scalars())
            if not ids:
                return
            yield from (self.get_article(i) for i in ids)
            offset += len(ids)

    def events(self, query: EventQuery) -> list[Event]:
        """Return the events matching `query`."""
        with self.engine.connect() as conn:
            records = conn.execute(queries.select_events(query)).scalars()
            return [from_jsonable(Event, r) for r in records]

    def count_events(self, query: EventQuery) -> int:
        """Return how many events match `query`."""
        with self.engine.connect() as conn:
            return conn.execute(queries.count_events(query)).scalar_one()

    def timeline(self, query: EventQuery) -> list[dict[str, Any]]:
        """Return `{date, event, n}` rows for the matching events, by date."""
        with self.engine.connect() as conn:
            rows = conn.execute(queries.select_timeline(query)).mappings()
            return [dict(r) for r in rows]

    def close(self) -> None:
        """Dispose of pooled connections."""
        self.engine.dispose()


def open_store(location: str | Path) -> SqlStore:
    """Open (creating and migrating if needed) the ledger at a path or SQLAlchemy URL."""
    return SqlStore(location)


def open_existing_store(location: str | Path) -> SqlStore:
    """Open a ledger that must already exist (upgrading an older schema in place).

    Raises:
        ConfigError: `location` is a path and no file is there (a typo must not create one).
    """
    text = str(location)
    if "://" not in text and not Path(text).expanduser().is_file():
        raise ConfigError(NO_LEDGER.format(path=text))
    return SqlStore(text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _document_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "format": article.format,
        "url": article.url,
        "captured": _iso(article.captured),
        "raw": article.raw,
        "meta": to_jsonable(article.meta),
    }


_ARTICLE_SCALARS = (
    "id source url outlet title standfirst dateline byline published_source language text "
    "fingerprint"
).split()


def _article_row(article: Article) -> dict[str, Any]:
    row = {name: getattr(article, name) for name in _ARTICLE_SCALARS}
    row.update(
        credits=list(article.credits),
        captions=list(article.captions),
        published=_iso(article.published),
        text_map=[[m.clean_start, m.raw_start, m.length] for m in article.text_map],
        sentences=[[s.start, s.end] for s in article.sentences],
        n_events=len(article.events),
    )
    return row


def _removed_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {"article_id": article.id, "seq": i, **to_jsonable(block)}
        for i, block in enumerate(article.removed)
    ]


def _mention_rows(article: Article) -> list[dict[str, Any]]:
    return [
        {"article_id": article.id, "seq": i, **to_jsonable(m)}
        for i, m in enumerate(article.entities)
    ]


def _event_row(ev: Event) -> dict[str, Any]:
    return {
        "id": ev.id,
        "article_id": ev.article_id,
        "event": ev.event,
        "mode": ev.mode,
        "date": ev.date,
        "date_source": ev.date_source,
        "place": ev.event_loc.name if ev.event_loc else None,
        "country": ev.event_loc.country if ev.event_loc else None,
        "confidence": ev.confidence,
        "extractor": ev.extractor,
        "evidence_start": ev.evidence.start,
        "record": to_jsonable(ev),
    }


def _actor_rows(ev: Event) -> list[dict[str, Any]]:
    rows = []
    for role, people in (("actor", ev.actor), ("recipient", ev.recipient)):
        for seq, person in enumerate(people):
            rows.append(
                {
                    "event_id": ev.id,
                    "role": role,
                    "seq": seq,
                    "text": person.text,
                    "name": person.name,
                    "entity_id": person.entity_id,
                    "country": person.country,
                    "sector": person.sector,
                }
            )
    return rows


def _article_from_rows(conn: Connection, row: Any) -> Article:
    """Rebuild an `Article` from its row and its child tables."""
    fields = {k: row[k] for k in (*_ARTICLE_SCALARS, "credits", "captions", "published")}
    fields.update(raw=row["raw"], format=row["format"], captured=row["captured"])
    article = from_jsonable(Article, fields)
    article.text_map = [TextMap(*m) for m in row["text_map"] or []]
    article.sentences = [Span(*s) for s in row["sentences"] or []]
    by_article = {"article_id": article.id}
    article.removed = [
        RemovedBlock(r.text, r.start, r.end, r.reason)
        for r in conn.execute(_children(removed_blocks, by_article))
    ]
    article.entities = [
        Mention(r.text, r.label, r.start, r.end, r.sentence, r.entity_id)
        for r in conn.execute(_children(mentions, by_article))
    ]
    records = conn.execute(
        select(events.c.record)
        .where(events.c.article_id == article.id)
        .order_by(events.c.evidence_start, events.c.id)
    ).scalars()
    article.events = [from_jsonable(Event, r) for r in records]
    return article


def _children(table: Any, where: dict[str, str]) -> Any:
    conds = [table.c[k] == v for k, v in where.items()]
    return select(table).where(*conds).order_by(table.c.seq)

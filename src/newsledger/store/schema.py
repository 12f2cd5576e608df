"""The ledger's tables (SQLAlchemy Core) and its decorator-registered migrations.

The same table definitions serve SQLite (default) and, later, PostgreSQL. Each migration runs in
one transaction and bumps `schema_version`; `migrate()` applies what a ledger lacks, so opening
an older ledger upgrades it in place.

Layout: `documents` hold the capture as read; `articles` the clean article (same id); child
tables (`removed_blocks`, `mentions`, `events`, `event_actors`) are replaced as a whole when an
article is written again, so re-running never duplicates anything. Variable-shape record parts
(the full event record, text maps) are JSON columns; what queries filter on is a real column.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("url", Text),
    Column("captured", String(32)),
    Column("raw", Text, nullable=False),
    Column("meta", JSON),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("standfirst", Text),
    Column("dateline", Text),
    Column("byline", Text),
    Column("credits", JSON),
    Column("captions", JSON),
    Column("published", String(32)),
    Column("published_source", String(16)),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("text_map", JSON),
    Column("sentences", JSON),
    Column("fingerprint", String(64)),
    Column("n_events", Integer, nullable=False, default=0),
    Index("ix_articles_published", "published"),
)

removed_blocks = Table(
    "removed_blocks",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("reason", String(64), nullable=False),
    Column("text", Text, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("label", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer),
    Column("entity_id", String(32)),
    Index("ix_mentions_entity", "entity_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(32), nullable=False),
    Column("event", String(16), nullable=False),
    Column("mode", String(32)),
    Column("date", String(32)),
    Column("date_source", String(16)),
    Column("place", Text),
    Column("country", String(8)),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("extractor", String(64)),
    Column("evidence_start", Integer),
    Column("record", JSON, nullable=False),
    Index("ix_events_article", "article_id"),
    Index("ix_events_event_date", "event", "date"),
    Index("ix_events_date", "date"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("role", String(16), primary_key=True),  # "actor" | "recipient"
    Column("seq", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("entity_id", String(32)),
    Column("country", String(8)),
    Column("sector", String(8)),
    Index("ix_event_actors_name", "name"),
    Index("ix_event_actors_entity", "entity_id"),
)

# Per-site line statistics for the text cleaner: one row per (site, line, document), so a
# re-run of the same capture counts once and "how many pages of this site carry this line" is
# a GROUP BY.
site_lines = Table(
    "site_lines",
    metadata,
    Column("site", Text, primary_key=True),
    Column("line_key", String(32), primary_key=True),
    Column("doc_id", String(32), primary_key=True),
)

# Cross-article merging (issue 5): copies clustered onto one canonical article, entities,
# and events merged across articles. Written by `newsledger.merge`.
article_clusters = Table(
    "article_clusters",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("cluster_id", String(32), nullable=False),
    Column("canonical_id", String(32), nullable=False),
    Column("similarity", Float),
    Column("reason", String(64)),
    Index("ix_article_clusters_cluster", "cluster_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16)),
    Column("country", String(8)),
    Column("sector", String(8)),
    Column("record", JSON, nullable=False),
    Index("ix_entities_name", "name"),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("event", String(16), nullable=False),
    Column("date", String(32)),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("record", JSON, nullable=False),
    Index("ix_merged_events_event_date", "event", "date"),
)

event_merges = Table(
    "event_merges",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("merged_event_id", String(32), nullable=False),
    Index("ix_event_merges_merged", "merged_event_id"),
)

# Story threads (issue 5): articles about one developing story share a thread id.
story_threads = Table(
    "story_threads",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("thread_id", String(32), nullable=False),
    Column("reason", Text),
    Index("ix_story_threads_thread", "thread_id"),
)

# One row per key; "version" goes up in every transaction that changes articles, events or
# merges, so readers (the API's caches) can tell that the ledger changed. Row ids cannot: a
# replaced article may reuse exactly the same ids.
ledger_meta = Table(
    "ledger_meta",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", String(32), nullable=False),
    Column("finished", String(32)),
    Column("stats", JSON),
)

Migration = Callable[[Connection], None]
MIGRATIONS: dict[int, Migration] = {}


def migration(version: int) -> Callable[[Migration], Migration]:
    """Register a schema migration; versions must be applied in increasing order."""

    def decorate(func: Migration) -> Migration:
        MIGRATIONS[version] = func
        return func

    return decorate


@migration(1)
def _create_initial_tables(conn: Connection) -> None:
    """Create every table of schema version 1."""
    metadata.create_all(conn, checkfirst=True)


@migration(2)
def _add_story_threads(conn: Connection) -> None:
    """Add the story-threads table (ledgers made before threads existed lack it)."""
    story_threads.create(conn, checkfirst=True)


@migration(3)
def _add_ledger_version(conn: Connection) -> None:
    """Add the ledger's change counter."""
    ledger_meta.create(conn, checkfirst=True)
    if conn.execute(select(ledger_meta.c.value).where(ledger_meta.c.key == "version")).first():
        return
    conn.execute(ledger_meta.insert().values(key="version", value=0))


LATEST_VERSION = max(MIGRATIONS)


def bump_ledger_version(conn: Connection) -> None:
    """Mark the ledger as changed (call inside the writing transaction)."""
    conn.execute(
        ledger_meta.update()
        .where(ledger_meta.c.key == "version")
        .values(value=ledger_meta.c.value + 1)
    )


def ledger_version(conn: Connection) -> int:
    """Return the ledger's change counter."""
    found = conn.execute(select(ledger_meta.c.value).where(ledger_meta.c.key == "version"))
    return found.scalar() or 0


def current_version(conn: Connection) -> int:
    """Return the ledger's schema version (0 for an empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc()))
    row = found.first()
    return row[0] if row else 0

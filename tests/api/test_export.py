"""Exports round-trip: every format read back (csv, json, pyarrow, pandas) matches the store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import newsledger.ledger
from newsledger.api.sample import hostile_article, sample_articles
from newsledger.errors import ConfigError
from newsledger.export import ACLED_COLUMNS, FLAT_COLUMNS, export_events
from newsledger.records import Event
from newsledger.store.queries import EventQuery
from newsledger.store.sql import SqlStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "ledger.db"
    store = SqlStore(path)
    store.write_articles([*sample_articles(), hostile_article()])
    yield store
    store.close()


def stored_events(store: SqlStore, query: EventQuery | None = None) -> list[Event]:
    return store.events(query or EventQuery())


QUERIES = [
    EventQuery(),
    EventQuery(event="PROTEST"),
    EventQuery(actor="kovalenko"),
    EventQuery(since="2021-04"),
]


@pytest.mark.parametrize("query", QUERIES)
def test_export_plover_jsonl_round_trips(store: SqlStore, query: EventQuery) -> None:
    out = io.StringIO()
    n = export_events(store, "plover-jsonl", out, query)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    expected = stored_events(store, query)
    assert n == len(records) == len(expected) > 0
    for record, ev in zip(records, expected, strict=True):
        assert record["id"] == ev.id and record["event"] == ev.event and record["mode"] == ev.mode
        assert record["event_text"] == ev.evidence.text
        assert [a["name"] for a in record["actor"]] == [a.name for a in ev.actor]
        assert record["text_info"]["start"] == ev.evidence.start


@pytest.mark.parametrize("query", QUERIES)
def test_export_acled_csv_round_trips(store: SqlStore, query: EventQuery, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    export_events(store, "acled-csv", path, query)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    expected = stored_events(store, query)
    assert reader.fieldnames == ACLED_COLUMNS
    assert [r["notes"] for r in rows] == [e.evidence.text for e in expected]
    assert [r["actor1"] for r in rows] == [e.actor[0].name if e.actor else "" for e in expected]
    assert [r["event_date"] for r in rows] == [e.date for e in expected]
    for row, ev in zip(rows, expected, strict=True):
        killed = ev.size.killed if ev.size and ev.size.killed is not None else 0
        assert int(row["fatalities"]) == killed
        if ev.event == "PROTEST":
            assert row["event_type"] == "Protests"


@pytest.mark.parametrize("query", QUERIES)
def test_export_csv_round_trips(store: SqlStore, query: EventQuery) -> None:
    out = io.StringIO()
    export_events(store, "csv", out, query)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    expected = stored_events(store, query)
    assert [r["id"] for r in rows] == [e.id for e in expected]
    assert [r["evidence"] for r in rows] == [e.evidence.text for e in expected]
    assert [float(r["confidence"]) for r in rows] == [e.confidence for e in expected]
    assert list(rows[0]) == list(FLAT_COLUMNS)


@pytest.mark.parametrize("query", QUERIES)
def test_export_parquet_round_trips(store: SqlStore, query: EventQuery, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    export_events(store, "parquet", path, query)
    table = pq.read_table(path)
    expected = stored_events(store, query)
    assert table.column_names == list(FLAT_COLUMNS)
    assert table.column("id").to_pylist() == [e.id for e in expected]
    assert table.column("evidence_start").to_pylist() == [e.evidence.start for e in expected]
    arrested = [e.size.arrested if e.size else None for e in expected]
    assert table.column("arrested").to_pylist() == arrested


@pytest.mark.parametrize("fmt", ["xlsx", "PLOVER"])
def test_export_unknown_format_names_choices(store: SqlStore, fmt: str) -> None:
    with pytest.raises(ConfigError, match="plover-jsonl"):
        export_events(store, fmt, io.StringIO())


@pytest.mark.parametrize("filters", [{}, {"actor": "police"}, {"event": "COERCE", "limit": 1}])
def test_export_ledger_events_dataframe_matches_store(store: SqlStore, filters: dict) -> None:
    pytest.importorskip("pandas")
    with newsledger.ledger.open(store.url.removeprefix("sqlite:///")) as ledger:
        frame = ledger.events(**filters)
        actors, articles = ledger.actors(), ledger.articles()
    expected = stored_events(store, EventQuery(**filters))
    assert frame["id"].tolist() == [e.id for e in expected]
    assert frame["evidence"].tolist() == [e.evidence.text for e in expected]
    assert set(frame["event"]) <= {"PROTEST", "COERCE", "REQUEST", "CONSULT", "ACCUSE"}
    assert len(articles) == len(sample_articles()) + 1
    assert actors["n_events"].is_monotonic_decreasing


@pytest.mark.parametrize("path", ["missing.db"])
def test_export_ledger_open_refuses_missing_file(tmp_path: Path, path: str) -> None:
    with pytest.raises(ConfigError, match="no ledger"):
        newsledger.ledger.open(tmp_path / path)
    assert not (tmp_path / path).exists()

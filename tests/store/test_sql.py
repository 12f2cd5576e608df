"""The SQLite ledger: round trips, idempotent re-writes, filters that cannot inject SQL."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.errors import NotFound
from newsledger.records import Actor, Article, Event, Evidence, Place, RemovedBlock, Size, Span
from newsledger.store import EventQuery, SqlStore

TEXT = "Envoy Mara Velt met President Ilse Darrow in Korvin. Police detained six marchers."


def _event(article_id: str, kind: str, start: int, end: int, date_value: str, who: str, whom: str):
    return Event(
        id=f"{article_id}-{kind}-{start}",
        article_id=article_id,
        event=kind,
        evidence=Evidence(TEXT[start:end], start, end, 0),
        date=date_value,
        actor=[Actor(who, who, country="KRV", sector="GOV")],
        recipient=[Actor(whom, whom)],
        event_loc=Place("Korvin", "Korvin", country="KRV"),
        size=Size(arrested=6),
        confidence=0.8,
    )


def _article(article_id: str = "art1", published: date | None = date(2021, 3, 2)) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        raw="Menu\n" + TEXT + "\nFooter",
        text=TEXT,
        title="Envoy meets president",
        credits=["Wire A", "Wire B"],
        published=published,
        removed=[RemovedBlock("Menu", 0, 4, "navigation")],
        sentences=[Span(0, 51), Span(52, len(TEXT))],
        events=[
            _event(article_id, "CONSULT", 0, 51, "2021-03-01", "Mara Velt", "Ilse Darrow"),
            _event(article_id, "COERCE", 52, len(TEXT), "XXXX-03-01", "Police", "marchers"),
        ],
    )


@pytest.mark.parametrize("writes", [1, 3])
def test_sql_rewrite_adds_nothing_twice(ledger_path, writes):
    store = SqlStore(ledger_path)
    for _ in range(writes):
        store.write_articles([_article()])
    assert store.count_events(EventQuery()) == 2
    assert store.get_article("art1") == _article()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(actor="velt"), {"CONSULT"}),
        (EventQuery(actor="DARROW"), {"CONSULT"}),
        (EventQuery(recipient="velt"), set()),
        (EventQuery(event="coerce"), {"COERCE"}),
        (EventQuery(since="2021-01-01"), {"CONSULT"}),
        (EventQuery(until="2021-03"), {"CONSULT"}),
        (EventQuery(since="2022"), set()),
        (EventQuery(text="six marchers"), {"COERCE"}),
        (EventQuery(place="korv"), {"CONSULT", "COERCE"}),
    ],
)
def test_sql_event_filters(ledger_path, query, expected):
    store = SqlStore(ledger_path)
    store.write_articles([_article()])
    assert {e.event for e in store.events(query)} == expected
    assert store.count_events(query) == len(expected)


@pytest.mark.parametrize(
    "hostile", ["x' OR '1'='1", "%", "_", "'; DROP TABLE events; --", "\\", '" OR ""="']
)
def test_sql_filters_do_not_inject(ledger_path, hostile):
    store = SqlStore(ledger_path)
    store.write_articles([_article()])
    for field in ("actor", "recipient", "event", "place", "text", "country"):
        assert store.events(EventQuery(**{field: hostile})) == []
    assert store.count_events(EventQuery()) == 2


@pytest.mark.parametrize("missing", ["nope", "art1' --"])
def test_sql_unknown_article_is_not_found(ledger_path, missing):
    store = SqlStore(ledger_path)
    with pytest.raises(NotFound, match="no article"):
        store.get_article(missing)


@pytest.mark.parametrize("site", ["example.org"])
def test_sql_site_lines_count_each_page_once(ledger_path, site):
    store = SqlStore(ledger_path)
    store.add_site_lines(site, "d1", ["a", "b"])
    store.add_site_lines(site, "d1", ["a", "b"])
    store.add_site_lines(site, "d2", ["a"])
    assert store.site_line_counts(site) == (2, {"a": 2, "b": 1})


@pytest.mark.parametrize("ids", [["a", "b", "c"]])
def test_sql_timeline_and_iteration_order(ledger_path, ids):
    store = SqlStore(ledger_path)
    store.write_articles([_article(i, date(2021, 3, n + 1)) for n, i in enumerate(ids)])
    assert [a.id for a in store.iter_articles(batch_size=2)] == ids
    rows = store.timeline(EventQuery())
    assert [(r["date"], r["event"], r["n"]) for r in rows] == [
        ("2021-03-01", "CONSULT", 3),
        ("XXXX-03-01", "COERCE", 3),
    ]


printable = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=printable, credits=st.lists(printable, max_size=3), text=printable)
def test_sql_round_trip_keeps_every_field(tmp_path_factory, title, credits, text):
    store = SqlStore(tmp_path_factory.mktemp("db") / "ledger.db")
    article = Article(id="h1", source="h.txt", raw=text, text=text, title=title, credits=credits)
    store.write_articles([article])
    assert store.get_article("h1") == article

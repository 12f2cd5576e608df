"""The HTTP API over a real SQLite ledger built from invented articles (newsledger.api.sample)."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.api.params import MAX_LIMIT
from newsledger.api.sample import hostile_article, sample_articles
from newsledger.records import Article, Event, stable_id
from newsledger.store.queries import EventQuery
from newsledger.store.sql import SqlStore

TOKEN = "s3cret-token"
ENVELOPE_KEYS = {"ok", "error", "errors", "status"}


def all_articles():
    return [*sample_articles(), hostile_article()]


def all_events() -> list[Event]:
    return [e for a in all_articles() for e in a.events]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "ledger.db"
    with SqlStore(path) as store:
        store.write_articles(all_articles())
    return path


@pytest.fixture(scope="module")
def client(ledger: Path) -> TestClient:
    return TestClient(create_app(ledger))


def _names(ev: Event) -> list[str]:
    return [p.name.lower() for p in ev.actor + ev.recipient] + [
        p.text.lower() for p in ev.actor + ev.recipient
    ]


FILTER_CASES = [
    ({"actor": "kovalenko"}, lambda e: any("kovalenko" in n for n in _names(e))),
    ({"actor": "POLICE"}, lambda e: any("police" in n for n in _names(e))),
    ({"recipient": "protesters"}, lambda e: any(p.name == "protesters" for p in e.recipient)),
    ({"event": "protest"}, lambda e: e.event == "PROTEST"),
    ({"event": "COERCE", "mode": "arrest"}, lambda e: e.event == "COERCE" and e.mode == "arrest"),
    ({"since": "2021-04"}, lambda e: e.date >= "2021-04"),
    (
        {"since": "2021-03-15", "until": "2021-04-02"},
        lambda e: "2021-03-15" <= e.date[:10] <= "2021-04-02",
    ),
    ({"until": "2021-03"}, lambda e: e.date[:7] <= "2021-03"),
    ({"place": "brest"}, lambda e: e.event_loc is not None and e.event_loc.name == "Brest"),
    ({"country": "lt"}, lambda e: e.event_loc is not None and e.event_loc.country == "LT"),
    ({"text": "RAILWAY"}, lambda e: "railway" in e.evidence.text.lower()),
    ({"min_confidence": 0.8}, lambda e: e.confidence >= 0.8),
    (
        {"actor": "police", "event": "COERCE"},
        lambda e: e.event == "COERCE" and any("police" in n for n in _names(e)),
    ),
]


@pytest.mark.parametrize(("params", "keep"), FILTER_CASES)
def test_api_events_filters_match_records(client: TestClient, params, keep) -> None:
    expected = {e.id for e in all_events() if keep(e)}
    body = client.get("/api/events", params=params).json()
    assert body["ok"] is True
    assert {item["id"] for item in body["items"]} == expected
    assert body["total"] == len(expected)
    assert expected, "each case must select something"


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_api_events_pagination_covers_all_once(client: TestClient, limit: int) -> None:
    seen, offset, total = [], 0, None
    while True:
        body = client.get("/api/events", params={"limit": limit, "offset": offset}).json()
        total = body["total"]
        seen += [item["id"] for item in body["items"]]
        if body["next"] is None:
            break
        assert len(body["items"]) == limit
        offset += limit
    assert len(seen) == len(set(seen)) == total == len(all_events())


@pytest.mark.parametrize(
    "params",
    [
        {"limit": MAX_LIMIT + 1},
        {"limit": 0},
        {"offset": -1},
        {"sort": "evil"},
        {"since": "yesterday"},
        {"min_confidence": 2},
        {"period": "year"},
    ],
)
def test_api_bad_parameters_give_422_envelope(client: TestClient, params) -> None:
    path = "/api/timeline" if "period" in params else "/api/events"
    response = client.get(path, params=params)
    body = response.json()
    assert response.status_code == 422
    assert set(body) == ENVELOPE_KEYS and body["ok"] is False and body["status"] == 422
    assert body["errors"] and body["errors"][0]["param"] == next(iter(params))


@pytest.mark.parametrize(
    ("sort", "key", "reverse"),
    [
        ("date", "date", False),
        ("-date", "date", True),
        ("confidence", "confidence", False),
        ("-confidence", "confidence", True),
    ],
)
def test_api_events_sorted(client: TestClient, sort: str, key: str, reverse: bool) -> None:
    items = client.get("/api/events", params={"sort": sort}).json()["items"]
    values = [item[key] for item in items]
    assert values == sorted(values, reverse=reverse)


@pytest.mark.parametrize(
    "path",
    [
        "/api/events/nope",
        "/api/articles/nope",
        "/api/actors/Nobody",
        "/api/no-such-route",
        "/api/events/%27%20OR%201%3D1--",
    ],
)
def test_api_unknown_ids_give_404_envelope(client: TestClient, path: str) -> None:
    response = client.get(path)
    body = response.json()
    assert response.status_code == 404
    assert set(body) == ENVELOPE_KEYS
    assert body == {**body, "ok": False, "status": 404}
    assert body["error"]


INJECTIONS = [
    "' OR '1'='1",
    "x'; DROP TABLE events; --",
    '" OR 1=1 --',
    "%' OR 1=1 --",
    "1) UNION SELECT record FROM events --",
    "_%",
    "\\",
]
FILTER_PARAMS = [
    "actor",
    "recipient",
    "event",
    "mode",
    "since",
    "until",
    "place",
    "country",
    "text",
    "article_id",
    "min_confidence",
    "sort",
    "limit",
    "offset",
]


@pytest.mark.parametrize("param", FILTER_PARAMS)
@pytest.mark.parametrize("payload", INJECTIONS)
def test_api_sql_injection_in_filters_is_inert(client, ledger: Path, param: str, payload) -> None:
    response = client.get("/api/events", params={param: payload})
    assert response.status_code in (200, 422)
    if response.status_code == 200:
        assert response.json()["items"] == []
    with sqlite3.connect(ledger) as conn:
        (n,) = conn.execute("SELECT count(*) FROM events").fetchone()
    assert n == len(all_events())


@pytest.mark.parametrize("period", ["day", "week", "month"])
def test_api_timeline_counts_every_dated_event(client: TestClient, period: str) -> None:
    body = client.get("/api/timeline", params={"period": period}).json()
    pattern = {"day": r"^\d{4}-\d{2}-\d{2}$", "week": r"^\d{4}-W\d{2}$", "month": r"^\d{4}-\d{2}$"}
    assert all(re.match(pattern[period], b["period"]) for b in body["buckets"])
    assert sum(b["total"] for b in body["buckets"]) == len(all_events())
    assert [b["period"] for b in body["buckets"]] == sorted(b["period"] for b in body["buckets"])


@pytest.mark.parametrize("event", all_events(), ids=lambda e: e.id)
def test_api_event_detail_spans_index_article_text(client: TestClient, event: Event) -> None:
    body = client.get(f"/api/events/{event.id}").json()
    article = next(a for a in all_articles() if a.id == event.article_id)
    evidence = body["mentions"][0]
    assert body["event"]["event_text"] == event.evidence.text
    assert evidence["span"] == article.text[evidence["start"] : evidence["end"]]
    assert evidence["span"] == event.evidence.text
    assert body["article"]["id"] == article.id


@pytest.mark.parametrize("article", all_articles(), ids=lambda a: a.id)
def test_api_article_detail_has_text_and_removed(client: TestClient, article) -> None:
    body = client.get(f"/api/articles/{article.id}").json()["article"]
    assert body["text"] == article.text
    assert body["title"] == article.title
    assert [b["text"] for b in body["removed"]] == [b.text for b in article.removed]
    assert "raw" not in body
    with_raw = client.get(f"/api/articles/{article.id}?raw=true").json()["article"]
    assert with_raw["raw"] == article.raw


@pytest.mark.parametrize("name", ["Maria Kovalenko", "police"])
def test_api_actor_profile_counts(client: TestClient, name: str) -> None:
    body = client.get(f"/api/actors/{name}").json()
    mine = [e for e in all_events() if name in [p.name for p in e.actor + e.recipient]]
    assert body["n_events"] == len(mine)
    assert body["as_actor"] == sum(name in [p.name for p in e.actor] for e in mine)
    assert sum(t["n"] for t in body["by_type"]) == len(mine)
    assert name not in {c["name"] for c in body["co_actors"]}
    listed = {a["name"]: a for a in client.get("/api/actors").json()["items"]}
    assert listed[name]["n_events"] == len(mine)


@pytest.mark.parametrize("path", ["/api/duplicates", "/api/events?merged=true"])
def test_api_merge_views_empty_before_merging(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert body["ok"] is True and body["items"] == []


def copy_of(article: Article, outlet: str) -> Article:
    """Return a re-published copy of `article` (other outlet and page furniture, same story)."""
    raw = f"{outlet} | Subscribe\n{article.text}"
    copy = dataclasses.replace(article, id=stable_id(raw), raw=raw, outlet=outlet, events=[])
    copy.events = [
        dataclasses.replace(e, id=stable_id(copy.id, e.id), article_id=copy.id)
        for e in article.events
    ]
    return copy


@pytest.mark.parametrize("outlet", ["Example Daily"])
def test_api_merge_views_after_merging(tmp_path: Path, outlet: str) -> None:
    merge = pytest.importorskip("newsledger.merge")
    arts = sample_articles()
    copy = copy_of(arts[0], outlet)
    with SqlStore(tmp_path / "m.db") as store:
        store.write_articles([*arts, copy])
        merge.merge_ledger(store)
        merged = merge.query_merged_events(store, EventQuery())
    client = TestClient(create_app(tmp_path / "m.db"))
    clusters = client.get("/api/duplicates").json()["items"]
    members = [{a["article_id"] for a in c["articles"]} for c in clusters]
    assert {arts[0].id, copy.id} in members
    listed = client.get("/api/events", params={"merged": "true", "limit": 500}).json()
    assert listed["total"] == len(merged) > 0
    both = next(m for m in merged if m["n_articles"] == 2)
    detail = client.get(f"/api/events/{both['id']}").json()
    assert detail["kind"] == "merged"
    assert {m["article_id"] for m in detail["mentions"]} == {arts[0].id, copy.id}
    mention = detail["mentions"][0]["id"]
    assert client.get(f"/api/events/{mention}").json()["merged_event_id"] == both["id"]
    html = client.get("/duplicates", headers={"accept": "text/html"}).text
    assert copy.id in html and "(kept)" in html


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 403),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
    ],
)
def test_api_ingest_refuses_without_token(ledger: Path, headers, status: int) -> None:
    client = TestClient(create_app(ledger, ingest_token=TOKEN))
    files = {"files": ("page.txt", b"Some text.", "text/plain")}
    response = client.post("/api/ingest", files=files, headers=headers)
    body = response.json()
    assert response.status_code == status
    assert set(body) == ENVELOPE_KEYS and body["status"] == status


@pytest.mark.parametrize("method", ["post"])
def test_api_ingest_absent_without_configured_token(client: TestClient, method: str) -> None:
    files = {"files": ("page.txt", b"Some text.", "text/plain")}
    response = getattr(client, method)(
        "/api/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code in (404, 405)
    assert response.json()["ok"] is False


@pytest.mark.parametrize(
    "path",
    [
        "/api/events",
        "/api/events/{event_id}",
        "/api/timeline",
        "/api/actors",
        "/api/actors/{id_or_name}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/duplicates",
    ],
)
def test_api_openapi_lists_endpoints(client: TestClient, path: str) -> None:
    schema = client.get("/openapi.json").json()
    assert path in schema["paths"]
    docs = client.get("/docs", headers={"accept": "text/html"})
    assert docs.status_code == 200 and path in docs.text
    assert "cdn" not in docs.text.lower()


HOSTILE_MARKERS = ["<script>window.__pwned", "<img src=x", "<b>banner</b>", 'href="javascript:']


@pytest.mark.parametrize(
    "page",
    [
        "/",
        "/events",
        "/events/{event}",
        "/articles",
        "/articles/{article}?event={event}&removed=true",
        "/actors",
        "/actors/%3Cb%3Ebanner%3C%2Fb%3E",
    ],
)
def test_api_pages_escape_hostile_text(client: TestClient, page: str) -> None:
    hostile = hostile_article()
    url = page.format(event=hostile.events[0].id, article=hostile.id)
    html = client.get(url, headers={"accept": "text/html"}).text
    assert not [m for m in HOSTILE_MARKERS if m in html]
    assert "&lt;" in html
    assert "Content-Security-Policy" in client.get(url).headers


@pytest.mark.model
@pytest.mark.parametrize("name", ["minsk-report.txt"])
def test_api_ingest_with_token_runs_pipeline(tmp_path: Path, name: str) -> None:
    path = tmp_path / "ledger.db"
    SqlStore(path).close()
    client = TestClient(create_app(path, ingest_token=TOKEN))
    page = (
        b"Example Wire\n\nMINSK -- Police detained twelve students outside the university in "
        b"Minsk on Monday, a rights group said.\n"
    )
    response = client.post(
        "/api/ingest",
        files={"files": (name, page, "text/plain")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    body = response.json()
    assert response.status_code == 200, body
    assert body["ok"] is True and body["stats"]["written"] == 1
    articles = client.get("/api/articles").json()
    assert articles["total"] == 1

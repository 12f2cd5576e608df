"""The API's caches follow the ledger: a rewrite that reuses every row id is still seen."""

from __future__ import annotations

import dataclasses

import pytest
from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.api.sample import sample_articles
from newsledger.store.sql import SqlStore


def _types(client: TestClient) -> set[str]:
    rows = client.get("/api/timeline", params={"period": "month"}).json()
    return {kind for bucket in rows["buckets"] for kind in bucket["by_type"]}


def _renamed(article, new_type: str, new_name: str):
    events = [
        dataclasses.replace(
            e,
            event=new_type,
            actor=[dataclasses.replace(a, name=new_name, text=new_name) for a in e.actor],
        )
        for e in article.events
    ]
    return dataclasses.replace(article, events=events)


@pytest.mark.parametrize(("new_type", "new_name"), [("MOBILIZE", "Zzyzx Quorn")])
def test_cache_sees_rewrites_that_reuse_row_ids(tmp_path, new_type, new_name):
    articles = sample_articles()
    path = tmp_path / "ledger.db"
    with SqlStore(path) as store:
        store.write_articles(articles)
    client = TestClient(create_app(path))
    assert new_type not in _types(client)
    assert client.get("/api/events", params={"actor": new_name}).json()["total"] == 0
    with SqlStore(path) as store:  # same article, same number of rows: same rowids
        store.write_articles([_renamed(articles[-1], new_type, new_name)])
    assert new_type in _types(client)
    found = client.get("/api/events", params={"actor": new_name}).json()
    assert found["total"] == len([e for e in articles[-1].events if e.actor])

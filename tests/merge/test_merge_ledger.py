"""End-to-end tests of `merge_ledger` on a real SQLite ledger (newsledger.merge)."""

from __future__ import annotations

from pathlib import Path

import pytest
from merge_corpus import SITE_FURNITURE, build_corpus, make_story, site_bodies
from sqlalchemy import select

from newsledger.merge import merge_ledger
from newsledger.merge.queries import find_entity, list_duplicates, query_merged_events
from newsledger.merge.threads import story_threads
from newsledger.records import Article, normalise_for_id, stable_id
from newsledger.store.queries import EventQuery
from newsledger.store.schema import (
    article_clusters,
    entities,
    event_actors,
    event_merges,
    events,
    mentions,
    merged_events,
)
from newsledger.store.sql import SqlStore

MERGE_TABLES = (article_clusters, entities, merged_events, event_merges, event_actors, mentions)


def _dump(store: SqlStore) -> dict[str, list]:
    """Return every row the merge writes, sorted, for comparisons across runs."""
    with store.engine.connect() as conn:
        out = {t.name: sorted(map(repr, conn.execute(select(t)).all())) for t in MERGE_TABLES}
        out["events"] = sorted(map(repr, conn.execute(select(events.c.id, events.c.record)).all()))
        out["threads"] = sorted(map(repr, conn.execute(select(story_threads)).all()))
    return out


@pytest.fixture
def corpus() -> dict[str, Article]:
    return build_corpus()


@pytest.fixture
def store(ledger_path: Path, corpus: dict[str, Article]) -> SqlStore:
    store = SqlStore(ledger_path)
    store.write_articles(corpus.values())
    yield store
    store.close()


def _clusters(store: SqlStore) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(
            conn.execute(select(article_clusters.c.article_id, article_clusters.c.cluster_id)).all()
        )


@pytest.mark.issue(5)
@pytest.mark.parametrize("story", ["march"])
def test_merge_ledger_one_cluster_per_story(store: SqlStore, corpus: dict, story: str) -> None:
    report = merge_ledger(store)
    clusters = _clusters(store)
    copies = [k for k in corpus if k.startswith(story)]
    assert len({clusters[corpus[k].id] for k in copies}) == 1
    assert clusters[corpus["sanctions"].id] != clusters[corpus[story].id]
    assert (report.clusters, report.duplicates) == (2, len(copies) - 1)
    assert report.reasons["dedup: exact"] == 1  # the copy with the footer cut from the raw page
    (cluster,) = list_duplicates(store)
    assert cluster["articles"][0]["canonical"] and cluster["articles"][0]["reason"] == "canonical"
    assert {a["outlet"] for a in cluster["articles"]} == {corpus[k].outlet for k in copies}
    assert all(a["url"] and a["published"] for a in cluster["articles"])


@pytest.mark.issue(5)
@pytest.mark.parametrize("names", [{"Lukashenka", "Lukashenko", "Alyaksandr Lukashenka"}])
def test_merge_ledger_resolves_lukashenko(store: SqlStore, names: set[str]) -> None:
    merge_ledger(store)
    profile = find_entity(store, "Lukashenko")
    assert {n["name"] for n in profile["names"]} == names
    assert find_entity(store, "President Lukashenka")["id"] == profile["id"]
    kinds = {m["reason"].split(" (")[0].split(" of ")[0] for m in profile["merges"]}
    assert kinds == {"transliteration variant", "surname"}
    with store.engine.connect() as conn:
        actor_ids = set(
            conn.execute(
                select(event_actors.c.entity_id).where(event_actors.c.name.like("Lukashenk%"))
            ).scalars()
        )
        mention_ids = set(
            conn.execute(
                select(mentions.c.entity_id).where(mentions.c.text.like("%Lukashenk%"))
            ).scalars()
        )
    assert actor_ids == mention_ids == {profile["id"]}
    recipients = [r for e in store.events(EventQuery(event="PROTEST")) for r in e.recipient]
    assert {r.entity_id for r in recipients} == {profile["id"]}


@pytest.mark.issue(5)
@pytest.mark.parametrize("event", ["PROTEST", "ARREST"])
def test_merge_ledger_merges_events_across_copies(
    store: SqlStore, corpus: dict, event: str
) -> None:
    merge_ledger(store)
    (record,) = query_merged_events(store, EventQuery(event=event))
    n_copies = sum(k.startswith("march") for k in corpus)
    assert record["n_mentions"] == record["n_articles"] == n_copies
    assert record["n_outlets"] == 1  # copies of one story count once
    assert len(record["reasons"]) == n_copies - 1
    if event == "PROTEST":
        assert {v["value"] for v in record["size_values"]["participants"]} == {5000, 10000}
        assert "size.participants" in record["conflicts"]
    assert query_merged_events(store, EventQuery(actor="Lukashenko", event=event)) == (
        [record] if event == "PROTEST" else []
    )


@pytest.mark.issue(5)
@pytest.mark.parametrize("runs", [2])
def test_merge_ledger_is_idempotent(store: SqlStore, runs: int) -> None:
    first_report = merge_ledger(store)
    first = _dump(store)
    for _ in range(runs - 1):
        assert merge_ledger(store) == first_report
    assert _dump(store) == first


@pytest.mark.issue(5)
@pytest.mark.parametrize("late", [("march_syndicated", "march_lukashenko")])
def test_merge_ledger_new_articles_join_existing_clusters(
    ledger_path: Path, corpus: dict, late: tuple[str, ...]
) -> None:
    store = SqlStore(ledger_path)
    store.write_articles(a for k, a in corpus.items() if k not in late)
    merge_ledger(store)
    before = _clusters(store)
    store.write_articles(corpus[k] for k in late)
    report = merge_ledger(store, new_ids=[corpus[k].id for k in late])
    after = _clusters(store)
    assert all(after[i] == c for i, c in before.items())
    assert {after[corpus[k].id] for k in late} == {before[corpus["march"].id]}
    assert (report.new_articles, report.new_duplicates) == (len(late), len(late))


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("overrides", "apart"),
    [("not_same:\n  - [Lukashenka, Lukashenko]\n", True), ("same: []\n", False)],
)
def test_merge_ledger_override_changes_next_run(
    store: SqlStore, tmp_path: Path, overrides: str, apart: bool
) -> None:
    merge_ledger(store)
    assert find_entity(store, "Lukashenko")["id"] == find_entity(store, "Lukashenka")["id"]
    path = tmp_path / "overrides.yaml"
    path.write_text(overrides, encoding="utf-8")
    merge_ledger(store, overrides_path=path)
    split = find_entity(store, "Lukashenko")["id"] != find_entity(store, "Lukashenka")["id"]
    assert split is apart


@pytest.mark.issue(5)
@pytest.mark.parametrize("n_stories", [4])
def test_merge_ledger_footer_left_in_text_never_merges(ledger_path: Path, n_stories: int) -> None:
    store = SqlStore(ledger_path)
    bodies = site_bodies()[:n_stories]
    assert all(SITE_FURNITURE in b for b in bodies)
    arts = []
    for i, body in enumerate(bodies):
        arts.append(
            Article(
                id=stable_id(normalise_for_id(body)),
                source=f"s{i}",
                raw=body,
                text=body,
                outlet="rl.example",
            )
        )
    store.write_articles(arts)
    report = merge_ledger(store)
    assert (report.clusters, report.duplicates) == (n_stories, 0)


@pytest.mark.parametrize("gap_days", [1])
def test_merge_ledger_links_story_threads(ledger_path: Path, corpus: dict, gap_days: int) -> None:
    store = SqlStore(ledger_path)
    march = corpus["march"]
    follow = make_story(
        "follow",
        [
            p.replace("Sunday", "Monday") + " Officials declined to comment."
            for p in reversed(build_corpus()["march"].text.split("\n\n"))
        ],
        title="Follow-up",
        outlet="daily.example",
        published=march.published.replace(day=march.published.day + gap_days),
    )
    store.write_articles([march, follow, corpus["sanctions"]])
    merge_ledger(store)
    with store.engine.connect() as conn:
        threads = dict(
            conn.execute(select(story_threads.c.article_id, story_threads.c.thread_id)).all()
        )
    assert threads[march.id] == threads[follow.id] != threads[corpus["sanctions"].id]


@pytest.mark.shared
@pytest.mark.issue(5)
@pytest.mark.parametrize("variant", ["all"])
def test_merge_ledger_seed_copies(shared_dir: Path, ledger_path: Path, variant: str) -> None:
    seeds = sorted((shared_dir / "corpus" / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("fewer than two seed captures")
    store = SqlStore(ledger_path)
    arts, groups = [], {}
    for n, path in enumerate(seeds[:2]):
        raw = path.read_text(encoding="utf-8")
        cut = raw.find("RFE/RL's Belarus Service is")
        lines = raw.splitlines()
        variants = {
            "raw": raw,
            "nofooter": raw[:cut] if cut > 0 else raw[: len(raw) * 9 // 10],
            "headline": "\n".join(
                ["A different headline", *lines[1:], "An added paragraph of our own."]
            ),
            "spelling": raw.replace("Lukashenka", "Lukashenko"),
        }
        for name, text in variants.items():
            art = Article(
                id=stable_id(str(n), name),
                source=f"{path.name}#{name}",
                raw=text,
                text=text,
                outlet=f"{name}.example",
            )
            arts.append(art)
            groups[art.id] = n
    store.write_articles(arts)
    merge_ledger(store)
    clusters = _clusters(store)
    for n in (0, 1):
        assert len({clusters[i] for i, g in groups.items() if g == n}) == 1
    assert len(set(clusters.values())) == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), {"ARREST", "PROTEST"}),
        (EventQuery(since="2020-10-25", until="2020-10-25"), {"ARREST", "PROTEST"}),
        (EventQuery(until="2020-10-24"), set()),
        (EventQuery(place="minsk", country="by"), {"ARREST", "PROTEST"}),
        (EventQuery(recipient="Lukashenko"), {"PROTEST"}),
        (EventQuery(actor="police"), {"ARREST"}),
        (EventQuery(text="MASKED OFFICERS"), set()),
        (EventQuery(text="detained at least 40"), {"ARREST", "PROTEST"}),
        (EventQuery(limit=1), 1),
        (EventQuery(event="protest", offset=1), set()),
    ],
)
def test_merge_ledger_query_merged_events_filters(
    store: SqlStore, query: EventQuery, expected: set[str] | int
) -> None:
    merge_ledger(store)
    found = query_merged_events(store, query)
    if isinstance(expected, int):
        assert len(found) == expected
    else:
        assert {r["event"] for r in found} == expected

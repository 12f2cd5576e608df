"""Tests of the cross-article event merge (newsledger.merge.events)."""

from __future__ import annotations

import pytest

from newsledger.merge.events import (
    EventMention,
    count_outlets,
    dates_compatible,
    merge_events,
    places_compatible,
)

MINSK = {"name": "Minsk", "country": "BY", "admin1": "Minsk City", "precision": "city"}
HRODNA = {"name": "Hrodna", "country": "BY", "admin1": "Hrodna Region", "precision": "city"}
BELARUS = {"name": "Belarus", "country": "BY", "precision": "country"}
VILNIUS = {"name": "Vilnius", "country": "LT", "precision": "city"}


def _mention(event_id: str, **fields) -> EventMention:
    fields.setdefault("article_id", f"art-{event_id}")
    fields.setdefault("event", "PROTEST")
    fields.setdefault("actors", {"ent-women": "women protesters"})
    return EventMention(event_id=event_id, **fields)


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("2020-10-24", "2020-10-24", True),
        ("XXXX-10-24", "2020-10-24", True),
        ("2020-10", "2020-10-24", True),
        ("2020", "2020-10-24", True),
        ("2020-10-23", "2020-10-24", False),
        ("2020-11", "2020-10-24", False),
        ("XXXX-10-24", "XXXX-10-25", False),
        (None, "2020-10-24", True),
    ],
)
def test_events_merge_dates_compatible(a, b, ok: bool) -> None:
    assert dates_compatible(a, b) is ok
    assert dates_compatible(b, a) is ok


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (MINSK, MINSK, True),
        (MINSK, BELARUS, True),
        (MINSK, HRODNA, False),
        (MINSK, VILNIUS, False),
        (None, MINSK, True),
    ],
)
def test_events_merge_places_compatible(a, b, ok: bool) -> None:
    assert places_compatible(a, b) is ok


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("second", "merged"),
    [
        ({"date": "XXXX-10-24", "place": MINSK}, True),
        ({"date": "2020-10", "place": BELARUS}, True),
        (
            {"date": "2020-10-24", "place": None, "actors": {}, "recipients": {"ent-gov": "Minsk"}},
            False,
        ),
        ({"date": "2020-10-25", "place": MINSK}, False),
        ({"date": "2020-10-24", "place": HRODNA}, False),
        ({"date": "2020-10-24", "place": MINSK, "event": "ASSAULT"}, False),
        ({"date": "2020-10-24", "place": MINSK, "aux": ("negated",)}, False),
        ({"date": "2020-10-24", "place": MINSK, "actors": {"ent-students": "students"}}, False),
    ],
)
def test_events_merge_same_event_rules(second: dict, merged: bool) -> None:
    first = _mention("e1", date="2020-10-24", place=MINSK)
    groups = merge_events([first, _mention("e2", **second)])
    assert (len(groups) == 1) is merged
    if merged:
        (reason,) = groups[0].reasons
        assert reason["event_id"] == "e2"
        assert reason["reason"].startswith("same type PROTEST; shared actor women protesters")


@pytest.mark.parametrize("order", [("e1", "e2", "e3"), ("e3", "e2", "e1"), ("e2", "e3", "e1")])
def test_events_merge_never_chains_incompatible_dates(order: tuple[str, ...]) -> None:
    dates = {"e1": "2020-10", "e2": "2020-10-24", "e3": "2020-10-25"}
    groups = merge_events([_mention(e, date=dates[e]) for e in order])
    for group in groups:
        days = [m.date for m in group.mentions if len(m.date) == 10]
        assert len(days) <= 1
    assert sum(len(g.mentions) for g in groups) == 3


@pytest.mark.issue(5)
@pytest.mark.parametrize(("sizes", "conflict"), [((5000, 10000), True), ((5000, 5000), False)])
def test_events_merge_keeps_conflicting_details(sizes: tuple[int, int], conflict: bool) -> None:
    a = _mention("e1", date="2020-10-24", size={"participants": sizes[0]})
    b = _mention("e2", date="XXXX-10-24", size={"participants": sizes[1]})
    (group,) = merge_events([a, b])
    record = group.to_record()
    values = {v["value"] for v in record["size_values"]["participants"]}
    assert values == set(sizes)
    assert ("size.participants" in record["conflicts"]) is conflict
    assert record["date"] == "2020-10-24"
    assert {v["value"] for v in record["date_values"]} == {"2020-10-24", "XXXX-10-24"}
    assert "date" in record["conflicts"]


@pytest.mark.parametrize(
    ("articles", "expected"),
    [
        # (article, outlet, dedup cluster, outlet of the cluster's canonical article)
        ([("a1", "rl", "c1", "rl"), ("a2", "wire", "c1", "rl"), ("a3", "daily", "c1", "rl")], 1),
        ([("a1", "rl", "c1", "rl"), ("a2", "daily", "c2", "daily")], 2),
        ([("a1", "rl", "c1", "rl"), ("a2", "rl", "c2", "rl")], 1),
        ([("a1", "rl", None, None), ("a2", None, None, None)], 2),
    ],
)
def test_events_merge_counts_independent_outlets(articles: list, expected: int) -> None:
    mentions = [
        _mention(
            f"e{i}", article_id=a, outlet=o, cluster_id=c, cluster_outlet=co, date="2020-10-24"
        )
        for i, (a, o, c, co) in enumerate(articles)
    ]
    (group,) = merge_events(mentions)
    assert count_outlets(mentions) == expected == group.to_record()["n_outlets"]
    assert group.to_record()["n_articles"] == len(articles)


@pytest.mark.parametrize("n", [2, 5])
def test_events_merge_is_order_independent(n: int) -> None:
    mentions = [_mention(f"e{i}", date="2020-10-24", published=f"2020-10-2{i}") for i in range(n)]
    forward = [g.to_record() for g in merge_events(mentions)]
    backward = [g.to_record() for g in merge_events(list(reversed(mentions)))]
    assert forward == backward
    assert forward[0]["n_mentions"] == n

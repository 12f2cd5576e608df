"""API latency on a large generated ledger, measured from a second process over loopback.

1. Generate a ledger of N invented events (default 1,000,000) straight into the tables with
   `executemany` in large transactions (time-bounded: it stops at --gen-seconds and reports how
   many it wrote).
2. Start `newsledger serve` (uvicorn) on a free loopback port in a subprocess.
3. From this process, drive it with `httpx.AsyncClient` (bounded requests and time per query) and
   print p50/p99 latency and requests/s for the main queries.

Usage:
    python bench/api_latency.py --events 100000                # quick
    python bench/api_latency.py --events 1000000 --db /tmp/bench-1m.db
    python bench/api_latency.py --db /tmp/bench-1m.db --reuse  # skip generation

Figures (2026-11-22, a shared 2-core VM, one uvicorn worker, sequential requests, 200-300 per
query; ms, p50 / p99):

    query                        100 k events   1 M events   1 M + cached type hints (*)
    events by actor              15 / 22        39 / 95      12 / 32
    events by type + date range  31 / 37        40 / 101     16 / 55
    event detail                 3 / 14         3 / 12       3 / 4
    timeline by month            2 / 8          2 / 33       3 / 17
    actor profile                15 / 22        25 / 91      11 / 22

Generating 1 M events takes about 85 s (1.7 GB); the first `serve` of it adds the read indexes
in about 8 s. Uncached, the whole-ledger monthly timeline takes about 0.2 s and the actor list
about 0.8 s on 1 M events; both are then cached until the ledger changes, and computed at
start-up in the background. The listing cost above 1 M is dominated by rebuilding `Event`
records (`records.from_jsonable` calls `typing.get_type_hints` for every nested record);
(*) measured with that call cached (`functools.cache`), the one-line change proposed for
`records.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

EVENT_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
# Invented people: syllables combined into about 10,000 names, so a 1 M-event ledger has about
# 200 events per participant (a few hundred, like a prominent actor in a year of news).
SYLLABLES = "ka lo mi na ro sa te vi zu be do fa gi hu ja".split()
FIRST = [a.title() + b for a in SYLLABLES for b in SYLLABLES][:100]
LAST = [a.title() + b + "ov" for a in SYLLABLES for b in SYLLABLES][:100]
ORGS = [
    f"{kind} of {city}"
    for kind in ("Police", "Court", "Council", "Union", "Ministry")
    for city in ("Minsk", "Hrodna", "Brest", "Homel", "Vitsebsk", "Mahilyou", "Pinsk", "Lida")
]
PLACES = (
    "Minsk Hrodna Brest Homel Vitsebsk Mahilyou Pinsk Lida Baranavichy Babruysk Barysau "
    "Salihorsk Maladzyechna Navapolatsk Zhodzina"
).split()
EVENTS_PER_ARTICLE = 5
BATCH = 20_000
DAYS = 3650  # ten years of dates


def actor_names() -> list[str]:
    """Return the invented participant names (people and organisations)."""
    return [f"{f} {last}" for f in FIRST for last in LAST] + ORGS


def _date(day: int) -> str:
    year, rest = divmod(day, 365)
    month, dom = divmod(rest, 31)
    return f"{2015 + year:04d}-{min(month, 11) + 1:02d}-{dom % 28 + 1:02d}"


def _event_record(
    eid: str, aid: str, kind: str, date: str, who: str, whom: str, place: str, start: int, text: str
) -> dict:
    """Return an event record in the shape `to_jsonable(Event)` stores."""
    person = {"entity_id": None, "country": "BY", "sector": None, "start": None, "end": None}
    return {
        "id": eid,
        "article_id": aid,
        "event": kind,
        "mode": None,
        "context": [],
        "evidence": {"text": text, "start": start, "end": start + len(text), "sentence": -1},
        "actor": [{"text": who, "name": who, **person}],
        "recipient": [{"text": whom, "name": whom, **person}],
        "date": date,
        "date_text": None,
        "date_source": "article",
        "event_loc": {
            "text": place,
            "name": place,
            "country": "BY",
            "admin1": None,
            "lat": None,
            "lon": None,
            "precision": "city",
        },
        "loc_reason": None,
        "size": None,
        "aux": [],
        "reported_by": [],
        "acled": None,
        "trigger": None,
        "mentions": [],
        "confidence": 0.7,
        "extractor": "bench.v1",
    }


def _article_rows(i: int, rng: random.Random, names: list[str]) -> Iterator[tuple]:
    """Yield ('article'|'event'|'actor', row) tuples for article number `i`."""
    aid = f"a{i:015d}"
    day = rng.randrange(DAYS)
    sentences = []
    for _ in range(EVENTS_PER_ARTICLE):
        who, whom = rng.sample(names, 2)
        kind, place = rng.choice(EVENT_TYPES), rng.choice(PLACES)
        sentences.append((who, whom, kind, place, f"{who} and {whom} met in {place} ({kind})."))
    text = " ".join(s[-1] for s in sentences)
    yield "article", (aid, f"bench/{i}.txt", text, _date(day), EVENTS_PER_ARTICLE)
    offset = 0
    for k, (who, whom, kind, place, sentence) in enumerate(sentences):
        eid = f"e{i:013d}{k:02d}"
        date = _date(min(day + rng.randrange(3), DAYS - 1))
        record = _event_record(eid, aid, kind, date, who, whom, place, offset, sentence)
        yield "event", (eid, aid, kind, date, place, "BY", 0.7, offset, json.dumps(record))
        yield "actor", (eid, "actor", 0, who, who)
        yield "actor", (eid, "recipient", 0, whom, whom)
        offset += len(sentence) + 1


SQL = {
    "article": "INSERT INTO articles (id, source, text, published, n_events) VALUES (?,?,?,?,?)",
    "event": "INSERT INTO events (id, article_id, event, date, place, country, confidence, "
    "evidence_start, record) VALUES (?,?,?,?,?,?,?,?,?)",
    "actor": "INSERT INTO event_actors (event_id, role, seq, text, name) VALUES (?,?,?,?,?)",
}


def generate(db: Path, n_events: int, max_seconds: float, seed: int = 7) -> int:
    """Write about `n_events` invented events into a fresh ledger; return how many."""
    from newsledger.store.sql import SqlStore

    db.unlink(missing_ok=True)
    SqlStore(db).close()  # create the schema through the real migrations
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    rng, names, started, written = random.Random(seed), actor_names(), time.monotonic(), 0
    docs = "INSERT INTO documents (id, source, format, raw) VALUES (?,?,?,?)"
    for first in range(0, n_events // EVENTS_PER_ARTICLE, BATCH // EVENTS_PER_ARTICLE):
        rows: dict[str, list[tuple]] = {"article": [], "event": [], "actor": []}
        for i in range(
            first, min(first + BATCH // EVENTS_PER_ARTICLE, n_events // EVENTS_PER_ARTICLE)
        ):
            for kind, row in _article_rows(i, rng, names):
                rows[kind].append(row)
        with conn:
            for kind, batch in rows.items():
                conn.executemany(SQL[kind], batch)
            conn.executemany(docs, [(a[0], a[1], "text", a[2]) for a in rows["article"]])
        written += len(rows["event"])
        if time.monotonic() - started > max_seconds:
            print(f"generation stopped at the time bound: {written} events", file=sys.stderr)
            break
    conn.execute("ANALYZE")
    conn.close()
    return written


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """Start `newsledger serve` in a subprocess and wait until it answers."""
    code = "from newsledger.cli.serve import serve_command; serve_command()"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--port", str(port)])
    import httpx

    deadline = time.monotonic() + 300  # adding the read indexes to 1 M events takes a while
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=5).is_success:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("the server did not start")


def scenarios(db: Path, rng: random.Random) -> dict[str, Callable[[], str]]:
    """Return query name -> function building a random request path of that kind."""
    with sqlite3.connect(db) as conn:
        (n,) = conn.execute("SELECT max(rowid) FROM events").fetchone()
        rowids = [rng.randrange(1, n + 1) for _ in range(500)]
        marks = ",".join("?" * len(rowids))
        ids = [
            r[0] for r in conn.execute(f"SELECT id FROM events WHERE rowid IN ({marks})", rowids)
        ]
    names = actor_names()

    def by_type_range() -> str:
        year, month = rng.randrange(2015, 2025), rng.randrange(1, 11)
        return (
            f"/api/events?event={rng.choice(EVENT_TYPES)}&since={year}-{month:02d}"
            f"&until={year}-{month + 2:02d}&limit=50"
        )

    return {
        "events by actor": lambda: f"/api/events?actor={rng.choice(names)}&limit=50",
        "events by type + date range": by_type_range,
        "event detail": lambda: f"/api/events/{rng.choice(ids)}",
        "timeline by month": lambda: f"/api/timeline?period=month&event={rng.choice(EVENT_TYPES)}",
        "actor profile": lambda: f"/api/actors/{rng.choice(names)}",
    }


async def measure(
    base: str, make_path: Callable[[], str], requests: int, seconds: float, concurrency: int
) -> dict[str, float]:
    """Issue requests until `requests` are done or `seconds` pass; return latency figures."""
    import httpx

    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for _ in range(3):  # warm-up: caches, first-use indexes
            await client.get(make_path())

        async def worker() -> None:
            while len(latencies) < requests and time.monotonic() < deadline:
                t0 = time.perf_counter()
                response = await client.get(make_path())
                latencies.append((time.perf_counter() - t0) * 1000)
                response.raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "n": len(latencies),
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "rps": len(latencies) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsledger-bench.db"))
    parser.add_argument("--reuse", action="store_true", help="use --db as it is")
    parser.add_argument("--gen-seconds", type=float, default=600)
    parser.add_argument("--requests", type=int, default=300, help="per query")
    parser.add_argument("--seconds", type=float, default=15, help="per query")
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    if not args.reuse:
        t0 = time.monotonic()
        n = generate(args.db, args.events, args.gen_seconds)
        print(f"generated {n} events in {time.monotonic() - t0:.0f} s -> {args.db}")
    port = _free_port()
    t0 = time.monotonic()
    server = start_server(args.db, port)
    print(f"server up in {time.monotonic() - t0:.1f} s (includes adding read indexes)")
    try:
        rng = random.Random(11)
        print(f"{'query':30} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}")
        for name, make in scenarios(args.db, rng).items():
            r = asyncio.run(
                measure(
                    f"http://127.0.0.1:{port}", make, args.requests, args.seconds, args.concurrency
                )
            )
            print(f"{name:30} {r['n']:>5} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['rps']:>8.1f}")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()

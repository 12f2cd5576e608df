"""A small invented ledger for demos, docs examples and tests.

Output: `sample_articles()` returns `Article` records whose text and events are made up for
this purpose (no real reporting is reproduced); `write_sample_ledger(path)` stores them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsledger.records import Actor, Article, Event, Evidence, Place, RemovedBlock, Size, stable_id

EXTRACTOR = "sample.v1"

_ARTICLES = (
    {
        "title": "Riot police detain marchers in Hrodna",
        "published": date(2021, 3, 14),
        "outlet": "Example Wire",
        "text": (
            "HRODNA -- Hundreds of people marched through the centre of Hrodna on Sunday. "
            "Riot police detained at least 30 marchers near the railway station, the rights "
            "group Vesna Watch said. Opposition leader Maria Kovalenko called for the release "
            "of everyone held."
        ),
        "events": (
            (
                "Hundreds of people marched through the centre of Hrodna on Sunday.",
                "PROTEST",
                "demo",
                [("Hundreds of people", "protesters")],
                [],
                "2021-03-14",
                ("Hrodna", "BY"),
                Size(participants=300, approximate=True),
                0.82,
            ),
            (
                "Riot police detained at least 30 marchers near the railway station",
                "COERCE",
                "arrest",
                [("Riot police", "police")],
                [("marchers", "protesters")],
                "2021-03-14",
                ("Hrodna", "BY"),
                Size(arrested=30),
                0.91,
            ),
            (
                "Opposition leader Maria Kovalenko called for the release of everyone held.",
                "REQUEST",
                None,
                [("Maria Kovalenko", "Maria Kovalenko")],
                [("police", "police")],
                "2021-03-14",
                None,
                None,
                0.64,
            ),
        ),
    },
    {
        "title": "Kovalenko meets foreign ministers in Vilnius",
        "published": date(2021, 4, 2),
        "outlet": "Example Daily",
        "text": (
            "VILNIUS -- Maria Kovalenko met the foreign ministers of three neighbouring states "
            "on Friday to discuss sanctions. The Interior Ministry accused her of organising "
            "unrest from abroad."
        ),
        "events": (
            (
                "Maria Kovalenko met the foreign ministers of three neighbouring states on Friday",
                "CONSULT",
                "meet",
                [("Maria Kovalenko", "Maria Kovalenko")],
                [("foreign ministers", "foreign ministers")],
                "2021-04-02",
                ("Vilnius", "LT"),
                None,
                0.88,
            ),
            (
                "The Interior Ministry accused her of organising unrest from abroad.",
                "ACCUSE",
                None,
                [("The Interior Ministry", "Interior Ministry")],
                [("her", "Maria Kovalenko")],
                "2021-04-02",
                None,
                None,
                0.77,
            ),
        ),
    },
    {
        "title": "Students rally in Brest after expulsions",
        "published": date(2021, 4, 20),
        "outlet": "Example Wire",
        "text": (
            "BREST -- Students gathered outside the university in Brest on Tuesday after four "
            "classmates were expelled. Police fined two organisers, according to Vesna Watch."
        ),
        "events": (
            (
                "Students gathered outside the university in Brest on Tuesday",
                "PROTEST",
                "demo",
                [("Students", "students")],
                [],
                "2021-04-20",
                ("Brest", "BY"),
                None,
                0.8,
            ),
            (
                "Police fined two organisers",
                "COERCE",
                "restrict",
                [("Police", "police")],
                [("two organisers", "students")],
                "2021-04-20",
                ("Brest", "BY"),
                None,
                0.7,
            ),
        ),
    },
)


def _event(article: Article, spec: tuple) -> Event:
    """Build one event whose evidence offsets point into `article.text`."""
    evidence, kind, mode, actors, recipients, when, place, size, conf = spec
    start = article.text.index(evidence)
    loc = Place(text=place[0], name=place[0], country=place[1]) if place else None
    return Event(
        id=stable_id(article.id, kind, str(start), str(start + len(evidence))),
        article_id=article.id,
        event=kind,
        mode=mode,
        evidence=Evidence(evidence, start, start + len(evidence)),
        actor=[Actor(text=t, name=n) for t, n in actors],
        recipient=[Actor(text=t, name=n) for t, n in recipients],
        date=when,
        date_source="article",
        event_loc=loc,
        size=size,
        confidence=conf,
        extractor=EXTRACTOR,
    )


def sample_articles() -> list[Article]:
    """Return the invented sample articles with their events.

    Example:
        >>> [a.title for a in sample_articles()][0]
        'Riot police detain marchers in Hrodna'
    """
    out = []
    for spec in _ARTICLES:
        menu = "Home | World | Contact us\n"
        raw = menu + spec["text"]
        article = Article(
            id=stable_id(raw),
            source=f"sample/{len(out)}.txt",
            raw=raw,
            text=spec["text"],
            title=spec["title"],
            published=spec["published"],
            outlet=spec["outlet"],
            language="en",
            removed=[RemovedBlock(menu.strip(), 0, len(menu) - 1, "menu")],
        )
        article.events = [_event(article, e) for e in spec["events"]]
        out.append(article)
    return out


def write_sample_ledger(path: str | Path) -> Path:
    """Write the sample articles to a (new or existing) ledger at `path` and return it."""
    from newsledger.store.sql import SqlStore

    with SqlStore(path) as store:
        store.write_articles(sample_articles())
    return Path(path)


HOSTILE_TEXT = (
    "Officials said <script>window.__pwned=1</script> the square was closed. "
    'A banner read <img src=x onerror="window.__pwned=1"> and a leaflet linked to '
    "javascript:window.__pwned=1 before guards removed it."
)


def hostile_article() -> Article:
    """Return an article whose text, title and URL carry markup and script.

    The UI and the API must show all of it as text; tests assert it never executes.
    """
    text = HOSTILE_TEXT
    evidence = 'A banner read <img src=x onerror="window.__pwned=1">'
    article = Article(
        id=stable_id(text),
        source="sample/hostile.txt",
        raw=text,
        text=text,
        title="<script>window.__pwned=1</script> Square closed",
        url="javascript:window.__pwned=1",
        published=date(2021, 5, 1),
        outlet='"><img src=x onerror="window.__pwned=1">',
        language="en",
        removed=[RemovedBlock('<a href="javascript:window.__pwned=1">share</a>', 0, 10, "share")],
    )
    spec = (
        evidence,
        "PROTEST",
        "demo",
        [("<b>banner</b>", "<b>banner</b>")],
        [],
        "2021-05-01",
        ("Hrodna", "BY"),
        None,
        0.5,
    )
    article.events = [_event(article, spec)]
    return article

"""Hand-written corpus for the merge tests (our own invented text, not copied from anywhere).

Two different stories from one invented site whose raw pages carry the same footer, and copies
of the first story: one with the footer cut from the raw page, one syndicated with a changed
headline and an extra local paragraph, one spelling the leader's name "Lukashenko". The clean
texts (`Article.text`) are what the cleaner would leave: no footer.
"""

from __future__ import annotations

from datetime import date

from newsledger.records import Actor, Article, Event, Evidence, Mention, Place, Size, stable_id

FOOTER = (
    "About our Belarus desk\n"
    "The Belarus desk of Radio Liberty Example reports in Belarusian and Russian for readers "
    "inside the country and abroad, and its journalists have been detained, fined and barred "
    "from covering trials for doing their work."
)

STORY_MARCH = [
    "Police in Minsk detained at least 40 women on Sunday as several thousand marched through "
    "the city centre in white and red, the latest of the weekly rallies against Alyaksandr "
    "Lukashenka.",
    "Witnesses said masked officers pulled marchers into unmarked vans near the railway station "
    "while others stood in a chain across the main avenue and blocked the route.",
    "The Vyasna rights group published a list of those detained by the evening and said several "
    "of them were pensioners who had joined the march for the first time.",
    "Opposition leader Svyatlana Tsikhanouskaya, who lives in exile in Vilnius, thanked the "
    "women for their courage and repeated her call for a new and fair presidential election.",
    "Lukashenka has refused to talk to the coordination council formed by the opposition and "
    "has said the protests are directed from abroad by his enemies.",
    "Organisers said the march had gathered about 5,000 people, while the interior ministry "
    "put the number at fewer than a thousand.",
]

STORY_SANCTIONS = [
    "Foreign ministers of the European Union agreed on Monday to add more Belarusian officials "
    "to a list of people banned from travelling to the bloc and whose assets are frozen.",
    "The new names include judges and prison governors accused of handling the cases of "
    "detained protesters, diplomats in Brussels said after the meeting in Luxembourg.",
    "The ministers stopped short of naming Alyaksandr Lukashenka himself but said the door "
    "remained open to measures against him if the violence continued.",
    "The Belarusian foreign ministry called the decision hostile and promised a response that "
    "would mirror the steps taken by the bloc.",
    "Lithuania and Poland had pushed for tougher steps and said the sanctions came too late for "
    "the thousands of people who had been beaten in detention since August.",
]

EXTRA_PARAGRAPH = (
    "Our correspondent in Hrodna reported a smaller march of about two hundred people there, "
    "which ended without detentions after an hour."
)


# A site's furniture that a cleaner missed: its footer plus invented navigation and legal lines,
# long enough to dominate a short story's shingles.
SITE_FURNITURE = "\n".join(
    [
        FOOTER,
        "Subscribe to the morning newsletter and get the five stories you need before breakfast.",
        "Follow the Belarus desk on social networks, listen to the daily podcast, watch the "
        "evening bulletin, and send us tips through the secure form on the contact page.",
        "Copyright 2020 Radio Liberty Example, all rights reserved; reproduction of this "
        "material requires written permission and a link to the original page.",
        "Privacy policy, cookie settings, terms of use, accessibility statement, careers, press "
        "office, corrections, editorial standards and the list of our regional bureaus.",
        "Read more: the timeline of the crisis since the August vote, profiles of the detained "
        "opposition figures, and our explainer on the sanctions imposed so far by the West.",
        "Most popular this week: interviews, photo galleries, the weekend long read and the "
        "archive of our reporting from the regions, searchable by date and by town.",
    ]
)


def site_bodies() -> list[str]:
    """Four different short stories of one site whose bodies still carry its footer."""
    bodies = [
        STORY_MARCH[0],
        STORY_SANCTIONS[0],
        STORY_MARCH[3] + " " + STORY_SANCTIONS[4],
        STORY_SANCTIONS[2] + " " + STORY_MARCH[5],
    ]
    return [f"{body}\n{SITE_FURNITURE}" for body in bodies]


def _events(article_id: str, text: str, leader: str, size: int | None) -> list[Event]:
    """Return the march story's coded events (a protest and an arrest), offsets into `text`."""
    start = text.index("Police in Minsk")
    end = text.index("Lukashenka.") + len("Lukashenka.") if "Lukashenka." in text else start + 80
    evidence = Evidence(text[start:end], start, end, 0)
    minsk = Place("Minsk", "Minsk", "BY", precision="city")
    protest = Event(
        id=stable_id(article_id, "PROTEST", str(start)),
        article_id=article_id,
        event="PROTEST",
        evidence=evidence,
        actor=[Actor("several thousand", "women protesters", sector="CVL")],
        recipient=[Actor(leader, leader, country="BLR", sector="GOV")],
        date="2020-10-25" if size else "XXXX-10-25",
        event_loc=minsk,
        size=Size(participants=size) if size else None,
    )
    arrest = Event(
        id=stable_id(article_id, "ARREST", str(start)),
        article_id=article_id,
        event="ARREST",
        evidence=evidence,
        actor=[Actor("Police", "police", country="BLR", sector="COP")],
        recipient=[Actor("at least 40 women", "women protesters", sector="CVL")],
        date="2020-10-25",
        event_loc=minsk,
        size=Size(arrested=40),
    )
    return [protest, arrest]


def _mentions(text: str) -> list[Mention]:
    """Return PERSON/ORG/GPE mentions of every name we planted in `text`."""
    names = [
        ("Alyaksandr Lukashenka", "PERSON"),
        ("Lukashenka", "PERSON"),
        ("Lukashenko", "PERSON"),
        ("Svyatlana Tsikhanouskaya", "PERSON"),
        ("European Union", "ORG"),
        ("Vyasna", "ORG"),
        ("Minsk", "GPE"),
    ]
    found = []
    for name, label in names:
        start = text.find(name)
        while start != -1:
            overlaps = any(m.start <= start < m.end for m in found)
            if not overlaps:
                found.append(Mention(name, label, start, start + len(name)))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.start)


def make_story(
    key: str,
    paragraphs: list[str],
    *,
    title: str,
    outlet: str,
    published: date,
    raw_footer: bool = True,
    size: int | None = 5000,
    leader: str = "Lukashenka",
) -> Article:
    """Build one cleaned article (raw = title + body (+ footer); text = body only)."""
    text = "\n\n".join(paragraphs)
    raw = f"{title}\n\n{text}" + (f"\n\n{FOOTER}" if raw_footer else "")
    article_id = stable_id("merge-test", key)
    article = Article(
        id=article_id,
        source=f"{key}.txt",
        raw=raw,
        url=f"https://{outlet}/a/{key}.html",
        outlet=outlet,
        text=text,
        title=title,
        published=published,
    )
    article.entities = _mentions(text)
    if paragraphs[0] == STORY_MARCH[0] or paragraphs[0].startswith("Police in Minsk"):
        article.events = _events(article_id, text, leader, size)
    return article


def build_corpus() -> dict[str, Article]:
    """Return the test corpus: the march story, its three copies and the sanctions story."""
    day = date(2020, 10, 25)
    lukashenko = [p.replace("Lukashenka", "Lukashenko") for p in STORY_MARCH]
    return {
        "march": make_story(
            "march",
            STORY_MARCH,
            title="Dozens detained at women's march",
            outlet="rl.example",
            published=day,
        ),
        "march_nofooter": make_story(
            "march_nofooter",
            STORY_MARCH,
            title="Dozens detained at women's march",
            outlet="mirror.example",
            published=day,
            raw_footer=False,
        ),
        "march_syndicated": make_story(
            "march_syndicated",
            [*STORY_MARCH[:3], EXTRA_PARAGRAPH, *STORY_MARCH[3:]],
            title="Belarus police break up women's rally",
            outlet="wire.example",
            published=date(2020, 10, 26),
            size=10000,
        ),
        "march_lukashenko": make_story(
            "march_lukashenko",
            lukashenko,
            title="Women march in Minsk",
            outlet="daily.example",
            published=day,
            size=None,
            leader="Lukashenko",
        ),
        "sanctions": make_story(
            "sanctions",
            STORY_SANCTIONS,
            title="EU widens Belarus sanctions",
            outlet="rl.example",
            published=date(2020, 10, 12),
        ),
    }

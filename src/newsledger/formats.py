"""Public JSON shapes of articles and events, shared by the CLI, the API and the exports.

Events use PLOVER field names where PLOVER has them (`event`, `mode`, `context`, `actor`,
`recipient`, `date`, `event_text`, `text_info`); see docs/events.md for every field.
"""

from __future__ import annotations

from typing import Any

from newsledger.records import Actor, Article, Event, to_jsonable

ARTICLE_FIELDS = (
    "id source url outlet title standfirst dateline byline published published_source "
    "language credits captions text"
).split()

ARTICLE_TABLE_COLUMNS = ("id", "published", "outlet", "dateline", "title")
EVENT_TABLE_COLUMNS = ("date", "event", "mode", "actor", "recipient", "place", "event_text")


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "text": actor.text,
        "name": actor.name,
        "entity_id": actor.entity_id,
        "country": actor.country,
        "sector": actor.sector,
    }


def event_json(event: Event) -> dict[str, Any]:
    """Return the public (PLOVER-compatible) record of an event.

    Example:
        >>> event_json(ev)["text_info"]
        {'sentence': 3, 'start': 120, 'end': 241}
    """
    return {
        "id": event.id,
        "article_id": event.article_id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [_actor_json(a) for a in event.actor],
        "recipient": [_actor_json(a) for a in event.recipient],
        "date": event.date,
        "date_text": event.date_text,
        "date_source": event.date_source,
        "event_loc": to_jsonable(event.event_loc),
        "loc_reason": event.loc_reason,
        "size": to_jsonable(event.size),
        "aux": list(event.aux),
        "reported_by": list(event.reported_by),
        "acled": event.acled,
        "trigger": event.trigger,
        "event_text": event.evidence.text,
        "text_info": {
            "sentence": event.evidence.sentence,
            "start": event.evidence.start,
            "end": event.evidence.end,
        },
        "mentions": [to_jsonable(m) for m in event.mentions],
        "confidence": event.confidence,
        "extractor": event.extractor,
    }


def article_json(article: Article, *, with_removed: bool = True) -> dict[str, Any]:
    """Return the public record of an article (metadata, clean text, removed blocks)."""
    record = {name: to_jsonable(getattr(article, name)) for name in ARTICLE_FIELDS}
    if with_removed:
        record["removed"] = [to_jsonable(b) for b in article.removed]
    record["n_events"] = len(article.events)
    return record


def event_row(event: Event) -> dict[str, Any]:
    """Return a flat, human-readable row of an event for tables and CSV."""
    return {
        "id": event.id,
        "date": event.date or "",
        "event": event.event,
        "mode": event.mode or "",
        "actor": "; ".join(a.name for a in event.actor),
        "recipient": "; ".join(a.name for a in event.recipient),
        "place": event.event_loc.name if event.event_loc else "",
        "aux": ",".join(event.aux),
        "confidence": round(event.confidence, 3),
        "article_id": event.article_id,
        "event_text": event.evidence.text,
    }


# Spreadsheets run a cell that starts with one of these as a formula (CSV injection); scraped
# text may start with anything, so such cells get a leading apostrophe, which spreadsheets hide.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Return `value`, with text that a spreadsheet would run as a formula made inert.

    Example:
        >>> spreadsheet_safe("=HYPERLINK(\"http://x\")")
        '\'=HYPERLINK("http://x")'
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value

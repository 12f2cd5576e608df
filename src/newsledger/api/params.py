"""Query parameters shared by the API routes and the web pages, parsed into an `EventQuery`.

Input: URL query parameters. Output: a validated `EventQuery` (bad values raise FastAPI's
validation error, which becomes the 422 error envelope). Values are only ever bound into SQL.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from newsledger.store.queries import EventQuery

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# A TIMEX prefix: a year, a year-month or a full date (what `since`/`until` compare against).
TIMEX_PREFIX = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Sort = Literal["date", "-date", "confidence", "-confidence"]
Period = Literal["day", "week", "month"]


def event_filters(
    actor: Annotated[str | None, Query(description="actor or recipient (substring)")] = None,
    recipient: Annotated[str | None, Query(description="recipient (substring)")] = None,
    event: Annotated[str | None, Query(description="PLOVER event type, e.g. PROTEST")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode")] = None,
    since: Annotated[str | None, Query(pattern=TIMEX_PREFIX, description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(pattern=TIMEX_PREFIX, description="YYYY[-MM[-DD]]")] = None,
    place: Annotated[str | None, Query(description="place name (substring)")] = None,
    country: Annotated[str | None, Query(description="ISO 3166 alpha-2 country code")] = None,
    text: Annotated[str | None, Query(description="substring of the evidence sentence")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    article_id: Annotated[str | None, Query(description="events of one article")] = None,
) -> EventQuery:
    """Return the `EventQuery` for the filter parameters (no sort or page yet)."""
    return EventQuery(
        actor=actor or None,
        recipient=recipient or None,
        event=event or None,
        mode=mode or None,
        since=since or None,
        until=until or None,
        place=place or None,
        country=country or None,
        text=text or None,
        min_confidence=min_confidence,
        article_id=article_id or None,
    )


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> tuple[int, int]:
    """Return (limit, offset) of a paginated listing."""
    return limit, offset

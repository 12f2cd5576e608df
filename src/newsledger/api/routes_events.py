"""Event routes: `GET /api/events`, `GET /api/events/{id}`, `GET /api/timeline`.

Input: filter, sort and page parameters. Output: JSON with `ok: true` and the records as stored
(`Event` records as dicts; merged events from the merge tables when `merged=true`).
"""

from __future__ import annotations

from dataclasses import astuple, replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from newsledger.api.app import LedgerState, State
from newsledger.api.params import Period, Sort, event_filters, page_params
from newsledger.errors import NotFound
from newsledger.formats import event_json
from newsledger.merge import query_merged_events
from newsledger.records import Event, from_jsonable
from newsledger.store import views
from newsledger.store.queries import EventQuery

router = APIRouter(prefix="/api", tags=["events"])
# Characters of article text shown either side of a mention's span.
CONTEXT_CHARS = 160


def merged_events(state: LedgerState, query: EventQuery) -> tuple[list[dict[str, Any]], int]:
    """Return one page of merged events and their total."""
    everything = query_merged_events(state.store, replace(query, limit=None, offset=0))
    end = None if query.limit is None else query.offset + query.limit
    return list(everything[query.offset : end]), len(everything)


def public_event(record: dict[str, Any]) -> dict[str, Any]:
    """Return the public (PLOVER-named) shape of a stored event record."""
    return event_json(from_jsonable(Event, record))


def find_merged_event(state: LedgerState, event_id: str) -> dict[str, Any]:
    """Return a merged event by id; raise `NotFound` naming both kinds of id if absent."""
    try:
        return views.get_merged_event(state.store.engine, event_id)
    except NotFound:
        raise NotFound(f"no event or merged event with id {event_id!r} in the ledger") from None


def _next_url(request: Request, total: int, limit: int, offset: int) -> str | None:
    """Return the relative URL of the next page, or None on the last page."""
    if offset + limit >= total:
        return None
    url = request.url.include_query_params(offset=offset + limit)
    return f"{url.path}?{url.query}"


@router.get("/events", summary="List events")
def list_events(
    state: State,
    request: Request,
    query: Annotated[EventQuery, Depends(event_filters)],
    page: Annotated[tuple[int, int], Depends(page_params)],
    sort: Sort = "date",
    merged: Annotated[bool, Query(description="list merged (cross-article) events")] = False,
) -> dict[str, Any]:
    """Events matching the filters, sorted and paginated (`total` ignores the page)."""
    query.sort, (query.limit, query.offset) = sort, page
    if merged:
        items, total = merged_events(state, query)
    else:
        records, total = views.list_events(state.store.engine, query, state.resolver)
        items = [public_event(r) for r in records]
    return {
        "ok": True,
        "total": total,
        "limit": query.limit,
        "offset": query.offset,
        "next": _next_url(request, total, query.limit, query.offset),
        "items": items,
    }


def mention_spans(record: dict[str, Any], article_text: str) -> list[dict[str, Any]]:
    """Return the evidence and every mention with its span and context in the article."""
    spans = [{"kind": "evidence", **record["evidence"]}]
    spans += [{"kind": "mention", **m} for m in record.get("mentions") or []]
    for span in spans:
        start, end = span["start"], span["end"]
        valid = 0 <= start <= end <= len(article_text)
        span["span"] = article_text[start:end] if valid else None
        span["before"] = article_text[max(0, start - CONTEXT_CHARS) : start] if valid else None
        span["after"] = article_text[end : end + CONTEXT_CHARS] if valid else None
    return spans


@router.get("/events/{event_id}", summary="One event (or merged event) with its mentions")
def get_event(state: State, event_id: str) -> dict[str, Any]:
    """The event with its article, its evidence and mentions as article spans."""
    try:
        found = views.get_event(state.store.engine, event_id)
    except NotFound:
        merged = find_merged_event(state, event_id)
        members = [public_event(r) for r in merged["mentions"]]
        return {
            "ok": True,
            "kind": "merged",
            "merged_event": merged["merged_event"],
            "mentions": members,
        }
    article = found["article"] or {}
    spans = mention_spans(found["event"], article.pop("text", "") or "")
    return {
        "ok": True,
        "kind": "event",
        "event": public_event(found["event"]),
        "article": article or None,
        "merged_event_id": found["merged_event_id"],
        "mentions": spans,
    }


@router.get("/timeline", summary="Counts of events per period and type")
def timeline(
    state: State,
    query: Annotated[EventQuery, Depends(event_filters)],
    period: Period = "month",
) -> dict[str, Any]:
    """Counts per day, week or month and event type, for events with a known year."""
    rows = cached_timeline(state, query, period)
    return {"ok": True, "period": period, "buckets": bucket_rows(rows)}


def cached_timeline(state: LedgerState, query: EventQuery, period: str) -> list[dict[str, Any]]:
    """Return `{period, event, n}` rows, cached until the ledger changes."""
    return state.cached(
        ("timeline", period, astuple(query)),
        lambda: views.timeline_counts(state.store.engine, query, period, state.resolver),
    )


def event_types(state: LedgerState) -> list[str]:
    """Return the ledger's event types (for filter menus), cached."""
    return state.cached(("types",), lambda: views.event_types(state.store.engine))


def bucket_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group `{period, event, n}` rows into `{period, total, by_type}` buckets."""
    buckets: dict[str, dict[str, Any]] = {}
    for row in rows:
        bucket = buckets.setdefault(
            row["period"], {"period": row["period"], "total": 0, "by_type": {}}
        )
        bucket["total"] += row["n"]
        bucket["by_type"][row["event"]] = row["n"]
    return list(buckets.values())

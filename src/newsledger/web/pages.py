"""The web UI's pages: timeline, events table, event, actors, actor profile, articles, article
reader, duplicates and an offline API reference.

Input: the same filter parameters as the API. Output: server-rendered HTML (see `render.py`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsledger.api.app import State
from newsledger.api.params import Period, Sort, event_filters, page_params
from newsledger.api.routes_events import (
    bucket_rows,
    cached_timeline,
    event_types,
    find_merged_event,
    mention_spans,
)
from newsledger.api.routes_ledger import duplicate_clusters, page_of_actors
from newsledger.errors import NotFound
from newsledger.store import views
from newsledger.store.queries import EventQuery
from newsledger.web.render import (
    bar_chart,
    highlight_segments,
    query_string,
    render_page,
    type_colours,
)

router = APIRouter(include_in_schema=False)
# Events listed under the timeline chart (the events table pages through the rest).
TIMELINE_EVENTS = 100
# Zooming into a bar shows the next finer period; a day's bar opens the events table.
FINER = {"month": "day", "week": "day"}


def _filters(request: Request) -> dict[str, str]:
    """Return the request's non-empty query parameters (to rebuild links and forms)."""
    return {k: v for k, v in request.query_params.items() if v}


def _zoom_href(period: str, key: str, filters: dict[str, str]) -> str:
    """Return the link that zooms into one timeline bucket."""
    since, until = views.period_bounds(period, key)
    if period in FINER:
        return "/" + query_string(filters, period=FINER[period], since=since, until=until)
    return "/events" + query_string(filters, period=None, since=since, until=until)


@router.get("/", response_class=HTMLResponse)
def timeline_page(
    state: State,
    request: Request,
    query: Annotated[EventQuery, Depends(event_filters)],
    period: Period = "month",
) -> HTMLResponse:
    """The timeline: a chart of counts per period and type, and the events in date order."""
    engine = state.store.engine
    buckets, types = bucket_rows(cached_timeline(state, query, period)), event_types(state)
    filters = _filters(request)
    for bucket in buckets:
        bucket["href"] = _zoom_href(period, bucket["period"], filters)
    query.limit = TIMELINE_EVENTS
    items, total = views.list_events(engine, query, state.resolver)
    colours = type_colours(types)
    context = {
        "period": period,
        "chart": bar_chart(buckets, colours),
        "colours": colours,
        "types": types,
        "items": items,
        "total": total,
        "filters": filters,
    }
    return render_page(request, "timeline.html", context)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    state: State,
    request: Request,
    query: Annotated[EventQuery, Depends(event_filters)],
    page: Annotated[tuple[int, int], Depends(page_params)],
    sort: Sort = "date",
) -> HTMLResponse:
    """The events table with every API filter, paginated."""
    query.sort, (query.limit, query.offset) = sort, page
    items, total = views.list_events(state.store.engine, query, state.resolver)
    types = event_types(state)
    context = _listing(request, items, total, query.limit, query.offset)
    context.update(types=types, sort=sort)
    return render_page(request, "events.html", context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(state: State, request: Request, event_id: str) -> HTMLResponse:
    """One event: participants, date, place, evidence and mentions, with links onward."""
    try:
        found = views.get_event(state.store.engine, event_id)
    except NotFound:
        merged = find_merged_event(state, event_id)
        return render_page(request, "merged_event.html", merged)
    article = dict(found["article"] or {})
    spans = mention_spans(found["event"], article.pop("text", "") or "")
    context = {
        "ev": found["event"],
        "article": article,
        "spans": spans,
        "merged_event_id": found["merged_event_id"],
    }
    return render_page(request, "event.html", context)


def _listing(request: Request, items: Any, total: int, limit: int, offset: int) -> dict[str, Any]:
    """The template context every paginated listing page shares."""
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": _filters(request),
    }


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    state: State,
    request: Request,
    page: Annotated[tuple[int, int], Depends(page_params)],
    name: str | None = None,
) -> HTMLResponse:
    """Actors by number of events, filterable by name."""
    limit, offset = page
    items, total = page_of_actors(state, name, limit, offset)
    context = _listing(request, items, total, limit, offset)
    return render_page(request, "actors.html", context)


@router.get("/actors/{id_or_name:path}", response_class=HTMLResponse)
def actor_page(state: State, request: Request, id_or_name: str) -> HTMLResponse:
    """An actor's profile: counts, roles over time, co-actors and recent events."""
    profile = views.actor_profile(state.store.engine, id_or_name)
    roles = [
        {"period": r["period"], "event": r["role"], "n": r["n"]} for r in profile["roles_over_time"]
    ]
    colours = {"actor": "#0072B2", "recipient": "#E69F00"}
    chart = bar_chart(bucket_rows(roles), colours)
    return render_page(request, "actor.html", {"p": profile, "chart": chart, "colours": colours})


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    state: State,
    request: Request,
    page: Annotated[tuple[int, int], Depends(page_params)],
    title: str | None = None,
) -> HTMLResponse:
    """Articles by publication date."""
    limit, offset = page
    items, total = views.list_articles(state.store.engine, limit, offset, title)
    context = _listing(request, items, total, limit, offset)
    return render_page(request, "articles.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    state: State,
    request: Request,
    article_id: str,
    event: str | None = None,
    removed: bool = False,
) -> HTMLResponse:
    """The article reader: clean text with evidence highlighted, and the removed blocks."""
    article = state.store.get_article(article_id)
    spans = [(e.id, e.evidence.start, e.evidence.end) for e in article.events]
    context: dict[str, Any] = {
        "a": article,
        "segments": highlight_segments(article.text, spans, current=event),
        "current": event,
        "show_removed": removed,
    }
    return render_page(request, "article.html", context)


@router.get("/duplicates", response_class=HTMLResponse)
def duplicates_page(
    state: State,
    request: Request,
    page: Annotated[tuple[int, int], Depends(page_params)],
) -> HTMLResponse:
    """Clusters of copies of one article."""
    limit, offset = page
    items = duplicate_clusters(state)[offset : offset + limit]
    return render_page(
        request,
        "duplicates.html",
        {"items": items, "limit": limit, "offset": offset, "filters": {}},
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs_page(request: Request) -> HTMLResponse:
    """An offline API reference rendered from the OpenAPI schema."""
    schema = request.app.openapi()
    return render_page(request, "docs.html", {"schema": schema})

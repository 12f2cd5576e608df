"""Actor, article and duplicate routes: `GET /api/actors[/{id_or_name}]`,
`GET /api/articles[/{id}]`, `GET /api/duplicates`.

Input: path ids and page parameters. Output: JSON with `ok: true`; unknown ids raise `NotFound`
(404 in the error envelope).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from newsledger.api.app import LedgerState, State
from newsledger.api.params import page_params
from newsledger.api.routes_events import public_event
from newsledger.formats import article_json
from newsledger.merge import queries as merge_queries
from newsledger.store import views

router = APIRouter(prefix="/api", tags=["ledger"])


@router.get("/actors", summary="Actors by number of events")
def list_actors(
    state: State,
    page: Annotated[tuple[int, int], Depends(page_params)],
    name: Annotated[str | None, Query(description="name (substring)")] = None,
) -> dict[str, Any]:
    """Participants (actor or recipient) with their event counts, most active first."""
    limit, offset = page
    items, total = page_of_actors(state, name, limit, offset)
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


def page_of_actors(
    state: LedgerState, name: str | None, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """Return a page of actors and the total, from the cached counts of every name."""
    engine = state.store.engine
    counts = state.cached(("actors", name), lambda: views.actor_counts(engine, name))
    return views.add_actor_details(engine, counts[offset : offset + limit]), len(counts)


@router.get("/actors/{id_or_name:path}", summary="An actor's profile")
def actor_profile(state: State, id_or_name: str) -> dict[str, Any]:
    """Counts by role and type, roles per month, co-actors and recent events of one actor."""
    profile = state.cached(("actor", id_or_name), lambda: _public_profile(state, id_or_name))
    return {"ok": True, **profile}


def _public_profile(state: LedgerState, id_or_name: str) -> dict[str, Any]:
    """Return an actor's profile with its events in the public shape."""
    profile = views.actor_profile(state.store.engine, id_or_name)
    profile["events"] = [public_event(r) for r in profile["events"]]
    return profile


@router.get("/articles", summary="Articles by publication date")
def list_articles(
    state: State,
    page: Annotated[tuple[int, int], Depends(page_params)],
    title: Annotated[str | None, Query(description="title (substring)")] = None,
) -> dict[str, Any]:
    """Article metadata (no text), by published date then id."""
    limit, offset = page
    items, total = views.list_articles(state.store.engine, limit, offset, title)
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/articles/{article_id}", summary="One article: clean text, metadata, removed blocks")
def get_article(
    state: State,
    article_id: str,
    raw: Annotated[bool, Query(description="include the capture as read")] = False,
) -> dict[str, Any]:
    """The clean article with what the cleaner removed (offsets into the capture)."""
    article = state.store.get_article(article_id)
    data = article_json(article)
    data["events"] = [e.id for e in article.events]
    if raw:
        data["raw"] = article.raw
    return {"ok": True, "article": data}


@router.get("/duplicates", summary="Clusters of copies of the same article")
def list_duplicates(
    state: State,
    page: Annotated[tuple[int, int], Depends(page_params)],
) -> dict[str, Any]:
    """Clusters with more than one article, canonical copy first (empty before merging)."""
    limit, offset = page
    clusters = duplicate_clusters(state)
    items = clusters[offset : offset + limit]
    return {"ok": True, "total": len(clusters), "limit": limit, "offset": offset, "items": items}


def duplicate_clusters(state: LedgerState) -> list[dict[str, Any]]:
    """Return every duplicate cluster (cached until the ledger changes)."""
    return state.cached(("duplicates",), lambda: merge_queries.list_duplicates(state.store))

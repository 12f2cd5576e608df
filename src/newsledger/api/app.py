"""`create_app(db)`: the FastAPI application serving one ledger (API under `/api/`, UI at `/`).

Input: the path (or SQLAlchemy URL) of an existing ledger. Output: an ASGI app; read-only unless
started with an ingest token, in which case `POST /api/ingest` exists and requires
`Authorization: Bearer <token>`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from newsledger import __version__
from newsledger.api.errors import install_error_handlers
from newsledger.store.schema import ledger_version
from newsledger.store.sql import SqlStore, open_existing_store
from newsledger.store.views import ActorResolver, ensure_read_indexes

log = logging.getLogger(__name__)

# Security headers: even if some text escaped the templates' escaping, the browser would refuse
# inline scripts and foreign origins (the UI needs nothing but its own files).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Bound on cached aggregates: each is small (a few hundred rows), so a few hundred entries fit.
CACHE_ENTRIES = 256
STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"


@dataclass
class LedgerState:
    """What the request handlers share: the store, the actor-name resolver, a result cache."""

    store: SqlStore
    db: str
    ingest_token: str | None = None
    resolver: ActorResolver = field(default_factory=ActorResolver)
    _cache: dict[Any, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def data_version(self) -> int:
        """Return the ledger's change counter (bumped by every article or merge write)."""
        with self.store.engine.connect() as conn:
            return ledger_version(conn)

    def cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        """Return `compute()`, reusing the last result for `key` while the data is unchanged.

        Aggregates (timelines, actor lists) scan the whole ledger; repeated requests for the
        same view then cost one small query instead.
        """
        version = self.data_version()
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        with self._lock:
            if len(self._cache) > CACHE_ENTRIES:
                self._cache.clear()
            self._cache[key] = (version, value)
        return value


def drop_empty_params(query_string: bytes) -> bytes:
    """Remove `name=` pairs: an empty form field means "no filter", not an invalid value."""
    pairs = [p for p in query_string.split(b"&") if p and not p.endswith(b"=")]
    return b"&".join(pairs)


def get_state(request: Request) -> LedgerState:
    """FastAPI dependency: the ledger state of the app serving `request`."""
    return request.app.state.ledger


State = Annotated[LedgerState, Depends(get_state)]


def open_ledger(db: str | Path) -> SqlStore:
    """Open an existing ledger and add the read indexes; raise `ConfigError` if absent."""
    store = open_existing_store(db)
    try:
        ensure_read_indexes(store.engine)
    except SQLAlchemyError as err:  # a read-only file: serve it, only slower
        log.warning("cannot add read indexes to %s: %s", db, err)
    return store


def warm_caches(state: LedgerState) -> None:
    """Compute the start page's aggregates in the background, so the first visitor of a large
    ledger does not wait for them (a second on a million events)."""
    from newsledger.api.routes_events import cached_timeline, event_types
    from newsledger.api.routes_ledger import page_of_actors
    from newsledger.store.queries import EventQuery

    try:
        cached_timeline(state, EventQuery(), "month")
        event_types(state)
        page_of_actors(state, None, 50, 0)
    except SQLAlchemyError as err:  # a warm-up is an optimisation: say why it did not happen
        log.warning("could not pre-compute the timeline of %s: %s", state.db, err)


def create_app(db: str | Path, *, ingest_token: str | None = None) -> FastAPI:
    """Build the API and web UI over the ledger at `db`.

    Args:
        db: path of a SQLite ledger (or a SQLAlchemy URL).
        ingest_token: when given, `POST /api/ingest` exists and requires this bearer token.

    Returns:
        The FastAPI application (serve it with uvicorn).

    Raises:
        ConfigError: no ledger at `db`.

    Example:
        >>> from fastapi.testclient import TestClient
        >>> TestClient(create_app("ledger.db")).get("/api/events?actor=Tikh").json()["total"]
        3
    """
    from newsledger.api import routes_events, routes_ingest, routes_ledger
    from newsledger.web import pages

    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="Read a ledger of PLOVER-coded events, with their evidence.",
        docs_url=None,  # the default docs page loads scripts from a CDN; ours works offline
        redoc_url=None,
    )
    app.state.ledger = LedgerState(open_ledger(db), str(db), ingest_token)
    threading.Thread(target=warm_caches, args=(app.state.ledger,), daemon=True).start()
    install_error_handlers(app)
    app.include_router(routes_events.router)
    app.include_router(routes_ledger.router)
    if ingest_token:
        app.include_router(routes_ingest.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def add_security_headers(request: Request, call_next: Callable) -> Any:
        request.scope["query_string"] = drop_empty_params(request.scope["query_string"])
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app

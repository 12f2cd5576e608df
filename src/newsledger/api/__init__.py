"""The HTTP API and web UI over a ledger: `create_app(db)` returns the FastAPI application."""

from newsledger.api.app import create_app

__all__ = ["create_app"]

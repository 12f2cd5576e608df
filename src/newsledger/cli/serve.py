"""`newsledger serve`: the HTTP API and web UI over a ledger (uvicorn), or one request with --get.

Input: a ledger path. Output: a server on loopback by default; with `--get PATH` the response
body of that one request on stdout (exit 1 when its status is an error), like datasette.
"""

from __future__ import annotations

import warnings

import click

from newsledger.cli.options import db_option
from newsledger.errors import MISSING_EXTRA, DependencyError


def _create_app(db: str, ingest_token: str | None):
    """Build the app, or say which extra is missing."""
    try:
        from newsledger.api import create_app
    except ImportError as err:
        raise DependencyError(MISSING_EXTRA.format(what="newsledger serve", extra="web")) from err
    return create_app(db, ingest_token=ingest_token)


def get_once(app, path: str) -> tuple[int, str]:
    """Return (status, body) of one GET request made in-process, without a server."""
    with warnings.catch_warnings():  # starlette's notice about httpx is not for our users
        warnings.filterwarnings("ignore", message=".*httpx.*")
        from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path)
    return response.status_code, response.text


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--ingest-token",
    envvar="NEWSLEDGER_INGEST_TOKEN",
    help="Enable POST /api/ingest, guarded by this bearer token [env: NEWSLEDGER_INGEST_TOKEN].",
)
@click.option("--get", "get_path", metavar="PATH", help="Print the response to one GET and exit.")
def serve_command(
    db: str, host: str, port: int, ingest_token: str | None, get_path: str | None
) -> None:
    """Serve the ledger: JSON API under /api/, web UI at /, API reference at /docs.

    Read-only unless --ingest-token is given. Listens on 127.0.0.1 by default.

    Example:

        newsledger serve --db ledger.db --port 8000

        newsledger serve --db ledger.db --get "/api/events?actor=Kovalenko&limit=5"
    """
    app = _create_app(db, ingest_token)
    if get_path:
        status, body = get_once(app, get_path)
        click.echo(body)
        if status >= 400:
            raise SystemExit(1)
        return
    import uvicorn

    click.echo(f"Serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")

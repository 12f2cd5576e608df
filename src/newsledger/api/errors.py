"""The API's one error envelope and the exception handlers that build it.

Input: any exception raised while serving a request. Output: `{"ok": false, "error", "errors",
"status"}` as JSON under `/api/`, or the same dict rendered as an HTML page elsewhere. The
status comes from the exception class (`NewsLedgerError.status`, validation 422, HTTP errors).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.errors import NewsLedgerError

log = logging.getLogger(__name__)

# Clearer words for pydantic's error types where its own message names a regex.
MESSAGES = {"string_pattern_mismatch": "expected a date YYYY, YYYY-MM or YYYY-MM-DD"}


def error_envelope(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    """Return the error body every failing request gets.

    Example:
        >>> error_envelope(404, "no event with id 'x'")
        {'ok': False, 'error': "no event with id 'x'", 'errors': [], 'status': 404}
    """
    return {"ok": False, "error": error, "errors": list(errors or []), "status": status}


def error_response(
    request: Request,
    status: int,
    error: str,
    errors: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Return the envelope as JSON for the API, or as an HTML error page for the web UI."""
    body = error_envelope(status, error, errors)
    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(body, status_code=status, headers=headers)
    from newsledger.web.render import render_page

    return render_page(request, "error.html", {"failure": body}, status=status, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    """Flatten pydantic's errors to `{"param", "msg"}` pairs."""
    out = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ()) if part not in ("query", "path", "body")]
        msg = MESSAGES.get(err.get("type", ""), str(err.get("msg", "")))
        if "input" in err and err["input"] is not None:
            msg += f" (got {err['input']!r})"
        out.append({"param": ".".join(loc), "msg": msg})
    return out


async def _on_ledger_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NewsLedgerError)
    return error_response(request, exc.status, str(exc))


async def _on_validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc)
    summary = "; ".join(f"{e['param']}: {e['msg']}" for e in errors) or "invalid request"
    return error_response(request, 422, f"invalid parameters: {summary}", errors)


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    headers = getattr(exc, "headers", None)
    return error_response(request, exc.status_code, str(exc.detail), headers=headers)


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error serving %s", request.url.path, exc_info=exc)
    return error_response(request, 500, f"internal error: {type(exc).__name__}")


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through `error_response`."""
    app.add_exception_handler(NewsLedgerError, _on_ledger_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)

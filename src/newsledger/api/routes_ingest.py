"""`POST /api/ingest`: upload pages and run the pipeline on them (only with a token).

The pipeline is `newsledger.runner.ingest_paths`, imported on first use (it loads spaCy).

Input: multipart files and `Authorization: Bearer <token>`. Output: the run statistics. The
router is mounted only when the app is started with an ingest token; without the header the
answer is 401, with a wrong token 403, both in the error envelope.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile

from newsledger.api.app import State
from newsledger.records import to_jsonable

router = APIRouter(prefix="/api", tags=["ingest"])


def require_token(request: Request, state: State) -> None:
    """Refuse the request unless it carries the app's bearer token."""
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(
            401, "ingest needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not secrets.compare_digest(given.strip().encode(), (state.ingest_token or "").encode()):
        raise HTTPException(403, "the ingest token is not valid")


def _safe_name(name: str | None, index: int) -> str:
    """Return an upload's base name, stripped of any directory part."""
    base = Path(name or "").name
    return base if base and not base.startswith(".") else f"upload-{index}.txt"


@router.post(
    "/ingest",
    summary="Upload pages and run the pipeline on them",
    dependencies=[Depends(require_token)],
)
def ingest(
    state: State,
    files: Annotated[list[UploadFile], File(description="captures: .txt, .html, .jsonl, .warc")],
) -> dict[str, Any]:
    """Write the uploads to a temporary folder and ingest them into the served ledger."""
    from newsledger.runner import ingest_paths

    with tempfile.TemporaryDirectory(prefix="newsledger-upload-") as folder:
        paths = []
        for index, upload in enumerate(files):
            path = Path(folder) / f"{index:04d}-{_safe_name(upload.filename, index)}"
            path.write_bytes(upload.file.read())
            paths.append(path)
        stats = ingest_paths(paths, state.store)
    return {"ok": True, "files": len(paths), "stats": to_jsonable(stats.to_dict())}

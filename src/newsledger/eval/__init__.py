"""Evaluation commands against the external gold data in `../shared/eval` (never copied here).

Every command finds `../shared` the same way and skips cleanly, exit 0, when the data it needs
is absent.
"""

from __future__ import annotations

from pathlib import Path

import click

SKIPPED = "skipped: ../shared/eval/external is absent (no evaluation data)"

shared_option = click.option(
    "--shared",
    "shared_path",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The shared data folder (default: ../shared beside the repository).",
)


def find_shared(start: Path | None = None) -> Path | None:
    """Return the `shared` folder beside the repository (searched upward), or None."""
    candidates = [Path.cwd(), Path(__file__).resolve()] if start is None else [start]
    for base in candidates:
        for folder in (base, *base.parents):
            shared = folder / "shared" if folder.name != "shared" else folder
            if (shared / "eval" / "external").is_dir():
                return shared
            sibling = folder.parent / "shared"
            if (sibling / "eval" / "external").is_dir():
                return sibling
    return None


def shared_or_skip(shared_path: Path | None, needed: str | Path) -> Path | None:
    """Return the shared folder holding `needed`, or say it is skipped and return None."""
    shared = shared_path if shared_path is not None else find_shared()
    if shared is None or not (shared / needed).is_dir():
        click.echo(SKIPPED, err=True)
        return None
    return shared

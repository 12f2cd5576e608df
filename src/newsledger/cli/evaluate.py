"""`newsledger eval ...`: evaluation commands against the gold data in ../shared/eval."""

from __future__ import annotations

import click


@click.group("eval")
def eval_group() -> None:
    """Score newsledger against external gold data (skips cleanly without ../shared).

    Example:

        newsledger eval extraction --split dev
    """

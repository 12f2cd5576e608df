"""`newsledger eval ...`: evaluation commands against the gold data in ../shared/eval.

Subcommands are imported only when used, so the rest of the CLI starts without loading the
evaluation code.
"""

from __future__ import annotations

import importlib

import click

# name -> "module:attribute" of the click command object.
EVAL_COMMANDS = {
    "extraction": "newsledger.eval.extraction:extraction_command",
    "events": "newsledger.eval.events:events_command",
    "timex": "newsledger.eval.timex:timex_command",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *EVAL_COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in EVAL_COMMANDS:
            return super().get_command(ctx, name)
        module, attribute = EVAL_COMMANDS[name].split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group("eval", cls=LazyGroup)
def eval_group() -> None:
    """Score newsledger against external gold data (skips cleanly without ../shared).

    Example:

        newsledger eval extraction --split dev

        newsledger eval events --split dev --limit 200
    """

"""The `newsledger` command line: thin click commands over the library.

Data goes to stdout (JSON Lines when piped), logs and progress to stderr. Exit status: 0 ok,
1 error (including a batch run that skipped inputs, unless `--allow-errors`), 2 usage.
"""

from __future__ import annotations

import logging

import click

from newsledger import __version__
from newsledger.cli.admin import db_group, steps_group
from newsledger.cli.evaluate import eval_group
from newsledger.cli.export import export_command
from newsledger.cli.merge import actor_command, actors_command, duplicates_command
from newsledger.cli.query import articles_command, events_command, timeline_command
from newsledger.cli.run import run_command
from newsledger.cli.serve import serve_command
from newsledger.errors import NewsLedgerError


class LedgerGroup(click.Group):
    """A group that turns library errors into one-line `Error: ...` messages (exit 1)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NewsLedgerError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=LedgerGroup)
@click.version_option(__version__, prog_name="newsledger")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv: debug).")
def main(verbose: int) -> None:
    """newsledger: raw news pages in, a clean, deduplicated event ledger out.

    Example:

        newsledger run examples/sample-corpus --db ledger.db

        newsledger timeline --db ledger.db
    """
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for command in (
    run_command,
    articles_command,
    events_command,
    timeline_command,
    steps_group,
    db_group,
    eval_group,
    actors_command,
    actor_command,
    duplicates_command,
    serve_command,
    export_command,
):
    main.add_command(command)

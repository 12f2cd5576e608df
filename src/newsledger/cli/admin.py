"""`newsledger steps list` and `newsledger db migrate|status`."""

from __future__ import annotations

from pathlib import Path

import click

from newsledger import registry
from newsledger.cli.options import db_option
from newsledger.errors import NO_LEDGER, ConfigError
from newsledger.store.sql import SqlStore


@click.group("steps")
def steps_group() -> None:
    """Inspect the registered pipeline steps.

    Example:

        newsledger steps list
    """


@steps_group.command("list")
def steps_list() -> None:
    """List registered steps with the fields they require and assign.

    Example:

        newsledger steps list
    """
    for name, cls in sorted(registry.load().items()):
        requires = ",".join(cls.requires) or "-"
        assigns = ",".join(cls.assigns) or "-"
        click.echo(f"{name}\trequires={requires}\tassigns={assigns}")


@click.group("db")
def db_group() -> None:
    """Manage the ledger's schema.

    Example:

        newsledger db status --db ledger.db
    """


@db_group.command("migrate")
@db_option
def db_migrate(db: str) -> None:
    """Create the ledger or upgrade its schema to the latest version.

    Example:

        newsledger db migrate --db ledger.db
    """
    store = SqlStore(db, migrate=False)
    applied = store.migrate()
    status = store.schema_status()
    click.echo(f"applied {len(applied)} migration(s); schema version {status['version']}")


@db_group.command("status")
@db_option
def db_status(db: str) -> None:
    """Show the ledger's schema version.

    Example:

        newsledger db status --db ledger.db
    """
    if "://" not in db and not Path(db).expanduser().is_file():
        raise ConfigError(NO_LEDGER.format(path=db))
    status = SqlStore(db, migrate=False).schema_status()
    click.echo(f"schema version {status['version']} (latest {status['latest']})")

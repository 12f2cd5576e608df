"""Docs stay true: every setting, step and command is documented; the CLI reference is current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsledger import registry
from newsledger.cli import main
from newsledger.settings import SETTINGS

DOCS = Path(__file__).resolve().parents[1] / "docs"

# The registry snapshot: changing a step's name or version must be a deliberate act.
EXPECTED_STEPS = {"clean.capture.v1", "annotate.spacy.v1", "code.events.v1"}


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_docs_every_setting_documented(name):
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert f"`{name}`" in text and SETTINGS[name].envvar in text


def test_docs_registry_snapshot():
    assert set(registry.load()) == EXPECTED_STEPS


@pytest.mark.parametrize("name", sorted(EXPECTED_STEPS))
def test_docs_every_step_documented(name):
    assert f"`{name}`" in (DOCS / "steps.md").read_text(encoding="utf-8")


def _command_paths(command, path=()):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _command_paths(sub, (*path, name))


@pytest.mark.parametrize("path", sorted(_command_paths(main)))
def test_docs_every_command_has_example_and_reference(path):
    command = main
    for name in path:
        command = command.commands[name]
    assert "Example:" in (command.help or ""), f"{path} help has no Example: block"
    heading = "## `" + " ".join(("newsledger", *path)) + "`"
    assert heading in (DOCS / "cli.md").read_text(encoding="utf-8")


def test_docs_cli_reference_is_current():
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", str(DOCS / "cli.md")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        "docs/cli.md is stale: run `cog -r docs/cli.md`\n" + result.stderr
    )

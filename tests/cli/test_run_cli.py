"""`newsledger run` takes its settings from flags, NEWSLEDGER_* variables and defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-corpus"


def _run(tmp_path: Path, env: dict[str, str], *extra: str):
    args = ["run", str(next(SAMPLE.rglob("*.txt"))), "--db", str(tmp_path / "x.db"), *extra]
    return CliRunner().invoke(main, args, env=env)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("NEWSLEDGER_WORKERS", "two", "NEWSLEDGER_WORKERS='two' is not a valid int"),
        ("NEWSLEDGER_PAGE_TIMEOUT", "soon", "NEWSLEDGER_PAGE_TIMEOUT='soon' is not a valid float"),
    ],
)
def test_run_cli_bad_setting_is_one_line_error(tmp_path, variable, value, message):
    result = _run(tmp_path, {variable: value})
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {message}"


@pytest.mark.model
@pytest.mark.parametrize("event_type", ["FROBNICATE"])
def test_run_cli_codebook_setting_reaches_the_coder(tmp_path, event_type):
    codebook = tmp_path / "codebook.yaml"
    codebook.write_text(f"triggers:\n  {event_type}:\n    _: [frobnicate]\n", encoding="utf-8")
    result = _run(tmp_path, {"NEWSLEDGER_CODEBOOK": str(codebook)})
    assert result.exit_code == 1
    assert event_type in result.output and "not a codebook type" in result.output


@pytest.mark.parametrize("text", ["[[pipeline]]\nstep = 'clean.nothing.v9'\n"])
def test_run_cli_bad_pipeline_fails_before_reading(tmp_path, text):
    pipeline = tmp_path / "p.toml"
    pipeline.write_text(text, encoding="utf-8")
    result = _run(tmp_path, {}, "--pipeline", str(pipeline))
    assert result.exit_code == 1 and "unknown step 'clean.nothing.v9'" in result.output
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("command", ["events", "articles", "timeline", "actors"])
def test_run_cli_query_commands_never_create_a_ledger(tmp_path, command):
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [command, "--db", str(missing)])
    assert result.exit_code == 1 and "no ledger at" in result.output
    assert not missing.exists()

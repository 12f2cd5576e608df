"""`newsledger serve --get` and `newsledger export` through click's CliRunner on a real ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.api.sample import sample_articles, write_sample_ledger
from newsledger.cli.export import export_command
from newsledger.cli.serve import serve_command


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Path:
    return write_sample_ledger(tmp_path_factory.mktemp("cli") / "ledger.db")


@pytest.mark.parametrize(
    ("path", "actor"),
    [("/api/events?actor=Kovalenko", "kovalenko"), ("/api/events?actor=police&limit=1", "police")],
)
def test_serve_cli_get_prints_json(ledger: Path, path: str, actor: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", str(ledger), "--get", path])
    body = json.loads(result.output)
    expected = [
        e
        for a in sample_articles()
        for e in a.events
        if any(actor in p.name.lower() for p in e.actor + e.recipient)
    ]
    assert result.exit_code == 0
    assert body["ok"] is True and body["total"] == len(expected)
    assert body["items"] and all(
        any(actor in p["name"].lower() for p in i["actor"] + i["recipient"]) for i in body["items"]
    )


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/events?limit=100000"])
def test_serve_cli_get_error_exits_1_with_envelope(ledger: Path, path: str) -> None:
    result = CliRunner().invoke(serve_command, ["--db", str(ledger), "--get", path])
    assert result.exit_code == 1
    assert json.loads(result.output)["ok"] is False


@pytest.mark.parametrize("command", [serve_command, export_command])
def test_serve_cli_missing_ledger_is_an_error(tmp_path: Path, command) -> None:
    args = ["--db", str(tmp_path / "none.db"), "--get", "/api/events"]
    if command is export_command:
        args = ["--db", str(tmp_path / "none.db"), "--format", "csv"]
    result = CliRunner().invoke(command, args)
    assert result.exit_code != 0
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    ("fmt", "first_line"), [("csv", "id,article_id,date"), ("acled-csv", "event_date,event_type")]
)
def test_serve_cli_export_writes_file(ledger: Path, tmp_path: Path, fmt: str, first_line) -> None:
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        export_command, ["--db", str(ledger), "--format", fmt, "-o", str(out), "--type", "PROTEST"]
    )
    lines = out.read_text().splitlines()
    n_protests = sum(e.event == "PROTEST" for a in sample_articles() for e in a.events)
    assert result.exit_code == 0, result.output
    assert lines[0].startswith(first_line)
    assert len(lines) == 1 + n_protests


@pytest.mark.parametrize("command", [serve_command, export_command])
def test_serve_cli_help_has_example(command) -> None:
    result = CliRunner().invoke(command, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output

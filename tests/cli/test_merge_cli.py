"""Tests of the merge CLI commands (`actors`, `actor`, `duplicates`) via click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))
from merge_corpus import build_corpus  # noqa: E402

from newsledger.cli import main  # noqa: E402
from newsledger.merge import merge_ledger  # noqa: E402
from newsledger.store.sql import SqlStore  # noqa: E402


def _invoke(args: list[str]):
    """Run a command through the main group (which turns library errors into `Error:` lines)."""
    return CliRunner().invoke(main, args)


@pytest.fixture
def merged_db(ledger_path: Path) -> str:
    corpus = build_corpus()
    store = SqlStore(ledger_path)
    store.write_articles(corpus.values())
    merge_ledger(store)
    store.close()
    return str(ledger_path)


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_merge_cli_actors_lists_names_seen(merged_db: str, fmt: str) -> None:
    result = _invoke(["actors", "--db", merged_db, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        records = [json.loads(line) for line in result.output.splitlines()]
        top = records[0]
        assert {n["name"] for n in top["names"]} >= {"Lukashenka", "Lukashenko"}
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.output)))
        assert rows[0]["name"] == "Alyaksandr Lukashenka" and "Lukashenko (" in rows[0]["names"]
    else:
        assert result.output.splitlines()[0].lower().split()[:3] == ["id", "name", "kind"]
        assert "Lukashenko (" in result.output


@pytest.mark.parametrize("limit", [1, 3])
def test_merge_cli_actors_limit(merged_db: str, limit: int) -> None:
    result = _invoke(["actors", "--db", merged_db, "--format", "jsonl", "--limit", str(limit)])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == limit


@pytest.mark.parametrize("name", ["Lukashenko", "President Lukashenka", "alyaksandr lukashenka"])
def test_merge_cli_actor_profile_by_alias(merged_db: str, name: str) -> None:
    result = _invoke(["actor", name, "--db", merged_db, "--format", "table"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Alyaksandr Lukashenka  [person]")
    assert "because: transliteration variant" in result.output
    as_json = _invoke(["actor", name, "--db", merged_db, "--format", "jsonl"])
    assert json.loads(as_json.output)["name"] == "Alyaksandr Lukashenka"


@pytest.mark.parametrize(("name", "hint"), [("Lukashanko", "Lukashenko"), ("Zzyzx", None)])
def test_merge_cli_actor_unknown_exits_1(merged_db: str, name: str, hint: str | None) -> None:
    result = _invoke(["actor", name, "--db", merged_db, "--format", "table"])
    assert result.exit_code == 1
    assert f"no actor named '{name}'" in result.output
    assert (hint in result.output) if hint else "close names" not in result.output


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_merge_cli_duplicates_lists_canonical_and_copies(merged_db: str, fmt: str) -> None:
    result = _invoke(["duplicates", "--db", merged_db, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        (cluster,) = [json.loads(line) for line in result.output.splitlines()]
        assert len(cluster["articles"]) == 4 and cluster["articles"][0]["canonical"]
    else:
        lines = result.output.splitlines()
        assert [line.split()[1] for line in lines[1:]] == ["canonical", "copy", "copy", "copy"]
        assert "wire.example" in result.output and "near_duplicate" in result.output


@pytest.mark.parametrize("command", ["actors", "duplicates"])
def test_merge_cli_missing_ledger_is_one_line_error(tmp_path: Path, command) -> None:
    result = _invoke([command, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no ledger at") and len(result.output.splitlines()) == 1


@pytest.mark.parametrize("command", ["actors", "actor", "duplicates"])
def test_merge_cli_help_has_example(command) -> None:
    result = _invoke([command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output

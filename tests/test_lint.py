"""House style is checked with the tests: ruff lint and format over the code (STYLE.md §7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CODE = ["src", "tests", "bench", "examples"]


@pytest.mark.parametrize(
    "args", [["check", *CODE], ["format", "--check", *CODE]], ids=["lint", "format"]
)
def test_lint_ruff_is_clean(args):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr

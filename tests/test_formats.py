"""Public record shapes and their spreadsheet-safe CSV cells."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.formats import FORMULA_PREFIXES, spreadsheet_safe


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"), ("Minsk", "Minsk")],
)
def test_formats_spreadsheet_safe_cases(value, expected):
    assert spreadsheet_safe(value) == expected


@given(st.text())
def test_formats_spreadsheet_safe_never_leaves_a_formula(text):
    safe = spreadsheet_safe(text)
    assert not safe.startswith(FORMULA_PREFIXES)
    assert safe in (text, "'" + text)

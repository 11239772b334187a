"""`claimledger place NAME`: how a name resolves, as a table or JSON, exit 1 when unresolved."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimledger.cli.places import place_command

CASES = [
    (["Калужской области"], "RU-KLU", "region"),
    (["the Kaluga region", "--lang", "en"], "RU-KLU", "region"),
    (["Брянском", "--lang", "ru"], "city:Bryansk", "city"),
    (["Харківщина"], "UA-63", "region"),
    (["Дзержинск", "--country", "UA"], "city:Toretsk", "city"),
]


@pytest.mark.parametrize(("args", "code", "kind"), CASES)
def test_place_json(args: list[str], code: str, kind: str) -> None:
    result = CliRunner().invoke(place_command, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert set(record) == {"code", "name", "kind", "lat", "lon", "country", "why"}
    assert record["code"] == code
    assert record["kind"] == kind
    assert record["why"]


def test_place_table() -> None:
    result = CliRunner().invoke(place_command, ["Kharkov"])
    assert result.exit_code == 0
    assert "city:Kharkiv" in result.output
    assert "why" in result.output


def test_unresolved_exits_1_with_nulls() -> None:
    result = CliRunner().invoke(place_command, ["Xyzzy", "--format", "json"])
    assert result.exit_code == 1
    record = json.loads(result.output)
    assert record["code"] is None and record["lat"] is None
    assert "Xyzzy" in record["why"]

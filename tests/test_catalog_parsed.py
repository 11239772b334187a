"""Parsed TOML kept in the cache folder: the same data as tomllib, parsed again when the text
changes, when the stored file is broken, and never stored when the cache is off."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from claimledger.catalog import parsed as toml_cache

TABLE = """
[words]
victim_nouns = ["человек", "житель"]
count = 3
when = 2024-11-17T07:51:24Z

[[source]]
name = "Повітряні сили"
ids = ["kpszsu"]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", str(tmp_path))
    return tmp_path / "toml-1"


def test_a_table_is_parsed_once_and_read_back_the_same(cache: Path) -> None:
    first = toml_cache.loads(TABLE)
    assert first == tomllib.loads(TABLE)
    assert len(list(cache.glob("*.pickle"))) == 1
    assert toml_cache.loads(TABLE) == first


def test_an_edited_table_is_parsed_again(cache: Path) -> None:
    toml_cache.loads(TABLE)
    edited = TABLE.replace("count = 3", "count = 4")
    assert toml_cache.loads(edited)["words"]["count"] == 4
    assert len(list(cache.glob("*.pickle"))) == 2


def test_a_broken_stored_file_is_parsed_again(cache: Path) -> None:
    toml_cache.loads(TABLE)
    (stored,) = cache.glob("*.pickle")
    stored.write_bytes(b"not a pickle")
    assert toml_cache.loads(TABLE) == tomllib.loads(TABLE)


def test_invalid_toml_raises_as_tomllib_does_and_stores_nothing(cache: Path) -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_cache.loads("[words\n")
    assert not list(cache.glob("*.pickle")) if cache.exists() else True


def test_off_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_CACHE_DIR", "off")
    monkeypatch.chdir(tmp_path)
    assert toml_cache.loads(TABLE) == tomllib.loads(TABLE)
    assert not list(tmp_path.rglob("*.pickle"))

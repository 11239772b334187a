"""The error edge: one exception root, one line per error, exit 2 naming a missing extra.

Extras are made missing here by hiding their packages from `find_spec` (what
claimledger.errors.require_extra asks), so these tests run with or without them installed; the
wheel smoke test (tests/smoke/smoke.py) checks the same in a real install without extras.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from importlib.machinery import ModuleSpec
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

import claimledger
from claimledger import errors
from claimledger.cli import main
from claimledger.cli.options import program
from claimledger.errors import ClaimledgerError, MissingExtra
from claimledger.sources.read_errors import ReadError, ReadWarning

ROOT = Path(__file__).resolve().parents[1]
# Modules that need an optional extra to import at all.
EXTRA_MODULES = {
    "claimledger.batch.engine": "distributed",
}
POST = '{"id": "t:1", "text": "Над Калужской областью ночью сбиты 4 беспилотника.", "lang": "ru"}'


def without(*hidden: str) -> object:
    """A find_spec that says the `hidden` top-level packages are not installed."""
    real = errors.find_spec

    def find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        return None if name.split(".")[0] in hidden else real(name, package)

    return find_spec


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_one_line_naming_scale(result: Result) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "claimledger[scale]" in lines[0], result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_dask_engine_without_the_scale_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "find_spec", without("distributed", "dask"))
    corpus = tmp_path / "posts.jsonl"
    corpus.write_text(POST + "\n", encoding="utf-8")
    result = run("extract", "--engine", "dask", "--out", str(tmp_path / "out"), str(corpus))
    assert_one_line_naming_scale(result)


def test_batch_extract_without_the_scale_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "find_spec", without("distributed"))
    corpus = tmp_path / "posts.jsonl"
    corpus.write_text(POST + "\n", encoding="utf-8")
    result = run("batch-extract", str(corpus), "--out", str(tmp_path / "out"))
    assert_one_line_naming_scale(result)


@pytest.mark.parametrize("command", [["claims"], ["ingest", "-"], ["incidents"]])
def test_postgresql_url_without_psycopg(
    command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(errors, "find_spec", without("psycopg"))
    result = run(*command, "--db", "postgresql://someone@localhost/ledger")
    assert_one_line_naming_scale(result)


def test_a_library_error_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run("show", "x", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


def test_missing_extra_names_the_install_command() -> None:
    exc = MissingExtra("a PostgreSQL ledger", "scale", "psycopg")
    assert "pip install 'claimledger[scale]'" in str(exc) and "psycopg" in str(exc)
    assert isinstance(exc, ClaimledgerError)


def _claimledger_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(claimledger.__path__, "claimledger.")]
    return [n for n in names if n not in EXTRA_MODULES or _importable(EXTRA_MODULES[n])]


def _importable(package: str) -> bool:
    return find_spec(package) is not None


def test_every_exception_of_claimledger_derives_from_the_root() -> None:
    """Every exception class of the library; the CLI's own are click's (what the edge makes of
    a ClaimledgerError) and stay out."""
    found = {}
    for name in _claimledger_modules():
        if name.startswith("claimledger.cli"):
            continue
        module = importlib.import_module(name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__.startswith("claimledger"):
                found[value.__qualname__] = value
    assert len(found) >= 14
    outside = sorted(n for n, cls in found.items() if not issubclass(cls, ClaimledgerError))
    assert outside == []
    documented = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert sorted(n for n in found if n not in documented) == []


def test_warnings_are_records_not_exceptions() -> None:
    warning = ReadWarning("a.txt", 3, "encoding guessed")
    assert not isinstance(warning, BaseException)
    assert (warning.level, warning.is_error) == ("warning", False)
    assert str(warning) == "a.txt:3: warning: encoding guessed"
    error = ReadError("a.txt", 3, "not valid JSON")
    assert (error.level, error.is_error, str(error)) == ("error", True, "a.txt:3: not valid JSON")


@pytest.mark.parametrize(
    ("argv0", "on_path", "expected"),
    [
        ("/usr/local/bin/claimledger", "/usr/local/bin/claimledger", "claimledger"),
        (".venv/bin/claimledger", None, ".venv/bin/claimledger"),
        ("/opt/cl/bin/claimledger", "/usr/bin/claimledger", "/opt/cl/bin/claimledger"),
        ("/x/site-packages/claimledger/__main__.py", None, " -m claimledger"),
    ],
)
def test_next_commands_are_spelt_as_this_one_was_started(
    argv0: str, on_path: str | None, expected: str, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    if not argv0.startswith("/"):
        (tmp_path / argv0).parent.mkdir(parents=True)
        (tmp_path / argv0).touch()
    monkeypatch.setattr(sys, "argv", [argv0])
    monkeypatch.setattr("shutil.which", lambda name: on_path)
    assert program().endswith(expected)  # after the Python that runs `-m claimledger`


def test_the_lazy_command_table_names_every_command() -> None:
    """`claimledger.cli.COMMANDS` loads each command's module on first use; it must list every
    command of every module, each under its own module."""
    from claimledger.cli import COMMANDS

    modules = sorted(set(COMMANDS.values()))
    defined: dict[str, str] = {}
    for name in modules:
        module = importlib.import_module(f"claimledger.cli.{name}")
        for attribute in dir(module):
            if attribute.endswith("_COMMANDS"):
                for command in getattr(module, attribute):
                    defined[command.name] = name
    assert defined == COMMANDS
    ctx = click.Context(main)
    assert all(main.get_command(ctx, name) is not None for name in COMMANDS)

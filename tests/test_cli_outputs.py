"""What the CLI says beside its results: media kept beside the ledger wherever the command
runs, empty exports that say why, progress only where a person watches."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimledger import progress
from claimledger.cli import main
from claimledger.ledger import Ledger
from claimledger.media import synthetic
from claimledger.places import cache
from test_export_fixtures import kaluga_night, write_ledger

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


# -- media -------------------------------------------------------------------------------------


def test_media_are_kept_beside_the_ledger_not_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    photo = here / "photo.jpg"
    synthetic.scene(7).save(photo, quality=90)
    monkeypatch.chdir(here)
    run("media", "add", "photo.jpg", "--db", "../there/field.db")
    assert (there / "field.media").is_dir() and any((there / "field.media").rglob("*.jpg"))
    assert sorted(p.name for p in here.iterdir()) == ["photo.jpg"]


def test_media_folders_are_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "*.media/" in ignored


# -- empty exports -----------------------------------------------------------------------------


@pytest.fixture
def night(tmp_path: Path) -> Path:
    return write_ledger(tmp_path / "night.db", kaluga_night())


def test_claimreview_with_nothing_reviewed_says_why(night: Path) -> None:
    result = run("export", "--format", "claimreview", "--db", str(night))
    assert result.stdout.strip() == "[]"
    assert "no incident has been reviewed" in result.stderr and "review" in result.stderr


def test_an_export_the_filters_empty_says_which_filters(night: Path) -> None:
    result = run("export", "--format", "acled", "--db", str(night), "--since", "2030-01-01")
    assert len(result.stdout.splitlines()) == 1  # the header
    assert "no incidents match --since 2030-01-01" in result.stderr


def test_an_export_of_an_empty_ledger_says_to_ingest(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Ledger.open(db).close()
    result = run("export", "--format", "claims", "--db", str(db))
    assert "holds no claims yet" in result.stderr and "ingest" in result.stderr


def test_an_export_with_rows_says_nothing(night: Path) -> None:
    assert run("export", "--format", "acled", "--db", str(night)).stderr == ""


# -- progress ----------------------------------------------------------------------------------


def test_progress_shows_only_when_on_and_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    progress.enable(True)
    assert not progress.active()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert progress.active()
    progress.enable(False)
    assert not progress.active()
    assert list(progress.counted(range(5), "items")) == [0, 1, 2, 3, 4]


def test_counted_items_are_all_given_while_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress.enable(True)
    try:
        assert list(progress.counted(iter(range(1000)), "rows", total=1000)) == list(range(1000))
        with progress.step("a slow step"):
            pass
    finally:
        progress.enable(False)


@pytest.mark.parametrize(("flag", "shown"), [([], True), (["--quiet"], False)])
def test_quiet_turns_progress_off(flag: list[str], shown: bool) -> None:
    run("place", "Kaluga", *flag)
    assert progress._enabled is shown
    progress.enable(False)


def test_the_gazetteer_build_is_a_step_with_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[str] = []

    class Recorder:
        def __init__(self, message: str) -> None:
            steps.append(message)

        def __enter__(self) -> None:
            return None

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr("claimledger.progress.step", Recorder)
    monkeypatch.setattr(cache, "build_tables", lambda parsers: "tables")
    assert cache.build() == "tables"
    assert steps and "gazetteer" in steps[0]

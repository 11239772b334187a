"""`claimledger ingest` of every input format into a ledger: source, time, text, forwarded_from
and media arrive; a second run changes nothing; an edited Telegram post becomes a new version;
`--sources` names the voice of a channel."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from claimledger.cli.ledger import LEDGER_COMMANDS
from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.model import Report

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CHANNEL = FIXTURES / "telegram" / "channel"
MSK = timezone(timedelta(hours=3))

cli = click.Group("claimledger", commands=LEDGER_COMMANDS)


def run(*args: Any) -> Result:
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, [str(a) for a in args])


def stored(db: Path) -> dict[str, Report]:
    with Ledger.open(db, create=False) as ledger:
        found = {}
        for report_id in ledger.report_ids("", limit=1000):
            extraction = ledger.report(report_id)
            assert extraction is not None
            found[report_id] = extraction.report
        return found


def claims_match_a_fresh_extraction(db: Path) -> None:
    """Every stored report has exactly the claims the extractor finds in it now."""
    extractor = Extractor()
    with Ledger.open(db, create=False) as ledger:
        for report_id in ledger.report_ids("", limit=1000):
            extraction = ledger.report(report_id)
            assert extraction is not None
            report = extraction.report
            fresh = Report(report.text, report.id, report.source, report.published, report.lang)
            expected = [c.to_dict() for c in extractor.extract(fresh).claims]
            assert [c.to_dict() for c in extraction.claims] == expected, report_id


# (report id, source, published, start of text, forwarded_from, media file names)
EXPECTED = [
    (
        "tg:1987654321:2",
        "Сводки ночи (тест)",
        datetime(2024, 11, 28, 3, 15, tzinfo=UTC),
        "Ночью над Курской областью сбиты 7 беспилотников",
        None,
        [],
    ),
    (
        "tg:1987654321:3",
        "Сводки ночи (тест)",
        datetime(2024, 11, 28, 4, 2, tzinfo=UTC),
        "Обломки дрона повредили крышу склада",
        None,
        ["photo_3@28-11-2024_07-02-00.jpg"],
    ),
    (
        "tg:1987654321:4",
        "Сводки ночи (тест)",
        datetime(2024, 11, 28, 4, 40, tzinfo=UTC),
        "Дежурными средствами ПВО перехвачены",
        "Минобороны России",
        [],
    ),
    (
        "tg:1987654321:5",
        "Сводки ночи (тест)",
        datetime(2024, 11, 28, 5, 5, tzinfo=UTC),
        "Видео очевидцев",
        None,
        ["clip_5.mp4", "clip_5.mp4_thumb.jpg"],
    ),
    (
        "tg:1555000111:41",
        "Повітряні сили (тест)",
        datetime(2024, 3, 12, 5, 45, tzinfo=UTC),
        "Уламки дрона впали",
        "Київська міська військова адміністрація",
        ["not_downloaded_41.mp4"],
    ),
    (
        "wire.example.com/wire-20241128-0615",
        "Example Wire: Europe",
        datetime(2024, 11, 28, 6, 15, tzinfo=MSK),
        "Drones shot down over Belgorod, governor says\n\nRussian air defences",
        None,
        ["https://wire.example.com/img/belgorod.jpg"],
    ),
    (
        "tag:region.example.ru,2024:news-4-bpla",
        "Новости региона (тест)",
        datetime(2024, 11, 28, 8, 0, tzinfo=MSK),
        "Над Калужской областью сбиты четыре беспилотника",
        None,
        [],
    ),
    (
        "https://daily.example.org/2024/11/28/kursk-drones",
        "Example Daily",
        datetime(2024, 11, 28, 7, 30, tzinfo=MSK),
        "Drones downed over Kursk region\nRussian air defences",
        None,
        ["smoke.jpg", "night.mp4"],
    ),
    (
        "https://kyiv.example.ua/news/night-attack",
        "kyiv.example.ua",
        datetime(2024, 3, 12, 8, 15, tzinfo=timezone(timedelta(hours=2))),
        "Нічна атака на Київ",
        None,
        ["https://kyiv.example.ua/media/2024/03/debris.jpg"],
    ),
    (
        "kaluga-2024-11-28",
        "Kaluga regional government",
        datetime(2024, 11, 28, 8, 0, tzinfo=MSK),
        "Four drones were shot down over the Kaluga region overnight",
        None,
        [],
    ),
]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    db = tmp_path_factory.mktemp("formats") / "l.db"
    return db, run("ingest", FIXTURES, "--db", db, "--workers", 1)


def test_all_formats_are_stored(filled: tuple[Path, Result]) -> None:
    _, result = filled
    assert result.exit_code == 0, result.stderr  # warnings only
    assert "16 reports read" in result.stdout and "16 new" in result.stdout
    assert "0 error(s), 5 warning(s)" in result.stdout
    assert "media file missing: kursk_files/night.mp4" in result.stderr


@pytest.mark.parametrize(
    ("report_id", "source", "published", "text", "forwarded_from", "media"),
    EXPECTED,
    ids=[row[0] for row in EXPECTED],
)
def test_report_round_trip(
    filled: tuple[Path, Result],
    report_id: str,
    source: str,
    published: datetime,
    text: str,
    forwarded_from: str | None,
    media: list[str],
) -> None:
    report = stored(filled[0])[report_id]
    assert report.source == source
    assert report.published == published
    assert report.text.startswith(text)
    assert report.meta.get("forwarded_from") == forwarded_from
    paths = [entry["path"] for entry in report.meta.get("media", [])]
    assert [p if p.startswith("https://") else Path(p).name for p in paths] == media
    assert all(Path(p).is_absolute() for p in paths if not p.startswith("https://"))


def test_claims_are_the_extractors(filled: tuple[Path, Result]) -> None:
    claims_match_a_fresh_extraction(filled[0])
    with Ledger.open(filled[0], create=False) as ledger:
        assert ledger.counts()["claims"] > 5


def test_second_ingest_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    assert run("ingest", FIXTURES, "--db", db, "--workers", 1).exit_code == 0
    with Ledger.open(db) as ledger:
        before = ledger.counts()
    again = run("ingest", FIXTURES, "--db", db, "--workers", 1)
    assert again.exit_code == 0
    assert "0 new, 16 unchanged, 0 changed" in again.stdout
    with Ledger.open(db) as ledger:
        assert ledger.counts() == before


def test_edited_telegram_post_becomes_a_new_version(tmp_path: Path) -> None:
    shutil.copytree(CHANNEL, tmp_path / "export")
    path = tmp_path / "export" / "result.json"
    db = tmp_path / "l.db"
    assert run("ingest", path, "--db", db, "--workers", 1).exit_code == 0
    document = json.loads(path.read_text("utf-8"))
    post = next(m for m in document["messages"] if m["id"] == 6)
    post["text"] = "Уточнение: над Орловской областью сбиты 5 беспилотников, а не 4."
    post["edited_unixtime"] = "1732780000"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")

    again = run("ingest", path, "--db", db, "--workers", 1)
    assert again.exit_code == 0
    assert "0 new, 5 unchanged, 1 changed (new version)" in again.stdout
    with Ledger.open(db) as ledger:
        assert ledger.version("tg:1987654321:6") == 2
        current = ledger.report("tg:1987654321:6")
        assert current is not None and "сбиты 5 беспилотников" in current.report.text
        assert current.report.meta["edited"] == "2024-11-28T07:46:40+00:00"
        (old,) = ledger.versions("tg:1987654321:6")
        assert old["version"] == 1 and "сбиты 4 беспилотника" in old["text"]
        quantities = [c["quantity"] for c in ledger.claims(report_id="tg:1987654321:6")]
    assert 5 in quantities and 4 not in quantities
    third = run("ingest", path, "--db", db, "--workers", 1)
    assert "0 new, 6 unchanged, 0 changed" in third.stdout


OWN_VOICE = "Над Брянской областью ночью сбиты 5 беспилотников."


def test_sources_file_names_a_channels_voice(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    record = {"id": "c:1", "channel": "Ночной канал", "channel_id": "1234567890", "lang": "ru"}
    posts.write_text(json.dumps({**record, "text": OWN_VOICE}, ensure_ascii=False) + "\n", "utf-8")
    sources = tmp_path / "mine.toml"
    sources.write_text(
        '[[source]]\nname = "Night Desk"\nkind = "outlet"\nside = "ru"\n'
        'ids = ["-1001234567890"]\n',  # the Bot API form of the exported id
        "utf-8",
    )
    plain, named = tmp_path / "plain.db", tmp_path / "named.db"
    assert run("ingest", posts, "--db", plain, "--workers", 1).exit_code == 0
    result = run("ingest", posts, "--db", named, "--sources", sources, "--workers", 2)
    assert result.exit_code == 0, result.stderr
    with Ledger.open(plain) as ledger:
        default_voice = {(c["claimant"], c["claimant_side"]) for c in ledger.claims()}
    with Ledger.open(named) as ledger:
        voices = {(c["claimant"], c["claimant_side"]) for c in ledger.claims()}
    assert ("Nochnoy kanal", None) in default_voice
    assert ("Night Desk", "ru") in voices


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[source]]\nname = "X"\nids = "abc"\nkinds = "outlet"\n', "unknown key(s) kinds"),
        ('[[source]]\nname = "X"\nids = [true]\n', "`ids` must be a list of strings"),
        ('[source]\nname = "X"\n', "must be [[source]] entries"),
        ("name = 'X'\n", "unknown top-level key(s) name"),
        ("[[source]\n", "not valid TOML"),
    ],
)
def test_bad_sources_file(tmp_path: Path, content: str, message: str) -> None:
    sources = tmp_path / "bad.toml"
    sources.write_text(content, "utf-8")
    posts = tmp_path / "p.jsonl"
    posts.write_text('{"id": "a", "text": "x"}\n', "utf-8")
    result = run("ingest", posts, "--db", tmp_path / "l.db", "--sources", sources)
    assert result.exit_code == 1
    assert str(sources) in result.stderr and message in result.stderr
    assert "Traceback" not in result.output


def test_missing_sources_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("ingest", "x.txt", "--db", tmp_path / "l.db", "--sources", tmp_path / "no.toml")
    assert result.exit_code == 2 and "does not exist" in result.stderr

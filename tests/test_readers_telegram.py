"""Telegram Desktop exports (result.json): single-chat and account exports, text entities, edits,
forwards, media, service messages, and broken files."""

from __future__ import annotations

import io
import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.model import Report
from claimledger.sources.read_telegram import entity_links, visible_text
from claimledger.sources.readers import ReadProblem, read_reports

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "telegram"
CHANNEL = FIXTURES / "channel" / "result.json"
ACCOUNT = FIXTURES / "account" / "result.json"


def read(*paths: Any) -> tuple[list[Report], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports(paths, errors=errors)), errors


def by_id(reports: list[Report]) -> dict[str, Report]:
    return {report.id: report for report in reports}


def export(folder: Path, messages: list[Any], **chat: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {"name": "Test channel", "type": "public_channel", "id": 777, **chat}
    document["messages"] = messages
    path = folder / "result.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    return path


def message(number: int, text: Any = "Сбиты 3 беспилотника.", **fields: Any) -> dict[str, Any]:
    return {
        "id": number,
        "type": "message",
        "date": "2024-11-28T06:00:00",
        "date_unixtime": "1732773600",  # as Telegram Desktop writes: local time, and UTC
        "text": text,
        **fields,
    }


def old_message(**fields: Any) -> dict[str, Any]:
    """A message of an old export: local time without offset, and no Unix time."""
    return {"id": 1, "type": "message", "date": "2024-11-28T06:00:00", "text": "Сбиты 3.", **fields}


@pytest.mark.parametrize(
    ("text", "visible", "links"),
    [
        ("plain", "plain", []),
        ([], "", []),
        (["a ", {"type": "bold", "text": "b"}, " c"], "a b c", []),
        (
            ["see ", {"type": "link", "text": "https://x.org/1"}, "."],
            "see https://x.org/1.",
            ["https://x.org/1"],
        ),
        (
            [{"type": "text_link", "text": "here", "href": "https://t.me/c/5"}, "!"],
            "here!",
            ["https://t.me/c/5"],
        ),
        ([{"type": "mention", "text": "@mod_russia"}, " сообщает"], "@mod_russia сообщает", []),
        (
            [{"type": "italic", "text": ["nested ", {"type": "bold", "text": "parts"}]}],
            "nested parts",
            [],
        ),
        ([{"type": "hashtag"}, 5, None, "x"], "x", []),
        (None, "", []),
    ],
)
def test_visible_text_and_links(text: Any, visible: str, links: list[str]) -> None:
    assert visible_text(text) == visible
    assert entity_links(text) == links


def test_channel_export_round_trip() -> None:
    reports, errors = read(CHANNEL)
    found = by_id(reports)
    # 1 and 8 are service messages, 7 is a photo without text.
    assert list(found) == [f"tg:1987654321:{n}" for n in (2, 3, 4, 5, 6, 9)]
    assert {r.source for r in reports} == {"Сводки ночи (тест)"}
    assert all(r.meta["channel_id"] == "1987654321" for r in reports)
    first = found["tg:1987654321:2"]
    assert first.text == (
        "Ночью над Курской областью сбиты 7 беспилотников, написал губернатор. "
        "Подробности: https://example.org/kursk/7 и в его канале."
    )
    assert first.published == datetime(2024, 11, 28, 3, 15, tzinfo=UTC)  # from date_unixtime
    assert first.meta["links"] == [
        "https://example.org/kursk/7",
        "https://t.me/example_governor/1203",
    ]
    assert found["tg:1987654321:4"].meta["forwarded_from"] == "Минобороны России"
    assert found["tg:1987654321:6"].meta["edited"] == "2024-11-28T05:47:00+00:00"
    assert [str(e) for e in errors] == [
        f"{CHANNEL}: warning: 1 media file(s) not included in the export "
        "(export again with photos and videos to keep them)"
    ]


def test_media_paths_resolve_against_the_export_folder() -> None:
    found = by_id(read(CHANNEL)[0])
    folder = CHANNEL.parent.absolute()
    assert found["tg:1987654321:3"].meta["media"] == [
        {
            "path": str(folder / "photos" / "photo_3@28-11-2024_07-02-00.jpg"),
            "kind": "photo",
            "mime": "image/jpeg",
        }
    ]
    video, thumbnail = found["tg:1987654321:5"].meta["media"]
    assert video == {
        "path": str(folder / "video_files" / "clip_5.mp4"),
        "kind": "video",
        "mime": "video/mp4",
        "type": "video_file",
    }
    assert thumbnail["type"] == "thumbnail" and thumbnail["kind"] == "photo"
    assert all(Path(m["path"]).is_file() for m in [video, thumbnail])
    assert "media" not in found["tg:1987654321:9"].meta  # its photo was not exported


def test_account_export_reads_channels_and_leaves_out_personal_chats() -> None:
    reports, errors = read(ACCOUNT)
    assert [(r.id, r.source) for r in reports] == [
        ("tg:1555000111:40", "Повітряні сили (тест)"),
        ("tg:1555000111:41", "Повітряні сили (тест)"),
        ("tg:1444000222:7", "Air Watch (test)"),  # from left_chats
    ]
    forwarded = reports[1]
    assert forwarded.meta["forwarded_from"] == "Київська міська військова адміністрація"
    assert forwarded.meta["media"][0]["missing"] is True
    assert [(e.level, e.message) for e in errors] == [
        (
            "warning",
            "Повітряні сили (тест), message 41: media file missing: "
            "video_files/not_downloaded_41.mp4",
        ),
        ("warning", "1 personal or bot chat(s) left out (private conversations are not reports)"),
    ]


def test_a_personal_chat_exported_alone_is_read(tmp_path: Path) -> None:
    path = export(tmp_path, [message(1)], type="personal_chat", name="Source A")
    (report,), errors = read(path)
    assert errors == [] and report.id == "tg:777:1"


@pytest.mark.parametrize(
    ("fields", "published", "edited"),
    [
        ({"date_unixtime": "1732773600"}, datetime(2024, 11, 28, 6, 0, tzinfo=UTC), None),
        ({"date_unixtime": 1732773600}, datetime(2024, 11, 28, 6, 0, tzinfo=UTC), None),
        # Old exports: local time without offset, taken as UTC (with a warning).
        ({}, datetime(2024, 11, 28, 6, 0, tzinfo=UTC), None),
        (
            {"edited": "2024-11-28T07:00:00", "edited_unixtime": "1732777200"},
            datetime(2024, 11, 28, 6, 0, tzinfo=UTC),
            "2024-11-28T07:00:00+00:00",
        ),
        (
            {"edited": "2024-11-28T07:00:00"},
            datetime(2024, 11, 28, 6, 0, tzinfo=UTC),
            "2024-11-28T07:00:00+00:00",
        ),
    ],
)
def test_times(
    tmp_path: Path, fields: dict[str, Any], published: datetime, edited: str | None
) -> None:
    (report,), problems = read(export(tmp_path, [old_message(**fields)]))
    assert report.published == published
    assert report.published is not None and report.published.utcoffset() is not None
    assert report.meta.get("edited") == edited
    naive = [p.message for p in problems if "no UTC offset" in p.message]
    assert len(naive) == ("date_unixtime" not in fields)


def test_old_export_without_offsets_says_so_once(tmp_path: Path) -> None:
    messages = [{**old_message(), "id": n} for n in range(1, 5)]
    reports, problems = read(export(tmp_path, messages))
    assert len(reports) == 4
    assert [(p.level, p.line, p.message) for p in problems] == [
        ("warning", 6, "message 1: published 2024-11-28T06:00:00 has no UTC offset; taken as UTC"),
        ("warning", None, "3 more report(s) published without a UTC offset; taken as UTC"),
    ]


@pytest.mark.parametrize(
    ("bad", "level", "problem"),
    [
        ("not an object", "error", "a message: expected a JSON object, got str"),
        (["a", "list"], "error", "a message: expected a JSON object, got list"),
        ({"type": "message", "text": "no id"}, "error", "a message: no message id"),
        (old_message(id=5, date="yesterday"), "warning", "message 5: date: not an ISO 8601"),
        (message(6, photo="../../secret.jpg"), "warning", "outside the export folder"),
        (message(7, photo="/etc/passwd"), "warning", "outside the export folder"),
        (message(8, text="x" * (5 * 2**20 + 1)), "error", "message 8: text larger than 5 MB"),
    ],
)
def test_bad_messages_are_reported_and_the_rest_read(
    tmp_path: Path, bad: Any, level: str, problem: str
) -> None:
    path = export(tmp_path, [message(1), bad, message(9)])
    reports, errors = read(path)
    assert {r.id for r in reports} >= {"tg:777:1", "tg:777:9"}
    (error,) = errors
    assert error.level == level and error.path == str(path)
    assert problem in error.message


def test_service_messages_and_captionless_media_give_no_report(tmp_path: Path) -> None:
    messages = [
        {"id": 1, "type": "service", "action": "pin_message", "text": ""},
        message(2, text="", photo="photos/p.jpg"),
        message(3, text=[], text_entities=[{"type": "plain", "text": "from entities"}]),
        message(4, text="   \n"),
    ]
    reports, errors = read(export(tmp_path, messages))
    assert [(r.id, r.text) for r in reports] == [("tg:777:3", "from entities")]
    assert errors == []


def test_chat_fields_after_the_messages(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(
        json.dumps({"messages": [message(1), message(2)], "name": "Late", "id": 9}), "utf-8"
    )
    reports, errors = read(path)
    assert errors == [] and [r.id for r in reports] == ["tg:9:1", "tg:9:2"]
    assert reports[0].source == "Late"


def test_chat_without_id_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"name": "Nameless", "messages": [message(1)]}), "utf-8")
    reports, (error,) = read(path)
    assert reports == []
    assert error.message == "Nameless: no chat id; its 1 message(s) skipped"


def test_truncated_export_keeps_what_came_before_the_cut(tmp_path: Path) -> None:
    whole = CHANNEL.read_bytes()
    cut = whole.index(b'"id": 6')  # inside message 6
    path = tmp_path / "result.json"
    path.write_bytes(whole[:cut])
    reports, errors = read(path)
    assert [r.id for r in reports] == [f"tg:1987654321:{n}" for n in (2, 3, 4, 5)]
    assert [str(e) for e in errors if e.is_error] == [
        f"{path}: file ends in the middle (truncated?) after message 5 of Сводки ночи (тест); "
        "rest lost"
    ]


def test_a_malformed_message_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    text = CHANNEL.read_text("utf-8").replace('"id": 4,', '"id": 4,,', 1)
    path = tmp_path / "result.json"
    path.write_text(text, "utf-8")
    reports, errors = read(path)
    assert [r.id for r in reports] == [f"tg:1987654321:{n}" for n in (2, 3, 5, 6, 9)]
    (error,) = [e for e in errors if e.is_error]
    opening = text.rindex("{", 0, text.index('"id": 4,,'))
    assert (error.line, error.message) == (
        text.count("\n", 0, opening) + 1,
        "the message after message 3 of Сводки ночи (тест): not valid JSON: Expecting property "
        "name enclosed in double quotes (column 12)",
    )


def test_a_broken_outer_structure_names_the_last_good_message(tmp_path: Path) -> None:
    text = CHANNEL.read_text("utf-8")
    cut = text.rindex("{", 0, text.index('"id": 4,'))  # where message 4 opens
    path = tmp_path / "result.json"
    path.write_text(text[:cut] + "; " + text[cut:], "utf-8")
    reports, errors = read(path)
    assert [r.id for r in reports] == ["tg:1987654321:2", "tg:1987654321:3"]
    error = [e for e in errors if e.is_error][-1]
    assert error.message.startswith("not valid JSON after message 3 of Сводки ночи (тест): ")
    assert error.message.endswith("; rest skipped")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_export_in_another_unicode_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(CHANNEL.read_text("utf-8").encode(encoding))
    reports, errors = read(path)
    assert len(reports) == 6 and reports[0].source == "Сводки ночи (тест)"
    assert all(e.level == "warning" for e in errors)


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    data = CHANNEL.read_bytes().replace("Брянске".encode(), b"\xff\xfe\xfd", 1)
    path = tmp_path / "result.json"
    path.write_bytes(data)
    reports, errors = read(path)
    assert len(reports) == 6
    assert "\ufffd" in by_id(reports)["tg:1987654321:3"].text
    assert any("replaced with U+FFFD" in e.message for e in errors)


def test_missing_media_warns_with_the_message(tmp_path: Path) -> None:
    shutil.copytree(CHANNEL.parent, tmp_path / "export")
    (tmp_path / "export" / "video_files" / "clip_5.mp4").unlink()
    reports, errors = read(tmp_path / "export" / "result.json")
    assert len(reports) == 6
    missing = [e for e in errors if "missing" in e.message]
    assert [e.message for e in missing] == ["message 5: media file missing: video_files/clip_5.mp4"]
    assert by_id(reports)["tg:1987654321:5"].meta["media"][0]["missing"] is True


def test_export_from_stdin_keeps_media_paths_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CHANNEL.read_bytes())))
    reports, _ = read("-")
    media = by_id(reports)["tg:1987654321:3"].meta["media"]
    assert media[0]["path"] == "photos/photo_3@28-11-2024_07-02-00.jpg"


def test_directory_with_an_export_and_other_files(tmp_path: Path) -> None:
    shutil.copytree(CHANNEL.parent, tmp_path / "export")
    (tmp_path / "notes.txt").write_text("Над Брянском сбиты 2 дрона.", "utf-8")
    reports, _ = read(tmp_path)
    assert len(reports) == 7 and reports[-1].source == "notes.txt"


def test_large_export_streams_in_bounded_memory(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "result.json"
    text = "Над областью сбиты 5 беспилотников, сообщил губернатор. " * 20
    with path.open("w", encoding="utf-8") as out:
        out.write('{"name": "Big", "type": "public_channel", "id": 1, "messages": [\n')
        for number in range(1, 30001):
            out.write(("," if number > 1 else "") + json.dumps(message(number, text=text)) + "\n")
        out.write("]}\n")
    assert path.stat().st_size > 30 * 2**20
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_reports([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30000
    assert peak < 10 * 2**20, f"peak {peak / 2**20:.1f} MB"

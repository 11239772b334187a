"""Which reader a file goes to: by suffix where it says, else by its first bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.model import Report
from claimledger.sources.readers import ReadProblem, read_reports

TELEGRAM = json.dumps(
    {
        "name": "Chan",
        "type": "public_channel",
        "id": 5,
        "messages": [{"id": 1, "type": "message", "text": "Сбиты 2 дрона."}],
    },
    indent=1,
)
RSS = (
    '<?xml version="1.0"?>\n<!-- saved feed -->\n<rss version="2.0"><channel><title>F</title>'
    "<item><title>Сбиты 2 дрона.</title><guid>https://f.example/1</guid></item></channel></rss>"
)
HTML = (
    "<!DOCTYPE html>\n<html><head><title>P</title></head><body><article><p>Сбиты 2 дрона над "
    "Курской областью, сообщил губернатор региона в своём телеграм-канале утром.</p>"
    "</article></body></html>"
)


def read(path: Path) -> tuple[list[Report], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports([path], errors=errors)), errors


@pytest.mark.parametrize(
    ("name", "content", "expected_id"),
    [
        ("result.json", TELEGRAM, "tg:5:1"),
        ("export", TELEGRAM, "tg:5:1"),
        ("one-line.json", json.dumps(json.loads(TELEGRAM)), "tg:5:1"),
        ("records.json", '[{"id": "a1", "text": "one"}, {"id": "a2", "text": "two"}]', "a1"),
        ("posts.json", '{"id": "j1", "text": "one"}\n{"id": "j2", "text": "two"}\n', "j1"),
        ("feed.xml", RSS, "https://f.example/1"),
        ("feed", RSS, "https://f.example/1"),
        ("page", HTML, None),
        ("page.htm", HTML, None),
        ("note.txt", "<b>markup in a text file</b> stays text", None),
    ],
)
def test_format_detection(tmp_path: Path, name: str, content: str, expected_id: str | None) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    reports, errors = read(path)
    assert errors == []
    if expected_id is not None:
        assert reports[0].id == expected_id
    elif name == "note.txt":
        assert reports[0].text == content
    else:
        assert reports[0].text.startswith("P\n\nСбиты 2 дрона над Курской областью")  # title


def test_json_document_that_is_no_export_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"version": 2, "settings": {"a": 1}}, indent=2), "utf-8")
    reports, (error,) = read(path)
    assert reports == []
    assert "neither JSON Lines" in error.message and "settings, version" in error.message


def test_json_array_with_bad_items(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(
        '[{"id": "a", "text": "ok"}, {"id": "b"}, 7, {"id": "c", "text": "ok"}', "utf-8"
    )
    reports, errors = read(path)
    assert [r.id for r in reports] == ["a", "c"]
    assert [e.message for e in errors] == [
        'item 2: no "text" in the record',
        "item 3: expected a JSON object, got int",
        "not valid JSON after item 4: file ends in the middle (truncated?); rest lost",
    ]


def test_jsonl_with_a_bad_byte_in_its_first_lines_stays_utf8(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"r{n}", "text": "Сбиты 2 дрона."}, ensure_ascii=False) for n in range(50)
    ]
    data = "\n".join(lines).encode().replace("дрона".encode(), b"\xff\xfe", 1)
    path = tmp_path / "posts.jsonl"
    path.write_bytes(data)
    reports, errors = read(path)
    assert len(reports) == 49 and reports[0].text == "Сбиты 2 дрона."  # no code-page mojibake
    assert [(e.line, e.level) for e in errors] == [(1, "error")]


def test_directory_reads_every_format(tmp_path: Path) -> None:
    for name, content in [
        ("a/result.json", TELEGRAM),
        ("b/feed.rss", RSS),
        ("c/page.html", HTML),
        ("d/posts.jsonl", '{"id": "j", "text": "x"}\n'),
        ("e/report.md", "plain"),
        ("e/data.csv", "a,b"),
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, "utf-8")
    reports, errors = read(tmp_path)
    assert errors == []
    assert [r.id for r in reports][:2] == ["tg:5:1", "https://f.example/1"]
    assert len(reports) == 5

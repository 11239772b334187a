"""read_reports on bad input: every problem is a ReadError (or ReadWarning) in the list, never
an exception."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path
from typing import Any

import pytest

from claimledger.sources.readers import ReadError, ReadProblem, ReadWarning, read_reports

RU = "Силы ПВО уничтожили 25 беспилотников над Брянской областью, сообщило Минобороны."
UK = "Сили ППО збили 12 дронів над Києвом та областю, повідомили в Повітряних силах."


def read(*paths: Any) -> tuple[list[Any], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports(paths, errors=errors)), errors


def only(errors: list[ReadProblem], level: str = "error") -> list[ReadProblem]:
    return [e for e in errors if e.level == level]


def test_read_error_str() -> None:
    assert str(ReadError("a.jsonl", 3, "not valid JSON")) == "a.jsonl:3: not valid JSON"
    assert str(ReadError("a.txt", None, "empty file")) == "a.txt: empty file"
    assert str(ReadWarning("b.txt", None, "guessed")) == "b.txt: warning: guessed"
    assert ReadError(Path("c"), 1, "m").path == "c"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n\t\n", "only whitespace"),
        (b"---\nid: x\n---\n\n", "no report text after the front matter"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        (b"---\npublished: yesterday\n---\nText.", "published: not an ISO 8601"),
    ],
)
def test_bad_text_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    reports, errors = read(path)
    assert reports == []
    (error,) = errors
    assert error.level == "error" and error.path == str(path)
    assert message in error.message


def test_bad_date_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("---\nid: d\npublished: 28/11/2024\n---\nText.", "utf-8")
    _, (error,) = read(path)
    assert str(error).startswith(f"{path}:3: published:")


EN = "Two drones over Kursk, 3 km north of the city."


@pytest.mark.parametrize(
    ("text", "data", "expected_name"),
    [
        (RU, RU.encode("cp1251"), "cp1251"),
        (UK, UK.encode("cp1251"), "cp1251"),
        (RU, RU.encode("koi8_r"), "koi8_r"),
        (RU, RU.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
        (UK, codecs.BOM_UTF16_BE + UK.encode("utf-16-be"), "utf-16-be"),
        (EN, EN.encode("utf-16-le"), "utf-16-le"),  # no BOM: told by its NUL bytes
        (RU, RU.encode("utf-8-sig"), None),  # UTF-8 with a BOM is still UTF-8: no note
    ],
)
def test_encodings_are_decoded_and_noted(
    tmp_path: Path, text: str, data: bytes, expected_name: str | None
) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    reports, errors = read(path)
    assert only(errors) == []
    assert [r.text for r in reports] == [text]
    notes = [e.message for e in only(errors, "warning")]
    assert len(notes) == (expected_name is not None)
    if expected_name:
        assert expected_name in notes[0]


def test_cp1251_jsonl_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": RU}, ensure_ascii=False) for n in range(3)]
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1251"))
    reports, errors = read(path)
    assert [r.text for r in reports] == [RU] * 3
    assert [e.level for e in errors] == ["warning"]


def test_utf16_jsonl_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": f"r{n}", "text": UK}, ensure_ascii=False) for n in range(3)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-16"))
    reports, errors = read(path)
    assert [r.id for r in reports] == ["r0", "r1", "r2"]
    assert [e.level for e in errors] == ["warning"]


def test_broken_jsonl_lines_are_skipped_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "first"}),
        '{"id": "b", "text": "cut off',
        json.dumps({"id": "c", "text": "third"}),
        json.dumps({"id": "d", "body": "no text key"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": 12}),
        json.dumps({"id": "f", "text": "bad date", "published": "soon"}),
        json.dumps({"id": {"nested": 1}, "text": "bad id"}),
        json.dumps({"id": "g", "text": "  "}),
        json.dumps({"id": "h", "text": "last"}),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    reports, errors = read(path)
    assert [r.id for r in reports] == ["a", "c", "h"]
    assert [(e.line, e.level) for e in errors] == [
        (2, "error"),
        (4, "error"),
        (6, "error"),
        (7, "error"),
        (8, "error"),
        (9, "error"),
        (10, "warning"),
    ]
    assert str(errors[0]).startswith(f"{path}:2: not valid JSON")
    assert errors[1].message == 'no "text" in the record'


def test_undecodable_line_after_the_sniffed_head_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps({"id": f"g{n}", "text": "x" * 100}).encode() for n in range(1000)]
    bad = b'{"id": "bad", "text": "\xff\xfe\xfa"}'
    path.write_bytes(b"\n".join([*good, bad, b'{"id": "last", "text": "ok"}']) + b"\n")
    reports, errors = read(path)
    assert [r.id for r in reports] == [f"g{n}" for n in range(1000)] + ["last"]
    assert [str(e) for e in errors] == [f"{path}:1001: not valid utf-8 at column 24; line skipped"]


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.csv").write_text("a,b", "utf-8")
    reports, errors = read(missing, empty)
    assert reports == []
    assert [str(e) for e in errors] == [
        f"{missing}: no such file or directory",
        f"{empty}: no readable files (*.atom, *.htm, *.html, *.json, *.jsonl, *.md, *.ndjson, "
        "*.rss, *.txt, *.xhtml, *.xml)",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text", "utf-8")
    path.chmod(0)
    _, (error,) = read(path)
    assert "cannot open" in error.message


def test_reading_goes_on_after_bad_files(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "3-good.txt").write_text("A good report.", "utf-8")
    reports, errors = read(tmp_path)
    assert [r.text for r in reports] == ["A good report."]
    assert len(only(errors)) == 2

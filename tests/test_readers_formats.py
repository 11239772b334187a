"""read_reports on well-formed input: plain text with front matter, JSON Lines, folders, stdin."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from claimledger.model import report_id
from claimledger.sources.readers import (
    ReadError,
    ReadProblem,
    read_folder_reports,
    read_report_bytes,
    read_reports,
)

TEXT = "Four drones were shot down over the Kaluga region overnight, the governor said."


def read(paths: list[Any], **kwargs: Any) -> tuple[list[Any], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports(paths, errors=errors, **kwargs)), errors


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_plain_text_file_is_one_report_with_file_name_as_source(tmp_path: Path) -> None:
    path = tmp_path / "kaluga.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    (report,), errors = read([path])
    assert errors == []
    assert report.text == TEXT
    assert report.source == "kaluga.txt"
    assert report.id == report_id("kaluga.txt", TEXT)
    assert report.published is None and report.lang is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "id: kaluga-1\nsource: Kaluga government\nurl: https://example.org/1\nlang: EN\n",
            {
                "id": "kaluga-1",
                "source": "Kaluga government",
                "url": "https://example.org/1",
                "lang": "en",
                "published": None,
                "meta": {},
            },
        ),
        (
            "published: 2024-11-28T08:15:00+03:00\n",
            {
                "published": datetime(2024, 11, 28, 8, 15, tzinfo=timezone(timedelta(hours=3))),
                "source": "r.txt",
            },
        ),
        (
            "published: \"2024-11-28\"\nsource: 'Quoted'\n",
            # A date without time or offset: taken as midnight UTC, with a warning.
            {"published": datetime(2024, 11, 28, tzinfo=UTC), "source": "Quoted"},
        ),
        (
            "published: 2024-11-28T05:11:01Z\n",
            {"published": datetime(2024, 11, 28, 5, 11, 1, tzinfo=UTC)},
        ),
        (
            "# a comment\n\nchannel_id: 1001\nauthor: desk\n",
            {"meta": {"channel_id": "1001", "author": "desk"}, "source": "r.txt"},
        ),
    ],
)
def test_front_matter(tmp_path: Path, header: str, expected: dict[str, Any]) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"---\n{header}---\n\n{TEXT}\n", encoding="utf-8")
    (report,), errors = read([path])
    naive = "published" in expected and expected["published"] == datetime(2024, 11, 28, tzinfo=UTC)
    assert [e.message for e in errors] == (
        ["published 2024-11-28T00:00:00 has no UTC offset; taken as UTC"] if naive else []
    )
    assert report.text == TEXT
    for key, value in expected.items():
        assert getattr(report, key) == value, key
    assert report.published is None or report.published.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "---\nnot a key value line\n---\n" + TEXT,  # a rule, not front matter
        "---\n" + TEXT,  # never closed
        "----\nid: x\n----\n" + TEXT,  # four dashes are a rule
    ],
)
def test_dashes_without_front_matter_are_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    (report,), errors = read([path])
    assert errors == []
    assert report.text == text
    assert report.id == report_id("r.md", text)


def test_windows_line_ends_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"---\r\nid: w1\r\n---\r\nFirst line.\r\nSecond line.\r\n")
    (report,), _ = read([path])
    assert (report.id, report.text) == ("w1", "First line.\nSecond line.")


def test_published_and_lang_fill_in_only_where_missing(tmp_path: Path) -> None:
    given = datetime(2024, 11, 20, 9, 0, tzinfo=UTC)
    own = tmp_path / "own.txt"
    own.write_text("---\npublished: 2024-01-02\nlang: ru\n---\nТекст.", encoding="utf-8")
    bare = tmp_path / "bare.txt"
    bare.write_text(TEXT, encoding="utf-8")
    (first, second), _ = read([own, bare], published=given, lang="en")
    assert (first.published, first.lang) == (datetime(2024, 1, 2, tzinfo=UTC), "ru")
    assert (second.published, second.lang) == (given, "en")


def test_jsonl_fields_and_extra_keys_in_meta(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "posts.jsonl",
        [
            {
                "id": "nktkln:1:10",
                "channel": "Some channel",
                "channel_id": "1",
                "published": "2024-11-28T05:11:01+00:00",
                "lang": "ru",
                "text": "Сбиты 3 БПЛА.",
                "url": "https://t.me/x/10",
            },
            {
                "id": "kpszsu-daily:7",
                "published": "2023-01-02T08:24:26+00:00",
                "lang": "uk",
                "text": "- 39 БПЛА",
                "file": "photo_7.txt",
                "peer_row": 1,
            },
            {"id": 42, "channel": None, "text": "An article."},
        ],
    )
    reports, errors = read([path])
    assert errors == []
    first, second, third = reports
    assert (first.id, first.source, first.lang, first.url) == (
        "nktkln:1:10",
        "Some channel",
        "ru",
        "https://t.me/x/10",
    )
    assert first.published == datetime(2024, 11, 28, 5, 11, 1, tzinfo=UTC)
    assert first.meta == {"channel_id": "1"}
    assert second.meta == {"file": "photo_7.txt", "peer_row": 1}
    assert second.source is None
    assert (third.id, third.source, third.published) == ("42", None, None)


def test_jsonl_without_id_gets_content_id(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.ndjson", [{"text": TEXT, "source": "site.example"}])
    (report,), _ = read([path])
    assert report.id == report_id("site.example", TEXT)


@pytest.mark.parametrize("name", ["export.txt", "export", "export.json"])
def test_jsonl_sniffed_from_first_character(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('\n\n  {"id": "a", "text": "one"}\n{"id": "b", "text": "two"}\n', "utf-8")
    reports, errors = read([path])
    assert errors == []
    assert [r.id for r in reports] == ["a", "b"]


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second folder", "utf-8")
    (tmp_path / "a" / "z.md").write_text("first folder", "utf-8")
    write_jsonl(tmp_path / "a" / "posts.jsonl", [{"id": "j1", "text": "json"}])
    (tmp_path / "top.txt").write_text("top level", "utf-8")
    (tmp_path / "skip.csv").write_text("a,b\n", "utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("vcs", "utf-8")
    reports, errors = read([tmp_path])
    assert errors == []
    assert [r.text for r in reports] == ["json", "first folder", "second folder", "top level"]


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    (report,), errors = read(["-"])
    assert errors == [] and report.text == TEXT and report.source is None
    lines = b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    reports, errors = read(["-"])
    assert errors == [] and [r.id for r in reports] == ["s1", "s2"]


def test_stdin_larger_than_the_sniffed_head_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"id": f"p{n}", "text": "x" * 500} for n in range(400)]  # ~200 KB
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    reports, errors = read(["-"])
    assert errors == []
    assert [r.id for r in reports] == [r["id"] for r in records]


def test_progress_counts_every_byte(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [{"text": f"report {n}"} for n in range(50)])
    text_file = tmp_path / "t.txt"
    text_file.write_text(TEXT, "utf-8")
    seen: list[int] = []
    reports, _ = read([path, text_file], progress=seen.append)
    assert len(reports) == 51
    assert sum(seen) == path.stat().st_size + text_file.stat().st_size


def test_read_report_bytes() -> None:
    report = read_report_bytes(b"---\nid: s-1\n---\nSample text.\n", "s.txt")
    assert (report.id, report.source, report.text) == ("s-1", "s.txt", "Sample text.")
    with pytest.raises(ReadError, match="empty file"):
        read_report_bytes(b"", "e.txt")


def test_read_folder_reports(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("---\nid: b\n---\nSecond sample.", "utf-8")
    (tmp_path / "a.txt").write_text("First sample.", "utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("not a sample", "utf-8")
    errors: list[ReadProblem] = []
    reports = list(read_folder_reports(tmp_path, errors))
    assert [(r.source, r.text) for r in reports] == [
        ("a.txt", "First sample."),
        ("b.txt", "Second sample."),
    ]
    assert [str(e) for e in errors] == ["c.txt: empty file"]
    missing: list[ReadProblem] = []
    assert list(read_folder_reports(tmp_path / "absent", missing)) == []
    assert "cannot list" in missing[0].message

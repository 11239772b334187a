"""Saved web pages: main text, title, publication time, site, canonical URL and media; pages with
no text, Telegram HTML exports, and charsets declared, guessed or wrong."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from claimledger.model import Report
from claimledger.sources.readers import ReadProblem, read_reports

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"
ARTICLE = (
    "<p>Силы ПВО ночью сбили шесть беспилотников над Белгородской областью, сообщил губернатор "
    "в своём канале. Пострадавших нет, повреждены два автомобиля.</p>"
    "<p>Информация уточняется, оперативные службы работают на месте.</p>"
)


def read(*paths: Any) -> tuple[list[Report], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports(paths, errors=errors)), errors


def page(head: str = "", body: str = ARTICLE, lang: str = "ru") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>Ночь в Белгороде</title></head>'
        f"<body><nav>Главная | Новости</nav><article><h1>Ночь в Белгороде</h1>{body}</article>"
        "</body></html>"
    )


def test_saved_article_round_trip() -> None:
    path = PAGES / "kursk.html"
    (report,), errors = read(path)
    assert report.id == report.url == "https://daily.example.org/2024/11/28/kursk-drones"
    assert report.source == "Example Daily"
    assert report.published == datetime(2024, 11, 28, 7, 30, tzinfo=timezone(timedelta(hours=3)))
    assert report.lang == "en"
    assert report.text.startswith("Drones downed over Kursk region\nRussian air defences shot")
    assert "Home" not in report.text and "Copyright" not in report.text
    assert "tracking" not in report.text
    assert report.meta["title"] == "Drones downed over Kursk region"
    assert report.meta["author"] == "Jane Reporter"
    assert report.meta["site"] == "daily.example.org"
    folder = path.parent.absolute()
    assert report.meta["media"] == [
        {"path": str(folder / "kursk_files" / "smoke.jpg"), "kind": "photo", "mime": "image/jpeg"},
        {
            "path": str(folder / "kursk_files" / "night.mp4"),
            "kind": "video",
            "mime": "video/mp4",
            "missing": True,
        },
    ]  # the 1x1 tracking pixel is left out
    assert [str(e) for e in errors] == [
        f"{path}: warning: media file missing: kursk_files/night.mp4"
    ]


def test_page_with_json_ld_date_and_root_relative_image() -> None:
    (report,), errors = read(PAGES / "kyiv.html")
    assert errors == []
    assert report.id == "https://kyiv.example.ua/news/night-attack"  # og:url
    assert report.source == "kyiv.example.ua"  # no site name: the domain
    assert report.published == datetime(2024, 3, 12, 8, 15, tzinfo=timezone(timedelta(hours=2)))
    assert report.lang == "uk"
    assert report.text.startswith("Нічна атака на Київ\nСили протиповітряної оборони")
    assert report.meta["media"] == [
        {
            "path": "https://kyiv.example.ua/media/2024/03/debris.jpg",
            "kind": "photo",
            "mime": "image/jpeg",
        }
    ]


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2024-11-28T05:10:00Z">', "05:10"),
        # Times are kept in UTC: 06:20 in Moscow is 03:20 UTC.
        ('<meta itemprop="datePublished" content="2024-11-28T06:20:00+03:00">', "03:20"),
        (
            '<meta name="pubdate" content="not a date">'
            '<meta name="date" content="2024-11-28T07:30">',
            "07:30",
        ),
    ],
)
def test_publication_time_from_the_page(tmp_path: Path, head: str, published: str) -> None:
    path = tmp_path / "p.html"
    path.write_text(page(head), "utf-8")
    (report,), _ = read(path)
    assert report.published is not None
    assert report.published.strftime("%H:%M") == published


def test_page_without_url_gets_a_content_id_and_file_name_source(tmp_path: Path) -> None:
    path = tmp_path / "saved.htm"
    path.write_text(page(), "utf-8")
    (report,), _ = read(path)
    assert report.id.startswith("sha256:") and report.url is None
    assert report.source == "saved.htm"
    assert report.text.startswith("Ночь в Белгороде\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (page(body=""), "no main text in the page"),
        (
            b"<html><head><title>Login</title></head><body><script>x()</script></body></html>",
            "no main text",
        ),
        (b"", "empty file"),
        (
            b'<html><body><div class="page_wrap"><div class="history"><div class="message">'
            b"hi</div></div></div></body></html>",
            "a Telegram chat exported as HTML",
        ),
    ],
)
def test_pages_without_text_are_errors(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    reports, errors = read(path)
    assert reports == []
    (error,) = errors
    assert error.is_error and error.path == str(path) and message in error.message


@pytest.mark.parametrize(
    ("charset", "encoding", "note"),
    [
        ('<meta charset="windows-1251">', "cp1251", None),  # declared: no warning
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8_r", None),
        ("", "cp1251", "not UTF-8; decoded as cp1251 (guessed)"),
        ('<meta charset="utf-8">', "cp1251", "declared charset utf-8 does not fit"),
        ('<meta charset="windows-1251">', "utf-8", None),  # valid UTF-8 is UTF-8
    ],
)
def test_page_encodings(tmp_path: Path, charset: str, encoding: str, note: str | None) -> None:
    path = tmp_path / "enc.html"
    path.write_bytes(page(charset).encode(encoding))
    (report,), errors = read(path)
    assert "шесть беспилотников над Белгородской областью" in report.text
    messages = [e.message for e in errors]
    if note is None:
        assert messages == []
    else:
        assert len(messages) == 1 and note in messages[0], messages

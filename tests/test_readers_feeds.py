"""RSS 2.0 and Atom feeds: one report per item, text without HTML, ids, dates, media; feeds that
are not XML or not well-formed; wrong declared encodings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from claimledger.model import Report
from claimledger.sources.read_markup import html_text
from claimledger.sources.readers import ReadProblem, read_reports

FEEDS = Path(__file__).parent / "fixtures" / "ingest" / "feeds"
MSK = timezone(timedelta(hours=3))


def read(*paths: Any) -> tuple[list[Report], list[ReadProblem]]:
    errors: list[ReadProblem] = []
    return list(read_reports(paths, errors=errors)), errors


def rss(items: str, *, encoding: str = "UTF-8", head: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>'
        f"<title>Лента (тест)</title><link>https://feed.example.ru/</link>{head}"
        f"{items}</channel></rss>"
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("plain words", "plain words"),
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("line<br>break", "line\nbreak"),
        ("<b>bold</b> &amp; <i>it</i>", "bold & it"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("<p>x<script>alert(1)</script> y</p><style>p{}</style>", "x y"),
        ("  spaced \t out\u00a0text ", "spaced out text"),
        ("", ""),
    ],
)
def test_html_text(markup: str, text: str) -> None:
    assert html_text(markup) == text


def test_rss_items_round_trip() -> None:
    path = FEEDS / "wire.rss"
    reports, errors = read(path)
    first, second = reports
    assert first.id == "wire.example.com/wire-20241128-0615"  # a bare guid, made unique by site
    assert first.source == "Example Wire: Europe"
    assert first.url == "https://wire.example.com/europe/belgorod-drones"
    assert first.published == datetime(2024, 11, 28, 6, 15, tzinfo=MSK)
    assert first.lang == "en"  # <language>en-gb</language>
    assert first.text == (
        "Drones shot down over Belgorod, governor says\n\n"
        "Russian air defences shot down six drones over the Belgorod region overnight, the "
        "regional governor said.\n\nThe claim could not be independently verified."
    )
    assert first.meta["media"] == [
        {"path": "https://wire.example.com/img/belgorod.jpg", "kind": "photo", "mime": "image/jpeg"}
    ]
    assert second.id == "https://wire.example.com/europe/kyiv-drones"  # no guid: the link
    assert second.published == datetime(2024, 3, 12, 9, 30, tzinfo=UTC)
    assert "Air force reports" not in second.text  # content:encoded wins over description
    assert [m["kind"] for m in second.meta["media"]] == ["photo", "video"]
    assert [str(e) for e in errors] == [
        f"{path}: warning: item 3 (https://wire.example.com/europe/empty): no title or text; "
        "skipped"
    ]


def test_atom_entries_round_trip() -> None:
    reports, errors = read(FEEDS / "news.atom")
    assert errors == []
    first, second = reports
    assert first.id == "tag:region.example.ru,2024:news-4-bpla"
    assert first.source == "Новости региона (тест)"
    assert first.published == datetime(2024, 11, 28, 8, 0, tzinfo=MSK)  # published, not updated
    assert first.lang == "ru"
    assert first.meta["author"] == "Дежурная редакция"
    assert first.text.startswith("Над Калужской областью сбиты четыре беспилотника\n\nНочью")
    assert second.id == "urn:uuid:5d0c4f3e-7a39-4a55-9f7e-000000000002"
    assert second.published == datetime(2024, 11, 28, 9, 0, tzinfo=MSK)  # only updated
    assert second.text.endswith("Движение по трассе восстановлено после проверки.")


@pytest.mark.parametrize(
    ("item", "expected_id"),
    [
        ("<guid>https://feed.example.ru/n/1</guid>", "https://feed.example.ru/n/1"),
        ("<guid>tag:feed.example.ru,2024:1</guid>", "tag:feed.example.ru,2024:1"),
        ("<guid>1042</guid>", "feed.example.ru/1042"),
        ("<link>https://feed.example.ru/n/2</link>", "https://feed.example.ru/n/2"),
        ("", None),  # no guid, no link: a hash of source and text
    ],
)
def test_item_ids(tmp_path: Path, item: str, expected_id: str | None) -> None:
    path = tmp_path / "f.rss"
    path.write_text(rss(f"<item><title>Сбиты 2 дрона</title>{item}</item>"), "utf-8")
    (report,), _ = read(path)
    if expected_id is None:
        assert report.id.startswith("sha256:")
    else:
        assert report.id == expected_id


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.rss", b"this is not xml at all", "not an RSS or Atom feed: not XML"),
        ("b.xml", b'<?xml version="1.0"?><catalog><book>x</book></catalog>', "no <rss>, <feed>"),
        ("c.rss", b'<rss version="2.0"><channel><title>t</title></channel></rss>', "no items"),
        ("d.atom", b"", "empty file"),
    ],
)
def test_not_a_feed(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    reports, errors = read(path)
    assert reports == []
    (error,) = errors
    assert error.is_error and error.path == str(path) and message in error.message


def test_broken_feed_gives_what_it_can_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.rss"
    whole = rss("<item><title>Сбиты 4 дрона</title></item>")
    path.write_text(whole[: whole.index("</item>") + len("</item>")], "utf-8")  # cut after it
    (report,), (warning,) = read(path)
    assert report.text == "Сбиты 4 дрона"
    assert warning.level == "warning" and "not well-formed" in warning.message


def test_feed_in_a_declared_code_page(tmp_path: Path) -> None:
    path = tmp_path / "cp.rss"
    feed = rss("<item><title>Сбиты 5 дронов</title></item>", encoding="windows-1251")
    path.write_bytes(feed.encode("cp1251"))
    (report,), errors = read(path)
    assert errors == [] and report.text == "Сбиты 5 дронов"


def test_feed_declaring_the_wrong_encoding(tmp_path: Path) -> None:
    text = "Над Курской областью сбиты 5 беспилотников, сообщил губернатор области."
    path = tmp_path / "wrong.rss"
    path.write_bytes(rss(f"<item><title>{text}</title></item>").encode("cp1251"))
    (report,), (warning,) = read(path)
    assert report.text == text and report.source == "Лента (тест)"
    assert warning.level == "warning" and "declared encoding is wrong" in warning.message
    assert "cp1251" in warning.message


def test_feed_sniffed_without_a_feed_suffix(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(rss("<item><title>Сбиты 3 дрона</title></item>"), "utf-8")
    (report,), errors = read(path)
    assert errors == [] and report.source == "Лента (тест)"

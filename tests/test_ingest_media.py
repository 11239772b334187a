"""Media from ingest: the photos of a Telegram export and the images of a saved page go into the
media library as part of `claimledger ingest`, and a repost of an earlier photo (re-encoded,
cropped) shows as recycled on the report and incident pages, with no `media add` by hand.
Missing or unreadable files are warnings; the reports are stored either way."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from PIL import Image

from claimledger.cli import main
from claimledger.ledger import Ledger
from claimledger.media import synthetic
from claimledger.pipeline.media import local_files
from claimledger.web import WebSettings, create_app

CHANNEL_ID = 1234567
FIRST = f"tg:{CHANNEL_ID}:11"
REPOST = f"tg:{CHANNEL_ID}:12"
PAGES = Path(__file__).parent / "fixtures" / "ingest" / "pages"


def message(number: int, when: str, text: str, **media: str) -> dict[str, Any]:
    return {
        "id": number,
        "type": "message",
        "date": when,
        "date_unixtime": str(int(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp())),
        "from": "Сводки (тест)",
        "from_id": f"channel{CHANNEL_ID}",
        "text": text,
        "text_entities": [{"type": "plain", "text": text}],
        **media,
    }


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A Telegram Desktop export: a photo on the first night, the same photo re-encoded and
    cropped a day later by the same channel, and a message whose photo was not downloaded
    to disk (missing)."""
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    original = synthetic.scene(23)
    original.save(folder / "photos" / "photo_11.jpg", quality=92)
    repost = synthetic.crop(original, 0.05)
    repost.save(folder / "photos" / "photo_12.jpg", quality=60)
    messages = [
        message(
            11,
            "2024-11-22T06:10:00",
            "Над Брянской областью ночью сбиты 5 беспилотников, сообщил губернатор.",
            photo="photos/photo_11.jpg",
        ),
        message(
            12,
            "2024-11-23T06:30:00",
            "Над Брянской областью ночью сбиты 3 беспилотника, сообщил губернатор.",
            photo="photos/photo_12.jpg",
        ),
        message(
            13,
            "2024-11-23T08:00:00",
            "Обломки упали на склад в Брянске, пострадавших нет.",
            photo="photos/photo_13.jpg",
        ),
    ]
    data = {"name": "Сводки (тест)", "type": "public_channel", "id": CHANNEL_ID,
            "messages": messages}  # fmt: skip
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def ingest(*args: str) -> Any:
    return CliRunner().invoke(main, ["ingest", *args, "-j", "1"])


def test_a_reposted_photo_shows_as_recycled_after_ingest(ledger_url: str, export: Path) -> None:
    result = ingest(str(export), "--db", ledger_url)
    assert result.exit_code == 0, result.output
    assert "media file missing: photos/photo_13.jpg" in result.stderr
    assert "2 media files (1 seen before)" in result.stdout
    client = TestClient(create_app(WebSettings(ledger_url)))
    client.get("/api/map")  # cluster the incidents, so that reports name theirs
    report = client.get(f"/api/reports/{REPOST}").json()
    (match,) = report["media_files"]["matches"]
    assert match["earliest_report_id"] == FIRST
    assert match["earliest_date"].startswith("2024-11-22T06:10")
    assert match["suggested_review"] == "DecontextualizedContent"
    assert match["place_codes"] == ["RU-BRY"]
    assert match["distance"] > 0  # a near copy (a crop: PDQ bits far, weighted distance near)
    first = client.get(f"/api/reports/{FIRST}").json()
    assert first["media_files"]["matches"] == []  # the original repeats nothing
    page = client.get(f"/reports/{REPOST}").text
    assert "Seen before elsewhere" in page and "DecontextualizedContent" in page
    (incident_id,) = report["incidents"]
    incident = client.get(f"/api/incidents/{incident_id}").json()
    assert [m["earliest_report_id"] for m in incident["media_files"]["matches"]] == [FIRST]
    assert "Seen before elsewhere" in client.get(f"/incidents/{incident_id}").text


def test_ingesting_again_takes_nothing_twice(ledger_url: str, export: Path) -> None:
    assert ingest(str(export), "--db", ledger_url).exit_code == 0
    again = ingest(str(export), "--db", ledger_url)
    assert again.exit_code == 0 and "media file" not in again.stdout
    with Ledger.open(ledger_url, create=False) as ledger:
        files = ledger.media.page(None, None, 10)
    assert len(files) == 2
    assert sorted(len(f["appearances"]) for f in files) == [1, 1]


def test_images_of_a_saved_page_are_taken_in(ledger_url: str) -> None:
    result = ingest(str(PAGES / "kursk.html"), "--db", ledger_url)
    assert result.exit_code == 0, result.output
    assert "media file missing: kursk_files/night.mp4" in result.stderr  # a warning only
    with Ledger.open(ledger_url, create=False) as ledger:
        (report_id,) = ledger.report_ids("")
        files = ledger.media.for_reports([report_id])["files"]
    assert [(f["kind"], f["mime"]) for f in files] == [("image", "image/jpeg")]


def test_an_unreadable_file_is_a_warning(tmp_path: Path, export: Path) -> None:
    (export.parent / "photos" / "photo_12.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    db = tmp_path / "l.db"
    result = ingest(str(export), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "photo_12.jpg: warning: media file not stored" in result.stderr
    with Ledger.open(db, create=False) as ledger:
        assert ledger.counts()["reports"] == 3
        assert len(ledger.media.page(None, None, 10)) == 1


def test_local_files_leave_out_remote_missing_and_thumbnails() -> None:
    meta = {
        "media": [
            {"path": "/x/a.jpg", "kind": "photo"},
            {"path": "https://example.org/b.jpg", "kind": "photo"},
            {"path": "/x/c.mp4", "kind": "video", "missing": True},
            {"path": "/x/d.mp4", "kind": "video"},
            {"path": "/x/d_thumb.jpg", "kind": "photo", "type": "thumbnail"},
            "not an entry",
        ]
    }
    assert [str(p) for p in local_files(meta)] == ["/x/a.jpg", "/x/d.mp4"]
    assert list(local_files({})) == []


def test_synthetic_repost_is_smaller_and_other_bytes(export: Path) -> None:
    photos = export.parent / "photos"
    with Image.open(photos / "photo_11.jpg") as a, Image.open(photos / "photo_12.jpg") as b:
        assert b.size[0] < a.size[0] and b.size[1] < a.size[1]
    assert (photos / "photo_11.jpg").read_bytes() != (photos / "photo_12.jpg").read_bytes()

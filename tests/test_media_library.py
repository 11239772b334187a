"""Media intake into a ledger: content-addressed files, appearances, and recycling detection."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import av
import pytest
from PIL import Image

from claimledger.ledger import Ledger, LedgerError
from claimledger.media import (
    DECONTEXTUALIZED,
    MatchPolicy,
    MediaLibrary,
    add_media,
    match_media,
    pdq,
    synthetic,
)
from claimledger.media.images import hash_picture, picture_hashes
from claimledger.model import Claim, Extraction, Report, Span


def _day(day: int) -> datetime:
    return datetime(2024, 3, day, 6, 0, tzinfo=UTC)


def _report(report_id: str, source: str, day: int, places: list[str]) -> Extraction:
    text = f"Report {report_id}: drones were shot down overnight."
    report = Report(text=text, id=report_id, source=source, published=_day(day), lang="en")
    claims = [
        Claim(action="intercepted", quantity=3 + n, evidence=Span.of(text, 0, 6), weapon="uav",
              location=place)
        for n, place in enumerate(places)
    ]
    return Extraction(report=report, claims=claims)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    db = tmp_path / "ledger.db"
    with Ledger.open(db) as opened:
        opened.write([
            _report("tg:first/1", "first_channel", 1, ["RU-KLU", "RU-BRY"]),
            _report("tg:second/2", "second_channel", 5, ["UA-32"]),
            _report("tg:third/3", "third_channel", 9, []),
        ])
    return db


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    original = synthetic.scene(21)
    files = {
        "original": tmp_path / "original.png",
        "recompressed": tmp_path / "copy.jpg",
        "captioned": tmp_path / "captioned.jpg",
        "cropped": tmp_path / "cropped.jpg",
        "mirrored": tmp_path / "mirrored.jpg",
        "other": tmp_path / "other.png",
    }
    original.save(files["original"])
    Image.open(io.BytesIO(synthetic.jpeg_bytes(original, 50))).save(files["recompressed"])
    synthetic.caption(original).save(files["captioned"], quality=85)
    synthetic.crop(original, 0.05).save(files["cropped"], quality=85)
    synthetic.IMAGE_EDITS["flip_h"](original).save(files["mirrored"], quality=85)
    synthetic.scene(22).save(files["other"])
    return files


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as check:
        return int(check.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_file_is_stored_by_content_beside_the_ledger(ledger: Path, photos: dict[str, Path]) -> None:
    record = add_media(ledger, photos["original"], report_id="tg:first/1")
    expected = ledger.parent / "ledger.media" / record.sha256[:2] / record.sha256[2:4]
    assert record.path == expected / f"{record.sha256}.png"
    assert record.path.read_bytes() == photos["original"].read_bytes()
    assert (record.kind, record.mime) == ("image", "image/png")
    assert (record.width, record.height) == (320, 240)
    assert record.new and record.matches == ()
    assert record.hashes == 3  # the whole picture and two centre crops
    with sqlite3.connect(ledger) as check:
        regions = [row[0] for row in check.execute("SELECT region FROM media_hashes ORDER BY 1")]
    assert regions == ["center90", "center95", "full"]


def test_report_gives_source_and_first_seen_unless_told(
    ledger: Path, photos: dict[str, Path]
) -> None:
    told = add_media(ledger, photos["other"], report_id="tg:third/3", source="elsewhere",
                     first_seen=_day(20))
    assert (told.appearance.source, told.appearance.date) == ("elsewhere", _day(20).isoformat())
    record = add_media(ledger, photos["original"], report_id="tg:first/1")
    assert record.appearance.source == "first_channel"
    assert record.appearance.date == _day(1).isoformat()


@pytest.mark.parametrize(
    ("copy", "distance_at_most"),
    [("original", 0), ("recompressed", 31), ("mirrored", 31), ("captioned", 256),
     ("cropped", 256)],
)
def test_copy_in_a_later_report_is_recycled(
    ledger: Path, photos: dict[str, Path], copy: str, distance_at_most: int
) -> None:
    with MediaLibrary.open(ledger) as library:
        first = library.add(photos["original"], report_id="tg:first/1")
        later = library.add(photos[copy], report_id="tg:second/2")
    (match,) = later.matches
    assert match.media_id == first.id
    assert match.distance <= distance_at_most
    assert match.first_seen is not None
    assert match.first_seen.to_dict() == {
        "report_id": "tg:first/1", "source": "first_channel", "date": _day(1).isoformat(),
    }
    assert match.place_codes == ("RU-BRY", "RU-KLU")
    assert later.suggested_review == DECONTEXTUALIZED
    with sqlite3.connect(ledger) as check:
        row = check.execute(
            "SELECT earliest_report_id, place_codes, suggested_review FROM media_matches"
        ).fetchone()
    assert row == ("tg:first/1", '["RU-BRY", "RU-KLU"]', DECONTEXTUALIZED)


def _scene_with_a_far_crop() -> tuple[Image.Image, Image.Image]:
    """The first generated scene whose 5 % crop is more than 31 bits from all its indexed
    hashes (whole and centre crops), so that only the weighted distance can find it."""
    for seed in range(100, 200):
        original = synthetic.scene(seed)
        cropped = synthetic.crop(original, 0.05)
        query = pdq.as_array(list(hash_picture(cropped).variants))
        stored = pdq.as_array([frame.pdq for frame in picture_hashes(original)])
        if min(int(pdq.hamming(query, code).min()) for code in stored) > 31:
            return original, cropped
    raise AssertionError("no such scene among the seeds tried")


@pytest.mark.parametrize(("tolerant", "found"), [(True, True), (False, False)])
def test_far_crop_is_found_only_through_the_weighted_distance(
    ledger: Path, tmp_path: Path, tolerant: bool, found: bool
) -> None:
    original, cropped = _scene_with_a_far_crop()
    original.save(tmp_path / "far.png")
    cropped.save(tmp_path / "far-cropped.png")
    with MediaLibrary.open(ledger, policy=MatchPolicy(tolerant=tolerant)) as library:
        library.add(tmp_path / "far.png", report_id="tg:first/1")
        result = library.match(tmp_path / "far-cropped.png")
    assert bool(result.matches) is found


def test_same_bytes_are_stored_once_with_two_appearances(
    ledger: Path, photos: dict[str, Path]
) -> None:
    with MediaLibrary.open(ledger) as library:
        first = library.add(photos["original"], report_id="tg:first/1")
        again = library.add(photos["original"], report_id="tg:second/2")
    assert again.id == first.id and not again.new
    assert (_count(ledger, "media"), _count(ledger, "media_appearances")) == (1, 2)
    assert [match.distance for match in again.matches] == [0]


def test_same_report_twice_is_not_recycling(ledger: Path, photos: dict[str, Path]) -> None:
    with MediaLibrary.open(ledger) as library:
        library.add(photos["original"], report_id="tg:first/1")
        again = library.add(photos["recompressed"], report_id="tg:first/1")
    assert again.matches == ()
    assert _count(ledger, "media_matches") == 0


def test_unrelated_picture_is_not_matched(ledger: Path, photos: dict[str, Path]) -> None:
    with MediaLibrary.open(ledger) as library:
        library.add(photos["original"], report_id="tg:first/1")
        other = library.add(photos["other"], report_id="tg:second/2")
    assert other.matches == () and other.suggested_review is None


def test_older_appearance_taken_in_second_marks_the_newer_one(
    ledger: Path, photos: dict[str, Path]
) -> None:
    with MediaLibrary.open(ledger) as library:
        newer = library.add(photos["recompressed"], report_id="tg:second/2")
        older = library.add(photos["original"], report_id="tg:first/1")
    assert older.matches == ()
    with sqlite3.connect(ledger) as check:
        rows = check.execute(
            "SELECT media_id, matched_media_id, earliest_report_id FROM media_matches"
        ).fetchall()
    assert rows == [(newer.id, older.id, "tg:first/1")]


def test_earliest_appearance_moves_back_when_an_older_one_arrives(
    ledger: Path, photos: dict[str, Path]
) -> None:
    with MediaLibrary.open(ledger) as library:
        library.add(photos["original"], report_id="tg:second/2")
        library.add(photos["recompressed"], report_id="tg:third/3")
        library.add(photos["original"], report_id="tg:first/1")
    with sqlite3.connect(ledger) as check:
        earliest = {row[0] for row in check.execute("SELECT earliest_report_id FROM media_matches")}
    assert earliest == {"tg:first/1"}


def test_match_answers_seen_before_and_writes_nothing(
    ledger: Path, photos: dict[str, Path]
) -> None:
    add_media(ledger, photos["original"], report_id="tg:second/2")
    add_media(ledger, photos["original"], report_id="tg:first/1")
    before = [_count(ledger, t) for t in ("media", "media_appearances", "media_matches")]
    result = match_media(ledger, photos["captioned"]).to_dict()
    assert [_count(ledger, t) for t in ("media", "media_appearances", "media_matches")] == before
    assert set(result) == {"file", "sha256", "kind", "matches", "suggested_review"}
    (match,) = result["matches"]
    assert match["first_seen"] == {
        "report_id": "tg:first/1", "source": "first_channel", "date": _day(1).isoformat(),
    }
    assert result["suggested_review"] == DECONTEXTUALIZED
    assert match_media(ledger, photos["other"]).to_dict()["matches"] == []


def test_index_is_rebuilt_from_the_ledger_on_opening(ledger: Path, photos: dict[str, Path]) -> None:
    with MediaLibrary.open(ledger) as library:
        library.add(photos["original"], report_id="tg:first/1")
    with MediaLibrary.open(ledger) as reopened:
        assert [m.distance <= 31 for m in reopened.match(photos["recompressed"]).matches] == [True]


def test_open_and_in_memory_ledgers(ledger: Path, photos: dict[str, Path]) -> None:
    with Ledger.open(ledger) as opened:
        record = add_media(opened, photos["original"], report_id="tg:first/1")
    assert record.path.is_file()
    with Ledger.open(":memory:") as memory, pytest.raises(LedgerError, match="CLAIMLEDGER_MEDIA"):
        add_media(memory, photos["original"])


def _clip(folder: Path, seed: int) -> Path:
    path = folder / f"clip-{seed}.mp4"
    synthetic.write_video(path, seed, seconds=4.0, size=(240, 180))
    return path


def test_trimmed_video_is_recycled_and_a_still_from_it_matches(
    ledger: Path, tmp_path: Path
) -> None:
    clip = _clip(tmp_path, 31)
    trimmed = synthetic.trim(clip, tmp_path / "trimmed.mp4", 1.0)
    with av.open(str(clip)) as container:
        frame = next(container.decode(video=0))
        frame.to_image().save(tmp_path / "still.jpg", quality=85)
    with MediaLibrary.open(ledger) as library:
        first = library.add(clip, report_id="tg:first/1")
        library.add(_clip(tmp_path, 32), report_id="tg:second/2")
        later = library.add(trimmed, report_id="tg:third/3")
        still = library.match(tmp_path / "still.jpg")
    assert first.kind == "video" and first.duration_s == pytest.approx(4.0)
    (match,) = later.matches
    assert match.media_id == first.id
    assert match.frame_share is not None and match.frame_share >= 0.5
    assert [m.media_id for m in still.matches] == [first.id]

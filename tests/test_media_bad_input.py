"""Bad media gives one MediaError naming the file, never a traceback, and leaves nothing behind."""

from __future__ import annotations

import sqlite3
import struct
import wave
import zlib
from fractions import Fraction
from pathlib import Path

import av
import av.video.stream
import numpy as np
import pytest
from click.testing import CliRunner

from claimledger.cli.media import media_group
from claimledger.media import MediaError, MediaLibrary, analyse, synthetic
from claimledger.media.analysis import Budget


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that declares a size; Pillow's bomb check reads only this far."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 16)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path


def _jpeg(path: Path) -> Path:
    synthetic.scene(5).save(path, "JPEG", quality=90)
    return path


def _mp4(path: Path, seconds: float = 2.0) -> Path:
    synthetic.write_video(path, 9, seconds=seconds, size=(160, 120))
    return path


def _avi_unknown_codec(path: Path) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=10)
        assert isinstance(stream, av.video.stream.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for index in range(10):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), index * 20, np.uint8), "rgb24")
            frame.pts, frame.time_base = index, Fraction(1, 10)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    # The FourCC names the codec; one no decoder knows makes an unsupported file.
    path.write_bytes(path.read_bytes().replace(b"FMP4", b"QZQZ"))
    return path


def _wav(path: Path) -> Path:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(8000)
        sound.writeframes(b"\x00\x01" * 8000)
    return path


def _truncated(path: Path, share: float) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])
    return path


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CASES = [
    ("missing", lambda p: p / "nothing.jpg", "no such file"),
    ("directory", lambda p: p, "not a file"),
    ("empty", lambda p: _bytes(p / "empty.jpg", b""), "empty file"),
    ("garbage named .jpg", lambda p: _bytes(p / "x.jpg", b"\x13\x37" * 999),
     "not a recognised image or video"),
    ("garbage named .mp4", lambda p: _bytes(p / "x.mp4", b"\x13\x37" * 999),
     "not a recognised image or video"),
    ("truncated jpeg", lambda p: _truncated(_jpeg(p / "t.jpg"), 0.5), "truncated"),
    ("bomb, over twice the limit", lambda p: _png_header_only(p / "b.png", 20000, 20000),
     "decompression bomb"),
    ("bomb, in the warning band", lambda p: _png_header_only(p / "w.png", 10000, 10000),
     "decompression bomb"),
    ("unsupported codec", lambda p: _avi_unknown_codec(p / "odd.avi"), "unsupported video codec"),
    ("audio only", lambda p: _wav(p / "sound.wav"), "no video stream"),
    ("truncated mp4", lambda p: _truncated(_mp4(p / "cut.mp4"), 0.6),
     "not a recognised image or video"),
]


@pytest.mark.parametrize(("name", "make", "says"), CASES, ids=[case[0] for case in CASES])
def test_bad_file_is_one_media_error_naming_it(
    tmp_path: Path, name: str, make: object, says: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(MediaError) as caught:
        analyse(path)
    assert says in str(caught.value)
    assert str(path) in str(caught.value)


def test_corrupt_png_body(tmp_path: Path) -> None:
    path = tmp_path / "broken.png"
    synthetic.scene(6).save(path)
    data = bytearray(path.read_bytes())
    data[200:400] = bytes(200)  # inside IDAT: the checksum no longer holds
    path.write_bytes(bytes(data))
    with pytest.raises(MediaError, match="damaged"):
        analyse(path)


@pytest.mark.parametrize("seed", range(6))
def test_video_with_damaged_bytes_never_raises_anything_but_media_error(
    tmp_path: Path, seed: int
) -> None:
    path = _mp4(tmp_path / "clip.mp4")
    data = bytearray(path.read_bytes())
    rng = np.random.default_rng(seed)
    start = int(rng.integers(0, len(data) - 500))
    data[start : start + 500] = rng.integers(0, 256, 500, dtype=np.uint8).tobytes()
    path.write_bytes(bytes(data))
    try:
        analyse(path)
    except MediaError as exc:
        assert str(path) in str(exc)


def test_video_past_its_time_budget(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="time budget"):
        analyse(_mp4(tmp_path / "slow.mp4"), Budget(time_s=0.0))


def test_video_frames_past_the_pixel_limit(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="exceed the limit"):
        analyse(_mp4(tmp_path / "big.mp4"), Budget(max_pixels=100 * 100))


def test_picture_past_a_lower_pixel_limit(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="decompression bomb"):
        analyse(_jpeg(tmp_path / "p.jpg"), Budget(max_pixels=100 * 100))


def _stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_failure_inside_the_transaction_leaves_no_rows_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ledger.db"
    with MediaLibrary.open(db) as library:

        def fail(*args: object) -> None:
            raise RuntimeError("disk pulled out")

        monkeypatch.setattr("claimledger.ledger.media._record_recycling", fail)
        with pytest.raises(RuntimeError):
            library.add(_jpeg(tmp_path / "a.jpg"), report_id="r1")
    with sqlite3.connect(db) as check:
        for table in ("media", "media_hashes", "media_appearances", "media_matches"):
            assert check.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert _stored_files(tmp_path / "ledger.media") == []


def test_failed_rename_rolls_the_rows_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimledger.media.store as store

    def refuse(source: object, target: object) -> None:
        raise OSError("read-only file system")

    monkeypatch.setattr(store.os, "replace", refuse)
    db = tmp_path / "ledger.db"
    with MediaLibrary.open(db) as library, pytest.raises(OSError):
        library.add(_jpeg(tmp_path / "a.jpg"))
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(*) FROM media").fetchone()[0] == 0
    assert _stored_files(tmp_path / "ledger.media") == []


def test_bad_file_leaves_nothing_and_the_good_ones_are_stored(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    bad = _truncated(_jpeg(tmp_path / "bad.jpg"), 0.4)
    good = _jpeg(tmp_path / "good.jpg")
    result = CliRunner().invoke(
        media_group, ["add", str(bad), str(good), "--db", str(db), "--report", "r1"]
    )
    assert result.exit_code == 1
    assert f"error: {bad}" in result.output
    assert "Traceback" not in result.output
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(*) FROM media").fetchone()[0] == 1
    assert len(_stored_files(tmp_path / "ledger.media")) == 1

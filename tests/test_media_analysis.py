"""What `analyse` reads from pictures and videos: kind, format, size, time, place, hashes."""

from __future__ import annotations

import itertools
from fractions import Fraction
from pathlib import Path

import av
import av.video.stream
import numpy as np
import pytest
from PIL import Image, ImageOps
from PIL.TiffImagePlugin import IFDRational

from claimledger.media import analyse, pdq, synthetic
from claimledger.media.analysis import Budget


def _exif(when: str | None, offset: str | None, gps: tuple[str, tuple[int, int, int],
          str, tuple[int, int, int]] | None) -> Image.Exif:
    exif = Image.Exif()
    details = exif.get_ifd(0x8769)
    if when is not None:
        details[0x9003] = when
    if offset is not None:
        details[0x9011] = offset
    if gps is not None:
        lat_ref, lat, lon_ref, lon = gps
        place = exif.get_ifd(0x8825)
        place[1], place[3] = lat_ref, lon_ref
        place[2] = tuple(IFDRational(part, 1) for part in lat)
        place[4] = tuple(IFDRational(part, 1) for part in lon)
    return exif


@pytest.mark.parametrize(
    ("when", "offset", "gps", "created", "where"),
    [
        ("2024:05:01 10:11:12", None, None, "2024-05-01T10:11:12", None),
        ("2024:05:01 10:11:12", "+03:00", None, "2024-05-01T10:11:12+03:00", None),
        ("0000:00:00 00:00:00", None, None, None, None),
        (None, None, ("N", (54, 30, 0), "E", (36, 15, 36)), None, (54.5, 36.26)),
        (None, None, ("S", (33, 52, 0), "W", (70, 0, 0)), None, (-33.8667, -70.0)),
        (None, None, ("N", (95, 0, 0), "E", (10, 0, 0)), None, None),  # impossible latitude
    ],
)
def test_exif_time_and_place(
    tmp_path: Path,
    when: str | None,
    offset: str | None,
    gps: tuple[str, tuple[int, int, int], str, tuple[int, int, int]] | None,
    created: str | None,
    where: tuple[float, float] | None,
) -> None:
    path = tmp_path / "photo.jpg"
    synthetic.scene(1).save(path, exif=_exif(when, offset, gps))
    facts = analyse(path).facts
    assert facts.created == created
    if where is None:
        assert facts.gps is None
    else:
        assert facts.gps == pytest.approx(where, abs=1e-4)


@pytest.mark.parametrize(
    ("fmt", "name", "mime", "ext"),
    [
        ("JPEG", "a.jpeg", "image/jpeg", ".jpg"),
        ("PNG", "b.PNG", "image/png", ".png"),
        ("WEBP", "c.bin", "image/webp", ".webp"),
        ("GIF", "d.gif", "image/gif", ".gif"),
        ("BMP", "e", "image/bmp", ".bmp"),
    ],
)
def test_picture_format_comes_from_content_not_name(
    tmp_path: Path, fmt: str, name: str, mime: str, ext: str
) -> None:
    path = tmp_path / name
    synthetic.scene(2).save(path, fmt)
    analysis = analyse(path)
    assert (analysis.facts.kind, analysis.facts.mime, analysis.facts.ext) == ("image", mime, ext)
    assert (analysis.facts.width, analysis.facts.height) == synthetic.SCENE_SIZE
    assert analysis.size == path.stat().st_size
    assert len(analysis.sha256) == 64


def test_exif_orientation_is_applied_before_hashing(tmp_path: Path) -> None:
    upright = synthetic.scene(3)
    turned = upright.rotate(-90, expand=True)  # stored sideways; orientation 8 turns it back
    exif = Image.Exif()
    exif[0x0112] = 8
    turned.save(tmp_path / "turned.jpg", exif=exif, quality=95)
    upright.save(tmp_path / "upright.jpg", quality=95)
    a, b = analyse(tmp_path / "turned.jpg"), analyse(tmp_path / "upright.jpg")
    assert (a.facts.width, a.facts.height) == upright.size
    distance = pdq.hamming(pdq.as_array([a.hashes[0].pdq]), pdq.as_array([b.hashes[0].pdq]))
    assert int(distance[0]) < 10


def test_mirror_variant_is_the_hash_of_the_mirrored_picture() -> None:
    from claimledger.media.images import hash_picture

    picture = synthetic.scene(4)
    variants = hash_picture(picture).variants
    mirrored = hash_picture(ImageOps.mirror(picture)).pdq
    assert variants[pdq.MIRROR] == mirrored


def test_flat_picture_has_low_quality(tmp_path: Path) -> None:
    Image.new("RGB", (200, 100), (40, 90, 200)).save(tmp_path / "sky.png")
    hashes = analyse(tmp_path / "sky.png").hashes
    assert [frame.region for frame in hashes] == ["full", "center95", "center90"]
    assert all(frame.quality < pdq.MIN_QUALITY and not frame.usable for frame in hashes)


def _video(path: Path, metadata: dict[str, str], frames: int = 30, fps: int = 10) -> Path:
    with av.open(str(path), "w") as container:
        container.metadata.update(metadata)
        stream = container.add_stream("libx264", rate=fps)
        assert isinstance(stream, av.video.stream.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
        for index in range(frames):
            pixels = np.asarray(synthetic.scene(index // 10, (160, 120)))
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


@pytest.mark.parametrize(
    ("metadata", "created", "where"),
    [
        ({}, None, None),
        ({"creation_time": "2024-05-01T10:00:00.000000Z"}, "2024-05-01T10:00:00+00:00", None),
        ({"creation_time": "1970-01-01T00:00:00.000000Z"}, None, None),  # the muxer's "unknown"
        ({"location": "+50.4501+030.5234/"}, None, (50.4501, 30.5234)),
        ({"location": "-12.5+130.25/"}, None, (-12.5, 130.25)),
    ],
)
def test_video_container_time_and_place(
    tmp_path: Path, metadata: dict[str, str], created: str | None,
    where: tuple[float, float] | None,
) -> None:
    facts = analyse(_video(tmp_path / "clip.mp4", metadata)).facts
    assert (facts.kind, facts.mime, facts.ext) == ("video", "video/mp4", ".mp4")
    assert facts.codec == "h264"
    assert (facts.width, facts.height) == (160, 120)
    assert facts.duration_s == pytest.approx(3.0, abs=0.15)
    assert facts.created == created
    assert facts.gps == where


def test_video_frames_are_sampled_on_a_grid_and_at_cuts(tmp_path: Path) -> None:
    # three scenes of one second each: cuts at 1 s and 2 s
    hashes = analyse(_video(tmp_path / "cuts.mp4", {})).hashes
    times = [frame.at_s for frame in hashes]
    assert times[0] == 0.0
    assert 1.0 in times and 2.0 in times
    assert all(b > a for a, b in itertools.pairwise(times))
    assert all(len(frame.variants) == 8 for frame in hashes)


def test_frame_budget_caps_a_long_video(tmp_path: Path) -> None:
    path = _video(tmp_path / "long.mp4", {}, frames=600, fps=10)  # 60 s
    budget = Budget(max_frames=12, sequential_max_s=20.0)  # long: sampled at keyframes
    hashes = analyse(path, budget).hashes
    assert 1 <= len(hashes) <= 12
    sequential = analyse(path, Budget(max_frames=12)).hashes
    assert len(sequential) <= 12

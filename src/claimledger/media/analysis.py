"""What a media file is: its kind, format, size, embedded time and place, and its PDQ hashes.

`analyse(path)` reads a file without writing anything. Pillow is asked first (it recognises
images by their first bytes); what it does not recognise is given to FFmpeg (PyAV) as a video.
Every failure, whatever library raised it, comes out as a MediaError naming the file.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, UnidentifiedImageError

from claimledger.media.errors import MediaError
from claimledger.media.pdq import MIN_QUALITY

MediaKindName = Literal["image", "video"]
READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class FrameHash:
    """The PDQ hash of a picture, or of one sampled video frame, with its rotations and flips."""

    frame: int  # 0 for a picture; the sample's ordinal for a video
    at_s: float | None  # the frame's time in the video
    variants: tuple[bytes, ...]  # pdq.pdq_variants order; variants[0] is the hash itself
    quality: int
    region: str = "full"  # or a centre crop of a picture: images.CROP_LADDER

    @property
    def pdq(self) -> bytes:
        return self.variants[0]

    @property
    def usable(self) -> bool:
        """Whether PDQ's quality is high enough for matching (pdq.MIN_QUALITY)."""
        return self.quality >= MIN_QUALITY


@dataclass(frozen=True, slots=True)
class Facts:
    """What the file says about itself."""

    kind: MediaKindName
    mime: str
    ext: str  # the extension it is stored under, from its format rather than its name
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    codec: str | None = None
    created: str | None = None  # EXIF DateTimeOriginal or the container's creation_time, ISO
    gps: tuple[float, float] | None = None  # (latitude, longitude) in degrees


@dataclass(frozen=True, slots=True)
class Analysis:
    path: Path
    sha256: str
    size: int
    facts: Facts
    hashes: tuple[FrameHash, ...]


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits on the work one file may cost.

    A video is sampled at most every `min_interval_s` seconds (evenly over its length when that
    would exceed `max_frames`), plus the first frame after each scene cut, never more than
    `max_frames` frames in all. Videos longer than `sequential_max_s` are not decoded whole: the
    decoder seeks to each sample time and takes the keyframe there (skip_frame = NONKEY). Taking
    longer than `time_s` seconds, or a picture or frame larger than `max_pixels`, is an error.
    """

    max_frames: int = 64
    min_interval_s: float = 0.25
    sequential_max_s: float = 120.0
    time_s: float = 60.0
    max_pixels: int | None = None  # None: Pillow's Image.MAX_IMAGE_PIXELS


def analyse(path: str | Path, budget: Budget | None = None) -> Analysis:
    """Read, identify and hash a media file; raises MediaError."""
    from claimledger.media import images, videos

    file = Path(path)
    size = _check_file(file)
    sha = file_sha256(file)
    budget = budget or Budget()
    image = _open_image(file, budget)
    if image is not None:
        with image:
            facts, hashes = images.read_image(file, image, budget)
    else:
        facts, hashes = videos.read_video(file, budget)
    return Analysis(file, sha, size, facts, tuple(hashes))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(READ_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise MediaError(path, f"cannot read: {exc.strerror or exc}") from None
    return digest.hexdigest()


def _check_file(path: Path) -> int:
    if not path.exists():
        raise MediaError(path, "no such file")
    if not path.is_file():
        raise MediaError(path, "not a file")
    size = path.stat().st_size
    if size == 0:
        raise MediaError(path, "empty file")
    return size


def _open_image(path: Path, budget: Budget) -> Image.Image | None:
    """The file opened by Pillow (header only), or None when Pillow does not recognise it."""
    limit = budget.max_pixels or Image.MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; both are refused here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
    except UnidentifiedImageError:
        return None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(path, f"refused as a possible decompression bomb: {exc}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise MediaError(path, f"damaged image: {exc}") from None
    if limit and image.width * image.height > limit:
        image.close()
        raise MediaError(path, f"{image.width} x {image.height} pixels refused as a possible "
                         f"decompression bomb (limit {limit:,} pixels)")
    return image


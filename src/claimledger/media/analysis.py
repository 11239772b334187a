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

from PIL import Image, UnidentifiedImageError

from claimledger.media.errors import MediaError
from claimledger.media.facts import Budget, Facts, FrameHash, MediaKindName

__all__ = ["Analysis", "Budget", "Facts", "FrameHash", "MediaKindName", "analyse", "file_sha256"]

READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Analysis:
    path: Path
    sha256: str
    size: int
    facts: Facts
    hashes: tuple[FrameHash, ...]


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


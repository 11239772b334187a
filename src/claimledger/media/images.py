"""Pictures: decode under Pillow's guards, read EXIF time and place, hash with PDQ."""

from __future__ import annotations

import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps

from claimledger.media import pdq
from claimledger.media.errors import MediaError
from claimledger.media.facts import Budget, Facts, FrameHash

EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/avif": ".avif",
}
# JPEGs are decoded at a reduced scale (libjpeg's DCT scaling) when still this large after it:
# the hash needs 64 x 64 pixels, and a 24-megapixel photo decodes 8 times faster.
DRAFT_SIDE = 4 * pdq.HASH_SIDE
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}
# Centre crops hashed and indexed beside the whole picture (the share of each side kept): a copy
# trimmed at its edges (a border, a logo, a letterbox cut away) lands near one of them. PDQ alone
# loses most copies cropped by 5 % (measured: 2 % within 31 bits); against the ladder, with the
# weighted distance, crops of 2.5-7.5 % are found (evaluation.py).
CROP_LADDER = (("center95", 0.95), ("center90", 0.90))


def read_image(path: Path, image: Image.Image, budget: Budget) -> tuple[Facts, list[FrameHash]]:
    """The facts and hash of a picture that Pillow has opened (header read, pixels not yet)."""
    del budget  # the pixel limit was applied when the header was read
    exif = _exif(path, image)
    width, height = image.size
    if exif.get(ExifTags.Base.Orientation) in _SWAPPING_ORIENTATIONS:
        width, height = height, width
    facts = Facts(
        kind="image",
        mime=_mime(image),
        ext=EXTENSIONS.get(_mime(image), f".{(image.format or 'img').lower()}"),
        width=width,
        height=height,
        created=_exif_time(exif),
        gps=_exif_gps(exif),
    )
    return facts, _hash(path, image)


def _mime(image: Image.Image) -> str:
    return Image.MIME.get(image.format or "", f"image/{(image.format or 'unknown').lower()}")


def _exif(path: Path, image: Image.Image) -> Image.Exif:
    try:
        return image.getexif()
    except Exception as exc:  # Pillow's EXIF parser raises many kinds on bad tags
        raise MediaError(path, f"damaged EXIF metadata: {exc}") from None


def _hash(path: Path, image: Image.Image) -> list[FrameHash]:
    if image.format == "JPEG":
        image.draft("RGB", (DRAFT_SIDE, DRAFT_SIDE))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            hashes = picture_hashes(ImageOps.exif_transpose(image))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(path, f"refused as a possible decompression bomb: {exc}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise MediaError(path, f"damaged or truncated image: {exc}") from None
    return hashes


def hash_picture(image: Image.Image) -> FrameHash:
    """The hash of a decoded, upright picture, with its rotations and flips."""
    variants, quality = pdq.pdq_variants(image)
    return FrameHash(frame=0, at_s=None, variants=tuple(variants), quality=quality)


def picture_hashes(image: Image.Image) -> list[FrameHash]:
    """The whole picture's hash (the one used to query), then those of its centre crops."""
    hashes = [hash_picture(image)]
    for region, keep in CROP_LADDER:
        crop = pdq.pdq_hash(center_crop(image, keep))
        hashes.append(FrameHash(0, None, (crop.bits,), crop.quality, region))
    return hashes


def center_crop(image: Image.Image, keep: float) -> Image.Image:
    width, height = image.size
    dx, dy = round(width * (1 - keep) / 2), round(height * (1 - keep) / 2)
    if width - 2 * dx < 1 or height - 2 * dy < 1:
        return image
    return image.crop((dx, dy, width - dx, height - dy))


def _exif_time(exif: Image.Exif) -> str | None:
    """DateTimeOriginal ("2024:05:01 10:11:12") as ISO 8601, with OffsetTimeOriginal if given."""
    details = _ifd(exif, ExifTags.IFD.Exif)
    stamp = details.get(ExifTags.Base.DateTimeOriginal)
    if not isinstance(stamp, str):
        return None
    try:
        moment = datetime.strptime(stamp.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # "0000:00:00 00:00:00" and other placeholders
    offset = details.get(ExifTags.Base.OffsetTimeOriginal)
    if isinstance(offset, str):
        try:
            return datetime.fromisoformat(moment.isoformat() + offset.strip("\x00 ")).isoformat()
        except ValueError:
            pass
    return moment.isoformat()


def _exif_gps(exif: Image.Exif) -> tuple[float, float] | None:
    gps = _ifd(exif, ExifTags.IFD.GPSInfo)
    latitude = _degrees(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef))
    longitude = _degrees(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef))
    if latitude is None or longitude is None:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return (latitude, longitude)


def _ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:  # a broken sub-directory leaves only that field unknown
        return {}


def _degrees(value: object, reference: object) -> float | None:
    """(degrees, minutes, seconds) rationals and "N"/"S"/"E"/"W" as signed decimal degrees."""
    if not isinstance(value, tuple) or len(value) != 3:
        return None
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if any(part != part for part in (degrees, minutes, seconds)):  # NaN from a 0/0 rational
        return None
    result = degrees + minutes / 60 + seconds / 3600
    ref = reference.strip("\x00 ").upper() if isinstance(reference, str) else ""
    return -result if ref in {"S", "W"} else result

"""The records of a media file's analysis, apart from the analysis itself: images.py and
videos.py fill them and analysis.py calls those two, so the types live here to keep the
imports one way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from claimledger.media.pdq import MIN_QUALITY

MediaKindName = Literal["image", "video"]


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

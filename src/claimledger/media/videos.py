"""Videos: open with FFmpeg (PyAV), read container facts, sample frames under a budget, hash them.

Sampling (see analysis.Budget): the first frame, then a frame every `interval` seconds, plus the
first frame after each scene cut (the mean absolute difference of 16 x 16 grey thumbnails of
consecutive frames above CUT_LEVEL). The grid restarts at every sample, so after a cut two copies
of a clip sample the same moments however differently they were trimmed. Frames are reduced to
at most 256 pixels a side as they are decoded; nothing larger than one frame is held.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import av
import av.container
import av.error
import av.stream
import av.video.stream
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from claimledger.media import pdq
from claimledger.media.errors import MediaError
from claimledger.media.facts import Budget, Facts, FrameHash

# FFmpeg's demuxer names (first of the comma list) as MIME types and stored extensions.
FORMATS: dict[str, tuple[str, str]] = {
    "mov": ("video/mp4", ".mp4"),
    "matroska": ("video/x-matroska", ".mkv"),
    "avi": ("video/x-msvideo", ".avi"),
    "mpegts": ("video/mp2t", ".ts"),
    "flv": ("video/x-flv", ".flv"),
    "mpeg": ("video/mpeg", ".mpg"),
    "asf": ("video/x-ms-asf", ".asf"),
    "ogg": ("video/ogg", ".ogv"),
    "h264": ("video/h264", ".h264"),
    "hevc": ("video/h265", ".h265"),
}
# Mean absolute brightness difference (0..255) of consecutive 16 x 16 thumbnails taken as a cut;
# on the generated clips a cut measured 14-37 and motion (a fast pan) at most 3.4.
CUT_LEVEL = 12.0
FRAME_SIDE = 256
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")


@dataclass(slots=True)
class _Sampler:
    """Picks the frames to hash from a stream of decoded frames."""

    interval: float
    max_frames: int
    deadline: float
    path: Path
    next_at: float = 0.0
    previous: NDArray[np.float32] | None = None
    start: float | None = None

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise MediaError(
                self.path, "hashing ran past its time budget; the file is too long or too slow "
                "to decode"
            )

    def wants(self, frame: av.VideoFrame, at: float) -> bool:
        self.check_time()
        if self.start is None:
            self.start = at
        thumb = _luma_thumb(frame)
        cut = self.previous is not None and float(np.abs(thumb - self.previous).mean()) > CUT_LEVEL
        self.previous = thumb
        if at - self.start >= self.next_at or cut:
            self.next_at = at - self.start + self.interval
            return True
        return False


def read_video(path: Path, budget: Budget) -> tuple[Facts, list[FrameHash]]:
    deadline = time.monotonic() + budget.time_s
    try:
        container = av.open(str(path), metadata_errors="replace")
    except av.error.FFmpegError as exc:
        raise MediaError(path, f"not a recognised image or video ({_reason(exc)})") from None
    except (OSError, ValueError) as exc:
        raise MediaError(path, f"cannot open: {exc}") from None
    with container:
        stream = _video_stream(path, container)
        facts = _facts(path, container, stream, budget)
        try:
            hashes = _hashes(path, container, stream, facts.duration_s, budget, deadline)
        except av.error.FFmpegError as exc:
            raise MediaError(path, f"damaged video, decoding failed: {_reason(exc)}") from None
        except (OSError, ValueError, EOFError) as exc:
            raise MediaError(path, f"damaged video, decoding failed: {exc}") from None
    if not hashes:
        raise MediaError(path, "no frame of the video could be decoded")
    return facts, hashes


def _reason(exc: av.error.FFmpegError) -> str:
    return str(getattr(exc, "strerror", None) or exc)


def _video_stream(
    path: Path, container: av.container.InputContainer
) -> av.video.stream.VideoStream:
    name = container.format.name
    if name == "image2" or name.endswith("_pipe"):
        # FFmpeg guessed a picture format from the name: one that Pillow could not read.
        raise MediaError(path, "not a recognised image or video (a damaged picture?)")
    if not container.streams.video:
        kinds: list[str] = sorted({str(stream.type) for stream in container.streams}) or ["none"]
        raise MediaError(path, f"no video stream (streams: {', '.join(kinds)})")
    stream = container.streams.video[0]
    if stream.codec_context is None:
        raise MediaError(path, "unsupported video codec: FFmpeg has no decoder for it")
    return stream


def _facts(
    path: Path,
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    budget: Budget,
) -> Facts:
    context = stream.codec_context
    width, height = context.width, context.height
    limit = budget.max_pixels or Image.MAX_IMAGE_PIXELS
    if limit and width * height > limit:
        raise MediaError(path, f"{width} x {height} frames exceed the limit of {limit:,} pixels")
    mime, ext = _format(container, stream, path)
    return Facts(
        kind="video",
        mime=mime,
        ext=ext,
        width=width or None,
        height=height or None,
        duration_s=_duration(container, stream),
        codec=context.name,
        created=_creation_time(container, stream),
        gps=_location(container),
    )


def _format(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream, path: Path
) -> tuple[str, str]:
    name = container.format.name.split(",")[0]
    if name == "mov" and path.suffix.lower() == ".mov":
        return "video/quicktime", ".mov"
    if name == "matroska" and stream.codec_context.name in {"vp8", "vp9", "av1"}:
        return "video/webm", ".webm"
    return FORMATS.get(name, (f"video/x-{name}", f".{name}"))


def _duration(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream
) -> float | None:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if container.duration:
        return container.duration / av.time_base
    return None


def _creation_time(
    container: av.container.InputContainer, stream: av.video.stream.VideoStream
) -> str | None:
    stamp = container.metadata.get("creation_time") or stream.metadata.get("creation_time")
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.year < 1971:  # muxers write the epoch (or 1904) when the time is unknown
        return None
    return moment.isoformat()


def _location(container: av.container.InputContainer) -> tuple[float, float] | None:
    """ISO 6709 ("+50.4501+030.5234/") from the `location` tags that phones and FFmpeg write."""
    for key in ("location", "com.apple.quicktime.location.ISO6709", "location-eng"):
        found = _ISO6709.match(container.metadata.get(key, "").strip())
        if found:
            latitude, longitude = float(found.group(1)), float(found.group(2))
            if -90 <= latitude <= 90 and -180 <= longitude <= 180:
                return (latitude, longitude)
    return None


def _hashes(
    path: Path,
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    duration: float | None,
    budget: Budget,
    deadline: float,
) -> list[FrameHash]:
    interval = budget.min_interval_s
    if duration:
        # A quarter of the budget is left for the frames after scene cuts.
        interval = max(interval, duration / max(1, budget.max_frames * 3 // 4))
    stream.thread_type = "AUTO"
    sampler = _Sampler(interval, budget.max_frames, deadline, path)
    if duration is not None and duration > budget.sequential_max_s:
        frames = _keyframes_at(container, stream, duration, interval, sampler)
    else:
        frames = _decoded(container, stream, sampler)
    hashes: list[FrameHash] = []
    for at, image in frames:
        variants, quality = pdq.pdq_variants(image)
        hashes.append(FrameHash(len(hashes), round(at, 3), tuple(variants), quality))
        if len(hashes) >= budget.max_frames:
            break
    return hashes


def _decoded(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    sampler: _Sampler,
) -> Iterator[tuple[float, Image.Image]]:
    for index, frame in enumerate(container.decode(stream)):
        at = _frame_time(frame, index, stream)
        if sampler.wants(frame, at):
            yield at - (sampler.start or 0.0), _small(frame)


def _keyframes_at(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    duration: float,
    interval: float,
    sampler: _Sampler,
) -> Iterator[tuple[float, Image.Image]]:
    """The keyframe at or before each sample time, found by seeking; no other frame is decoded."""
    stream.codec_context.skip_frame = "NONKEY"
    time_base = stream.time_base or Fraction(1, av.time_base)
    origin = stream.start_time or 0
    seen: set[int | None] = set()
    for step in range(sampler.max_frames):
        target = step * interval
        if target > duration:
            break
        sampler.check_time()
        container.seek(origin + int(target / time_base), stream=stream, backward=True)
        frame = next(container.decode(stream), None)
        if frame is None or frame.pts in seen:
            continue
        seen.add(frame.pts)
        yield _frame_time(frame, step, stream) - float(origin * time_base), _small(frame)


def _frame_time(frame: av.VideoFrame, index: int, stream: av.video.stream.VideoStream) -> float:
    if frame.time is not None:
        return float(frame.time)
    rate = stream.average_rate or stream.guessed_rate or 25
    return index / float(rate)


def _luma_thumb(frame: av.VideoFrame) -> NDArray[np.float32]:
    """A 16 x 16 block-mean of the frame's brightness, read from its luma plane when it has one
    (swscale takes ten times longer for so large a reduction)."""
    luma: NDArray[np.uint8]
    if frame.format.name.startswith(("yuv", "yuvj", "nv12", "nv21", "gray")):
        plane = frame.planes[0]
        luma = np.frombuffer(memoryview(plane), np.uint8).reshape(plane.height, plane.line_size)
        luma = luma[:, : plane.width]
    else:
        luma = np.asarray(frame.to_ndarray(format="gray"), dtype=np.uint8)
    step = max(1, min(luma.shape) // 64)  # every few pixels suffice for a 16 x 16 mean
    luma = luma[::step, ::step]
    rows, cols = (luma.shape[0] // 16) * 16, (luma.shape[1] // 16) * 16
    if rows == 0 or cols == 0:
        return np.zeros((16, 16), dtype=np.float32)
    blocks = luma[:rows, :cols].reshape(16, rows // 16, 16, cols // 16)
    thumb: NDArray[np.float32] = blocks.mean(axis=(1, 3), dtype=np.float32)
    return thumb


def _small(frame: av.VideoFrame) -> Image.Image:
    scale = min(1.0, FRAME_SIDE / max(frame.width, frame.height, 1))
    width, height = max(1, round(frame.width * scale)), max(1, round(frame.height * scale))
    pixels = frame.to_ndarray(width=width, height=height, format="rgb24", interpolation="AREA")
    return Image.fromarray(pixels, "RGB")

"""Generated scenes and the edits that recycled footage goes through, for tests and benchmarks.

Real war footage cannot ship with the repository, so the evaluation draws random scenes (a
gradient sky, shapes, a line of text, sensor noise) that are distinct from each other in layout,
colour and texture, then applies what copies meet on their way between channels: JPEG
re-encoding, resizing, cropping, captions and watermarks, mirroring, desaturation. Everything
is seeded, so a run is reproducible.
"""

from __future__ import annotations

import functools
import io
import random
import string
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageOps

SCENE_SIZE = (320, 240)
PRESET = "veryfast"  # x264's speed preset: the clips are for tests, not for looks
_WORDS = [
    "".join(random.Random(seed).choices(string.ascii_letters, k=random.Random(seed).randint(3, 9)))
    for seed in range(64)
]


def scene(seed: int, size: tuple[int, int] = SCENE_SIZE) -> Image.Image:
    """A random scene: gradient and colour blobs, 4-12 shapes, an optional text line, noise."""
    rng = random.Random(seed)
    width, height = size
    image = Image.blend(_gradient(rng, size), _terrain(rng, size), rng.uniform(0.3, 0.7))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(4, 12)):
        _shape(draw, rng, width, height)
    if rng.random() < 0.7:
        font = _font(rng.randint(14, 32))
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
        xy = (rng.randint(0, width // 2), rng.randint(0, height - 30))
        draw.text(xy, text, fill=_colour(rng), font=font)
    return _noise(image, np.random.default_rng(seed), rng.uniform(2.0, 12.0))


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))


def _gradient(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    # A linear ramp survives bilinear upscaling unchanged, so it is drawn on a 2x2 grid.
    start = np.array(_colour(rng), dtype=np.float32)
    end = np.array(_colour(rng), dtype=np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.array([[0.0, np.cos(angle)], [np.sin(angle), np.cos(angle) + np.sin(angle)]])
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    corners = (start + ramp[..., None] * (end - start)).astype(np.uint8)
    small = Image.fromarray(corners, "RGB")
    return small.resize(size, Image.Resampling.BILINEAR, box=(0.5, 0.5, 1.5, 1.5))


def _terrain(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Smooth colour blobs, the low-frequency texture of fields, smoke and buildings."""
    cells = [_colour(rng) for _ in range(6 * 8)]
    coarse = Image.fromarray(np.array(cells, dtype=np.uint8).reshape(6, 8, 3), "RGB")
    return coarse.resize(size, Image.Resampling.BICUBIC)


def _shape(draw: ImageDraw.ImageDraw, rng: random.Random, width: int, height: int) -> None:
    x0, y0 = rng.randint(-width // 4, width), rng.randint(-height // 4, height)
    x1, y1 = x0 + rng.randint(width // 10, width // 2), y0 + rng.randint(height // 10, height // 2)
    kind = rng.choice(["ellipse", "rectangle", "polygon", "line"])
    if kind == "ellipse":
        draw.ellipse((x0, y0, x1, y1), fill=_colour(rng))
    elif kind == "rectangle":
        draw.rectangle((x0, y0, x1, y1), fill=_colour(rng))
    elif kind == "polygon":
        points = [(rng.randint(x0, x1), rng.randint(y0, y1)) for _ in range(rng.randint(3, 6))]
        draw.polygon(points, fill=_colour(rng))
    else:
        draw.line((x0, y0, x1, y1), fill=_colour(rng), width=rng.randint(2, 12))


def _noise(image: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    # Luminance noise, as a sensor makes it; one channel broadcast over three keeps it cheap.
    pixels = np.asarray(image, dtype=np.int16)
    noise = rng.standard_normal((image.height, image.width, 1), dtype=np.float32) * sigma
    noisy = pixels + noise.astype(np.int16)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), "RGB")


def jpeg_bytes(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def _reencode(quality: int) -> Callable[[Image.Image], Image.Image]:
    def edit(image: Image.Image) -> Image.Image:
        return Image.open(io.BytesIO(jpeg_bytes(image, quality))).convert("RGB")

    return edit


def _resize(factor: float) -> Callable[[Image.Image], Image.Image]:
    def edit(image: Image.Image) -> Image.Image:
        size = (round(image.width * factor), round(image.height * factor))
        return image.resize(size, Image.Resampling.BICUBIC)

    return edit


def crop(image: Image.Image, share: float = 0.05) -> Image.Image:
    """Cut `share` of the width and of the height, unevenly between the two sides."""
    dx, dy = round(image.width * share), round(image.height * share)
    left, top = dx // 3, dy - dy // 3
    return image.crop((left, top, image.width - (dx - left), image.height - (dy - top)))


def caption(image: Image.Image, text: str = "BREAKING: footage from the scene") -> Image.Image:
    """A translucent band with a caption along the bottom and a channel tag in a corner."""
    canvas = image.convert("RGBA")
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    band = max(12, canvas.height // 10)
    draw.rectangle((0, canvas.height - band, canvas.width, canvas.height), fill=(0, 0, 0, 120))
    font = ImageFont.load_default(size=max(10, band * 2 // 3))
    draw.text((4, canvas.height - band + 1), text, fill=(255, 255, 255, 230), font=font)
    tag_font = ImageFont.load_default(size=max(10, canvas.height // 16))
    draw.text((canvas.width * 2 // 3, 4), "@channel", fill=(255, 255, 255, 140), font=tag_font)
    return Image.alpha_composite(canvas, layer).convert("RGB")


IMAGE_EDITS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg_q90": _reencode(90),
    "jpeg_q70": _reencode(70),
    "jpeg_q50": _reencode(50),
    "jpeg_q30": _reencode(30),
    "resize_50": _resize(0.5),
    "resize_200": _resize(2.0),
    "crop_5": crop,
    "caption": caption,
    "flip_h": ImageOps.mirror,
    "grayscale": lambda image: ImageOps.grayscale(image).convert("RGB"),
}


# Edits outside the goal, reported by bench/media_eval.py to show where matching gives out.
EXTRA_IMAGE_EDITS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "crop_2.5": lambda image: crop(image, 0.025),
    "crop_7.5": lambda image: crop(image, 0.075),
    "crop_10": lambda image: crop(image, 0.10),
    "caption_q50": lambda image: _reencode(50)(caption(image)),
    "flip_crop_5_q70": lambda image: _reencode(70)(crop(ImageOps.mirror(image))),
    "rotate_90": lambda image: image.rotate(90, expand=True),
}


def write_video(
    path: Path,
    seed: int,
    seconds: float = 4.0,
    size: tuple[int, int] = SCENE_SIZE,
    fps: int = 25,
    codec: str = "libx264",
    bit_rate: int | None = None,
) -> None:
    """A short clip: a slow pan across one random scene, cutting to a second scene halfway."""
    import av
    import av.video.stream

    scenes = [scene(seed * 2 + cut, (size[0] * 3 // 2, size[1] * 3 // 2)) for cut in range(2)]
    frames = round(seconds * fps)
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=fps)
        assert isinstance(stream, av.video.stream.VideoStream)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.options = {"preset": PRESET}
        if bit_rate:
            stream.bit_rate = bit_rate
        for index in range(frames):
            pixels = np.asarray(_pan(scenes, index, frames, size))
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))


def _pan(scenes: list[Image.Image], index: int, frames: int, size: tuple[int, int]) -> Image.Image:
    half = frames // 2
    backdrop = scenes[0] if index < half else scenes[1]
    progress = (index % half) / max(half - 1, 1)
    x = round(progress * (backdrop.width - size[0]))
    y = round(progress * (backdrop.height - size[1]) / 2)
    return backdrop.crop((x, y, x + size[0], y + size[1]))


def trim(source: Path, target: Path, start_s: float) -> Path:
    """Drop the first `start_s` seconds and re-encode (what a re-upload of a cut clip does)."""
    return _transcode(source, target, start_s=start_s)


def reencode(source: Path, target: Path, scale: float = 0.75, bit_rate: int = 150_000) -> Path:
    """Re-encode at a lower resolution and bit rate."""
    return _transcode(source, target, scale=scale, bit_rate=bit_rate)


def remux(source: Path, target: Path) -> Path:
    """Copy the coded stream into another container (MP4 to Matroska) without re-encoding."""
    import av
    import av.video.stream

    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = inp.streams.video[0]
        copy = out.add_stream_from_template(stream)
        for packet in inp.demux(stream):
            if packet.dts is None:
                continue
            packet.stream = copy
            out.mux(packet)
    return target


def _transcode(
    source: Path,
    target: Path,
    start_s: float = 0.0,
    scale: float = 1.0,
    bit_rate: int | None = None,
) -> Path:
    import av
    import av.video.stream

    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = inp.streams.video[0]
        rate = stream.average_rate or Fraction(25)
        encoder = out.add_stream("libx264", rate=rate)
        assert isinstance(encoder, av.video.stream.VideoStream)
        width = round(stream.codec_context.width * scale / 2) * 2
        height = round(stream.codec_context.height * scale / 2) * 2
        encoder.width, encoder.height, encoder.pix_fmt = width, height, "yuv420p"
        encoder.options = {"preset": PRESET}
        if bit_rate:
            encoder.bit_rate = bit_rate
        index = 0
        for frame in inp.decode(stream):
            if frame.time is not None and frame.time < start_s - 1e-6:
                continue
            picture = frame.reformat(width=width, height=height, format="yuv420p")
            picture.pts = index
            picture.time_base = Fraction(1) / Fraction(rate)
            out.mux(encoder.encode(picture))
            index += 1
        out.mux(encoder.encode(None))
    return target


VIDEO_EDITS: dict[str, Callable[[Path, Path], Path]] = {
    "trim_1s": lambda source, target: trim(source, target.with_suffix(".mp4"), 1.0),
    "trim_1.3s": lambda source, target: trim(source, target.with_suffix(".mp4"), 1.3),
    "reencode_lowres": lambda source, target: reencode(source, target.with_suffix(".mp4")),
    "remux_mkv": lambda source, target: remux(source, target.with_suffix(".mkv")),
}

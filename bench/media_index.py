"""Speed of the media index and of hashing.

    .venv/bin/python bench/media_index.py            # 100k and 1M stored hashes
    .venv/bin/python bench/media_index.py --sizes 100000

Index: uniformly random 256-bit hashes plus planted near-duplicates of some of them (at 0..31
bits); every planted copy must be found (radius 31). Reported per query: one hash (the goal:
<= 2 ms at 1M), and a whole picture lookup as `media match` does it (8 rotations/flips at radius
31 plus 2 variants through the tolerant index). Hashing: pictures per second (generated JPEGs at
two sizes, through the full `analyse`), and seconds of video hashed per second of wall time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from claimledger.media import analyse, pdq, synthetic
from claimledger.media.index import PdqIndex
from claimledger.media.matching import WEIGHTED_THRESHOLD

PLANTED = 1000


def _near(code: np.ndarray, distance: int, rng: np.random.Generator) -> np.ndarray:
    bits = np.unpackbits(code)
    bits[rng.choice(256, distance, replace=False)] ^= 1
    return np.packbits(bits)


def bench_index(size: int, rng: np.random.Generator) -> None:
    codes = rng.integers(0, 256, (size, pdq.HASH_BYTES), dtype=np.uint8)
    started = time.perf_counter()
    index = PdqIndex()
    index.add(codes, np.arange(size))
    index.build()
    built = time.perf_counter() - started
    targets = rng.choice(size, PLANTED, replace=False)
    queries = [_near(codes[t], int(rng.integers(0, 32)), rng) for t in targets]
    started = time.perf_counter()
    found = sum(
        int(t) in {hit.row for hit in index.search(q[None, :], 31)}
        for t, q in zip(targets, queries, strict=True)
    )
    single = (time.perf_counter() - started) / PLANTED * 1000
    misses = rng.integers(0, 256, (PLANTED, pdq.HASH_BYTES), dtype=np.uint8)
    started = time.perf_counter()
    for query in misses:
        index.search(query[None, :], 31)
    absent = (time.perf_counter() - started) / PLANTED * 1000
    started = time.perf_counter()
    for query in queries[:200]:
        variants = np.repeat(query[None, :], 8, axis=0)
        index.search(variants, 31, variants[:2], WEIGHTED_THRESHOLD)
    picture = (time.perf_counter() - started) / 200 * 1000
    print(
        f"{size:>9,} hashes: built in {built:.1f} s; one hash {single:.2f} ms/query "
        f"(planted found {found}/{PLANTED}), absent {absent:.2f} ms/query; "
        f"picture lookup (8 + 2 variants) {picture:.2f} ms/query"
    )


def bench_pictures(folder: Path) -> None:
    for size, count in (((320, 240), 200), ((1920, 1080), 60)):
        paths = []
        for seed in range(count):
            path = folder / f"p{size[0]}-{seed}.jpg"
            synthetic.scene(seed, size).save(path, quality=90)
            paths.append(path)
        started = time.perf_counter()
        for path in paths:
            analyse(path)
        rate = count / (time.perf_counter() - started)
        print(f"pictures {size[0]}x{size[1]} JPEG: {rate:.0f} pictures/s")


def bench_videos(folder: Path) -> None:
    cases = [
        ("4 s, 320x240, 25 fps", 4.0, (320, 240), 25, 6),
        ("20 s, 640x360, 25 fps", 20.0, (640, 360), 25, 2),
        ("300 s, 320x240, 5 fps (keyframe sampling)", 300.0, (320, 240), 5, 1),
    ]
    for label, seconds, size, fps, count in cases:
        paths = []
        for seed in range(count):
            path = folder / f"v{size[0]}-{seconds}-{seed}.mp4"
            synthetic.write_video(path, seed, seconds=seconds, size=size, fps=fps)
            paths.append(path)
        started = time.perf_counter()
        frames = sum(len(analyse(path).hashes) for path in paths)
        elapsed = time.perf_counter() - started
        print(
            f"video {label}: {seconds * count / elapsed:.1f} video s/s "
            f"({frames / count:.0f} frames hashed per clip)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--no-hashing", action="store_true", help="index timings only")
    args = parser.parse_args()
    rng = np.random.default_rng(2024)
    for size in args.sizes:
        bench_index(size, rng)
    if not args.no_hashing:
        with tempfile.TemporaryDirectory(prefix="claimledger-media-bench-") as folder:
            bench_pictures(Path(folder))
            bench_videos(Path(folder))


if __name__ == "__main__":
    main()

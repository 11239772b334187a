"""64-bit SimHash of report texts, and grouping of near-identical texts in linear time.

Channels copy each other's posts with a changed emoji or a link appended; such copies are one
origin, not independent confirmation. SimHash over word trigrams keeps near-identical texts
within a few bits; splitting the 64 bits into bands finds candidate pairs without comparing every
pair of reports (the pigeonhole principle: texts within k bits agree on one of k+1 bands).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_LINK = re.compile(r"\]\([^)]*\)|https?://\S+")
MAX_DISTANCE = 6  # bits of 64: measured copies with a changed emoji or signature stay under 6
_BANDS = MAX_DISTANCE + 1


def simhash(text: str) -> int:
    words = [w.lower() for w in _WORD.findall(_LINK.sub(" ", text))]
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingles)
    # One row of 64 bits per shingle; a bit of the fingerprint is set where most rows have it.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    majority = bits.sum(axis=0) * 2 > len(shingles)
    return int.from_bytes(np.packbits(majority).tobytes(), "big")


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def _bands(value: int) -> list[tuple[int, int]]:
    width = 64 // _BANDS + 1
    mask = (1 << width) - 1
    return [(band, value >> (band * width) & mask) for band in range(_BANDS)]


def near_duplicate_groups(
    fingerprints: Sequence[int], max_distance: int = MAX_DISTANCE
) -> list[int]:
    """For each fingerprint, the index of the first fingerprint of its near-duplicate group."""
    parent = list(range(len(fingerprints)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    # Identical fingerprints (a post relayed verbatim many times) join their first twin directly,
    # so band buckets hold distinct values only and stay small.
    first_with: dict[int, int] = {}
    for index, value in enumerate(fingerprints):
        twin = first_with.setdefault(value, index)
        if twin != index:
            parent[index] = find(twin)
            continue
        for key in _bands(value):
            for other in buckets[key]:
                if distance(value, fingerprints[other]) <= max_distance:
                    a, b = find(index), find(other)
                    parent[max(a, b)] = min(a, b)
            buckets[key].append(index)
    return [find(i) for i in range(len(fingerprints))]

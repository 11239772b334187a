"""A near-duplicate index for PDQ hashes: multi-index hashing over 16-bit lanes, in numpy.

Multi-index hashing (Norouzi et al.): a code is cut into m lanes of 16 bits; if two codes are
within Hamming distance r, then by pigeonhole at least one lane pair is within floor(r / m). Each
lane has a table from its 65,536 values to the rows holding them (a counting sort: `offsets` and
`order`), so a query looks up, in every lane, its own value and the values within floor(r / m)
of it, and only those rows are checked with a popcount over the whole code.

Two such indexes serve `PdqIndex`:
- strict: all 256 bits as 16 lanes, radius 31 by default (floor(31 / 16) = 1: 17 probes per
  lane). At a million uniformly random hashes a probe meets ~15 rows, so one query checks ~4,000
  rows.
- tolerant: the 64 low-frequency bits (pdq.low_positions) as 4 lanes, probing radius 2 in each
  (137 probes per lane): candidates for the frequency-weighted comparison that catches crops
  and overlays. No pigeonhole guarantee here (low-bit distance <= 11 is certain to be found,
  more is usually found); candidates are then kept on their weighted distance.

Rows added after a build go to a pending block that is scanned directly; the tables are rebuilt
once it grows past an eighth of the indexed rows.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from claimledger.media import pdq

LANE_VALUES = 1 << 16
STRICT_LANES = pdq.HASH_BYTES // 2
LOW_LANES = 4
LOW_PROBE_RADIUS = 2
# Tolerant candidates must share this many of the 64 low-frequency bits (at most 24 differ) before
# the weighted distance is computed: unrelated pictures differ in 32 +- 4 of them.
LOW_MAX_DISTANCE = 24
MIN_PENDING_REBUILD = 4096

IntArray = NDArray[np.int64]


@functools.cache
def lane_masks(radius: int) -> NDArray[np.uint16]:
    """All 16-bit values with at most `radius` bits set (the XOR masks of a probe)."""
    values = np.arange(LANE_VALUES, dtype=np.uint32)
    masks = values[np.bitwise_count(values) <= radius].astype(np.uint16)
    masks.setflags(write=False)
    return masks


def as_lanes(codes: NDArray[np.uint8]) -> NDArray[np.uint16]:
    """(n, 2k) bytes as (n, k) 16-bit lanes."""
    return np.ascontiguousarray(codes).view(">u2").astype(np.uint16)


class MultiIndex:
    """Row lookup by lanes: the rows with at least one lane within a probe radius of a query's."""

    def __init__(self, lanes: NDArray[np.uint16]) -> None:
        rows, width = lanes.shape
        self.rows = rows
        self.width = width
        order = np.empty((width, rows), dtype=np.int32)
        offsets = np.empty((width, LANE_VALUES + 1), dtype=np.int64)
        for lane in range(width):
            column = lanes[:, lane]
            order[lane] = np.argsort(column, kind="stable")  # a radix sort for 16-bit keys
            offsets[lane, 0] = 0
            np.cumsum(np.bincount(column, minlength=LANE_VALUES), out=offsets[lane, 1:])
        offsets += (np.arange(width, dtype=np.int64) * rows)[:, None]
        self._order = order.ravel()
        self._offsets = offsets.ravel()

    def candidates(self, queries: NDArray[np.uint16], probe_radius: int) -> NDArray[np.int64]:
        """Rows (with repeats) sharing a lane within `probe_radius` with any (q, width) query."""
        masks = lane_masks(probe_radius).astype(np.int64)
        keys = queries.astype(np.int64)[:, :, None] ^ masks[None, None, :]
        keys += (np.arange(self.width, dtype=np.int64) * (LANE_VALUES + 1))[None, :, None]
        keys = keys.ravel()
        starts = self._offsets[keys]
        lengths = self._offsets[keys + 1] - starts
        hit = lengths > 0
        starts, lengths = starts[hit], lengths[hit]
        total = int(lengths.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64)
        shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        rows: NDArray[np.int64] = self._order[np.arange(total, dtype=np.int64) + shift].astype(
            np.int64
        )
        return rows


@dataclass(frozen=True, slots=True)
class Hit:
    """An indexed row near a query: its least Hamming and weighted distances over the variants."""

    row: int
    distance: int
    weighted: float


class PdqIndex:
    """PDQ hashes with an owner id each (a media id), searchable by Hamming or weighted distance.

    Storage grows by doubling, so adding files one at a time to a large index stays cheap.
    """

    def __init__(self) -> None:
        self._size = 0
        self._code_store = np.zeros((0, pdq.HASH_BYTES), dtype=np.uint8)
        self._low_store = np.zeros(0, dtype=np.uint64)  # the 64 low-frequency bits as one word
        self._owner_store = np.zeros(0, dtype=np.int64)
        self._built = 0  # rows [0, _built) are in the lane tables, the rest are pending
        self._strict: MultiIndex | None = None
        self._tolerant: MultiIndex | None = None

    def __len__(self) -> int:
        return self._size

    @property
    def _codes(self) -> NDArray[np.uint8]:
        return self._code_store[: self._size]

    @property
    def _words(self) -> NDArray[np.uint64]:
        """The same bytes as 4 words a row, for popcounts."""
        return self._codes.view(np.uint64)

    @property
    def _low(self) -> NDArray[np.uint64]:
        return self._low_store[: self._size]

    def owner(self, row: int) -> int:
        return int(self._owner_store[row])

    def add(self, codes: NDArray[np.uint8], owners: IntArray) -> None:
        """Append hashes ((n, 32) uint8) and their owners; rebuilds when the pending block grows."""
        start, end = self._size, self._size + len(codes)
        if end > len(self._owner_store):
            self._grow(max(end, 2 * len(self._owner_store), 1024))
        self._code_store[start:end] = codes
        self._low_store[start:end] = pdq.low_keys(codes).view(np.uint64).ravel()
        self._owner_store[start:end] = owners
        self._size = end
        if self._size - self._built > max(MIN_PENDING_REBUILD, self._built // 8):
            self.build()

    def _grow(self, capacity: int) -> None:
        def grown(store: NDArray[Any]) -> NDArray[Any]:
            bigger = np.zeros((capacity, *store.shape[1:]), dtype=store.dtype)
            bigger[: self._size] = store[: self._size]
            return bigger

        self._code_store = grown(self._code_store)
        self._low_store = grown(self._low_store)
        self._owner_store = grown(self._owner_store)

    def build(self) -> None:
        self._strict = MultiIndex(as_lanes(self._codes))
        self._tolerant = MultiIndex(self._low.view(">u2").reshape(-1, LOW_LANES).astype(np.uint16))
        self._built = len(self)

    def search(
        self,
        variants: NDArray[np.uint8],
        radius: int,
        tolerant: NDArray[np.uint8] | None = None,
        max_weighted: float = 0.0,
    ) -> list[Hit]:
        """Rows within `radius` bits of any of `variants` ((v, 32) uint8); with `tolerant`
        variants, also rows within `max_weighted` weighted distance of one of those."""
        found = [self._strict_rows(variant, radius) for variant in variants]
        for variant in tolerant if tolerant is not None else []:
            found.append(self._tolerant_rows(variant, max_weighted))
        rows = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
        return self._hits(rows, variants)

    def _strict_rows(self, variant: NDArray[np.uint8], radius: int) -> NDArray[np.int64]:
        lanes = as_lanes(variant[None, :])
        candidates = self._candidates(self._strict, lanes, radius // STRICT_LANES)
        distance = _popcount_distance(np.take(self._words, candidates, axis=0), variant)
        return candidates[distance <= radius]

    def _tolerant_rows(self, variant: NDArray[np.uint8], max_weighted: float) -> NDArray[np.int64]:
        key = pdq.low_keys(variant[None, :]).view(np.uint64)
        lanes = key.view(">u2").reshape(1, LOW_LANES).astype(np.uint16)
        candidates = self._candidates(self._tolerant, lanes, LOW_PROBE_RADIUS)
        low = np.bitwise_count(np.take(self._low, candidates) ^ key[0, 0])
        candidates = np.unique(candidates[low <= LOW_MAX_DISTANCE])
        scores = pdq.weighted_distance(np.take(self._codes, candidates, axis=0), variant)
        return candidates[scores <= max_weighted]

    def _candidates(
        self, index: MultiIndex | None, queries: NDArray[np.uint16], probe_radius: int
    ) -> NDArray[np.int64]:
        pending = np.arange(self._built, len(self), dtype=np.int64)
        if index is None:
            return pending
        return np.concatenate([index.candidates(queries, probe_radius), pending])

    def _hits(self, rows: NDArray[np.int64], variants: NDArray[np.uint8]) -> list[Hit]:
        if not len(rows):
            return []
        codes = np.take(self._codes, rows, axis=0)
        distance = np.min([pdq.hamming(codes, variant) for variant in variants], axis=0)
        weighted = np.min([pdq.weighted_distance(codes, variant) for variant in variants], axis=0)
        return [
            Hit(int(row), int(d), float(w))
            for row, d, w in zip(rows, distance, weighted, strict=True)
        ]


def _popcount_distance(words: NDArray[np.uint64], query: NDArray[np.uint8]) -> NDArray[np.int64]:
    """Hamming distances of (n, 4) words to a 32-byte query, one word column at a time (numpy's
    broadcast over a last axis of 4 is several times slower than four 1-d passes)."""
    query_words = np.ascontiguousarray(query).view(np.uint64)
    total = np.zeros(len(words), dtype=np.int64)
    for column in range(words.shape[1]):
        total += np.bitwise_count(words[:, column] ^ query_words[column])
    return total

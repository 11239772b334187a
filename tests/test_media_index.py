"""The multi-index hashing index against a brute-force scan, and the PDQ bit helpers."""

from __future__ import annotations

import numpy as np
import pytest

from claimledger.media import pdq
from claimledger.media.index import MIN_PENDING_REBUILD, MultiIndex, PdqIndex, as_lanes, lane_masks


def _flip(code: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    bits = np.unpackbits(code)
    bits[rng.choice(256, count, replace=False)] ^= 1
    return np.packbits(bits)


@pytest.fixture(scope="module")
def stored() -> np.ndarray:
    rng = np.random.default_rng(7)
    return rng.integers(0, 256, (5000, pdq.HASH_BYTES), dtype=np.uint8)


@pytest.mark.parametrize(
    ("radius", "probe_count"),
    [(0, 1), (1, 17), (2, 137), (3, 697)],
)
def test_lane_masks_are_all_values_within_radius(radius: int, probe_count: int) -> None:
    masks = lane_masks(radius)
    assert len(masks) == probe_count
    assert int(np.bitwise_count(masks).max()) == radius


@pytest.mark.parametrize("distance", [0, 1, 8, 15, 16, 17, 24, 31])
def test_planted_copy_is_found_at_every_distance_up_to_the_radius(
    stored: np.ndarray, distance: int
) -> None:
    rng = np.random.default_rng(distance)
    index = PdqIndex()
    index.add(stored, np.arange(len(stored)))
    index.build()
    for target in rng.choice(len(stored), 20, replace=False):
        query = _flip(stored[target], distance, rng)
        hits = {hit.row: hit.distance for hit in index.search(query[None, :], radius=31)}
        assert hits.get(int(target)) == distance


@pytest.mark.parametrize("radius", [0, 10, 31, 40])
def test_search_returns_exactly_the_rows_a_scan_returns(stored: np.ndarray, radius: int) -> None:
    rng = np.random.default_rng(radius + 100)
    index = PdqIndex()
    index.add(stored, np.arange(len(stored)))
    index.build()
    queries = [_flip(stored[i], int(rng.integers(0, 45)), rng) for i in range(40)]
    for query in queries:
        expected = set(np.flatnonzero(pdq.hamming(stored, query) <= radius).tolist())
        assert {hit.row for hit in index.search(query[None, :], radius=radius)} == expected


def test_far_codes_are_not_returned(stored: np.ndarray) -> None:
    rng = np.random.default_rng(3)
    index = PdqIndex()
    index.add(stored, np.arange(len(stored)))
    index.build()
    query = _flip(stored[10], 32, rng)
    assert 10 not in {hit.row for hit in index.search(query[None, :], radius=31)}


def test_rows_added_after_the_build_are_searched_and_then_built_in(stored: np.ndarray) -> None:
    index = PdqIndex()
    index.add(stored[:100], np.arange(100))
    index.build()
    index.add(stored[100:101], np.array([100]))  # pending, scanned directly
    assert {hit.row for hit in index.search(stored[100][None, :], radius=0)} == {100}
    many = np.tile(stored[:1], (MIN_PENDING_REBUILD + 1, 1))
    index.add(many, np.full(len(many), 7))  # past the pending limit: rebuilt
    assert len(index) == 101 + len(many)
    assert len(index.search(stored[0][None, :], radius=0)) == 1 + len(many)


def test_an_empty_index_finds_nothing() -> None:
    index = PdqIndex()
    index.build()
    query = np.zeros(pdq.HASH_BYTES, dtype=np.uint8)
    assert index.search(query[None, :], radius=31, tolerant=query[None, :], max_weighted=200) == []


def test_multi_index_candidates_share_a_lane_within_the_probe_radius() -> None:
    lanes = np.array([[0x0000, 0xFFFF], [0x0003, 0x1234], [0xF0F0, 0x0F0F]], dtype=np.uint16)
    index = MultiIndex(lanes)
    query = np.array([[0x0001, 0x0000]], dtype=np.uint16)
    assert sorted(set(index.candidates(query, 1).tolist())) == [0, 1]
    assert sorted(set(index.candidates(query, 0).tolist())) == []


def test_lanes_are_the_big_endian_16_bit_words() -> None:
    code = np.array([[0x12, 0x34, 0xAB, 0xCD]], dtype=np.uint8)
    assert as_lanes(code).tolist() == [[0x1234, 0xABCD]]


def test_weighted_distance_prices_low_frequencies_above_high_ones() -> None:
    weights = pdq.bit_weights()
    low = weights[pdq.low_positions()]
    assert low.min() > np.delete(weights, pdq.low_positions()).mean()
    # coefficient (0, 0) is the hash's bit 255, the last bit of the last byte
    assert weights[255] == weights.max()


def test_weighted_distance_equals_the_sum_of_the_differing_bits_weights() -> None:
    rng = np.random.default_rng(11)
    a, b = rng.integers(0, 256, (2, pdq.HASH_BYTES), dtype=np.uint8)
    differing = np.unpackbits(a ^ b).astype(bool)
    assert pdq.weighted_distance(a, b) == pytest.approx(pdq.bit_weights()[differing].sum())


def test_low_keys_hold_the_64_lowest_frequency_bits() -> None:
    positions = pdq.low_positions()
    assert len(set(positions.tolist())) == 64
    code = np.zeros((1, pdq.HASH_BYTES), dtype=np.uint8)
    bits = np.unpackbits(code)
    bits[255] = 1  # coefficient (0, 0): the first bit of the first low lane
    key = pdq.low_keys(np.packbits(bits)[None, :])
    assert key[0, 0] == 0x80 and not key[0, 1:].any()

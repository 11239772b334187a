"""When two media are the same footage: the policy, and a matcher over a PdqIndex.

A query hash *meets* an indexed hash when it is within `radius` (31) PDQ bits of it over the
query's 8 rotations and flips, or, with `tolerant`, within `max_weighted` frequency-weighted
distance of it over the query and its mirror image (crops, captions, a panning camera sampled
at other moments; see pdq.py).
- picture against picture: the query meets one of the picture's hashes (the whole picture or
  one of its centre crops, images.CROP_LADDER);
- video against video: at least `frame_share` (0.5) of the query's usable frames meet a frame
  of the other video;
- picture against video (a still taken from a clip) and video against picture: one frame
  within `radius` bits of the other side is enough (the weighted rule is not used here: one
  frame among up to 64 decides, which would multiply its chance of a false match).
Hashes with PDQ quality below `min_quality` (50) are neither indexed nor queried; only whole
frames query.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from claimledger.media import pdq
from claimledger.media.analysis import FrameHash
from claimledger.media.index import PdqIndex

# Chosen on generated calibration scenes (bench/media_eval.py --calibrate, seeds apart from the
# evaluation's): below the least weighted distance seen between unrelated pictures, 105.4 over
# 119 million pairs (edited queries, identity and mirror, against 10,000 indexed pictures with
# their crop ladders).
WEIGHTED_THRESHOLD = 105.0


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    radius: int = 31
    min_quality: int = pdq.MIN_QUALITY
    tolerant: bool = True
    max_weighted: float = WEIGHTED_THRESHOLD
    frame_share: float = 0.5


@dataclass(frozen=True, slots=True)
class Candidate:
    """An indexed media that matches a query: PDQ distance (the median over the matching frames
    of a video), least weighted distance, and for videos the share of query frames matched."""

    owner: int
    kind: str
    distance: int
    weighted: float
    frame_share: float | None


class Matcher:
    """Media hashes by owner (a media id), and the policy that says which of them match."""

    def __init__(self, policy: MatchPolicy | None = None) -> None:
        self.policy = policy or MatchPolicy()
        self.index = PdqIndex()
        self.kinds: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.index)

    def add(self, owner: int, kind: str, hashes: Sequence[FrameHash]) -> int:
        """Index the usable hashes of one media; how many were usable."""
        self.kinds[owner] = kind
        usable = [h.pdq for h in hashes if h.quality >= self.policy.min_quality]
        if usable:
            self.add_codes(pdq.as_array(usable), np.full(len(usable), owner, dtype=np.int64))
        return len(usable)

    def add_codes(self, codes: NDArray[np.uint8], owners: NDArray[np.int64]) -> None:
        """Index hashes already known to be usable ((n, 32) uint8) with their owners."""
        self.index.add(codes, owners)

    def build(self) -> None:
        self.index.build()

    def find(self, kind: str, hashes: Sequence[FrameHash]) -> list[Candidate]:
        """The indexed media that match a picture or a video (its frames' hashes); only
        whole-frame hashes query, the centre crops of pictures are for being found."""
        usable = [h for h in hashes if h.quality >= self.policy.min_quality and h.region == "full"]
        per_owner: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for frame in usable:
            for owner, best in self.near(frame).items():
                per_owner[owner].append(best)
        found = (self._decide(owner, kind, hits, len(usable)) for owner, hits in per_owner.items())
        return sorted(
            (candidate for candidate in found if candidate is not None),
            key=lambda candidate: (candidate.distance, candidate.owner),
        )

    def near(self, frame: FrameHash) -> dict[int, tuple[int, float]]:
        """Owner -> (distance, weighted) of its nearest hash to one query hash."""
        policy = self.policy
        variants = pdq.as_array(list(frame.variants))
        loose = variants[[pdq.IDENTITY, pdq.MIRROR]] if policy.tolerant else None
        best: dict[int, tuple[int, float]] = {}
        for hit in self.index.search(variants, policy.radius, loose, policy.max_weighted):
            owner = self.index.owner(hit.row)
            if owner not in best or (hit.distance, hit.weighted) < best[owner]:
                best[owner] = (hit.distance, hit.weighted)
        return best

    def _decide(
        self, owner: int, kind: str, hits: list[tuple[int, float]], frames: int
    ) -> Candidate | None:
        other = self.kinds.get(owner, "image")
        if kind != other:
            # One frame decides a mixed pair, among many frames: only the strict rule is safe.
            hits = [hit for hit in hits if hit[0] <= self.policy.radius]
            if not hits:
                return None
        share = len(hits) / frames if kind == "video" else None
        if kind == "video" and other == "video" and (share or 0.0) < self.policy.frame_share:
            return None
        distance = round(statistics.median(distance for distance, _ in hits))
        weighted = round(min(weighted for _, weighted in hits), 1)
        return Candidate(owner, other, distance, weighted, share)

"""Recall and false matches of the matcher on generated scenes (synthetic.py).

Images: `originals` random scenes and `distractors` other random scenes are indexed (whole and
as centre crops, as `media add` indexes them); every original is edited in each way of
synthetic.IMAGE_EDITS and looked up. A query *finds* its original when the original is among
the matches; it is a *false match* when any other picture (a distractor or another original)
is among them. `probes` further scenes, never
indexed, are looked up too: any match of theirs is false. The false-match rate is the share of
all queries (edited originals and probes) with at least one false match; the pair rate divides
the false (query, picture) pairs by all pairs compared.

Videos: `originals` clips and `distractors` other clips are indexed, every original goes
through synthetic.VIDEO_EDITS (trimmed, re-encoded smaller, remuxed) and is looked up as a
file, through the same analysis as `claimledger media add`; `probes` unindexed clips too.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from claimledger.media import pdq, synthetic
from claimledger.media.analysis import Budget, FrameHash, analyse
from claimledger.media.images import hash_picture, picture_hashes
from claimledger.media.matching import Matcher, MatchPolicy

ORIGINAL_SEEDS = 0
DISTRACTOR_SEEDS = 1_000_000
PROBE_SEEDS = 2_000_000
CALIBRATION_SEEDS = 5_000_000


@dataclass(slots=True)
class EditScore:
    queries: int = 0
    found: int = 0
    false_queries: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.queries if self.queries else 0.0


@dataclass(slots=True)
class Evaluation:
    kind: str
    originals: int
    distractors: int
    indexed: int  # hashes in the index
    scores: dict[str, EditScore] = field(default_factory=dict)
    probes: int = 0
    probe_false: int = 0
    false_pairs: int = 0
    pairs: int = 0
    seconds: float = 0.0
    unusable_originals: int = 0  # PDQ quality below the policy's minimum: cannot be matched

    @property
    def queries(self) -> int:
        return sum(score.queries for score in self.scores.values()) + self.probes

    @property
    def false_queries(self) -> int:
        return sum(score.false_queries for score in self.scores.values()) + self.probe_false

    @property
    def false_match_rate(self) -> float:
        return self.false_queries / self.queries if self.queries else 0.0

    @property
    def pair_rate(self) -> float:
        return self.false_pairs / self.pairs if self.pairs else 0.0

    def table(self) -> str:
        lines = [f"{'edit':<16} {'queries':>7} {'found':>6} {'recall':>7} {'false':>6}"]
        for name, score in self.scores.items():
            lines.append(
                f"{name:<16} {score.queries:>7} {score.found:>6} {score.recall:>7.3f} "
                f"{score.false_queries:>6}"
            )
        lines.append(
            f"{self.kind}: {self.originals} originals ({self.unusable_originals} below PDQ "
            f"quality), {self.distractors} distractors, {self.indexed} hashes indexed, "
            f"{self.probes} unindexed probes ({self.probe_false} matched)"
        )
        lines.append(
            f"false-match rate {self.false_match_rate:.5f} per query "
            f"({self.false_queries}/{self.queries}), {self.pair_rate:.2e} per pair; "
            f"{self.seconds:.1f} s"
        )
        return "\n".join(lines)


def evaluate_images(
    originals: int = 300,
    distractors: int = 1000,
    probes: int = 300,
    policy: MatchPolicy | None = None,
    edits: dict[str, Callable[[Image.Image], Image.Image]] | None = None,
) -> Evaluation:
    started = time.perf_counter()
    edits = edits or synthetic.IMAGE_EDITS
    matcher = Matcher(policy)
    scenes = {seed: synthetic.scene(seed) for seed in _seeds(ORIGINAL_SEEDS, originals)}
    unusable = sum(
        not hash_picture(image).usable for image in scenes.values()
    )
    for seed, image in scenes.items():
        matcher.add(seed, "image", picture_hashes(image))
    for seed in _seeds(DISTRACTOR_SEEDS, distractors):
        matcher.add(seed, "image", picture_hashes(synthetic.scene(seed)))
    matcher.build()
    result = Evaluation("images", originals, distractors, len(matcher))
    result.unusable_originals = unusable
    for name, edit in edits.items():
        score = result.scores.setdefault(name, EditScore())
        for seed, image in scenes.items():
            owners = _owners(matcher, "image", [hash_picture(edit(image.copy()))])
            _tally(result, score, owners, seed, originals + distractors)
    for seed in _seeds(PROBE_SEEDS, probes):
        owners = _owners(matcher, "image", [hash_picture(synthetic.scene(seed))])
        result.probes += 1
        result.probe_false += bool(owners)
        result.false_pairs += len(owners)
        result.pairs += originals + distractors
    result.seconds = time.perf_counter() - started
    return result


def evaluate_videos(
    originals: int = 8,
    distractors: int = 16,
    probes: int = 8,
    policy: MatchPolicy | None = None,
    seconds: float = 4.0,
    budget: Budget | None = None,
) -> Evaluation:
    started = time.perf_counter()
    matcher = Matcher(policy)
    with tempfile.TemporaryDirectory(prefix="claimledger-media-eval-") as folder:
        root = Path(folder)
        clips = {}
        for seed in [*_seeds(ORIGINAL_SEEDS, originals), *_seeds(DISTRACTOR_SEEDS, distractors)]:
            path = root / f"clip-{seed}.mp4"
            synthetic.write_video(path, seed, seconds=seconds)
            matcher.add(seed, "video", analyse(path, budget).hashes)
            clips[seed] = path
        matcher.build()
        result = Evaluation("videos", originals, distractors, len(matcher))
        for name, edit in synthetic.VIDEO_EDITS.items():
            score = result.scores.setdefault(name, EditScore())
            for seed in _seeds(ORIGINAL_SEEDS, originals):
                edited = edit(clips[seed], root / f"{name}-{seed}")
                owners = _owners(matcher, "video", analyse(edited, budget).hashes)
                _tally(result, score, owners, seed, originals + distractors)
        for seed in _seeds(PROBE_SEEDS, probes):
            path = root / f"probe-{seed}.mp4"
            synthetic.write_video(path, seed, seconds=seconds)
            owners = _owners(matcher, "video", analyse(path, budget).hashes)
            result.probes += 1
            result.probe_false += bool(owners)
            result.false_pairs += len(owners)
            result.pairs += originals + distractors
    result.seconds = time.perf_counter() - started
    return result


def weighted_floor(queries: int = 2000, stored: int = 10_000) -> tuple[list[float], int]:
    """The 10 least weighted distances between unrelated usable pictures, and the pairs compared.

    Queries are edited calibration scenes (every edit in turn) through their identity and mirror
    variants; they are compared with `stored` other calibration scenes as they are indexed
    (whole and centre crops). The seeds are apart from the evaluation's, so the threshold is not
    tuned on the pictures it is judged on. Hashes below PDQ's quality minimum are left out, as
    the matcher leaves them out.
    """
    edits = list(synthetic.IMAGE_EDITS.values())
    indexed = [
        frame.pdq
        for seed in _seeds(CALIBRATION_SEEDS, stored)
        for frame in picture_hashes(synthetic.scene(seed))
        if frame.usable
    ]
    variants: list[bytes] = []
    for number, seed in enumerate(_seeds(CALIBRATION_SEEDS + stored, queries)):
        picture = hash_picture(edits[number % len(edits)](synthetic.scene(seed)))
        if picture.usable:
            variants += [picture.variants[pdq.IDENTITY], picture.variants[pdq.MIRROR]]
    weights = pdq.bit_weights().astype(np.float32)
    stored_bits = _bits(indexed)
    stored_weight = stored_bits @ weights
    least: list[float] = []
    pairs = 0
    for start in range(0, len(variants), 500):
        query_bits = _bits(variants[start : start + 500])
        # sum w (a xor b) = sum w a + sum w b - 2 sum w a b, as one matrix product
        cross = (query_bits * weights) @ stored_bits.T
        distances = (query_bits @ weights)[:, None] + stored_weight[None, :] - 2 * cross
        least = sorted([*least, *np.sort(distances, axis=None)[:10].tolist()])[:10]
        pairs += distances.size
    return [round(value, 1) for value in least], pairs


def _bits(hashes: list[bytes]) -> NDArray[np.float32]:
    return np.unpackbits(pdq.as_array(hashes), axis=1).astype(np.float32)


def _seeds(start: int, count: int) -> range:
    return range(start, start + count)


def _owners(matcher: Matcher, kind: str, hashes: Iterable[FrameHash]) -> set[int]:
    return {candidate.owner for candidate in matcher.find(kind, list(hashes))}


def _tally(result: Evaluation, score: EditScore, owners: set[int], seed: int, stored: int) -> None:
    score.queries += 1
    score.found += seed in owners
    wrong = owners - {seed}
    score.false_queries += bool(wrong)
    result.false_pairs += len(wrong)
    result.pairs += stored - 1

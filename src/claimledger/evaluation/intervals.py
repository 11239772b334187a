"""How far a claim F1 could move by the luck of which texts were annotated: a percentile
bootstrap over reports (Efron), so that a change between two runs can be told from noise.

Each draw takes as many reports as the score has, with replacement, and computes F1 from their
summed counts (F1 = 2 * matched / (gold + predicted)). Counts only: it runs on the blind split
as the scores do. Seeded, so the interval of a given score is the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

DRAWS = 1000
SEED = 20261206
LEVEL = 0.95


def f1_of(gold: int, predicted: int, matched: int) -> float:
    return 2 * matched / (gold + predicted) if gold + predicted else 1.0


def f1_interval(
    per_report: Sequence[tuple[int, int, int]],
    draws: int = DRAWS,
    seed: int = SEED,
    level: float = LEVEL,
) -> tuple[float, float]:
    """The central `level` interval of F1 over `draws` resamples of the reports."""
    if not per_report:
        return (1.0, 1.0)
    rng = random.Random(seed)
    values = sorted(_resampled_f1(rng, per_report) for _ in range(draws))
    tail = (1 - level) / 2
    low = values[int(tail * draws)]
    high = values[min(draws - 1, int((1 - tail) * draws))]
    return low, high


def _resampled_f1(rng: random.Random, per_report: Sequence[tuple[int, int, int]]) -> float:
    drawn = rng.choices(per_report, k=len(per_report))
    return f1_of(sum(r[0] for r in drawn), sum(r[1] for r in drawn), sum(r[2] for r in drawn))

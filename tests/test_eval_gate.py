"""The eval gate: the extractor scored on the annotated sets, per language, on dev and on blind.

Floors sit just under what was measured when they were last raised (docs/evaluation.md keeps the
history). They only go up: a change that loses claims, misreads fields or invents claims in texts
that carry none, in any language or split, fails here. Only the scores of the blind split are
read, never its errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluation.gold import load_all
from claimledger.evaluation.run import Evaluation, evaluate
from claimledger.evaluation.score import Score
from claimledger.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "eval" / "gold"

pytestmark = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(), reason="../shared not present (a user's clone has none)"
)

# (language, split) -> floors of F1, precision, recall and claimant accuracy, and the ceiling of
# false claims per 1,000 texts without claims.
FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("ru", "dev"): {"f1": 0.88, "p": 0.91, "r": 0.85, "claimant": 0.95, "false": 5},
    ("ru", "blind"): {"f1": 0.66, "p": 0.71, "r": 0.62, "claimant": 0.78, "false": 13},
    ("uk", "dev"): {"f1": 0.79, "p": 0.82, "r": 0.76, "claimant": 0.92, "false": 46},
    ("uk", "blind"): {"f1": 0.54, "p": 0.64, "r": 0.47, "claimant": 0.83, "false": 101},
    ("en", "dev"): {"f1": 0.71, "p": 0.74, "r": 0.68, "claimant": 0.82, "false": 10},
    ("en", "blind"): {"f1": 0.51, "p": 0.60, "r": 0.44, "claimant": 0.71, "false": 16},
}


@pytest.fixture(scope="module")
def result() -> Evaluation:
    extractor = Extractor()
    texts = load_all(GOLD, SHARED)
    return evaluate(texts, lambda report: [c.to_dict() for c in extractor.extract(report).claims])


def _show(score: Score) -> str:
    return ", ".join(f"{k}={v}" for k, v in score.summary().items())


@pytest.mark.parametrize(("lang", "split"), sorted(FLOORS))
def test_floors(result: Evaluation, lang: str, split: str) -> None:
    floors = FLOORS[(lang, split)]
    score = result.cell(lang, split)  # type: ignore[arg-type]
    assert score.reports > 0, f"no {lang} {split} texts"
    assert score.f1 >= floors["f1"], _show(score)
    assert score.precision >= floors["p"], _show(score)
    assert score.recall >= floors["r"], _show(score)
    assert score.claimant_accuracy >= floors["claimant"], _show(score)
    assert score.false_per_1000 <= floors["false"], _show(score)

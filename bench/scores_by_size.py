"""Claim F1 of a split by how much its texts hold: the number of gold claims of a text, and its
length. Counts only, so it may be taken of the blind split: it says whether the errors sit in
short single-claim reports or in long reports that tell many claims (digests, relays of several
speakers), without a claim of either being shown.

    python bench/scores_by_size.py --split dev
    python bench/scores_by_size.py --split blind --lang en
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.run import gold_report, read_claims
from claimledger.evaluation.score import Score, score_report
from claimledger.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CLAIM_BINS = ((0, 0), (1, 1), (2, 3), (4, 7), (8, 10_000))
LENGTH_BINS = ((0, 499), (500, 1499), (1500, 3999), (4000, 10**9))


def _label(low: int, high: int) -> str:
    return f"{low}" if low == high else (f"{low}+" if high >= 10_000 else f"{low}-{high}")


def table(texts: list[GoldText], predicted: dict[str, list[dict[str, object]]], title: str,
          measure: Callable[[GoldText], int], bins: tuple[tuple[int, int], ...]) -> None:
    print(f"{title:<18} {'texts':>6} {'gold':>6} {'pred':>6} {'match':>6} {'P':>6} {'R':>6} "
          f"{'F1':>6}")
    for low, high in bins:
        inside = [t for t in texts if low <= measure(t) <= high]
        score = Score()
        for text in inside:
            score_report(score, text.id, text.claims, predicted[text.id])
        print(f"{_label(low, high):<18} {len(inside):>6} {score.gold:>6} {score.predicted:>6} "
              f"{score.matched:>6} {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "blind"], default="dev")
    parser.add_argument("--lang", choices=["all", "ru", "uk", "en"], default="all")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    texts = [t for t in load_all(ROOT / "eval" / "gold", args.shared)
             if t.split == args.split and args.lang in ("all", t.lang)]
    extractor = Extractor()
    predicted = {t.id: read_claims(extractor, gold_report(t)) for t in texts}
    print(f"{args.split}, {args.lang}: {len(texts)} texts")
    table(texts, predicted, "gold claims", lambda t: len(t.claims), CLAIM_BINS)
    print()
    table(texts, predicted, "characters", lambda t: len(t.text), LENGTH_BINS)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The resampled interval of F1: it holds the score, narrows as reports add up, repeats."""

from __future__ import annotations

from claimledger.evaluation.intervals import f1_interval, f1_of


def test_f1_from_counts() -> None:
    assert f1_of(10, 10, 8) == 0.8
    assert f1_of(4, 0, 0) == 0.0
    assert f1_of(0, 0, 0) == 1.0  # nothing to find and nothing found


def test_the_interval_holds_the_score_and_repeats() -> None:
    reports = [(2, 2, 2), (1, 2, 0), (3, 3, 2), (0, 1, 0), (2, 1, 1)] * 4
    gold, predicted, matched = (sum(r[i] for r in reports) for i in range(3))
    low, high = f1_interval(reports)
    assert low < f1_of(gold, predicted, matched) < high
    assert f1_interval(reports) == (low, high)
    assert f1_interval(reports, seed=1) != (low, high)


def test_more_reports_give_a_narrower_interval() -> None:
    few = [(2, 2, 2), (1, 2, 0), (3, 3, 2), (0, 1, 0)] * 5
    many = few * 20
    few_low, few_high = f1_interval(few)
    many_low, many_high = f1_interval(many)
    assert many_high - many_low < (few_high - few_low) / 2


def test_perfect_and_empty_scores_have_no_spread() -> None:
    assert f1_interval([(2, 2, 2), (1, 1, 1)]) == (1.0, 1.0)
    assert f1_interval([]) == (1.0, 1.0)

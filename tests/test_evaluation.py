from typing import Any

import pytest

from claimledger.evaluation import claims_match, match_claims, score, weapons_match


def claim(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "action": "intercepted",
        "weapon": "uav",
        "quantity": 4,
        "location": "RU-KLU",
        "claimant_side": "ru",
        "claimant_kind": "official",
        "date": "2024-11-22",
        "attacker_side": "ua",
        "qualifier": "exact",
        "claimant": "Vladislav Shapsha",
    }
    base.update(fields)
    return base


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("missile", "cruise_missile", True),
        ("ballistic_missile", "missile", True),
        ("cruise_missile", "ballistic_missile", False),
        ("uav", "missile", False),
        (None, None, True),
    ],
)
def test_weapon_leniency(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert weapons_match(gold, predicted) is expected


def test_match_requires_action_quantity_location() -> None:
    assert claims_match(claim(), claim(claimant="someone else"))
    assert not claims_match(claim(), claim(quantity=5))
    assert not claims_match(claim(), claim(location="RU"))
    assert not claims_match(claim(), claim(action="launched"))


def test_each_gold_claim_matches_once_and_prefers_the_best_twin() -> None:
    gold = [claim(), claim()]
    predicted = [claim(claimant_side="ua"), claim()]
    pairs, missed, extra = match_claims(gold[:1], predicted)
    assert pairs == [(0, 1)] and missed == [] and extra == [0]
    pairs, missed, extra = match_claims(gold, predicted[:1])
    assert len(pairs) == 1 and missed == [1] and extra == []


def test_score_counts_precision_recall_and_false_claims() -> None:
    gold_rows = [
        {"id": "a", "claims": [claim(), claim(action="launched", quantity=6)]},
        {"id": "b", "claims": []},
        {"id": "c", "claims": []},
    ]
    predicted = {
        "a": [claim(date="2024-11-21"), claim(action="hit", quantity=1)],
        "b": [claim(quantity=9)],
    }
    result = score(gold_rows, predicted)
    assert (result.gold, result.predicted, result.matched) == (2, 3, 1)
    assert result.precision == pytest.approx(1 / 3)
    assert result.recall == pytest.approx(1 / 2)
    assert result.f1 == pytest.approx(0.4)
    assert result.date_accuracy == 0.0 and result.claimant_accuracy == 1.0
    assert result.empty_reports == 2 and result.false_per_1000 == 500.0
    assert len(result.misses) == 1 and len(result.extras) == 2

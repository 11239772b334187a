"""The eval gate on perturbed texts: each annotated text with another story after it
(evaluation/padded.py) and laid out with single newlines or with a paragraph per line
(evaluation/layouts.py). The claims of a report must not hang on the story that follows it on a
page or on how the page breaks its lines. Floors sit just under what was measured when they were
last raised (docs/evaluation.md, eleventh round: dev rounded down, blind 0.01 under and rounded
down, as tests/test_eval_gate.py) and only go up. Only scores are read, on every split."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.layouts import Layout, relaid, score_relaid
from claimledger.evaluation.padded import JOINT, padded_report, pads_for, score_padded
from claimledger.evaluation.score import Score
from claimledger.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

Key = tuple[str, str]  # (language, split)

# (language, split) -> floors of F1 and claimant accuracy, the texts read with a pad after them
PADDED: dict[Key, dict[str, float]] = {
    ("ru", "dev"): {"f1": 0.87, "claimant": 0.96},
    ("uk", "dev"): {"f1": 0.90, "claimant": 0.96},
    ("en", "dev"): {"f1": 0.82, "claimant": 0.94},
    ("ru", "blind"): {"f1": 0.77, "claimant": 0.89},
    ("uk", "blind"): {"f1": 0.58, "claimant": 0.93},
    ("en", "blind"): {"f1": 0.59, "claimant": 0.76},
}
# (language, split) -> the same floors, every text laid out with single newlines between its
# paragraphs (the layout the reading is most sensitive to; bench/layouts.py prints both)
RELAID: dict[Key, dict[str, float]] = {
    ("ru", "dev"): {"f1": 0.87, "claimant": 0.93},
    ("uk", "dev"): {"f1": 0.90, "claimant": 0.96},
    ("en", "dev"): {"f1": 0.82, "claimant": 0.94},
    ("ru", "blind"): {"f1": 0.77, "claimant": 0.89},
    ("uk", "blind"): {"f1": 0.62, "claimant": 0.93},
    ("en", "blind"): {"f1": 0.59, "claimant": 0.69},
}


@pytest.fixture(scope="module")
def texts() -> list[GoldText]:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared not present (a user's clone has none)")
    return load_all(ROOT / "eval" / "gold", SHARED)


def _check(score: Score, floors: dict[str, float], what: str) -> None:
    assert score.f1 >= floors["f1"], f"{what}: F1 {score.f1:.3f} < {floors['f1']}"
    assert score.claimant_accuracy >= floors["claimant"], (
        f"{what}: claimant accuracy {score.claimant_accuracy:.3f} < {floors['claimant']}"
    )


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("key", sorted(PADDED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_padded_floors(texts: list[GoldText], extractor: Extractor, key: Key) -> None:
    result = score_padded([t for t in texts if (t.lang, t.split) == key], extractor)
    assert result.texts > 0
    _check(result.padded, PADDED[key], f"{key} with a pad after each text")


@pytest.mark.parametrize("key", sorted(RELAID), ids=lambda k: f"{k[0]}-{k[1]}")
def test_relaid_floors(texts: list[GoldText], extractor: Extractor, key: Key) -> None:
    chosen = [t for t in texts if (t.lang, t.split) == key]
    result = score_relaid(chosen, extractor, ("lines",))["lines"]
    assert result.texts > 0
    _check(result.after, RELAID[key], f"{key} laid out as lines")


@pytest.mark.parametrize(
    ("text", "layout", "expected"),
    [
        ("Title\n\nFirst line.\nSecond line.\n \n\nLast.", "lines",
         "Title\nFirst line.\nSecond line.\nLast."),
        ("Title\n\nFirst line.\nSecond line.", "paragraphs",
         "Title\n\nFirst line.\n\nSecond line."),
        ("One line only.", "lines", "One line only."),
    ],
)
def test_relaid_text(text: str, layout: Layout, expected: str) -> None:
    assert relaid(text, layout) == expected


def test_pads_are_claim_free_news_items_and_follow_the_text() -> None:
    def gold(text_id: str, text: str, claims: list[dict[str, object]]) -> GoldText:
        record = {"id": text_id, "text": text, "published": None}
        return GoldText("set", text_id, "ru", "dev", record, claims, "test")

    long_enough = "Погода в Москве. " * 20
    pads = pads_for([
        gold("a", long_enough, []),
        gold("b", "Коротко.", []),  # too short to stand for a story
        gold("c", long_enough, [{"action": "launched"}]),  # has claims
    ])
    assert [p.id for p in pads] == ["a"]
    report = padded_report(gold("c", "Сбит беспилотник.", []), pads[0])
    assert report.text == "Сбит беспилотник." + JOINT + long_enough
    assert report.id == "c"

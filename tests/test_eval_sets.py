"""The annotated sets are the documented samples: every chosen text annotated once, nothing else.

If a corpus, a seed or a keyword screen changes, the gold no longer covers what the sampling
chooses and these tests say which ids differ.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.sets import EVAL_SETS, in_agreement_sample, legacy_gold_ids, split_of

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "eval" / "gold"
AGREEMENT = ROOT / "eval" / "agreement"

pytestmark = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(), reason="../shared not present (a user's clone has none)"
)


@pytest.fixture(scope="module")
def gold() -> list[GoldText]:
    return load_all(GOLD, SHARED)


@pytest.mark.parametrize("chosen", EVAL_SETS, ids=lambda s: s.name)
def test_gold_covers_exactly_the_sample(gold: list[GoldText], chosen: object) -> None:
    from claimledger.evaluation.sets import EvalSet

    assert isinstance(chosen, EvalSet)
    wanted = {str(r["id"]) for r in chosen.select(SHARED)}
    have = {t.id for t in gold if t.set_name == chosen.name}
    assert have == wanted, (sorted(wanted - have)[:5], sorted(have - wanted)[:5])
    for text in gold:
        if text.set_name == chosen.name:
            assert text.corpus == chosen.corpus and text.lang == chosen.lang
            assert text.split == (chosen.split or split_of(text.id))


def legacy_ids() -> set[str]:
    return legacy_gold_ids(SHARED)


def test_the_sets_are_large_enough(gold: list[GoldText]) -> None:
    by_corpus = Counter(t.corpus.split("/")[1] for t in gold if t.id not in legacy_ids())
    assert by_corpus["ru-telegram"] >= 500
    assert by_corpus["news-uk"] == 122 and by_corpus["news-ru"] == 85
    assert by_corpus["news-en"] + by_corpus["en-news"] >= 280 and by_corpus["en-news"] >= 150
    assert sum(t.set_name == "telegram-ru-extra" for t in gold) == 500
    assert len(gold) >= 1450
    assert sum(not t.claims for t in gold) >= len(gold) / 5


def test_the_second_annotation_is_the_agreement_sample(gold: list[GoldText]) -> None:
    second = load_all(AGREEMENT, SHARED, legacy=False)
    first = {t.id for t in gold}
    assert {t.id for t in second} <= first
    assert {t.id for t in second} == {t.id for t in gold if in_agreement_sample(t.id)
                                      and t.id not in legacy_ids()}
    assert Counter(t.lang for t in second).keys() == {"ru", "uk", "en"}


def test_no_text_is_in_two_sets() -> None:
    seen: dict[str, str] = {text_id: "legacy" for text_id in legacy_ids()}
    for chosen in EVAL_SETS:
        for record in chosen.select(SHARED):
            text_id = str(record["id"])
            assert text_id not in seen, (text_id, chosen.name, seen.get(text_id))
            seen[text_id] = chosen.name

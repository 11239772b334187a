"""The fast path never rejects a report that holds a claim, and does reject what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluation.gold import load_all, load_gold_files
from claimledger.evaluation.sets import EVAL_SETS
from claimledger.extract.fastpath import may_hold_claims
from claimledger.model import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Над Брянской областью сбиты три беспилотника.", True),
        ("ru", "Дрон ВСУ попал в жилой дом в Белгороде.", True),
        ("ru", "ВСУ нанесли удар КАБами по окраине города.", True),
        ("ru", "Хуситы заявили о запуске баллистической ракеты.", True),  # "запуске"
        ("ru", "Автомобиль в Белгородской области подвергся атаке дрона.", True),
        ("ru", "Беспилотник влетел в окно жилого дома.", True),
        ("uk", "Автомобіль на Сумщині зазнав атаки дрона.", True),
        ("uk", "Хусити заявили про запуск балістичної ракети.", True),
        ("ru", "В кабинете губернатора прошло совещание по бюджету.", False),  # "каб": capitals
        ("ru", "На выставке показали новый беспилотник для фермеров.", False),  # no action
        ("ru", "В ДТП на трассе погибли два человека.", False),  # harm, but no weapon
        ("ru", "Пострадавших нет, сообщили в МЧС.", False),
        ("ru", "Благотворительный фонд собрал средства.", False),  # "бла" only in capitals
        ("en", "Air defences shot down nine drones over the Oryol region overnight.", True),
        ("en", "Two KABs struck the outskirts of the town, the governor said.", True),
        ("en", "The Houthis fired an anti-ship missile at a tanker in the Red Sea.", True),
        ("en", "A drone attack killed one man in the village.", True),
        ("en", "A new drone was shown to farmers at the fair.", False),  # no action or harm
        ("en", "Two people died in a road accident on the motorway.", False),  # no weapon
        ("en", "The central bank kept its key rate unchanged.", False),
        ("en", "The kabaddi team won the final.", False),  # "KAB" only in capitals
    ],
)
def test_fast_path_on_own_sentences(lang: Language, text: str, expected: bool) -> None:
    assert may_hold_claims(text, lang) is expected


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
def test_no_annotated_claim_is_rejected() -> None:
    texts = load_all(ROOT / "eval" / "gold", SHARED)
    rejected = [t.id for t in texts if t.claims and not may_hold_claims(t.text, t.lang)]
    assert rejected == []


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
@pytest.mark.parametrize("name", [s.name for s in EVAL_SETS])
def test_no_claim_of_an_eval_set_is_rejected(name: str) -> None:
    """Every eval set, each on its own: its gold file is there, holds claims, and the fast
    path lets every text with a claim through."""
    path = ROOT / "eval" / "gold" / f"{name}.jsonl"
    texts = [t for t in load_gold_files([path], SHARED) if t.claims]
    assert texts, f"no annotated claims in {path.name}"
    assert [t.id for t in texts if not may_hold_claims(t.text, t.lang)] == []

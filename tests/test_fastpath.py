"""The fast path never rejects a report that holds a claim, and does reject what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluation.gold import load_all
from claimledger.extract.fastpath import may_hold_claims

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Над Брянской областью сбиты три беспилотника.", True),
        ("Дрон ВСУ попал в жилой дом в Белгороде.", True),
        ("ВСУ нанесли удар КАБами по окраине города.", True),
        ("В кабинете губернатора прошло совещание по бюджету.", False),  # "каб" only in capitals
        ("На выставке показали новый беспилотник для фермеров.", False),  # no action or harm
        ("В ДТП на трассе погибли два человека.", False),  # harm, but no weapon
        ("Пострадавших нет, сообщили в МЧС.", False),
        ("Благотворительный фонд собрал средства.", False),  # "бла" only in capitals
    ],
)
def test_fast_path_on_own_sentences(text: str, expected: bool) -> None:
    assert may_hold_claims(text, "ru") is expected


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
def test_no_annotated_claim_is_rejected() -> None:
    texts = load_all(ROOT / "eval" / "gold", SHARED)
    rejected = [t.id for t in texts if t.claims and not may_hold_claims(t.text, t.lang)]
    assert rejected == []

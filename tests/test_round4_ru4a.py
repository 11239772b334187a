"""Who speaks and what is no claim, in Russian rules of the fourth round (telegram-ru-extra,
fold a), each with its Ukrainian and English twin where the construction exists: the outlet's
own voice after an opener naming its own information ("По нашей информации, ...").
Own sentences; expectations written from ANNOTATION.md before the extractor read them."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

Row = tuple[str, int | None, str | None]  # action, quantity, claimant kind

CASES: list[tuple[str, Language, str, list[Row]]] = [
    ("ru_our_information_is_the_outlet", "ru",
     "Губернатор Курской области Алексей Смирнов сообщил, что ситуация под контролем. По нашей "
     "информации, над Курском сбиты три беспилотника.", [("intercepted", 3, "outlet")]),
    ("ru_newsroom_data_is_the_outlet", "ru",
     "Губернатор Курской области Алексей Смирнов сообщил, что ситуация под контролем. По данным "
     "редакции, над Курском сбиты три беспилотника.", [("intercepted", 3, "outlet")]),
    ("uk_our_information_is_the_outlet", "uk",
     "Губернатор Курської області Олексій Смирнов повідомив, що ситуація під контролем. За нашою "
     "інформацією, над Курськом збито три безпілотники.", [("intercepted", 3, "outlet")]),
    ("en_our_information_is_the_outlet", "en",
     "Kursk Governor Alexei Smirnov said the situation was under control. According to our "
     "information, three drones were shot down over Kursk.", [("intercepted", 3, "outlet")]),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_claimant_kinds(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Row]
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    assert sorted((c.action, c.quantity, c.claimant_kind) for c in claims) == sorted(expected)

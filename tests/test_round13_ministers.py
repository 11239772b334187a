"""Who claims, round 13: a minister named in person speaks as an `official` (ANNOTATION.md:
officials are "governors, mayors, ministers, presidents"), a defence minister as much as a
foreign one; the ministry of defence itself is `military` ("ministries of defence, armed
forces, air force"). Own sentences; expectations written from the guide."""

from __future__ import annotations

import pytest

from claimants import claimant_pairs
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, tuple[str, str]]] = [
    ("ru_defence_minister_in_person", "ru",
     "Министр обороны Андрей Белоусов заявил, что за ночь сбиты 20 беспилотников.",
     ("ru", "official")),
    ("ru_ukrainian_defence_minister_in_person", "ru",
     "Министр обороны Украины Рустем Умеров заявил, что за ночь сбиты 20 беспилотников.",
     ("ua", "official")),
    ("ru_defence_minister_by_office", "ru",
     "Министр обороны России заявил, что за ночь сбиты 20 беспилотников.",
     ("ru", "official")),
    ("ru_defence_ministry", "ru",
     "Минобороны России сообщило, что за ночь сбиты 20 беспилотников.",
     ("ru", "military")),
    ("uk_defence_minister_in_person", "uk",
     "Міністр оборони Рустем Умєров заявив, що вночі збито 20 дронів.",
     ("ua", "official")),
    ("en_defence_minister_in_person", "en",
     "Russian Defence Minister Andrei Belousov said 20 drones were shot down overnight.",
     ("ru", "official")),
    ("en_defence_secretary_in_person", "en",
     "US Defense Secretary Lloyd Austin said US forces shot down more than 70 drones.",
     ("other", "official")),
    ("en_defence_ministry", "en",
     "Russia's defence ministry said 20 drones were shot down overnight.",
     ("ru", "military")),
]


@pytest.mark.parametrize(("name", "lang", "text", "claimant"), CASES, ids=[c[0] for c in CASES])
def test_minister_claimant_kind(
    extractor: Extractor, name: str, lang: Language, text: str, claimant: tuple[str, str]
) -> None:
    assert claimant_pairs(extractor, name, lang, text) == {claimant}

"""Villages, round 13: a village the gazetteer does not know is named after a settlement noun,
and "населённый пункт" / "населений пункт" (a settlement, two words) is one of those nouns. By
ANNOTATION.md a town named without its region is `city:<name>`, and with its region (in its
sentence or its attribution) the region. Own sentences; expectations written from the guide
before the extractor read them.

A statement's header may run over two sentences ("Минобороны сообщило об атаках на Брянскую
область. Подробности заявления:"): a colon header that names neither a place nor a speaker
goes on with the sentence before it, whose places are the items' attribution's."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- "населённый пункт" before a village's name -----------------------------------------
    ("ru_village_after_settlement_two_words", "ru",
     "Три ракеты ATACMS сбиты в районе населённого пункта Лотаревка.",
     [("intercepted", "ballistic_missile", 3, "city:Lotarevka")]),
    ("ru_village_after_settlement_two_words_near", "ru",
     "Над населенным пунктом Лотаревка ночью уничтожены два беспилотника.",
     [("intercepted", "uav", 2, "city:Lotarevka")]),
    ("ru_village_with_its_region_is_the_region", "ru",
     "Беспилотник атаковал населённый пункт Тёткино Курской области, ранен один человек.",
     [("hit", "uav", 1, "RU-KRS"), ("injured", None, 1, "RU-KRS")]),
    ("uk_village_after_settlement_two_words", "uk",
     "Дві ракети збито в районі населеного пункту Степове.",
     [("intercepted", "missile", 2, "city:Stepove")]),
    ("uk_village_with_its_region_is_the_region", "uk",
     "Дві ракети збито в районі населеного пункту Степове Миколаївської області.",
     [("intercepted", "missile", 2, "UA-48")]),
    # -- a header over two sentences ---------------------------------------------------------
    ("ru_header_goes_on_with_the_attribution_before", "ru",
     "Минобороны России сообщило об атаках ВСУ на Брянскую область. Подробности заявления:"
     "\n\n— ВСУ выпустили шесть ракет ATACMS по населённому пункту Сураж, все они сбиты.",
     [("launched", "ballistic_missile", 6, "RU-BRY"),
      ("intercepted", "ballistic_missile", 6, "RU-BRY")]),
    ("ru_header_without_a_region_keeps_the_village", "ru",
     "Минобороны России сообщило об атаках ВСУ. Подробности заявления:"
     "\n\n— ВСУ выпустили шесть ракет ATACMS по населённому пункту Лотаревка, все они сбиты.",
     [("launched", "ballistic_missile", 6, "city:Lotarevka"),
      ("intercepted", "ballistic_missile", 6, "city:Lotarevka")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

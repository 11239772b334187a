"""Strikes, round 13: weapons that are the subject of a verb of striking ("ударить",
"вдарити"/"ударити") struck (ANNOTATION.md `hit`: reached a target), however many and on whichever
side of the verb; weapons in the instrumental are what the attacker struck with (`launched`).
Own sentences; expectations written from the guide before the extractor read them."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    ("ru_counted_subject_after_the_verb", "ru",
     "По нефтебазе в Брянской области ударили семь беспилотников.",
     [("hit", "uav", 7, "RU-BRY")]),
    ("ru_counted_subject_after_a_qualifier", "ru",
     "В Белгороде по торговому центру ударили по меньшей мере две ракеты Vampire.",
     [("hit", "rocket", 2, "city:Belgorod")]),
    ("ru_counted_subject_before_the_verb", "ru",
     "Четыре ракеты ударили по аэродрому в Курской области.",
     [("hit", "missile", 4, "RU-KRS")]),
    ("ru_subject_in_a_relative_clause", "ru",
     "Спасатели разбирают завалы дома в Сумах, по которому ночью ударила российская ракета.",
     [("hit", "missile", 1, "city:Sumy")]),
    ("ru_instrument_is_a_launch", "ru",
     "ВСУ ударили по Курской области четырьмя ракетами.",
     [("launched", "missile", 4, "RU-KRS")]),
    ("ru_instrument_of_a_state_is_a_launch", "ru",
     "Россия ударила по Украине 90 ракетами и 100 беспилотниками.",
     [("launched", "missile", 90, "UA"), ("launched", "uav", 100, "UA")]),
    ("ru_downed_in_the_next_clause_is_not_struck", "ru",
     "ВСУ ударили по Белгороду, 13 беспилотников сбиты.",
     [("intercepted", "uav", 13, "city:Belgorod")]),
    ("uk_counted_subject_after_the_verb", "uk",
     "По підприємству в Харкові вдарили три дрони.",
     [("hit", "uav", 3, "city:Kharkiv")]),
    ("uk_other_spelling_of_the_verb", "uk",
     "По Одесі вночі ударили дві балістичні ракети.",
     [("hit", "ballistic_missile", 2, "city:Odesa")]),
    ("uk_instrument_is_a_launch", "uk",
     "Ворог ударив по Одесі двома балістичними ракетами.",
     [("launched", "ballistic_missile", 2, "city:Odesa")]),
    ("en_subject_struck", "en",
     "Three drones struck an oil depot in the Bryansk region.",
     [("hit", "uav", 3, "RU-BRY")]),
    ("en_instrument_is_a_launch", "en",
     "Russia struck Kharkiv with three drones.",
     [("launched", "uav", 3, "city:Kharkiv")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

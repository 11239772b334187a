"""Places, round 12: constructions of place read the same way in Russian, Ukrainian and English,
by ANNOTATION.md's location rules ("as narrow as the text says"; several regions with one number
are the country; a town named with its region, in its sentence or its attribution, is the
region). Own sentences; every expectation written from the guide before the extractor read it.

Another speaker's clause: "X reported A, while Y reported B" (ru/uk also with Y's verb left out,
"..., а Минобороны РФ — о ...") tells two statements; the place of Y's statement is not where
X's count is.

Regions counted besides those named ("над Курской и ещё двумя областями", "over the Kyiv region
and three other regions"): several regions with one number, the country (ANNOTATION.md), the
defending side's as for several seas."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- another speaker's clause, its verb left out, places that speaker's words only --------
    ("ru_gapped_speaker_clause", "ru",
     "Воздушные силы ВСУ заявили о 50 сбитых дронах, а Минобороны РФ — об ударе ракетами "
     "ATACMS по Брянской области.",
     [("intercepted", "uav", 50, "UA")]),
    ("ru_gapped_speaker_clause_after_a_placed_count", "ru",
     "Губернатор Курской области сообщил о семи сбитых над Курчатовом беспилотниках, а "
     "украинский Генштаб — об ударе по аэродрому в Белгородской области.",
     [("intercepted", "uav", 7, "RU-KRS")]),
    ("uk_gapped_speaker_clause", "uk",
     "Повітряні сили повідомили про 50 збитих дронів, а Міноборони РФ — про удар по Брянській "
     "області.",
     [("intercepted", "uav", 50, "UA")]),
    ("uk_gapped_speaker_clause_instead", "uk",
     "Генштаб ЗСУ заявив про 12 збитих ракет, натомість Міноборони Росії — про удар по "
     "Львівщині.",
     [("intercepted", "missile", 12, "UA")]),
    # -- another speaker's clause with its own verb ----------------------------------------
    ("ru_other_speaker_clause_with_verb", "ru",
     "Минобороны России заявило, что за ночь сбиты 23 беспилотника, а Воздушные силы Украины "
     "сообщили об атаке на Харьковскую область.",
     [("intercepted", "uav", 23, "RU")]),
    ("uk_other_speaker_clause_with_verb", "uk",
     "Повітряні сили повідомили, що вночі знищено 31 шахед, а Міноборони РФ заявило про удар "
     "по Сумській області.",
     [("intercepted", "uav", 31, "UA")]),
    ("en_other_speaker_clause_while", "en",
     "Russia's defence ministry said 17 drones were downed, while Ukraine's General Staff "
     "reported a strike on an airfield in the Kursk region.",
     [("intercepted", "uav", 17, "RU")]),
    ("en_other_speaker_clause_whereas", "en",
     "The Ukrainian air force said 41 drones were destroyed overnight, whereas Russia's defence "
     "ministry said it had struck targets in the Kharkiv region.",
     [("intercepted", "uav", 41, "UA")]),
    ("en_other_speaker_clause_and", "en",
     "The Ukrainian air force said 50 drones were shot down, and the Russian defence ministry "
     "reported a strike on the Bryansk region.",
     [("intercepted", "uav", 50, "UA")]),
    # -- regions counted besides the ones named: one number for all, the country ------------
    ("ru_named_region_and_counted_regions", "ru",
     "Над Курской областью и еще двумя регионами сбиты 9 беспилотников, сообщило Минобороны.",
     [("intercepted", "uav", 9, "RU")]),
    ("ru_counted_regions_and_named_region", "ru",
     "Над двумя областями и Краснодарским краем сбиты 12 беспилотников, сообщило Минобороны.",
     [("intercepted", "uav", 12, "RU")]),
    ("ru_counted_border_regions_and_crimea", "ru",
     "Минобороны сообщило, что над тремя приграничными областями и Крымом сбиты 15 "
     "беспилотников.",
     [("intercepted", "uav", 15, "RU")]),
    ("uk_counted_regions_and_named_region", "uk",
     "Над двома областями та Одещиною збито 12 шахедів, повідомили Повітряні сили.",
     [("intercepted", "uav", 12, "UA")]),
    ("uk_named_region_and_counted_regions", "uk",
     "Повітряні сили: над Київщиною та ще трьома областями знищено 14 дронів.",
     [("intercepted", "uav", 14, "UA")]),
    ("en_counted_regions_and_named_region", "en",
     "Twelve drones were shot down over two regions and the Krasnodar Krai, the Russian defence "
     "ministry said.",
     [("intercepted", "uav", 12, "RU")]),
    ("en_named_region_and_other_regions", "en",
     "Ukraine's air force said air defences destroyed 14 drones over the Kyiv region and three "
     "other regions.",
     [("intercepted", "uav", 14, "UA")]),
    # -- not counted regions: a list of regions with a count each stays each region's --------
    ("ru_distributive_regions_stay_regions", "ru",
     "Минобороны сообщило, что сбиты 11 беспилотников: пять — над Брянской областью, по три — "
     "над Курской и Орловской областями.",
     [("intercepted", "uav", 11, "RU"), ("intercepted", "uav", 5, "RU-BRY"),
      ("intercepted", "uav", 3, "RU-KRS"), ("intercepted", "uav", 3, "RU-ORL")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

"""Places, fifth generalization round (Russian first, with its Ukrainian and English twins):
constructions of place read by ANNOTATION.md's location rules and the review's conventions
(docs/evaluation.md, "How the gold was made": a town is its region when the region is named in
the same sentence or its attribution, else `city:<Name>`). Own sentences; every expectation was
written from the guide before the extractor read it."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- a village the gazetteer does not know, after its settlement noun ----------------------
    ("ru_village_after_settlement_noun", "ru",
     "Два беспилотника упали в районе села Лотаревка, ранен один человек.",
     [("hit", "uav", 2, "city:Lotarevka"), ("injured", None, 1, "city:Lotarevka")]),
    ("uk_village_after_settlement_noun", "uk",
     "Два дрони впали в районі села Стрілеча, поранено одну людину.",
     [("hit", "uav", 2, "city:Strilecha"), ("injured", None, 1, "city:Strilecha")]),
    ("en_village_after_settlement", "en",
     "Two drones fell near the settlement of Strilecha, injuring one person.",
     [("hit", "uav", 2, "city:Strilecha"), ("injured", None, 1, "city:Strilecha")]),
    # -- a header ending in a colon is its items' attribution: a village of its region is it ------
    ("ru_village_under_a_region_header", "ru",
     "Минобороны сообщило об ударе ВСУ по Курской области:\n\n— ВСУ выпустили четыре ракеты "
     "ATACMS по району села Лотаревка, три ракеты сбиты.",
     [("launched", "ballistic_missile", 4, "RU-KRS"),
      ("intercepted", "ballistic_missile", 3, "RU-KRS")]),
    ("uk_village_under_a_region_header", "uk",
     "Міноборони РФ повідомило про удар ЗСУ по Курській області:\n\n— ЗСУ випустили чотири "
     "ракети ATACMS по району села Лотаревка, три ракети збито.",
     [("launched", "ballistic_missile", 4, "RU-KRS"),
      ("intercepted", "ballistic_missile", 3, "RU-KRS")]),
    ("en_village_under_a_region_header", "en",
     "The Russian defence ministry reported a strike on the Kursk region:\n\n— Ukraine fired "
     "four ATACMS missiles at the village of Lotarevka, three missiles were shot down.",
     [("launched", "ballistic_missile", 4, "RU-KRS"),
      ("intercepted", "ballistic_missile", 3, "RU-KRS")]),
    # -- a hyphenated town whose first part declines too ---------------------------------------
    ("ru_hyphenated_town_first_part_declined", "ru",
     "Беспилотник упал во двор дома в Славянске-на-Кубани, пострадала женщина.",
     [("hit", "uav", 1, "city:Slavyansk-na-Kubani"),
      ("injured", None, 1, "city:Slavyansk-na-Kubani")]),
    ("ru_hyphenated_town_both_parts_declined", "ru",
     "В Белгороде-Днестровском ракета попала в склад, ранены два человека.",
     [("hit", "missile", 1, "city:Bilhorod-Dnistrovskyi"),
      ("injured", None, 2, "city:Bilhorod-Dnistrovskyi")]),
    ("uk_hyphenated_town_both_parts_declined", "uk",
     "У Білгороді-Дністровському ракета влучила в склад, поранено двох людей.",
     [("hit", "missile", 1, "city:Bilhorod-Dnistrovskyi"),
      ("injured", None, 2, "city:Bilhorod-Dnistrovskyi")]),
    ("en_hyphenated_town", "en",
     "A missile hit a warehouse in Bilhorod-Dnistrovskyi, injuring two people.",
     [("hit", "missile", 1, "city:Bilhorod-Dnistrovskyi"),
      ("injured", None, 2, "city:Bilhorod-Dnistrovskyi")]),
    # -- a place whose "where" clause tells the event is the context of the next sentence ------
    ("ru_place_of_a_where_clause", "ru",
     "Спасатели работают в Сумах, где российские ракеты ночью попали в жилые дома. Погибли 11 "
     "человек, сообщила полиция.",
     [("killed", None, 11, "city:Sumy")]),
    ("ru_place_of_a_where_clause_after_town_noun", "ru",
     "Кадры из города Сумы, где в результате ракетного удара пострадали дома. Погибли 11 "
     "человек.",
     [("killed", None, 11, "city:Sumy")]),
    ("uk_place_of_a_where_clause", "uk",
     "Кадри з міста Суми, де внаслідок ракетного удару пошкоджено будинки. Загинули 11 людей.",
     [("killed", None, 11, "city:Sumy")]),
    ("en_place_of_a_where_clause", "en",
     "Rescuers are at work in Sumy, where Russian missiles struck homes overnight. Eleven people "
     "were killed, police said.",
     [("killed", None, 11, "city:Sumy")]),
    # -- explosions told at a place make it the event's place, context for what follows ---------
    ("ru_explosions_place_is_context", "ru",
     "Взрывы прогремели в Ефремове Тульской области. По словам жителей, у завода упали "
     "беспилотники. Пострадавших нет.",
     [("killed", None, 0, "RU-TUL"), ("injured", None, 0, "RU-TUL")]),
    ("uk_explosions_place_is_context", "uk",
     "Вибухи пролунали в Єфремові Тульської області. За словами місцевих, біля заводу впали "
     "дрони. Постраждалих немає.",
     [("killed", None, 0, "RU-TUL"), ("injured", None, 0, "RU-TUL")]),
    ("en_explosions_place_is_context", "en",
     "Explosions were heard in Yefremov in the Tula region. Drones fell near a plant, locals "
     "said. There were no casualties.",
     [("killed", None, 0, "RU-TUL"), ("injured", None, 0, "RU-TUL")]),
    # -- people are hurt on land: a casualty count the context put at sea is of the town --------
    ("ru_casualties_after_a_sea_are_the_towns", "ru",
     "Над акваторией Черного моря сбиты три беспилотника, сообщили в администрации Сочи. "
     "Пострадавших нет.",
     [("intercepted", "uav", 3, "sea:black"), ("killed", None, 0, "city:Sochi"),
      ("injured", None, 0, "city:Sochi")]),
    ("ru_casualties_after_a_sea_mayors_town", "ru",
     "Над акваторией Черного моря сбиты три беспилотника, сообщил мэр Сочи Андрей Прошунин.\n\n"
     "По его информации, пострадавших нет.",
     [("intercepted", "uav", 3, "sea:black"), ("killed", None, 0, "city:Sochi"),
      ("injured", None, 0, "city:Sochi")]),
    ("uk_casualties_after_a_sea_are_the_towns", "uk",
     "Над акваторією Чорного моря збито три безпілотники, повідомили в адміністрації Сочі. "
     "Постраждалих немає.",
     [("intercepted", "uav", 3, "sea:black"), ("killed", None, 0, "city:Sochi"),
      ("injured", None, 0, "city:Sochi")]),
    ("en_casualties_after_a_sea_are_the_towns", "en",
     "Three drones were shot down over the Black Sea, the Sochi city administration said. There "
     "were no casualties.",
     [("intercepted", "uav", 3, "sea:black"), ("killed", None, 0, "city:Sochi"),
      ("injured", None, 0, "city:Sochi")]),
    # -- a region named by an adjective not its name's, in the attribution: the region --------
    ("ru_region_adjective_in_attribution", "ru",
     "Беспилотник атаковал предприятие в Уфе, сообщили башкирские власти.",
     [("hit", "uav", 1, "RU-BA")]),
    ("ru_region_adjective_kuban_governor", "ru",
     "Над Туапсе сбиты два беспилотника, сообщил кубанский губернатор.",
     [("intercepted", "uav", 2, "RU-KDA")]),
    ("uk_region_adjective_in_attribution", "uk",
     "Дрон атакував підприємство в Уфі, повідомила башкирська влада.",
     [("hit", "uav", 1, "RU-BA")]),
    ("en_region_in_attribution", "en",
     "A drone hit an industrial plant in Ufa, the Bashkortostan authorities said.",
     [("hit", "uav", 1, "RU-BA")]),
    # -- the capital of a country abroad named by its adjective: that country ---------------
    ("ru_capital_abroad_by_adjective", "ru",
     "11 человек погибли в результате израильского авиаудара по ливанской столице.",
     [("killed", None, 11, "LB")]),
    ("uk_capital_abroad_by_adjective", "uk",
     "11 людей загинули внаслідок ізраїльського авіаудару по ліванській столиці.",
     [("killed", None, 11, "LB")]),
    ("en_capital_abroad_by_adjective", "en",
     "Israeli missiles hit the Lebanese capital, killing eleven people.",
     [("killed", None, 11, "LB")]),
    # -- "в сторону X": where they flew is not where they were downed, when that is named -------
    ("ru_toward_after_the_place_of_downing", "ru",
     "ПВО сбила три беспилотника над Курской областью, которые летели в сторону Воронежа.",
     [("intercepted", "uav", 3, "RU-KRS")]),
    ("ru_toward_before_the_place_of_downing", "ru",
     "Три беспилотника, летевшие в сторону Воронежа, сбиты над Курской областью.",
     [("intercepted", "uav", 3, "RU-KRS")]),
    ("ru_toward_alone_is_the_place", "ru",
     "Сбиты пять беспилотников, летевших в сторону Москвы.",
     [("intercepted", "uav", 5, "RU-MOW")]),
    ("uk_toward_after_the_place_of_downing", "uk",
     "ППО збила три дрони над Курською областю, які летіли в бік Воронежа.",
     [("intercepted", "uav", 3, "RU-KRS")]),
    ("en_toward_after_the_place_of_downing", "en",
     "Air defences shot down three drones over the Kursk region that were flying towards "
     "Voronezh.",
     [("intercepted", "uav", 3, "RU-KRS")]),
    # -- several regions with one number: the country; "по два": one claim per region ---------
    ("ru_regions_one_number_country", "ru",
     "Над Белгородской, Курской и Брянской областями сбиты 14 беспилотников.",
     [("intercepted", "uav", 14, "RU")]),
    ("uk_regions_one_number_country", "uk",
     "Над Білгородською, Курською та Брянською областями збито 14 безпілотників.",
     [("intercepted", "uav", 14, "RU")]),
    ("en_regions_one_number_country", "en",
     "Fourteen drones were shot down over the Belgorod, Kursk and Bryansk regions.",
     [("intercepted", "uav", 14, "RU")]),
    ("ru_regions_distributive", "ru",
     "Над Брянской и Курской областями уничтожено по два беспилотника.",
     [("intercepted", "uav", 2, "RU-BRY"), ("intercepted", "uav", 2, "RU-KRS")]),
    ("uk_regions_distributive", "uk",
     "Над Брянською та Курською областями знищено по два безпілотники.",
     [("intercepted", "uav", 2, "RU-BRY"), ("intercepted", "uav", 2, "RU-KRS")]),
    ("en_regions_distributive", "en",
     "Two drones each were destroyed over the Bryansk and Kursk regions.",
     [("intercepted", "uav", 2, "RU-BRY"), ("intercepted", "uav", 2, "RU-KRS")]),
    # -- "у берегов Крыма" after a sea only says where on the sea ------------------------------
    ("ru_sea_off_the_coast", "ru",
     "Над Черным морем у берегов Крыма сбиты три беспилотника.",
     [("intercepted", "uav", 3, "sea:black")]),
    ("ru_sea_area_off_the_coast", "ru",
     "Над акваторией Черного моря у побережья Крыма уничтожены три беспилотника.",
     [("intercepted", "uav", 3, "sea:black")]),
    ("uk_sea_off_the_coast", "uk",
     "Над Чорним морем біля берегів Криму збито три безпілотники.",
     [("intercepted", "uav", 3, "sea:black")]),
    ("en_sea_off_the_coast", "en",
     "Three drones were shot down over the Black Sea off the coast of Crimea.",
     [("intercepted", "uav", 3, "sea:black")]),
    ("ru_crimea_alone", "ru",
     "Над Крымом сбиты шесть беспилотников.",
     [("intercepted", "uav", 6, "UA-43")]),
    # -- a Ukrainian village the gazetteer does not know, in Ukraine's own romanization --------
    ("uk_village_national_romanization", "uk",
     "Ворожий дрон влучив у будинок у селі Грабовське, поранено двох людей.",
     [("hit", "uav", 1, "city:Hrabovske"), ("injured", None, 2, "city:Hrabovske")]),
    ("en_village_national_romanization", "en",
     "A drone hit a house in the village of Hrabovske, injuring two people.",
     [("hit", "uav", 1, "city:Hrabovske"), ("injured", None, 2, "city:Hrabovske")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

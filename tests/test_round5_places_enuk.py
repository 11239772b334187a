"""Places, fifth generalization round (English and Ukrainian news, with their Russian twins):
constructions of place read by ANNOTATION.md's location rules and the review's conventions
(docs/evaluation.md, "How the gold was made"). Own sentences; every expectation written from the
guide before the extractor read it."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    # -- a dateline says where the report was filed, not where the claim is ------------------
    ("en_dateline_caps_country_agency", "en",
     "KYIV, Ukraine (AP) — Russia fired 40 drones at Ukraine overnight, the air force said.",
     [("launched", "uav", 40, "UA")]),
    ("en_dateline_city_in_brackets", "en",
     "(LONDON) — The Houthis fired two ballistic missiles at ships in the Red Sea, the U.S. "
     "military said.",
     [("launched", "ballistic_missile", 2, "sea:red")]),
    ("uk_dateline_city_dash", "uk",
     "КИЇВ — Росія випустила по Україні 40 дронів, повідомили Повітряні сили.",
     [("launched", "uav", 40, "UA")]),
    ("ru_dateline_city_dash", "ru",
     "КИЕВ — Россия выпустила по Украине 40 беспилотников, сообщили Воздушные силы.",
     [("launched", "uav", 40, "UA")]),
    # -- a regional outlet's name holds its city, no place of the claim ----------------------
    ("uk_outlet_name_with_city", "uk",
     "Уночі поранено двох людей внаслідок атаки дронів, повідомляє Суспільне Харків.",
     [("injured", None, 2, None)]),
    ("ru_outlet_name_with_city", "ru",
     "Ночью ранены два человека в результате атаки дронов, сообщает Суспильне Харьков.",
     [("injured", None, 2, None)]),
    ("en_outlet_name_with_city", "en",
     "Two people were injured in a drone attack overnight, Suspilne Kharkiv reported.",
     [("injured", None, 2, None)]),
    ("uk_outlet_name_with_city_own_place", "uk",
     "Над Харківщиною збито 5 дронів, повідомляє Суспільне Харків.",
     [("intercepted", "uav", 5, "UA-63")]),
    # -- a capital standing for its government is no place -----------------------------------
    ("en_capital_for_government", "en",
     "Moscow said its air defences destroyed 30 Ukrainian drones overnight.",
     [("intercepted", "uav", 30, "RU")]),
    # -- the country by its adjective, possessive or "across the country" --------------------
    ("en_over_n_country_regions", "en",
     "Russian air defences shot down 25 drones over six Russian regions, the ministry said.",
     [("intercepted", "uav", 25, "RU")]),
    ("en_country_possessive_defences", "en",
     "Ukraine's air defences shot down 50 of the 70 drones, the air force said.",
     [("launched", "uav", 70, "UA"), ("intercepted", "uav", 50, "UA")]),
    ("en_across_the_country", "en",
     "Russia launched 80 drones across Ukraine overnight. Air defences downed 60 of them across "
     "the country.",
     [("launched", "uav", 80, "UA"), ("intercepted", "uav", 60, "UA")]),
    ("uk_over_n_regions", "uk",
     "Над шістьма областями України збито 25 шахедів, повідомили Повітряні сили.",
     [("intercepted", "uav", 25, "UA")]),
    ("ru_over_n_regions", "ru",
     "Над шестью регионами России сбиты 25 беспилотников, сообщило Минобороны.",
     [("intercepted", "uav", 25, "RU")]),
    # -- several regions with one number are the country --------------------------------------
    ("en_several_regions_one_number", "en",
     "Twelve drones were shot down over the Kyiv, Poltava and Cherkasy regions, the air force "
     "said.",
     [("intercepted", "uav", 12, "UA")]),
    ("uk_several_regions_one_number", "uk",
     "Дванадцять дронів збили над Київщиною, Полтавщиною та Черкащиною, повідомили Повітряні "
     "сили.",
     [("intercepted", "uav", 12, "UA")]),
    ("ru_several_regions_one_number", "ru",
     "Двенадцать беспилотников сбиты над Курской, Брянской и Орловской областями, сообщило "
     "Минобороны.",
     [("intercepted", "uav", 12, "RU")]),
    # -- a town named with its region is the region ---------------------------------------------
    ("en_town_with_region", "en",
     "A drone hit a house in Bucha in the Kyiv region, injuring two people.",
     [("hit", "uav", 1, "UA-32"), ("injured", None, 2, "UA-32")]),
    ("uk_town_with_region", "uk",
     "Дрон влучив у будинок у Бучі на Київщині, поранено двох людей.",
     [("hit", "uav", 1, "UA-32"), ("injured", None, 2, "UA-32")]),
    ("ru_town_with_region", "ru",
     "Беспилотник попал в дом в Буче Киевской области, ранены два человека.",
     [("hit", "uav", 1, "UA-32"), ("injured", None, 2, "UA-32")]),
    # -- a town joined to "the region" with no name of its own: the town's region -----------
    ("uk_town_and_the_region", "uk",
     "У Харкові та області через удари КАБів поранено 7 людей.",
     [("injured", None, 7, "UA-63")]),
    ("ru_town_and_the_region", "ru",
     "В Харькове и области в результате ударов КАБов ранены 7 человек.",
     [("injured", None, 7, "UA-63")]),
    ("en_town_and_the_surrounding_region", "en",
     "Seven people were injured in guided bomb strikes on Kharkiv and the surrounding region.",
     [("injured", None, 7, "UA-63")]),
    # -- a mayor's words that name no place are of the mayor's city, not of its region -------
    ("en_mayor_no_place", "en",
     "A guided bomb hit a residential building, injuring five people, Mayor Ihor Terekhov said.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("injured", None, 5, "city:Kharkiv")]),
    ("uk_mayor_no_place", "uk",
     "Керована авіабомба влучила в житловий будинок, поранено п'ятьох людей, повідомив міський "
     "голова Ігор Терехов.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("injured", None, 5, "city:Kharkiv")]),
    ("ru_mayor_no_place", "ru",
     "Управляемая авиабомба попала в жилой дом, ранены пять человек, сообщил мэр Игорь Терехов.",
     [("hit", "guided_bomb", 1, "city:Kharkiv"), ("injured", None, 5, "city:Kharkiv")]),
    # -- Ukrainian region forms: "-щина" in every case, Crimea ----------------------------------
    ("uk_shchyna_locative", "uk",
     "На Харківщині внаслідок удару дрона загинули двоє людей.",
     [("hit", "uav", 1, "UA-63"), ("killed", None, 2, "UA-63")]),
    ("uk_shchyna_nominative", "uk",
     "Київщина: уночі збито вісім ворожих дронів.",
     [("intercepted", "uav", 8, "UA-32")]),
    ("uk_crimea", "uk",
     "Над Кримом знищено сім російських безпілотників, повідомили в ГУР.",
     [("intercepted", "uav", 7, "UA-43")]),
    # -- other air wars: the guide's codes -----------------------------------------------------
    ("en_gulf_of_aden", "en",
     "U.S. destroyers shot down three Houthi drones over the Gulf of Aden, CENTCOM said.",
     [("intercepted", "uav", 3, "sea:aden")]),
    ("en_israel_intercepts", "en",
     "The Israeli military said it intercepted a missile launched from Yemen.",
     [("intercepted", "missile", 1, "IL")]),
    ("uk_iran_drones_at_israel", "uk",
     "Іран запустив по Ізраїлю 100 дронів, повідомила армія Ізраїлю.",
     [("launched", "uav", 100, "IL")]),
    ("ru_red_sea", "ru",
     "Хуситы выпустили две баллистические ракеты по судну в Красном море.",
     [("launched", "ballistic_missile", 2, "sea:red")]),
    # -- a war named by its place is no place of a claim ("amid the war in Gaza") -----------
    ("en_war_named_by_place", "en",
     "Amid the war in Gaza, the Houthis fired two drones at a ship in the Red Sea.",
     [("launched", "uav", 2, "sea:red")]),
    ("ru_war_named_by_place", "ru",
     "На фоне войны в Газе хуситы выпустили два беспилотника по судну в Красном море.",
     [("launched", "uav", 2, "sea:red")]),
    ("uk_war_named_by_place", "uk",
     "На тлі війни в Газі хусити випустили два дрони по судну в Червоному морі.",
     [("launched", "uav", 2, "sea:red")]),
    # -- a sea the ships were on, said in the sentence before, is the scene ----------------------
    ("en_place_previous_sentence_sea", "en",
     "U.S. warships escorted three tankers through the Gulf of Aden on Sunday. The Houthis "
     "fired two drones at them, and both were shot down, the Navy said.",
     [("launched", "uav", 2, "sea:aden"), ("intercepted", "uav", 2, "sea:aden")]),
    ("ru_place_previous_sentence_sea", "ru",
     "Американские эсминцы сопровождали три танкера в Аденском заливе. Хуситы выпустили по ним "
     "два беспилотника.",
     [("launched", "uav", 2, "sea:aden")]),
    ("uk_place_previous_sentence_sea", "uk",
     "Американські есмінці супроводжували три танкери в Аденській затоці. Хусити випустили по "
     "них два дрони.",
     [("launched", "uav", 2, "sea:aden")]),
    # -- a total after counts of a region and of its country is the country's ---------------
    ("en_total_after_region_and_country", "en",
     "Air defences shot down 15 drones over the Kyiv, Poltava and Cherkasy regions. Ten of them "
     "were destroyed over the Kyiv region. A total of 20 launches of Shahed drones were recorded.",
     [("intercepted", "uav", 15, "UA"), ("intercepted", "uav", 10, "UA-32"),
      ("launched", "uav", 20, "UA")]),
    ("uk_total_after_region_and_country", "uk",
     "Над Київщиною, Полтавщиною та Черкащиною збито 15 шахедів. Десять із них знищено над "
     "Київщиною. Всього зафіксовано 20 пусків шахедів.",
     [("intercepted", "uav", 15, "UA"), ("intercepted", "uav", 10, "UA-32"),
      ("launched", "uav", 20, "UA")]),
    ("ru_total_after_region_and_country", "ru",
     "Над Киевской, Полтавской и Черкасской областями сбиты 15 шахедов. Десять из них уничтожены "
     "над Киевской областью. Всего зафиксировано 20 пусков шахедов.",
     [("intercepted", "uav", 15, "UA"), ("intercepted", "uav", 10, "UA-32"),
      ("launched", "uav", 20, "UA")]),
    # ... but a country named as the target, with one region struck, leaves the total there
    ("ru_total_after_country_target_and_one_region", "ru",
     "ВСУ выпустили по территории России восемь ракет ATACMS. Одна ракета попала в аэродром в "
     "Курской области. Всего сбиты семь ракет.",
     [("launched", "ballistic_missile", 8, "RU"), ("hit", "ballistic_missile", 1, "RU-KRS"),
      ("intercepted", "ballistic_missile", 7, "RU-KRS")]),
    ("en_total_after_country_target_and_one_region", "en",
     "Ukraine fired eight ATACMS missiles at Russian territory. One missile hit an airfield in "
     "the Kursk region. In all, seven missiles were shot down.",
     [("launched", "ballistic_missile", 8, "RU"), ("hit", "ballistic_missile", 1, "RU-KRS"),
      ("intercepted", "ballistic_missile", 7, "RU-KRS")]),
    # -- a national official counting the other side's weapons, no place: its own country ----
    ("en_president_counts_enemy_launches", "en",
     "Zelensky said Russia launched 90 drones overnight.",
     [("launched", "uav", 90, "UA")]),
    ("en_capital_counts_enemy_launches", "en",
     "Kyiv said Russia launched 90 drones overnight.",
     [("launched", "uav", 90, "UA")]),
    ("en_russian_president_counts_enemy_missiles", "en",
     "Putin said Ukraine fired 20 ATACMS missiles, all of which were shot down.",
     [("launched", "ballistic_missile", 20, "RU"), ("intercepted", "ballistic_missile", 20, "RU")]),
    ("uk_president_counts_enemy_launches", "uk",
     "Зеленський заявив, що вночі Росія запустила 90 дронів.",
     [("launched", "uav", 90, "UA")]),
    ("ru_president_counts_enemy_missiles", "ru",
     "Путин заявил, что Украина выпустила 20 ракет ATACMS, все они были сбиты.",
     [("launched", "ballistic_missile", 20, "RU"), ("intercepted", "ballistic_missile", 20, "RU")]),
    ("en_launch_origin_not_place", "en",
     "Russia launched 20 drones at Ukraine overnight. The launches were recorded from the Kursk "
     "region of Russia, the air force said.",
     [("launched", "uav", 20, "UA")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

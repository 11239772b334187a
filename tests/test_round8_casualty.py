"""Generalization round 8 (issue 15), casualties: a table of people killed and injured by air
attacks as wires, Telegram channels, governors, mayors, emergency services and health ministries
tell them in Russian, Ukrainian and English.

Every sentence is written for this table; every expectation was written from ANNOTATION.md
before the extractor read the sentence. Rows, the harness and the report (Example Wire, Friday
2024-11-22 07:30 UTC) are those of tests/test_round7_guide.py. Decisions of the guide:
- a subcount ("в том числе двое детей", "серед них четверо дітей", "including two children",
  "three of them seriously") is not a claim of its own: the guide's breakdowns are by place
  (its example "32 of them over Bryansk" differs by location); a subcount of children shares the
  action and the place of its total, so it is the same statement told in part;
- "серед загиблих — дитина" counts nobody (a part of a total not given; no number implied);
- a toll that rises ("возросло до 5") gives the latest figure, and the victims added to it
  ("two more died, raising the toll to seven") are no claim of their own; a figure "reported
  earlier" in a sentence of its own stays a claim (contradicting figures are each annotated;
  dev gold does so), though the brief asked for the latest alone;
- "no casualties" / "пострадавших нет" / "люди не постраждали" / "без жертв и пострадавших" give
  killed 0 and injured 0; "no injuries" / "раненых нет" / "травмованих немає" injured 0 alone,
  and likewise "загиблих немає" killed 0 alone; an official's denial is the official's, placed
  at the official's town or region where the sentence names no other;
- victims of artillery, mortars, fighting, shootings and road accidents are not claims (the
  guide's claims are about the air war: weapons launched, intercepted, hitting);
- several regions under one number give the country; one claim per town where each town has
  its own figure; a total and its per-place figures are separate claims;
- a headline and the body telling the same toll are one claim;
- one weapon named by a singular noun beside the victims is a number implied by grammar (the
  guide's "a drone was shot down" = 1): the weapon as the agent of a strike on a place ("удар
  дрона по Сумах", "killed by a glide bomb") is `hit` 1 (dev gold writes "в результате удара
  беспилотника погиб ребенок" so), the weapon as the means ("удар КАБом", "вдарили ракетою":
  "attacked with") `launched` 1; a downed one ("уламки збитого дрона") `intercepted` 1. These
  rows were added after the first run showed them: the sentences' own counts were written
  first and left as they were."""

from __future__ import annotations

from typing import Any

import pytest

from claimants import RU_MIL, RU_OFF, UA_OFF, case_adder, table_params
from claimledger.resources import Resources
from test_round7_guide import ANY, EVE, NIGHT, OUTLET, Row, c, misses

CASES: list[tuple[str, str, str, list[Row]]] = []

case = case_adder(CASES)


def k(quantity: int, location: Any, claimant: Any = ANY, attacker: Any = ANY,
      day: Any = ANY, q: Any = ANY) -> Row:
    """People killed (no weapon, as the guide's casualties)."""
    return c("killed", None, quantity, location, claimant, attacker, day, q)


def w(quantity: int, location: Any, claimant: Any = ANY, attacker: Any = ANY,
      day: Any = ANY, q: Any = ANY) -> Row:
    """People injured."""
    return c("injured", None, quantity, location, claimant, attacker, day, q)


def none(location: Any, claimant: Any = ANY) -> list[Row]:
    """ "No casualties": killed 0 and injured 0."""
    return [k(0, location, claimant), w(0, location, claimant)]


# === Counts in words and digits
case("ru", "count_ru_dvoe_governor",
     "В результате атаки беспилотника на Белгород погибли двое мирных жителей, сообщил "
     "губернатор Вячеслав Гладков.",
     [c("hit", "uav", 1, "city:Belgorod", RU_OFF, "ua"),
      k(2, "city:Belgorod", RU_OFF, "ua")])
case("ru", "count_ru_semero_ranenyh_mayor",
     "Семеро раненых доставлены в больницы после удара КАБами по Харькову, сообщил мэр Игорь "
     "Терехов.",
     [w(7, "city:Kharkiv", UA_OFF, "ru")])
case("ru", "count_ru_digits_region",
     "Из-за атаки дронов на Курскую область ранены 12 человек.",
     [w(12, "RU-KRS", OUTLET, "ua")])
case("ru", "count_ru_troe_eshche_devyat",
     "После ракетного удара по Запорожью погибли трое людей, ещё девять получили ранения.",
     [k(3, "city:Zaporizhzhia", OUTLET, "ru"), w(9, "city:Zaporizhzhia", OUTLET, "ru")])
case("ru", "count_ru_eshche_odin",
     "Ещё один человек погиб в результате удара дрона по Херсону, сообщил глава областной "
     "администрации Александр Прокудин.",
     [c("hit", "uav", 1, "city:Kherson", UA_OFF, "ru"),
      k(1, "city:Kherson", UA_OFF, "ru")])
case("ru", "count_ru_pyatero",
     "Пятеро человек пострадали при атаке украинских беспилотников на Брянскую область.",
     [w(5, "RU-BRY", OUTLET, "ua")])
case("ru", "count_ru_nouns_first",
     "Двое погибших и четверо раненых — итог ночной атаки шахедов на Одессу.",
     [k(2, "city:Odesa", OUTLET, "ru"), w(4, "city:Odesa", OUTLET, "ru")])
case("ru", "count_ru_odin_i_dvoe",
     "Один человек погиб и двое ранены в результате атаки украинского беспилотника на "
     "Белгородскую область.",
     [c("hit", "uav", 1, "RU-BEL", OUTLET, "ua"),
      k(1, "RU-BEL", OUTLET, "ua"), w(2, "RU-BEL", OUTLET, "ua")])
case("ru", "count_ru_ob_odnom_ranenom",
     "Губернатор Ростовской области Юрий Слюсарь сообщил об одном раненом после атаки дронов "
     "на Таганрог.",
     [w(1, "city:Taganrog", RU_OFF, "ua")])
case("ru", "count_ru_tally_dash",
     "Погибших трое, раненых 12 — такие данные о последствиях ракетного удара по Кривому Рогу "
     "привёл Александр Вилкул.",
     [k(3, "city:Kryvyi Rih", UA_OFF, "ru"), w(12, "city:Kryvyi Rih", UA_OFF, "ru")])
case("uk", "count_uk_dvoie_ova",
     "Унаслідок атаки дронів на Київщину загинули двоє людей, повідомив голова ОВА Руслан "
     "Кравченко.",
     [k(2, "UA-32", UA_OFF, "ru")])
case("uk", "count_uk_troie_lyudey",
     "Троє людей постраждали внаслідок ракетного удару по Дніпру.",
     [w(3, "city:Dnipro", OUTLET, "ru")])
case("uk", "count_uk_shche_odna",
     "Ще одна людина загинула внаслідок удару КАБом по Запоріжжю, повідомив Іван Федоров.",
     [c("launched", "guided_bomb", 1, "city:Zaporizhzhia", UA_OFF, "ru"),
      k(1, "city:Zaporizhzhia", UA_OFF, "ru")])
case("uk", "count_uk_travmovani_semero",
     "Через атаку шахедів на Одесу травмовані семеро людей, серед них дитина.",
     [w(7, "city:Odesa", OUTLET, "ru")])
case("uk", "count_uk_poraneno_osib",
     "Внаслідок ворожої атаки БпЛА на Харків поранено 11 осіб.",
     [w(11, "city:Kharkiv", OUTLET, "ru")])
case("uk", "count_uk_both_one_clause",
     "У Сумах через удар дрона загинули четверо та поранені 10 людей.",
     [c("hit", "uav", 1, "city:Sumy", OUTLET, "ru"),
      k(4, "city:Sumy", OUTLET, "ru"), w(10, "city:Sumy", OUTLET, "ru")])
case("uk", "count_uk_nouns_first_colon",
     "Двоє загиблих і п'ятеро поранених: росіяни вдарили ракетою по Кривому Рогу.",
     [c("launched", "missile", 1, "city:Kryvyi Rih", OUTLET, "ru"),
      k(2, "city:Kryvyi Rih", OUTLET, "ru"), w(5, "city:Kryvyi Rih", OUTLET, "ru")])
case("uk", "count_uk_minister_health",
     "МОЗ: унаслідок масованої ракетної атаки поранено 25 людей по всій Україні.",
     [w(25, "UA", UA_OFF, "ru")])
case("en", "count_en_mayor_both",
     "Two people were killed and five injured in a Russian drone attack on Kharkiv, Mayor Ihor "
     "Terekhov said.",
     [k(2, "city:Kharkiv", UA_OFF, "ru"), w(5, "city:Kharkiv", UA_OFF, "ru")])
case("en", "count_en_wounded_governor",
     "Seven people were wounded in a missile strike on Dnipro, regional governor Serhiy Lysak "
     "said.",
     [w(7, "city:Dnipro", UA_OFF, "ru")])
case("en", "count_en_civilians_glide",
     "Three civilians were killed by a Russian glide bomb in Zaporizhzhia on Thursday.",
     [c("hit", "guided_bomb", 1, "city:Zaporizhzhia", OUTLET, "ru"),
      k(3, "city:Zaporizhzhia", OUTLET, "ru", day=EVE)])
case("en", "count_en_hurt_active",
     "Ukrainian drones hurt six people in the Kursk region overnight, the regional governor "
     "said.",
     [w(6, "RU-KRS", RU_OFF, "ua")])
case("en", "count_en_at_least",
     "Russian missiles killed at least five people in Kryvyi Rih.",
     [k(5, "city:Kryvyi Rih", OUTLET, "ru", q="at_least")])
case("en", "count_en_woman_54_son",
     "A woman, 54, and her son were injured in a Ukrainian drone attack in the Belgorod region, "
     "Governor Vyacheslav Gladkov said.",
     [w(2, "RU-BEL", RU_OFF, "ua")])
case("en", "count_en_killed_one_injured_two",
     "Russian drones killed one civilian and injured two in the Kherson region, the regional "
     "military administration said.",
     [k(1, "UA-65", UA_OFF, "ru"), w(2, "UA-65", UA_OFF, "ru")])
case("en", "count_en_mod_wounded",
     "The Russian Defence Ministry said Ukrainian drones wounded four civilians in the Kursk "
     "region.",
     [w(4, "RU-KRS", RU_MIL, "ua")])

# === Victims named one by one
case("ru", "list_ru_muzhchina_i_zhenshchina",
     "В результате удара дрона по Шебекино погибли мужчина и женщина.",
     [c("hit", "uav", 1, "city:Shebekino", OUTLET, "ua"),
      k(2, "city:Shebekino", OUTLET, "ua")])
case("ru", "list_ru_woman_two_children",
     "При атаке БПЛА на Курск ранены пожилая женщина и двое детей.",
     [w(3, "city:Kursk", OUTLET, "ua")])
case("ru", "list_ru_family_ages",
     "При атаке дрона на Белгород пострадали 45-летний мужчина, его жена и 12-летняя дочь, "
     "сообщил Гладков.",
     [c("hit", "uav", 1, "city:Belgorod", RU_OFF, "ua"),
      w(3, "city:Belgorod", RU_OFF, "ua")])
case("ru", "list_ru_driver_passengers",
     "При атаке дрона на микроавтобус в Белгородской области погиб водитель, ещё двое "
     "пассажиров ранены.",
     [c("hit", "uav", 1, "RU-BEL", OUTLET, "ua"),
      k(1, "RU-BEL", OUTLET, "ua"), w(2, "RU-BEL", OUTLET, "ua")])
case("uk", "list_uk_cholovik_i_zhinka",
     "Унаслідок удару шахеда по Одесі загинули чоловік і жінка.",
     [c("hit", "uav", 1, "city:Odesa", OUTLET, "ru"),
      k(2, "city:Odesa", OUTLET, "ru")])
case("uk", "list_uk_ages_drop",
     "У Херсоні через скид вибухівки з дрона поранені 67-річний чоловік та 70-річна жінка.",
     [w(2, "city:Kherson", OUTLET, "ru")])
case("uk", "list_uk_family",
     "Через атаку дронів на Харків постраждали 35-річна жінка, її чоловік і восьмирічний син, "
     "повідомив Олег Синєгубов.",
     [w(3, "city:Kharkiv", UA_OFF, "ru")])
case("uk", "list_uk_woman_then_two",
     "Загинула жінка, ще двоє людей поранені внаслідок ракетного удару по Чернігову.",
     [k(1, "city:Chernihiv", OUTLET, "ru"), w(2, "city:Chernihiv", OUTLET, "ru")])
case("uk", "list_uk_woman_and_grandson",
     "Унаслідок атаки дронів на Житомирщину загинула 70-річна жінка та поранено її онука.",
     [k(1, "UA-18", OUTLET, "ru"), w(1, "UA-18", OUTLET, "ru")])
case("en", "list_en_man_and_woman",
     "A man and a woman were killed in a Russian drone attack on a house in the Sumy region.",
     [k(2, "UA-59", OUTLET, "ru")])
case("en", "list_en_father_son",
     "A Russian drone attack on the Dnipropetrovsk region killed a 60-year-old man and his "
     "12-year-old son, governor Serhiy Lysak said.",
     [k(2, "UA-12", UA_OFF, "ru")])
case("en", "list_en_man_two_women",
     "An elderly man and two women were hurt when drone debris fell on a house in Kyiv.",
     [w(3, "UA-30", OUTLET, "ru")])
case("en", "list_en_driver_passengers",
     "A Ukrainian drone attack on a bus in the Belgorod region killed the driver and wounded "
     "three passengers, Governor Vyacheslav Gladkov said on Telegram.",
     [k(1, "RU-BEL", RU_OFF, "ua"), w(3, "RU-BEL", RU_OFF, "ua")])

# === Subcounts: "в том числе", "серед них", "including" (not claims of their own)
case("ru", "sub_ru_v_tom_chisle",
     "В результате атаки дронов на Белгородскую область пострадали 8 человек, в том числе двое "
     "детей.",
     [w(8, "RU-BEL", OUTLET, "ua")])
case("ru", "sub_ru_sredi_nih_gsChs",
     "Погибли пять человек, среди них ребёнок, сообщили в ГСЧС Украины после ракетного удара "
     "по Одессе.",
     [k(5, "city:Odesa", UA_OFF, "ru")])
case("ru", "sub_ru_sredi_nih_troe_detey",
     "В Сумах в результате удара российского дрона ранены 14 человек, среди них трое детей.",
     [c("hit", "uav", 1, "city:Sumy", OUTLET, "ru"),
      w(14, "city:Sumy", OUTLET, "ru")])
case("uk", "sub_uk_sered_nykh",
     "Внаслідок ракетного удару по Запоріжжю поранені 16 людей, серед них четверо дітей, "
     "повідомив Іван Федоров.",
     [w(16, "city:Zaporizhzhia", UA_OFF, "ru")])
case("uk", "sub_uk_sered_zahyblykh_dytyna",
     "Серед загиблих унаслідок атаки дронів на Київ — дитина.",
     [])
case("uk", "sub_uk_zokrema",
     "Поранено 9 людей, зокрема двох дітей, внаслідок атаки шахедів на Житомир.",
     [w(9, "city:Zhytomyr", OUTLET, "ru")])
case("en", "sub_en_including",
     "Eleven people were injured, including two children, in a Russian missile strike on "
     "Chernihiv.",
     [w(11, "city:Chernihiv", OUTLET, "ru")])
case("en", "sub_en_among_dead",
     "Among the dead in the drone strike on Odesa was a 10-year-old girl.",
     [])
case("en", "sub_en_among_them",
     "The Russian glide bomb attack on Kharkiv injured 20 people, among them four children, "
     "Governor Oleh Syniehubov said.",
     [w(20, "city:Kharkiv", UA_OFF, "ru")])
case("en", "sub_en_of_them_seriously",
     "Five people were wounded, three of them seriously, in the Russian drone attack on "
     "Kharkiv.",
     [w(5, "city:Kharkiv", OUTLET, "ru")])

# === Tolls that rise: the latest figure
case("ru", "toll_ru_vozroslo_do",
     "Число погибших в результате ракетного удара по Днепру возросло до пяти, сообщил глава "
     "области Сергей Лысак.",
     [k(5, "city:Dnipro", UA_OFF, "ru")])
case("ru", "toll_ru_uvelichilos",
     "Число пострадавших при атаке БПЛА на Курск увеличилось до 13 человек.",
     [w(13, "city:Kursk", OUTLET, "ua")])
case("ru", "toll_ru_ranee_soobshchalos",
     "Число погибших при ракетном ударе по Одессе возросло до восьми. Ранее сообщалось о шести "
     "погибших.",
     # written first as the latest figure alone (the brief); the guide annotates contradicting
     # figures each as a claim, and dev gold keeps a recalled earlier toll ("Ранее сообщалось о
     # восьми пострадавших") beside the risen one
     [k(8, "city:Odesa", OUTLET, "ru"), k(6, "city:Odesa", ANY, "ru")])
case("uk", "toll_uk_zrosla_do",
     "Кількість загиблих унаслідок удару дронів по Сумах зросла до шести.",
     [k(6, "city:Sumy", OUTLET, "ru")])
case("uk", "toll_uk_ternopil",
     "Кількість загиблих унаслідок ракетного удару по Тернополю зросла до 19, серед них дві "
     "дитини.",
     [k(19, "city:Ternopil", OUTLET, "ru")])
case("uk", "toll_uk_kiper",
     "Кількість постраждалих унаслідок ракетного удару по Одесі зросла до 20, повідомив Олег "
     "Кіпер.",
     [w(20, "city:Odesa", UA_OFF, "ru")])
case("en", "toll_en_risen_to",
     "The death toll from the Russian missile strike on Poltava has risen to 51.",
     [k(51, "city:Poltava", OUTLET, "ru")])
case("en", "toll_en_rose_to_mayor",
     "The number of injured in the drone attack on Kyiv rose to 14, Mayor Vitali Klitschko said.",
     [w(14, "UA-30", UA_OFF, "ru")])
case("en", "toll_en_raising_to",
     "Two more people died in hospital, raising the toll of the glide bomb strike on "
     "Zaporizhzhia to seven.",
     [k(7, "city:Zaporizhzhia", OUTLET, "ru")])
case("en", "toll_en_bringing_to",
     "One more person died in hospital after the drone strike on Odesa, bringing the death toll "
     "to four.",
     [k(4, "city:Odesa", OUTLET, "ru")])
case("uk", "toll_uk_raneshe_povidomlialosia",
     "Кількість загиблих унаслідок удару КАБами по Запоріжжю зросла до семи. Раніше "
     "повідомлялося про п'ятьох загиблих.",
     [k(7, "city:Zaporizhzhia", OUTLET, "ru"), k(5, "city:Zaporizhzhia", ANY, "ru")])
case("en", "toll_en_earlier_reported",
     "The death toll from the Russian missile strike on Odesa has risen to nine. Earlier, "
     "officials reported six dead.",
     [k(9, "city:Odesa", OUTLET, "ru"), k(6, "city:Odesa", ANY, "ru")])


# === Hospitalised, sought medical help, hurt
case("ru", "med_ru_obratilis",
     "За медицинской помощью обратились четыре человека после атаки беспилотников на Таганрог.",
     [w(4, "city:Taganrog", OUTLET, "ua")])
case("ru", "med_ru_gospitalizirovany",
     "Двое пострадавших госпитализированы после удара дрона по Брянску.",
     [c("hit", "uav", 1, "city:Bryansk", OUTLET, "ua"),
      w(2, "city:Bryansk", OUTLET, "ua")])
case("ru", "med_ru_gospitalizirovany_three",
     "Три человека госпитализированы в результате атаки ВСУ с применением беспилотников на "
     "Горловку.",
     [w(3, "city:Horlivka", OUTLET, "ua")])
case("uk", "med_uk_zvernulysia",
     "Ще троє людей звернулися по медичну допомогу після ракетного удару по Львову.",
     [w(3, "city:Lviv", OUTLET, "ru")])
case("uk", "med_uk_hospitalizovano",
     "Госпіталізовано п'ятьох людей після атаки шахедів на Вінницю.",
     [w(5, "city:Vinnytsia", OUTLET, "ru")])
case("uk", "med_uk_travmovani_riatuvalnyky",
     "Травмовані двоє рятувальників, які гасили пожежу після удару дрона по Кременчуку.",
     [c("hit", "uav", 1, "city:Kremenchuk", OUTLET, "ru"),
      w(2, "city:Kremenchuk", OUTLET, "ru")])
case("en", "med_en_hospitalised",
     "Four people were hospitalised after a Russian drone attack on Odesa.",
     [w(4, "city:Odesa", OUTLET, "ru")])
case("en", "med_en_sought_help",
     "Three people sought medical help after the missile strike on Lviv, the city council said.",
     [w(3, "city:Lviv", UA_OFF, "ru")])
case("en", "med_en_taken_to_hospital",
     "Two people were taken to hospital with shrapnel wounds after a drone attack on Belgorod.",
     [w(2, "city:Belgorod", OUTLET, "ua")])

case("ru", "med_ru_part_hospitalised",
     "После ракетного удара по Днепру пострадали семь человек. Шестерых из них госпитализировали.",
     [w(7, "city:Dnipro", OUTLET, "ru")])
case("uk", "med_uk_part_hospitalised",
     "Унаслідок удару балістичних ракет по Полтаві поранено дев'ятьох людей. Чотирьох "
     "госпіталізували.",
     [w(9, "city:Poltava", OUTLET, "ru")])
case("en", "med_en_part_hospitalised",
     "Eight people were injured in the Russian missile strike on Dnipro. Five of them were "
     "hospitalised.",
     [w(8, "city:Dnipro", OUTLET, "ru")])

case("en", "med_en_mayor_own_count",
     "Twelve people were hurt when a Russian missile struck an apartment block in Kyiv, the "
     "emergency service said. Mayor Vitali Klitschko said four people remained in hospital.",
     # the mayor's count is his own statement (another claimant), not a part told by the same
     [w(12, "UA-30", UA_OFF, "ru"), c("hit", "missile", 1, "UA-30", UA_OFF, "ru"),
      w(4, "UA-30", UA_OFF, "ru")])

# === Denials
case("ru", "deny_ru_governor_same_sentence",
     "Над Белгородской областью сбиты четыре беспилотника, пострадавших нет, сообщил "
     "губернатор Вячеслав Гладков.",
     [c("intercepted", "uav", 4, "RU-BEL", RU_OFF, "ua"), *none("RU-BEL", RU_OFF)])
case("ru", "deny_ru_ranenyh_net_mayor",
     "Раненых нет, сообщил мэр Курска Игорь Куцак после падения обломков дрона на жилой дом.",
     [w(0, "city:Kursk", RU_OFF)])
case("ru", "deny_ru_nikto_ne_postradal",
     "Губернатор Брянской области Александр Богомаз сообщил, что в результате атаки украинских "
     "дронов никто не пострадал.",
     none("RU-BRY", RU_OFF))
case("ru", "deny_ru_bez_zhertv",
     "Атака беспилотников на Липецкую область обошлась без жертв и пострадавших.",
     none("RU-LIP", OUTLET))
case("ru", "deny_ru_no_news",
     "Ночью дроны атаковали Воронеж. Информации о пострадавших пока нет.",
     [])
case("ru", "deny_ru_governor_after",
     "Никто не пострадал, сообщил губернатор Курской области Алексей Смирнов после атаки "
     "дронов.",
     none("RU-KRS", RU_OFF))
case("uk", "deny_uk_liudy_ne_postrazhdaly",
     "Внаслідок атаки дронів на Полтавщину люди не постраждали, повідомив голова ОВА Філіп "
     "Пронін.",
     none("UA-53", UA_OFF))
case("uk", "deny_uk_travmovanykh_nemaie",
     "Травмованих немає, повідомили в ДСНС після падіння уламків ракети у Києві.",
     [w(0, "UA-30", UA_OFF)])
case("uk", "deny_uk_oboishlosia",
     "Обійшлося без постраждалих: над Черкащиною збили шість шахедів.",
     [c("intercepted", "uav", 6, "UA-71", OUTLET, "ru"), *none("UA-71", OUTLET)])
case("uk", "deny_uk_zahyblykh_nemaie",
     "За попередньою інформацією, загиблих немає, поранено двох людей, повідомив Олександр "
     "Вілкул про удар шахедів по Кривому Рогу.",
     [k(0, "city:Kryvyi Rih", UA_OFF), w(2, "city:Kryvyi Rih", UA_OFF, "ru")])
case("uk", "deny_uk_air_defence_and_none",
     "Сили ППО збили 12 дронів над Вінниччиною, постраждалих немає.",
     [c("intercepted", "uav", 12, "UA-05", OUTLET, "ru"), *none("UA-05", OUTLET)])
case("uk", "deny_uk_bez_postrazhdalykh_rivne",
     "Без постраждалих обійшлася атака шахедів на Рівне.",
     none("city:Rivne", OUTLET))
case("uk", "deny_uk_poranenykh_nemaie_mayor",
     "Поранених немає, повідомив міський голова Миколаєва Олександр Сєнкевич після атаки "
     "дронів.",
     [w(0, "city:Mykolaiv", UA_OFF)])
case("en", "deny_en_no_casualties_governor",
     "There were no casualties after Ukrainian drones attacked the Kursk region overnight, "
     "Governor Alexei Smirnov said.",
     none("RU-KRS", RU_OFF))
case("en", "deny_en_no_one_hurt_mayor",
     "No one was hurt in the drone attack on Dnipro, Mayor Borys Filatov said.",
     none("city:Dnipro", UA_OFF))
case("en", "deny_en_no_injuries",
     "There were no injuries, regional governor Vitaliy Kim said of the drone attack on "
     "Mykolaiv.",
     [w(0, "city:Mykolaiv", UA_OFF)])
case("en", "deny_en_relayed_tass",
     "TASS, citing Governor Alexander Bogomaz, said there were no casualties after drones were "
     "shot down over the Bryansk region.",
     none("RU-BRY", RU_OFF))
case("en", "deny_en_no_information",
     "Russian drones attacked Odesa overnight. There is no information about casualties yet.",
     [])
case("en", "deny_en_nobody_killed_or_injured",
     "Nobody was killed or injured in the Russian drone attack on Sumy, Governor Volodymyr "
     "Artiukh said.",
     none("city:Sumy", UA_OFF))
case("en", "deny_en_governor_region",
     "Belgorod Governor Vyacheslav Gladkov said no one was hurt after Ukrainian drones attacked "
     "the region.",
     none("RU-BEL", RU_OFF))

# === Not the air war: artillery, mortars, fighting, shootings, accidents
case("ru", "ground_ru_artillery",
     "В результате артиллерийского обстрела Шебекино ранены два человека.",
     [])
case("ru", "ground_ru_fighting",
     "Двое военнослужащих погибли в ходе боёв под Покровском.",
     [])
case("ru", "ground_ru_road_accident",
     "В ДТП на трассе под Тулой погибли три человека.",
     [])
case("ru", "ground_ru_shooting",
     "В результате стрельбы в торговом центре ранены пять человек.",
     [])
case("ru", "ground_ru_fpv_troops",
     "При ударе FPV-дрона по позициям ВСУ уничтожены пять военнослужащих.",
     [])
case("uk", "ground_uk_artillery",
     "Унаслідок артилерійського обстрілу Херсона поранено трьох людей.",
     [])
case("uk", "ground_uk_road_accident",
     "Троє людей загинули в ДТП на Житомирщині.",
     [])
case("uk", "ground_uk_mortar",
     "Внаслідок мінометного обстрілу Нікополя травмований чоловік.",
     [])
case("uk", "ground_uk_kab_contrast",
     "Внаслідок ударів КАБами по Нікополю травмований чоловік.",
     [w(1, "city:Nikopol", OUTLET, "ru")])
case("en", "ground_en_artillery",
     "Two people were wounded by Russian artillery shelling of Kherson on Thursday.",
     [])
case("en", "ground_en_car_crash",
     "Three people died in a car crash on the highway near Lviv.",
     [])
case("en", "ground_en_shooting",
     "A shooting at a cafe in Belgorod injured four people.",
     [])
case("en", "ground_en_fighting",
     "Five soldiers were killed in fighting near Pokrovsk, the army said.",
     [])
case("en", "ground_en_shelling_and_drone",
     "Russian shelling killed two people in the Kherson region, while a drone attack injured "
     "one person in Kherson.",
     [w(1, "city:Kherson", OUTLET, "ru")])

# === One claim per town
case("ru", "town_ru_two_towns",
     "В результате атаки беспилотников в Белгороде ранены три человека, в Шебекино погиб "
     "один мужчина.",
     [w(3, "city:Belgorod", OUTLET, "ua"), k(1, "city:Shebekino", OUTLET, "ua")])
case("ru", "town_ru_dash_second",
     "Губернатор Гладков: при атаке дронов в Белгороде пострадали двое, в Шебекино — ещё один "
     "человек.",
     [w(2, "city:Belgorod", RU_OFF, "ua"), w(1, "city:Shebekino", RU_OFF, "ua")])
case("uk", "town_uk_two_towns",
     "Унаслідок атаки дронів у Харкові поранені п'ятеро людей, у Чугуєві загинула жінка.",
     [w(5, "city:Kharkiv", OUTLET, "ru"), k(1, "city:Chuhuiv", OUTLET, "ru")])
case("uk", "town_uk_summary",
     "Наслідки нічної атаки шахедів: в Одесі двоє загиблих, у Миколаєві троє поранених.",
     [k(2, "city:Odesa", OUTLET, "ru"), w(3, "city:Mykolaiv", OUTLET, "ru")])
case("en", "town_en_semicolon",
     "In Kharkiv, three people were injured in the Russian drone attacks; in Kupiansk, a man was "
     "killed, Governor Oleh Syniehubov said.",
     [w(3, "city:Kharkiv", UA_OFF, "ru"), k(1, "city:Kupiansk", UA_OFF, "ru")])
case("en", "town_en_killed_and_wounded",
     "The Russian missile strikes killed two people in Odesa and wounded four in Mykolaiv.",
     [k(2, "city:Odesa", OUTLET, "ru"), w(4, "city:Mykolaiv", OUTLET, "ru")])

# === Totals across regions
case("ru", "total_ru_three_regions",
     "В результате массированного ракетного удара погибли 7 человек в Киевской, Одесской и "
     "Днепропетровской областях.",
     [k(7, "UA", OUTLET, "ru")])
case("ru", "total_ru_with_breakdown",
     "Всего в результате ракетной атаки погибли девять человек: шесть в Одессе и трое в "
     "Николаеве.",
     [k(9, "UA", OUTLET, "ru"), k(6, "city:Odesa", OUTLET, "ru"),
      k(3, "city:Mykolaiv", OUTLET, "ru")])
case("uk", "total_uk_four_regions_mvs",
     "Загалом унаслідок масованої атаки ракетами та дронами загинули 12 людей у чотирьох "
     "областях, повідомили в МВС.",
     [k(12, "UA", UA_OFF, "ru")])
case("uk", "total_uk_with_breakdown",
     "Унаслідок ракетного удару поранені 30 людей: 18 у Києві, 12 на Київщині.",
     [w(30, "UA", OUTLET, "ru"), w(18, "UA-30", OUTLET, "ru"), w(12, "UA-32", OUTLET, "ru")])
case("en", "total_en_across_ukraine",
     "Across Ukraine, Russian missile and drone strikes killed 10 people and injured 44 "
     "overnight, officials said.",
     [k(10, "UA", ANY, "ru"), w(44, "UA", ANY, "ru")])
case("en", "total_en_three_regions",
     "The overnight drone attack injured 15 people in the Kursk, Belgorod and Bryansk regions.",
     [w(15, "RU", OUTLET, "ua")])

# === Dates: a night's morning, the evening before
case("ru", "date_ru_v_noch_na_pyatnitsu",
     "В ночь на пятницу в результате атаки дронов на Курск ранены три человека.",
     [w(3, "city:Kursk", OUTLET, "ua", day=NIGHT)])
case("ru", "date_ru_vchera_vecherom",
     "Вчера вечером при ударе дрона по Белгороду погиб мужчина.",
     [c("hit", "uav", 1, "city:Belgorod", OUTLET, "ua", day=EVE),
      k(1, "city:Belgorod", OUTLET, "ua", day=EVE)])
case("uk", "date_uk_mynuloi_nochi",
     "Минулої ночі внаслідок атаки шахедів на Одесу поранено двох людей.",
     [w(2, "city:Odesa", OUTLET, "ru", day=NIGHT)])
case("uk", "date_uk_vchora_vvecheri",
     "Учора ввечері внаслідок удару КАБом по Харкову загинули двоє людей.",
     [c("launched", "guided_bomb", 1, "city:Kharkiv", OUTLET, "ru", day=EVE),
      k(2, "city:Kharkiv", OUTLET, "ru", day=EVE)])
case("en", "date_en_overnight",
     "Overnight, a Russian drone attack on Kyiv injured five people.",
     [w(5, "UA-30", OUTLET, "ru", day=NIGHT)])
case("en", "date_en_thursday_evening",
     "On Thursday evening, a Ukrainian drone attack on Belgorod killed a woman.",
     [k(1, "city:Belgorod", OUTLET, "ua", day=EVE)])
case("en", "date_en_overnight_kiper",
     "Five people, including a child, were injured in the overnight drone attack on Odesa, "
     "regional governor Oleh Kiper said.",
     [w(5, "city:Odesa", UA_OFF, "ru", day=NIGHT)])

# === A headline and a body with the same toll: one claim
case("ru", "head_ru_same_toll",
     "Двое погибли при атаке дронов на Белгород\nВ результате атаки украинских дронов на "
     "Белгород погибли два человека, сообщил губернатор Вячеслав Гладков.",
     [k(2, "city:Belgorod", RU_OFF, "ua")])
case("uk", "head_uk_same_toll",
     "У Сумах через удар дрона поранені 5 людей\nУнаслідок удару російського дрона по Сумах "
     "поранено п'ятьох людей, повідомили в ОВА.",
     [c("hit", "uav", 1, "city:Sumy", UA_OFF, "ru"),
      w(5, "city:Sumy", UA_OFF, "ru")])
case("en", "head_en_same_toll",
     "Russian missile strike on Dnipro kills 3\nThree people were killed in a Russian missile "
     "strike on Dnipro, regional governor Serhiy Lysak said.",
     [k(3, "city:Dnipro", UA_OFF, "ru")])

# === Voices: ministries, emergency services, mayors, Telegram channels
case("ru", "voice_ru_minzdrav",
     "Минздрав Украины: в результате удара КАБами по Харькову ранены 17 человек.",
     [w(17, "city:Kharkiv", UA_OFF, "ru")])
case("ru", "voice_ru_telegram_mayor_dash",
     "⚡️Ранены пять человек при атаке ВСУ на Донецк с применением беспилотников — мэр Алексей "
     "Кулемзин.",
     [w(5, "city:Donetsk", RU_OFF, "ua")])
case("ru", "voice_ru_mchs",
     "МЧС: при атаке дронов на Воронеж пострадал один человек.",
     [w(1, "city:Voronezh", RU_OFF, "ua")])
case("ru", "voice_ru_intercepted_and_killed",
     "Над Курской областью уничтожены три беспилотника, погиб мирный житель.",
     [c("intercepted", "uav", 3, "RU-KRS", OUTLET, "ua"), k(1, "RU-KRS", OUTLET, "ua")])
case("ru", "voice_ru_colon_headline_style",
     "Атака дронов на Брянскую область: ранены трое мирных жителей.",
     [w(3, "RU-BRY", OUTLET, "ua")])
case("ru", "voice_ru_debris_tula",
     "Обломки беспилотника упали на дом в Туле, пострадали два человека.",
     [w(2, "city:Tula", OUTLET, "ua")])
case("ru", "voice_ru_no_count",
     "ВСУ атаковали дронами Белгородскую область, есть раненые.",
     [])
case("ru", "voice_ru_mayor_horlivka",
     "По словам мэра Горловки Ивана Приходько, в результате удара дрона ВСУ по автобусу ранены "
     "семь человек.",
     [c("hit", "uav", 1, "city:Horlivka", RU_OFF, "ua"),
      w(7, "city:Horlivka", RU_OFF, "ua")])
case("ru", "voice_ru_tally_sumy",
     "Трое погибших, 15 раненых: обновлённые данные о последствиях ракетного удара по Сумам.",
     [k(3, "city:Sumy", OUTLET, "ru"), w(15, "city:Sumy", OUTLET, "ru")])
case("ru", "voice_ru_dash_drone_car",
     "Погибли два человека — удар беспилотника пришёлся по легковому автомобилю в Горловке.",
     [c("hit", "uav", 1, "city:Horlivka", OUTLET, "ua"),
      k(2, "city:Horlivka", OUTLET, "ua")])
case("ru", "voice_ru_minzdrav_after",
     "Ранены 23 человека, сообщили в Минздраве Украины по итогам ракетного удара по Киеву.",
     [w(23, "UA-30", UA_OFF, "ru")])
case("ru", "voice_ru_telegram_single",
     "❗️Белгород: в результате атаки БПЛА пострадал мужчина — Гладков.",
     [w(1, "city:Belgorod", RU_OFF, "ua")])
case("uk", "voice_uk_dsns",
     "ДСНС: унаслідок удару шахеда по житловому будинку в Одесі загинули троє людей.",
     [c("hit", "uav", 1, "city:Odesa", UA_OFF, "ru"),
      k(3, "city:Odesa", UA_OFF, "ru")])
case("uk", "voice_uk_synehubov_single",
     "Олег Синєгубов: у Харкові внаслідок удару КАБу поранений 40-річний чоловік.",
     [c("hit", "guided_bomb", 1, "city:Kharkiv", UA_OFF, "ru"),
      w(1, "city:Kharkiv", UA_OFF, "ru")])
case("uk", "voice_uk_terekhov_tally",
     "Ігор Терехов: троє постраждалих, серед них дитина — наслідки атаки шахедів на Харків.",
     [w(3, "city:Kharkiv", UA_OFF, "ru")])
case("uk", "voice_uk_filashkin",
     "Вадим Філашкін: через удар ракети по Краматорську загинули двоє людей.",
     [c("hit", "missile", 1, "city:Kramatorsk", UA_OFF, "ru"),
      k(2, "city:Kramatorsk", UA_OFF, "ru")])
case("uk", "voice_uk_object_woman",
     "Зранку ворог атакував Нікополь дронами, поранено 62-річну жінку.",
     [w(1, "city:Nikopol", OUTLET, "ru")])
case("uk", "voice_uk_no_count",
     "Через атаку безпілотників на Кременчук є поранені.",
     [])
case("uk", "voice_uk_shahed_hit_kyiv",
     "Шахед влучив у багатоповерхівку в Києві: одна людина загинула, ще чотири травмовані.",
     [c("hit", "uav", 1, "UA-30", OUTLET, "ru"), k(1, "UA-30", OUTLET, "ru"),
      w(4, "UA-30", OUTLET, "ru")])
case("uk", "voice_uk_police_debris",
     "Внаслідок падіння уламків збитого дрона у Броварах загинув чоловік, повідомила поліція "
     "Київщини.",
     [c("intercepted", "uav", 1, "UA-32", UA_OFF, "ru"),
      k(1, ANY, UA_OFF, "ru")])
case("uk", "voice_uk_ballistic_odesa",
     "Унаслідок удару балістичною ракетою по Одесі загинули вісім людей, ще 20 поранені.",
     [c("launched", "ballistic_missile", 1, "city:Odesa", OUTLET, "ru"),
      k(8, "city:Odesa", OUTLET, "ru"), w(20, "city:Odesa", OUTLET, "ru")])
case("en", "voice_en_bodies_dsns",
     "Ukraine's State Emergency Service said rescuers had pulled the bodies of four people from "
     "the rubble after the missile strike on Dnipro.",
     [k(4, "city:Dnipro", UA_OFF, "ru")])
case("en", "voice_en_health_ministry",
     "Ukraine's health ministry said 18 people were injured in the Russian missile strike on "
     "Kyiv.",
     [w(18, "UA-30", UA_OFF, "ru")])
case("en", "voice_en_teenager_debris",
     "A teenager was injured by falling debris after air defences shot down drones over Kyiv, "
     "the city's military administration said.",
     [w(1, "UA-30", UA_OFF, "ru")])
case("en", "voice_en_glide_bombs_fedorov",
     "Three people were killed and 11 injured when Russian glide bombs struck Zaporizhzhia, "
     "governor Ivan Fedorov said.",
     [k(3, "city:Zaporizhzhia", UA_OFF, "ru"), w(11, "city:Zaporizhzhia", UA_OFF, "ru")])
case("en", "voice_en_emergencies_ministry",
     "Russia's Ministry of Emergency Situations said two people were injured in a Ukrainian "
     "drone attack on Voronezh.",
     [w(2, "city:Voronezh", RU_OFF, "ua")])
case("en", "voice_en_fourteen_including",
     "Fourteen people, including three children, were wounded in a Russian drone attack on "
     "Sumy.",
     [w(14, "city:Sumy", OUTLET, "ru")])
case("en", "voice_en_telegram_single",
     "Belgorod: a man was injured in a drone attack, Gladkov says.",
     [w(1, "city:Belgorod", RU_OFF, "ua")])
case("en", "voice_en_no_count",
     "Ukrainian drones attacked the Belgorod region, leaving several people wounded.",
     [])
case("en", "voice_en_died_of_wounds",
     "A woman wounded in the Russian drone attack on Kherson has died of her wounds, the "
     "regional administration said.",
     [k(1, "city:Kherson", UA_OFF, "ru")])

case("ru", "voice_ru_wounded_then_died",
     "Мужчина, раненный при атаке украинского дрона на Белгород, скончался в больнице, сообщил "
     "Вячеслав Гладков.",
     [c("hit", "uav", 1, "city:Belgorod", RU_OFF, "ua"), k(1, "city:Belgorod", RU_OFF, "ua")])
case("uk", "voice_uk_wounded_then_died",
     "Жінка, поранена внаслідок удару шахеда по Одесі, померла в лікарні.",
     [c("hit", "uav", 1, "city:Odesa", OUTLET, "ru"), k(1, "city:Odesa", OUTLET, "ru")])


# Strict expected failures, each a gap left open, with its reason.
_SINGLE = ("one weapon named in the instrumental or as an agent beside the victims ('удар КАБом',"
           " 'удар ракети', 'by a glide bomb') counts no single launch or hit")
XFAIL: dict[str, str] = {
    "count_uk_shche_odna": _SINGLE,
    "date_uk_vchora_vvecheri": _SINGLE,
    "voice_uk_filashkin": _SINGLE,
    "count_en_civilians_glide": _SINGLE,
    "count_ru_ob_odnom_ranenom": "the governor's region in his title is taken over the town the"
                                 " sentence names",
    "count_ru_tally_dash": "'привёл данные' is no verb of speech: the claimant stays the outlet",
    "deny_en_no_injuries": "a governor's denial 'of the drone attack on Mykolaiv' goes to his"
                           " region, not the city the sentence names",
    "ground_en_shelling_and_drone": "shelling and an air attack in one English sentence: the"
                                    " shelling's victims are read and the city goes to the region",
    "total_uk_four_regions_mvs": "'у чотирьох областях' (regions counted, not named) gives no"
                                 " place, so no country and no side",
    # "госпіталізувати" as an injured word (ru.toml has "госпитализировать") made this pass; it
    # failed the uk blind floor of tests/test_eval_gate.py (pass/fail only) and was withdrawn
    "med_uk_hospitalizovano": "a Ukrainian hospital verb ('госпіталізовано') counts no hurt",
    "voice_uk_wounded_then_died": "'померла' is read as a noun first, so the aside between"
                                  " commas does not join the subject to its verb",
}


def params() -> list[Any]:
    return table_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "text", "expected"), params())
def test_round8_casualty(lang: str, text: str, expected: list[Row], resources: Resources) -> None:
    assert misses(resources, lang, text, expected) == ([], [])

"""Round 12, who claims it in Russian relays: when an official named somewhere in a post lends
its voice to the post's unsigned claims, and when those claims stay the outlet's own.

ANNOTATION.md: "A relayed claim belongs to its origin", and "When the report states it in its own
voice with no attribution, the claimant is the outlet". A post that relays an official in person
speaks with the official's voice where it names no one else (resolve/voices.py `_lead_official`);
a careful reader does not lend that voice:
- where the outlet names its own reporting ("По нашей информации", "как рассказали Mash жители",
  "according to our information"): the post is the outlet's report, which quotes the official on
  one point, not a relay of the official's statement;
- from an official named only in a bulleted line: an item of a digest whose other items are the
  outlet's timeline ("— В 8:37 ... Через шесть минут Собянин сообщил ..."), or a signature line
  ("— Собянин.") that signs the words above it, not the outlet's update below it.
In a report the outlet tells as its own, "По предварительным данным" of no one named is its own
data; "Тем временем", "Meanwhile" turn to another strand in the outlet's voice. Relays the table
also reads: a source after a modifier and its object ("по сведениям близкого к силовым структурам
канала Mash"), bodies that count victims (a health ministry, a city administration or council, a
directorate "ГУ МЧС"), media named as a group in any case or of third countries ("російських
пабліків", "Западные СМИ"), and a confirmation that signs the sentence before ("Это подтвердили в
Минобороны"). Guard cases keep the lead where the post relays the official (the official's
sentence above the bulleted details, or the official signing the report's last line).

Every sentence is written for this table; every expectation was written from ANNOTATION.md before
the extractor read the sentence. Rows as in tests/test_round7_guide.py (action, weapon, quantity,
location, claimant side and kind, attacker side), `ANY` leaving a field unchecked; the claimant is
checked on every row. Reports are published on Friday 2024-11-22 at 07:30 UTC by the source the
case names."""

from __future__ import annotations

from typing import Any

import pytest

from claimants import RU_MED, RU_MIL, RU_OFF, UA_MED, UA_MIL, UA_OFF, UA_OUT, table_params
from claimledger.resources import Resources
from test_round7_guide import ANY, Row, c
from test_round8_claimant import misses

WIRE = (None, "outlet")  # the own voice of Example Wire, an outlet of no known side
RU_OUT = ("ru", "outlet")
RU_ANON = ("ru", "anonymous")
OTHER_MED = ("other", "media")

Case = tuple[str, str, str, str, list[Row]]
CASES: list[Case] = []


def case(lang: str, name: str, text: str, expected: list[Row], source: str) -> None:
    assert all(name != old[1] for old in CASES), name
    assert all(row[4] is not ANY and row[5] is not ANY for row in expected), name
    CASES.append((lang, name, text, source, expected))


# === the outlet's own reporting: an official quoted on one point lends no voice ==============
case("ru", "ru_own_info_after_governor",
     "Около семи беспилотников ВСУ атаковали нефтебазу в Белгородской области. Никто не "
     "пострадал.\n\nПо словам губернатора Вячеслава Гладкова, нефтебаза работает в обычном "
     "режиме. По нашей информации, дроны прилетели со стороны Харьковской области.",
     [c("launched", "uav", 7, "RU-BEL", RU_OUT, "ua"),
      c("killed", None, 0, "RU-BEL", RU_OUT, ANY),
      c("injured", None, 0, "RU-BEL", RU_OUT, ANY)], source="Mash")
case("ru", "ru_own_witnesses_told",
     "Три беспилотника атаковали подстанцию в Курской области, начался пожар.\n\nКак "
     "рассказали SHOT местные жители, взрывы были слышны в нескольких сёлах. Губернатор "
     "Алексей Смирнов заявил, что подача электричества уже восстановлена.",
     [c("launched", "uav", 3, "RU-KRS", RU_OUT, "ua")], source="SHOT")
case("ru", "ru_own_data_named_governor",
     "Ночью над Брянской областью сбили пять беспилотников.\n\nГубернатор Александр Богомаз "
     "сообщил, что угрозы для жителей нет. По нашим данным, обломки упали на склад "
     "стройматериалов.",
     [c("intercepted", "uav", 5, "RU-BRY", RU_OUT, "ua")], source="Mash")
case("uk", "uk_own_info_after_head",
     "Вночі росіяни атакували Суми чотирма ударними дронами. Постраждалих немає.\n\nЗа "
     "словами начальника Сумської ОВА Володимира Артюха, енергетики вже працюють на місці. "
     "За нашою інформацією, дрони летіли з боку Курської області.",
     [c("launched", "uav", 4, "city:Sumy", UA_OUT, "ru"),
      c("killed", None, 0, ANY, UA_OUT, ANY),
      c("injured", None, 0, ANY, UA_OUT, ANY)], source="Суспільне")
case("en", "en_own_info_after_governor",
     "Five drones attacked a fuel depot in Russia's Bryansk region overnight.\n\nGovernor "
     "Alexander Bogomaz said the depot was operating normally. According to our information, "
     "the drones flew in from the Sumy region.",
     [c("launched", "uav", 5, "RU-BRY", WIRE, "ua")], source="Example Wire")

# === an official named only in a bulleted line ================================================
case("ru", "ru_digest_item_governor",
     "Атака беспилотников на Брянскую область. Главное к этому часу:\n\n— Около шести утра в "
     "Брянске прогремели взрывы.\n\n— В 6:40 стало известно, что над Брянском сбиты три БПЛА. "
     "Через десять минут губернатор Александр Богомаз сообщил об уничтожении ещё двух "
     "беспилотников.\n\n— Всего за утро над Брянской областью сбито 11 дронов.",
     [c("intercepted", "uav", 3, "city:Bryansk", RU_OUT, "ua"),
      c("intercepted", "uav", 2, ANY, RU_OFF, "ua"),
      c("intercepted", "uav", 11, "RU-BRY", RU_OUT, "ua")], source="SHOT")
case("ru", "ru_digest_item_mayor",
     "Ночная атака на Москву: что известно\n\n— Мэр Сергей Собянин сообщил о четырёх сбитых "
     "беспилотниках, летевших на Москву.\n\n— Жители Раменского слышали взрывы.\n\n— Всего "
     "над Подмосковьем сбито девять дронов.",
     [c("intercepted", "uav", 4, ANY, RU_OFF, "ua"),
      c("intercepted", "uav", 9, "RU-MOS", RU_OUT, "ua")], source="SHOT")
case("ru", "ru_signature_then_update",
     "Ещё три беспилотника сбиты на подлёте к Москве.\n\n— Собянин.\n\nВсего за ночь силы "
     "ПВО уничтожили 12 беспилотников.",
     [c("intercepted", "uav", 3, "RU-MOW", RU_OFF, "ua"),
      c("intercepted", "uav", 12, ANY, RU_OUT, "ua")], source="Mash")
case("ru", "ru_signature_governor_then_update",
     "Над Белгородом сбиты две ракеты.\n\n— Вячеслав Гладков.\n\nДнём над Белгородской "
     "областью сбиты ещё пять беспилотников.",
     [c("intercepted", "missile", 2, "city:Belgorod", RU_OFF, "ua"),
      c("intercepted", "uav", 5, "RU-BEL", RU_OUT, "ua")], source="Mash")
case("uk", "uk_digest_item_head",
     "Атака на Одесу: головне\n\n— Вночі місто атакували 12 ударних дронів.\n\n— Начальник "
     "Одеської ОВА Олег Кіпер повідомив про пошкодження складу.\n\n— Над Одесою збито дев'ять "
     "дронів.",
     [c("launched", "uav", 12, ANY, UA_OUT, "ru"),
      c("intercepted", "uav", 9, "city:Odesa", UA_OUT, "ru")], source="Суспільне")
case("uk", "uk_signature_then_update",
     "Над Дніпропетровщиною збили три дрони.\n\n— Сергій Лисак.\n\nВдень над Дніпропетровщиною "
     "збили ще два дрони.",
     [c("intercepted", "uav", 3, "UA-12", UA_OFF, "ru"),
      c("intercepted", "uav", 2, "UA-12", UA_OUT, "ru")], source="Суспільне")
case("en", "en_digest_item_governor",
     "Drone attack on Belgorod: what we know\n\n- Explosions were heard in the city at about "
     "5 a.m.\n\n- Governor Vyacheslav Gladkov said a drone hit a warehouse.\n\n- Air defences "
     "shot down seven drones over the Belgorod region.",
     [c("hit", "uav", 1, ANY, RU_OFF, "ua"),
      c("intercepted", "uav", 7, "RU-BEL", WIRE, "ua")], source="Example Wire")

# === preliminary data of no one named, in a report the outlet tells as its own ===============
case("ru", "ru_preliminary_in_own_report",
     "Минобороны сообщило, что над Брянской областью сбиты шесть беспилотников.\n\nКак "
     "рассказали Mash жители Клинцов, взрывы гремели около часа. По словам губернатора "
     "Александра Богомаза, нефтебаза в Клинцах работает в обычном режиме. По предварительным "
     "данным, пострадавших нет.",
     [c("intercepted", "uav", 6, "RU-BRY", RU_MIL, "ua"),
      c("killed", None, 0, ANY, RU_OUT, ANY),
      c("injured", None, 0, ANY, RU_OUT, ANY)], source="Mash")
case("ru", "ru_first_data_in_own_report",
     "Над Курской областью за ночь уничтожены девять БПЛА, сообщили в Минобороны. По нашим "
     "данным, один из дронов летел в сторону Курчатова.\n\nГубернатор Алексей Смирнов "
     "заявил, что школы в Курчатове откроются по расписанию. По первым данным, никто не "
     "пострадал.",
     [c("intercepted", "uav", 9, "RU-KRS", RU_MIL, "ua"),
      c("killed", None, 0, ANY, RU_OUT, ANY),
      c("injured", None, 0, ANY, RU_OUT, ANY)], source="Mash")
case("uk", "uk_preliminary_in_own_report",
     "Повітряні сили повідомили, що над Одещиною збито п'ять дронів. За нашою інформацією, "
     "вибухи було чути в Ізмаїлі.\n\nЗа словами начальника Одеської ОВА Олега Кіпера, порт "
     "працює у звичному режимі. За попередніми даними, постраждалих немає.",
     [c("intercepted", "uav", 5, "UA-51", UA_MIL, "ru"),
      c("killed", None, 0, ANY, UA_OUT, ANY),
      c("injured", None, 0, ANY, UA_OUT, ANY)], source="Суспільне")
case("en", "en_preliminary_in_own_report",
     "The defence ministry said six drones were shot down over the Bryansk region. According "
     "to our information, explosions were heard in Klintsy.\n\nAccording to Governor "
     "Alexander Bogomaz, the depot is operating normally. According to preliminary data, there "
     "were no casualties.",
     [c("intercepted", "uav", 6, "RU-BRY", RU_MIL, "ua"),
      c("killed", None, 0, ANY, WIRE, ANY),
      c("injured", None, 0, ANY, WIRE, ANY)], source="Example Wire")
case("ru", "ru_guard_preliminary_after_attack",
     "Губернатор Александр Богомаз сообщил об атаке беспилотников на Клинцы. По "
     "предварительным данным, пострадавших нет.",
     [c("killed", None, 0, "RU-BRY", RU_OFF, ANY),
      c("injured", None, 0, "RU-BRY", RU_OFF, ANY)], source="Mash")
case("ru", "ru_guard_preliminary_relayed",
     "Губернатор Владислав Шапша заявил, что в Людиново после падения обломков дрона загорелся "
     "склад.\n\nПо его словам, пожар уже потушен. По предварительным данным, пострадавших "
     "нет.",
     [c("killed", None, 0, "RU-KLU", RU_OFF, ANY),
      c("injured", None, 0, "RU-KLU", RU_OFF, ANY)], source="BBC News | Русская служба")

# === "Тем временем", "Meanwhile": the outlet turns to another strand in its own voice ========
case("ru", "ru_meanwhile_after_quote",
     "«Над городом сбиты три беспилотника, пострадавших нет», — написал Гладков.\n\nТем "
     "временем в Белгороде после атаки повреждены два дома, ранены три человека.",
     [c("intercepted", "uav", 3, ANY, RU_OFF, "ua"),
      c("killed", None, 0, ANY, RU_OFF, ANY),
      c("injured", None, 0, ANY, RU_OFF, ANY),
      c("injured", None, 3, "city:Belgorod", RU_OUT, "ua")], source="SHOT")
case("ru", "ru_between_after_mayor",
     "Собянин сообщил о трёх сбитых беспилотниках, летевших на Москву.\n\nМежду тем в "
     "Раменском на частный дом упал ещё один дрон.",
     [c("intercepted", "uav", 3, ANY, RU_OFF, "ua"),
      c("hit", "uav", 1, "RU-MOS", RU_OUT, "ua")], source="Mash")
case("uk", "uk_meanwhile_after_quote",
     "«Над містом збито чотири дрони», — написав Кличко.\n\nТим часом у Броварах уламки "
     "дрона пошкодили будинок, поранено двох людей.",
     [c("intercepted", "uav", 4, ANY, UA_OFF, "ru"),
      c("injured", None, 2, ANY, UA_OUT, "ru")], source="Суспільне")
case("en", "en_meanwhile_after_mayor",
     "Four drones were shot down over Kyiv, Mayor Vitali Klitschko said.\n\nMeanwhile, two "
     "people were injured in Brovary when drone debris hit a house.",
     [c("intercepted", "uav", 4, ANY, UA_OFF, "ru"),
      c("injured", None, 2, ANY, WIRE, "ru")], source="Example Wire")

# === a relay's source after a modifier and its object ("по сведениям близкого к ... канала X") =
case("ru", "ru_source_close_to_structures",
     "По сведениям близкого к силовым структурам канала Mash, над Курской областью сбиты "
     "четыре беспилотника.",
     [c("intercepted", "uav", 4, "RU-KRS", RU_MED, "ua")], source="Example Wire")
case("ru", "ru_source_close_to_ministry",
     "По данным близкого к Минобороны российского канала «Сводки», ВСУ выпустили по "
     "Белгородской области шесть ракет.",
     [c("launched", "missile", 6, "RU-BEL", RU_MED, "ua")], source="Example Wire")
case("ru", "ru_source_informed_participle",
     "По словам осведомлённого источника в Минобороны, над Брянской областью сбиты две "
     "ракеты.",
     [c("intercepted", "missile", 2, "RU-BRY", RU_ANON, "ua")], source="Example Wire")
case("uk", "uk_source_close_to_forces",
     "За даними близького до ЗСУ українського каналу «Деснянка», над Черніговом збито три "
     "дрони.",
     [c("intercepted", "uav", 3, "city:Chernihiv", UA_MED, "ru")], source="Example Wire")

# === bodies that count victims: a health ministry, a city administration, a directorate =====
case("ru", "ru_regional_health_ministry",
     "Мужчина, пострадавший при падении беспилотника в Ижевске, госпитализирован, заявили в "
     "Минздраве Удмуртии.",
     [c("injured", None, 1, ANY, RU_OFF, ANY),
      c("hit", "uav", 1, ANY, RU_OFF, "ua")], source="Mash")
case("ru", "ru_health_ministry_relayed",
     "По данным Минздрава, при атаке дронов на Белгород ранены пять человек.",
     [c("injured", None, 5, "city:Belgorod", RU_OFF, "ua")], source="Mash")
case("ru", "ru_city_administration",
     "В результате атаки беспилотников в Курске ранены три человека, сообщили в "
     "администрации города.",
     [c("injured", None, 3, "city:Kursk", RU_OFF, "ua")], source="Mash")
case("ru", "ru_emergencies_directorate",
     "При падении обломков ракеты в Брянске ранены двое, сообщили в ГУ МЧС по Брянской "
     "области.",
     [c("injured", None, 2, ANY, RU_OFF, "ua")], source="Mash")
case("uk", "uk_city_administration",
     "Внаслідок атаки дронів на Харків поранено трьох людей, повідомили в міській "
     "адміністрації.",
     [c("injured", None, 3, "city:Kharkiv", UA_OFF, "ru")], source="Суспільне")
case("uk", "uk_emergencies_directorate",
     "Внаслідок ракетного удару по Дніпру поранено п'ятьох людей, повідомили в ГУ ДСНС у "
     "Дніпропетровській області.",
     [c("injured", None, 5, ANY, UA_OFF, "ru")], source="Суспільне")
case("uk", "uk_regional_health_department",
     "Після атаки дронів на Суми поранено двох людей, повідомили в обласному управлінні "
     "охорони здоров'я.",
     [c("injured", None, 2, ANY, UA_OFF, "ru")], source="Суспільне")
case("en", "en_health_department",
     "Three people were injured in a drone attack on Kharkiv, the regional health department "
     "said.",
     [c("injured", None, 3, "city:Kharkiv", UA_OFF, "ru")], source="Example Wire")

# === media named as a group, in any case ("за даними російських пабліків") ====================
case("uk", "uk_russian_publics_genitive",
     "За даними російських пабліків, у Бєлгороді після атаки дронів поранено трьох людей.",
     [c("injured", None, 3, "city:Belgorod", RU_MED, "ua")], source="Суспільне")
case("uk", "uk_ukrainian_publics_genitive",
     "За інформацією українських пабліків, у Харкові після атаки дронів поранено двох людей.",
     [c("injured", None, 2, "city:Kharkiv", UA_MED, "ru")], source="Example Wire")
case("uk", "uk_russian_publics_locative",
     "У російських пабліках пишуть, що над Курською областю збито чотири ракети.",
     [c("intercepted", "missile", 4, "RU-KRS", RU_MED, "ua")], source="Суспільне")

# === a confirmation signs the sentence before ("Это подтвердили в Минобороны") ==============
case("ru", "ru_this_confirmed",
     "Над Брянской областью сбиты пять беспилотников. Это подтвердили в Минобороны.",
     [c("intercepted", "uav", 5, "RU-BRY", RU_MIL, "ua")], source="SHOT")
case("ru", "ru_data_confirmed",
     "Над Воронежем ночью уничтожены три БПЛА. Данные подтвердили в Минобороны России.",
     [c("intercepted", "uav", 3, "city:Voronezh", RU_MIL, "ua")], source="Mash")
case("ru", "ru_confirmed_this_information",
     "Над Курской областью сбиты семь ракет ATACMS. Минобороны подтвердило эту информацию.",
     [c("intercepted", "ballistic_missile", 7, "RU-KRS", RU_MIL, "ua")], source="Mash")
case("uk", "uk_information_confirmed",
     "Над Одещиною збито шість дронів. Інформацію підтвердили в Повітряних силах.",
     [c("intercepted", "uav", 6, "UA-51", UA_MIL, "ru")], source="Суспільне")
case("uk", "uk_this_confirmed",
     "Над Миколаєвом збито чотири ракети. Це підтвердили в Повітряних силах ЗСУ.",
     [c("intercepted", "missile", 4, "city:Mykolaiv", UA_MIL, "ru")], source="Суспільне")
case("en", "en_this_confirmed_by",
     "Six drones were shot down over the Odesa region. This was confirmed by the Ukrainian air "
     "force.",
     [c("intercepted", "uav", 6, "UA-51", UA_MIL, "ru")], source="Example Wire")

# === a city council; third countries' media named as a group =================================
case("ru", "ru_city_council",
     "При атаке дронов на Одессу погибли трое, сообщили в городском совете.",
     [c("killed", None, 3, "city:Odesa", UA_OFF, "ru")], source="BBC News | Русская служба")
case("uk", "uk_city_council",
     "Внаслідок атаки дронів на Одесу загинули троє людей, повідомили в міській раді.",
     [c("killed", None, 3, "city:Odesa", UA_OFF, "ru")], source="Суспільне")
case("ru", "ru_western_media",
     "Западные СМИ пишут, что Украина выпустила по Брянской области шесть ракет ATACMS.",
     [c("launched", "ballistic_missile", 6, "RU-BRY", OTHER_MED, "ua")], source="Mash")
case("ru", "ru_american_media_relay",
     "По данным американских СМИ, ВСУ выпустили по Курской области восемь ракет ATACMS.",
     [c("launched", "ballistic_missile", 8, "RU-KRS", OTHER_MED, "ua")], source="Mash")
case("uk", "uk_western_media",
     "Західні ЗМІ пишуть, що Росія випустила по Дніпру балістичну ракету.",
     [c("launched", "ballistic_missile", 1, "city:Dnipro", OTHER_MED, "ru")], source="Суспільне")
case("en", "en_western_media",
     "Western media reported that Ukraine fired six ATACMS missiles at the Bryansk region.",
     [c("launched", "ballistic_missile", 6, "RU-BRY", OTHER_MED, "ua")], source="Example Wire")

# === guards: the post relays the official =====================================================
case("ru", "ru_guard_governor_above_details",
     "Средства ПВО сбили несколько БПЛА над Крымским районом, заявил губернатор Вениамин "
     "Кондратьев.\n\n— В Крымске обломки упали на два дома. Пострадавших нет.",
     [c("killed", None, 0, "RU-KDA", RU_OFF, ANY),
      c("injured", None, 0, "RU-KDA", RU_OFF, ANY)], source="SHOT")
case("ru", "ru_guard_governor_signs_last",
     "Украинский беспилотник взорвался на окраине Людиново Калужской области. Пострадавших "
     "нет.\n\nНа месте работают экстренные службы, заявил губернатор Владислав Шапша.",
     [c("hit", "uav", 1, "RU-KLU", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KLU", RU_OFF, ANY),
      c("injured", None, 0, "RU-KLU", RU_OFF, ANY)], source="SHOT")
case("uk", "uk_guard_head_above_details",
     "Вночі ворог атакував Харківщину дронами, повідомив начальник Харківської ОВА Олег "
     "Синєгубов.\n\n— У Харкові уламки впали на дах гаража. Постраждалих немає.",
     [c("killed", None, 0, ANY, UA_OFF, ANY),
      c("injured", None, 0, ANY, UA_OFF, ANY)], source="Суспільне")

XFAIL: dict[str, str] = {}


def params() -> list[Any]:
    return table_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "text", "source", "expected"), params())
def test_round12_ru_claimant(lang: str, text: str, source: str, expected: list[Row],
                             resources: Resources) -> None:
    assert misses(resources, lang, text, source, expected) == ([], [])

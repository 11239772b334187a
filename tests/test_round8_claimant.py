"""Generalization round 8 (issue 15), the claimant helper: who claims each number, as
ANNOTATION.md defines `claimant_side` and `claimant_kind`, in Russian, Ukrainian and English news
and Telegram posts as they are written: relays ("По данным Минобороны", "за даними Повітряних
сил", "as the air force said on Telegram"), the claimant named in a later sentence, the outlet's
own voice, media, unnamed sources, witnesses, experts, monitoring channels, officials and
militaries of Russia, Ukraine and third parties, contradicting claims, quotes over several
sentences, "he said" referring back, and a headline over its body.

Every sentence is written for this table; every expectation was written from ANNOTATION.md (and,
for the side of an outlet's own voice, the dev gold's convention: the outlet's country, `other`
for international media, null for an outlet of no known side) before the extractor read the
sentence. A row is read as in tests/test_round7_guide.py: (action, weapon, quantity, location,
claimant side and kind, attacker side), `ANY` leaving a field unchecked; the claimant is checked
on every row. Reports are published by "Example Wire" (no known side) unless a case names its
source, on Friday 2024-11-22 at 07:30 UTC."""

from __future__ import annotations

from typing import Any

import pytest

from claimants import (
    FRIDAY,
    OTHER_MIL,
    OTHER_OFF,
    RU_MED,
    RU_MIL,
    RU_OFF,
    UA_MED,
    UA_MIL,
    UA_OFF,
    UA_OUT,
    table_params,
)
from claimledger.extract.pipeline import read_report
from claimledger.model import Report
from claimledger.resources import Resources
from test_round7_guide import ANY, Row, c, fits, got_row

WIRE = (None, "outlet")  # the own voice of Example Wire, an outlet of no known side
RU_OUT = ("ru", "outlet")
OTHER_OUT = ("other", "outlet")
OTHER_MED = ("other", "media")
OTHER_EXP = ("other", "expert")
NO_MED = (None, "media")
ANON = (None, "anonymous")
RU_ANON = ("ru", "anonymous")
UA_ANON = ("ua", "anonymous")
OTHER_ANON = ("other", "anonymous")
WITNESS = (None, "witness")

Case = tuple[str, str, str, str, list[Row]]
CASES: list[Case] = []


def case(lang: str, name: str, text: str, expected: list[Row],
         source: str = "Example Wire") -> None:
    assert all(name != old[1] for old in CASES), name
    assert all(row[4] is not ANY or row[5] is not ANY for row in expected), name
    CASES.append((lang, name, text, source, expected))


def misses(resources: Resources, lang: str, text: str, source: str,
           expected: list[Row]) -> tuple[list[Row], list[Row]]:
    """The expected rows not read and the rows read but not expected."""
    report = Report(text=text, source=source, published=FRIDAY, lang=lang)  # type: ignore[arg-type]
    rest = [got_row(claim) for claim in read_report(report, lang, resources).claims]  # type: ignore[arg-type]
    missing = []
    for row in expected:
        hit = next((g for g in rest if fits(row, g)), None)
        if hit is None:
            missing.append(row)
        else:
            rest.remove(hit)
    return missing, rest


# === Russian ================================================================================
# -- relays: "по данным", "как сообщили в", "об этом сообщил"
case("ru", "ru_po_dannym_mod",
     "По данным Минобороны, ночью над Курской областью уничтожено 12 беспилотников.",
     [c("intercepted", "uav", 12, "RU-KRS", RU_MIL, "ua")])
case("ru", "ru_po_dannym_vs_vsu",
     "По данным Воздушных сил ВСУ, над Украиной ночью сбиты 35 российских ударных дронов.",
     [c("intercepted", "uav", 35, "UA", UA_MIL, "ru")])
case("ru", "ru_kak_soobshili_v_mod",
     "Как сообщили в Минобороны России, дежурные средства ПВО перехватили семь беспилотников "
     "над Белгородской областью.",
     [c("intercepted", "uav", 7, "RU-BEL", RU_MIL, "ua")])
case("ru", "ru_kak_soobshil_gladkov",
     "Как сообщил губернатор Вячеслав Гладков, в результате атаки дронов на Белгород ранены "
     "трое мирных жителей.",
     [c("injured", None, 3, "city:Belgorod", RU_OFF, "ua")])
case("ru", "ru_ob_etom_soobshil_bogomaz",
     "Над Брянской областью уничтожены 15 беспилотников. Об этом сообщил губернатор "
     "Александр Богомаз.",
     [c("intercepted", "uav", 15, "RU-BRY", RU_OFF, "ua")])
case("ru", "ru_soobshil_sobyanin_after",
     "Сбиты девять беспилотников, летевших на Москву, сообщил мэр Сергей Собянин.",
     [c("intercepted", "uav", 9, "RU-MOW", RU_OFF, "ua")])
case("ru", "ru_v_ova_soobshili",
     "В Одесской ОВА сообщили, что ночью над областью сбиты 12 ударных дронов.",
     [c("intercepted", "uav", 12, "UA-51", UA_OFF, "ru")])
case("ru", "ru_zayavili_vs_vsu_launched",
     "Воздушные силы ВСУ заявили, что ночью Россия атаковала Украину 60 ударными дронами.",
     [c("launched", "uav", 60, "UA", UA_MIL, "ru")])
case("ru", "ru_po_informacii_shtaba",
     "По информации Генштаба ВСУ, за сутки над Украиной уничтожено 25 российских беспилотников.",
     [c("intercepted", "uav", 25, "UA", UA_MIL, "ru")])
case("ru", "ru_kak_peredaet_mod_colon",
     "Минобороны РФ: над Черным морем уничтожены шесть безэкипажных катеров и 11 "
     "беспилотников.",
     [c("intercepted", "uav", 11, "sea:black", RU_MIL, "ua")])
# -- media relayed, monitoring channels, anonymous, witnesses, experts
case("ru", "ru_ukr_smi",
     "Украинские СМИ сообщают, что в результате атаки дронов в Киеве погибли три человека.",
     [c("killed", None, 3, "UA-30", UA_MED, "ru")])
case("ru", "ru_kak_pishet_mash",
     "Как пишет Mash, над Курском этой ночью сбиты три беспилотника.",
     [c("intercepted", "uav", 3, "city:Kursk", RU_MED, "ua")])
case("ru", "ru_monitoring_channels",
     "По данным украинских мониторинговых каналов, по Киеву выпущены шесть крылатых ракет.",
     [c("launched", "cruise_missile", 6, "UA-30", UA_MED, "ru")])
case("ru", "ru_istochnik_bare",
     "Источник сообщил, что над Воронежем ночью сбиты два беспилотника.",
     [c("intercepted", "uav", 2, "city:Voronezh", ANON, "ua")])
case("ru", "ru_istochniki_ukr",
     "Источники в украинских спецслужбах сообщили, что по аэродрому в Энгельсе запущены 40 "
     "дронов.",
     [c("launched", "uav", 40, ANY, UA_ANON, "ua")])
case("ru", "ru_ochevidtsy",
     "По словам очевидцев, над Таганрогом сбиты не менее пяти беспилотников.",
     [c("intercepted", "uav", 5, "city:Taganrog", WITNESS, "ua")])
# (a week's tally: since the fifteenth round a month's, "за ноябрь", is history in Russian as
# "за лютий" is in Ukrainian, by the guide's "in September ...")
case("ru", "ru_isw_expert",
     "Аналитики ISW подсчитали, что за последнюю неделю Россия выпустила по Украине более 2000 "
     "ударных дронов.",
     [c("launched", "uav", 2000, "UA", OTHER_EXP, "ru")])
case("ru", "ru_pentagon_source",
     "Источник Reuters в Пентагоне сообщил, что Россия выпустила по Днепру одну "
     "межконтинентальную баллистическую ракету.",
     [c("launched", "ballistic_missile", 1, "city:Dnipro", OTHER_ANON, "ru")])
# -- officials
case("ru", "ru_occupation_balitsky",
     "Назначенный Москвой губернатор Запорожской области Евгений Балицкий сообщил, что над "
     "регионом сбиты четыре беспилотника.",
     [c("intercepted", "uav", 4, "UA-23", RU_OFF, "ua")])
case("ru", "ru_aksyonov_colon",
     "Глава Крыма Сергей Аксенов: над полуостровом ночью сбиты десять беспилотников.",
     [c("intercepted", "uav", 10, "UA-43", RU_OFF, "ua")])
case("ru", "ru_mchs_injured",
     "В МЧС сообщили, что в результате атаки беспилотников на Брянск пострадали два человека.",
     [c("injured", None, 2, "city:Bryansk", RU_OFF, "ua")])
case("ru", "ru_gsChs_killed",
     "По данным ГСЧС Украины, в результате ракетного удара по Запорожью погибли четыре "
     "человека.",
     [c("killed", None, 4, "city:Zaporizhzhia", UA_OFF, "ru")])
case("ru", "ru_zelensky_week",
     "Президент Украины Владимир Зеленский заявил, что за неделю Россия выпустила по Украине "
     "более 800 ударных дронов.",
     [c("launched", "uav", 800, "UA", UA_OFF, "ru")])
case("ru", "ru_syniehubov_ova",
     "Глава Харьковской ОВА Олег Синегубов сообщил, что в результате удара КАБами по Харькову "
     "ранены 11 человек.",
     [c("injured", None, 11, ANY, UA_OFF, "ru")])
case("ru", "ru_klitschko_mayor",
     "Мэр Киева Виталий Кличко сообщил, что в Дарницком районе ранены два человека после "
     "атаки дронов.",
     [c("injured", None, 2, ANY, UA_OFF, "ru")])
case("ru", "ru_peskov",
     "Пресс-секретарь Кремля Дмитрий Песков заявил, что ночью над Россией были сбиты 30 "
     "украинских беспилотников.",
     [c("intercepted", "uav", 30, "RU", RU_OFF, "ua")])
case("ru", "ru_police_ua",
     "Полиция Киевской области сообщила, что в результате атаки дронов ранены пять человек.",
     [c("injured", None, 5, "UA-32", UA_OFF, "ru")])
# -- militaries of third parties
case("ru", "ru_tsahal",
     "ЦАХАЛ сообщил, что ночью над Израилем перехвачены 20 беспилотников, запущенных из "
     "Ирана.",
     [c("intercepted", "uav", 20, "IL", OTHER_MIL, "other")])
case("ru", "ru_houthi_spokesman",
     "Военный представитель хуситов Яхья Сариа заявил, что по Израилю выпущены две "
     "баллистические ракеты.",
     [c("launched", "ballistic_missile", 2, "IL", OTHER_MIL, "other")])
case("ru", "ru_centcom",
     "Центральное командование США сообщило, что над Красным морем сбиты пять беспилотников "
     "хуситов.",
     [c("intercepted", "uav", 5, "sea:red", OTHER_MIL, "other")])
case("ru", "ru_ksir",
     "КСИР заявил, что выпустил по Израилю 180 баллистических ракет.",
     [c("launched", "ballistic_missile", 180, "IL", OTHER_MIL, "other")])
# -- contradicting claims, quotes, back-reference, headline and body
case("ru", "ru_contradict_mod_pentagon",
     "Минобороны России сообщило, что над Курской областью сбиты восемь ракет ATACMS. "
     "Источник Reuters в Пентагоне утверждает, что сбиты только две ракеты.",
     [c("intercepted", "ballistic_missile", 8, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "missile", 2, ANY, OTHER_ANON, "ua")])
case("ru", "ru_quote_two_sentences",
     "«Ночью над областью сбиты шесть беспилотников. Пострадавших нет», — сообщил "
     "губернатор Курской области Алексей Смирнов.",
     [c("intercepted", "uav", 6, "RU-KRS", RU_OFF, "ua"),
      c("killed", None, 0, "RU-KRS", RU_OFF, ANY),
      c("injured", None, 0, "RU-KRS", RU_OFF, ANY)])
case("ru", "ru_po_ego_slovam",
     "Губернатор Брянской области Александр Богомаз сообщил о ночной атаке. По его словам, "
     "над регионом сбиты 11 беспилотников.",
     [c("intercepted", "uav", 11, "RU-BRY", RU_OFF, "ua")])
case("ru", "ru_headline_body",
     "Над Курской областью сбиты 20 беспилотников\n\nДежурные средства ПВО уничтожили 20 "
     "украинских беспилотников над Курской областью, сообщило Минобороны России.",
     [c("intercepted", "uav", 20, "RU-KRS", RU_MIL, "ua")])
case("ru", "ru_dobavil_on",
     "Мэр Москвы Сергей Собянин сообщил о двух сбитых беспилотниках. Позднее он добавил, что "
     "уничтожены ещё три.",
     [c("intercepted", "uav", 2, "RU-MOW", RU_OFF, "ua"),
      c("intercepted", "uav", 3, "RU-MOW", RU_OFF, "ua")])
case("ru", "ru_pravda_relay",
     "Как пишет «Украинская правда», ночью над Киевом сбиты 20 беспилотников.",
     [c("intercepted", "uav", 20, "UA-30", UA_MED, "ru")])
# -- the outlet's own voice
case("ru", "ru_outlet_wire",
     "Ночью над Курской областью сбиты пять беспилотников.",
     [c("intercepted", "uav", 5, "RU-KRS", WIRE, "ua")])
case("ru", "ru_outlet_mash",
     "Этой ночью над Тулой сбиты два украинских дрона.",
     [c("intercepted", "uav", 2, "city:Tula", RU_OUT, "ua")], source="Mash")
case("ru", "ru_outlet_tass",
     "В Белгородской области в результате атаки дронов ранен водитель грузовика.",
     [c("injured", None, 1, "RU-BEL", RU_OUT, "ua")], source="ТАСС")
case("ru", "ru_outlet_bbc",
     "Россия выпустила по Украине 90 ракет за одну ночь.",
     [c("launched", "missile", 90, "UA", OTHER_OUT, "ru")], source="BBC News | Русская служба")
case("ru", "ru_outlet_then_governor",
     "Минобороны сообщило, что над Липецкой областью ночью сбиты пять беспилотников. "
     "Губернатор Игорь Артамонов "
     "сообщил, что пострадавших нет.",
     [c("intercepted", "uav", 5, "RU-LIP", RU_MIL, "ua"),
      c("killed", None, 0, "RU-LIP", RU_OFF, ANY),
      c("injured", None, 0, "RU-LIP", RU_OFF, ANY)])
case("ru", "ru_baza_media",
     "По данным Baza, при атаке беспилотников на Ростов-на-Дону пострадали три человека.",
     [c("injured", None, 3, "city:Rostov-on-Don", RU_MED, "ua")])
case("ru", "ru_two_parties_sides",
     "Минобороны России заявило, что ночью над Брянской областью сбиты 30 беспилотников. "
     "Воздушные силы ВСУ в свою очередь сообщили, что над Украиной сбиты 40 российских дронов.",
     [c("intercepted", "uav", 30, "RU-BRY", RU_MIL, "ua"),
      c("intercepted", "uav", 40, "UA", UA_MIL, "ru")])
case("ru", "ru_zayavil_konashenkov",
     "Официальный представитель Минобороны Игорь Конашенков заявил, что за неделю сбиты 200 "
     "беспилотников над территорией России.",
     [c("intercepted", "uav", 200, "RU", RU_MIL, "ua")])
case("ru", "ru_said_after_colon_minoborony",
     "Над Ростовской областью уничтожены 14 БПЛА, сообщили в Минобороны.",
     [c("intercepted", "uav", 14, "RU-ROS", RU_MIL, "ua")])
case("ru", "ru_hamas_other",
     "Израильская армия сообщила, что из сектора Газа выпущено 15 ракет.",
     [c("launched", ANY, 15, ANY, OTHER_MIL, "other")])


# === Ukrainian ==============================================================================
# -- relays: "за даними", "повідомили в", "як повідомив"
case("uk", "uk_za_danymy_ps",
     "За даними Повітряних сил, уночі над Україною знешкоджено 45 ударних дронів.",
     [c("intercepted", "uav", 45, "UA", UA_MIL, "ru")])
case("uk", "uk_povidomyly_v_ova",
     "Над Харківщиною вночі збито вісім шахедів, повідомили в ОВА.",
     [c("intercepted", "uav", 8, "UA-63", UA_OFF, "ru")])
case("uk", "uk_yak_povidomyv_kiper",
     "Як повідомив начальник Одеської ОВА Олег Кіпер, унаслідок атаки дронів на Одесу "
     "поранено трьох людей.",
     [c("injured", None, 3, ANY, UA_OFF, "ru")])
case("uk", "uk_pro_tse_povidomyv_lysak",
     "Над Дніпропетровщиною збито сім ворожих БпЛА. Про це повідомив голова ОВА Сергій Лисак.",
     [c("intercepted", "uav", 7, "UA-12", UA_OFF, "ru")])
case("uk", "uk_mva_head",
     "Начальник Криворізької МВА Олександр Вілкул повідомив, що внаслідок ракетного удару "
     "загинули двоє людей.",
     [c("killed", None, 2, ANY, UA_OFF, "ru")])
case("uk", "uk_klymenko_minister",
     "Міністр внутрішніх справ Ігор Клименко повідомив, що внаслідок атаки на Київ загинули "
     "четверо людей.",
     [c("killed", None, 4, "UA-30", UA_OFF, "ru")])
case("uk", "uk_dsns",
     "У ДСНС повідомили, що внаслідок удару по Запоріжжю постраждали дев'ятеро людей.",
     [c("injured", None, 9, "city:Zaporizhzhia", UA_OFF, "ru")])
case("uk", "uk_police",
     "Поліція Херсонської області повідомила, що через атаку дронів поранено чоловіка.",
     [c("injured", None, 1, "UA-65", UA_OFF, "ru")])
case("uk", "uk_zelensky",
     "Президент Володимир Зеленський заявив, що за тиждень Росія випустила по Україні понад "
     "700 ударних дронів.",
     [c("launched", "uav", 700, "UA", UA_OFF, "ru")])
case("uk", "uk_genshtab",
     "Генштаб ЗСУ повідомив, що за добу сили ППО знищили 30 російських безпілотників.",
     [c("intercepted", "uav", 30, "UA", UA_MIL, "ru")])
case("uk", "uk_ihnat",
     "Речник Повітряних сил Юрій Ігнат заявив, що з 50 запущених ракет збито 40.",
     [c("launched", "missile", 50, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 40, "UA", UA_MIL, "ru")])
case("uk", "uk_syly_oborony_pivdnia",
     "Сили оборони півдня повідомили, що над Миколаївщиною збито шість шахедів.",
     [c("intercepted", "uav", 6, "UA-48", UA_MIL, "ru")])
case("uk", "uk_air_command_zahid",
     "За даними Повітряного командування «Захід», над Волинню знищено чотири дрони.",
     [c("intercepted", "uav", 4, "UA-07", UA_MIL, "ru")])
# -- Russian claims relayed in Ukrainian
case("uk", "uk_minoborony_rf",
     "Міноборони РФ заявило, що над Брянською областю збито 25 українських безпілотників.",
     [c("intercepted", "uav", 25, "RU-BRY", RU_MIL, "ua")])
case("uk", "uk_gubernator_rf",
     "Губернатор Бєлгородської області В'ячеслав Гладков заявив, що через атаку дронів "
     "поранено двох людей.",
     [c("injured", None, 2, "RU-BEL", RU_OFF, "ua")])
case("uk", "uk_occupation_saldo",
     "Призначений Кремлем гауляйтер Херсонщини Володимир Сальдо заявив, що над регіоном "
     "збито три дрони.",
     [c("intercepted", "uav", 3, "UA-65", RU_OFF, "ua")])
case("uk", "uk_rosZMI",
     "Російські ЗМІ повідомили, що над Курськом збито шість безпілотників.",
     [c("intercepted", "uav", 6, "city:Kursk", RU_MED, "ua")])
# -- media, monitoring channels, anonymous, witnesses, experts
case("uk", "uk_suspilne_relay",
     "Як повідомляє Суспільне, унаслідок атаки на Суми загинула одна людина.",
     [c("killed", None, 1, "city:Sumy", UA_MED, "ru")])
case("uk", "uk_pravda_relay",
     "Українська правда пише, що вночі над Києвом збито 15 дронів.",
     [c("intercepted", "uav", 15, "UA-30", UA_MED, "ru")])
case("uk", "uk_monitoring",
     "За даними моніторингових каналів, росіяни запустили по Харкову чотири КАБи.",
     [c("launched", "guided_bomb", 4, "city:Kharkiv", UA_MED, "ru")])
case("uk", "uk_dzherela",
     "Джерела в СБУ повідомили, що по нафтобазі в Брянській області запущено 20 дронів.",
     [c("launched", "uav", 20, "RU-BRY", UA_ANON, "ua")])
case("uk", "uk_dzherelo_bare",
     "Джерело повідомило, що внаслідок атаки по Одесі загинули двоє людей.",
     [c("killed", None, 2, "city:Odesa", ANON, "ru")])
case("uk", "uk_ochevydtsi",
     "За словами очевидців, над Полтавою збито щонайменше три дрони.",
     [c("intercepted", "uav", 3, "city:Poltava", WITNESS, "ru")])
case("uk", "uk_isw",
     "Аналітики ISW підрахували, що за тиждень Росія випустила по Україні понад 2000 дронів.",
     [c("launched", "uav", 2000, "UA", OTHER_EXP, "ru")])
case("uk", "uk_us_officials",
     "Американські посадовці повідомили, що Іран випустив по Ізраїлю 180 балістичних ракет.",
     [c("launched", "ballistic_missile", 180, "IL", OTHER_ANON, "other")])
# -- third parties
case("uk", "uk_tsahal",
     "ЦАХАЛ повідомив, що над Ізраїлем перехоплено 30 дронів, запущених з Ірану.",
     [c("intercepted", "uav", 30, "IL", OTHER_MIL, "other")])
case("uk", "uk_centcom",
     "Центральне командування США повідомило, що над Червоним морем збито чотири дрони "
     "хуситів.",
     [c("intercepted", "uav", 4, "sea:red", OTHER_MIL, "other")])
case("uk", "uk_houthis",
     "Військовий речник хуситів заявив, що по Ізраїлю випущено три балістичні ракети.",
     [c("launched", "ballistic_missile", 3, "IL", OTHER_MIL, "other")])
# -- contradicting claims, quotes, back-reference, headline and body
case("uk", "uk_contradict",
     "Міноборони РФ заявило про знищення 40 українських дронів над Курською областю. "
     "Повітряні сили натомість повідомили, що над Україною збито 50 російських шахедів.",
     [c("intercepted", "uav", 40, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru")])
case("uk", "uk_quote_two_sentences",
     "«Уночі над областю збито п'ять дронів. Люди не постраждали», — написав голова "
     "Полтавської ОВА Філіп Пронін.",
     [c("intercepted", "uav", 5, "UA-53", UA_OFF, "ru"),
      c("killed", None, 0, "UA-53", UA_OFF, ANY),
      c("injured", None, 0, "UA-53", UA_OFF, ANY)])
case("uk", "uk_vin_zaznachyv",
     "Начальник Сумської ОВА Володимир Артюх розповів про нічну атаку. Він зазначив, що над "
     "областю збито дев'ять шахедів.",
     [c("intercepted", "uav", 9, "UA-59", UA_OFF, "ru")])
case("uk", "uk_za_ioho_slovamy",
     "Мер Львова Андрій Садовий повідомив про атаку дронів. За його словами, у місті "
     "поранено двох людей.",
     [c("injured", None, 2, ANY, UA_OFF, "ru")])
case("uk", "uk_headline_body",
     "Над Україною збито 33 шахеди\n\nСили ППО вночі знешкодили 33 ударні дрони, повідомили "
     "Повітряні сили.",
     [c("intercepted", "uav", 33, "UA", UA_MIL, "ru")])
case("uk", "uk_telegram_ps",
     "Повітряні сили у Telegram повідомили, що над Київщиною знищено 11 дронів.",
     [c("intercepted", "uav", 11, "UA-32", UA_MIL, "ru")])
# -- the outlet's own voice
case("uk", "uk_outlet_wire",
     "Уночі над Житомирщиною збито чотири шахеди.",
     [c("intercepted", "uav", 4, "UA-18", WIRE, "ru")])
case("uk", "uk_outlet_ukrinform",
     "Унаслідок ракетного удару по Дніпру загинули троє людей.",
     [c("killed", None, 3, "city:Dnipro", UA_OUT, "ru")], source="Укрінформ")
case("uk", "uk_outlet_suspilne",
     "Росіяни скинули на Херсонщину десять керованих авіабомб.",
     [c("launched", "guided_bomb", 10, "UA-65", UA_OUT, "ru")], source="Суспільне")
case("uk", "uk_outlet_then_official",
     "Повітряні сили повідомили, що вночі над Вінниччиною збито сім дронів. Начальник ОВА "
     "Сергій Борзов повідомив, що "
     "постраждалих немає.",
     [c("intercepted", "uav", 7, "UA-05", UA_MIL, "ru"),
      c("killed", None, 0, "UA-05", UA_OFF, ANY),
      c("injured", None, 0, "UA-05", UA_OFF, ANY)])
case("uk", "uk_defence_express",
     "Як пише Defence Express, по Україні цієї ночі випущено 12 крилатих ракет.",
     [c("launched", "cruise_missile", 12, "UA", UA_MED, "ru")])
case("uk", "uk_kyiv_cma",
     "У КМВА повідомили, що над столицею знищено всі 10 ворожих дронів.",
     [c("intercepted", "uav", 10, "UA-30", UA_OFF, "ru")])
case("uk", "uk_prokuratura",
     "Офіс генпрокурора повідомив, що внаслідок удару дронів по Херсону загинули двоє людей.",
     [c("killed", None, 2, "city:Kherson", UA_OFF, "ru")])
case("uk", "uk_terekhov",
     "Міський голова Харкова Ігор Терехов повідомив про три влучання ракет у місті.",
     [c("hit", ANY, 3, ANY, UA_OFF, "ru")])
case("uk", "uk_naval",
     "Речник ВМС Дмитро Плетенчук заявив, що над Чорним морем збито чотири ракети.",
     [c("intercepted", "missile", 4, "sea:black", UA_MIL, "ru")])
case("uk", "uk_humeniuk_then_said",
     "Наталія Гуменюк розповіла про атаку на південь. За її словами, над Одещиною збито "
     "шість шахедів.",
     [c("intercepted", "uav", 6, "UA-51", UA_MIL, "ru")])


# === English ================================================================================
# -- the claimant named in the next sentence or paragraph
case("en", "en_next_sentence_airforce",
     "Russia fired 40 missiles and 60 drones at Ukraine overnight. Ukraine's air force said in "
     "a statement that 30 of the missiles were shot down.",
     [c("launched", "missile", 40, "UA", UA_MIL, "ru"),
      c("launched", "uav", 60, "UA", UA_MIL, "ru"),
      c("intercepted", "missile", 30, "UA", UA_MIL, "ru")])
case("en", "en_next_paragraph_airforce",
     "Ukrainian air defences shot down 25 of 38 Russian drones overnight.\n\nThe air force "
     "said on Telegram that the remaining drones were lost to electronic warfare.",
     [c("launched", "uav", 38, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 25, "UA", UA_MIL, "ru")])
case("en", "en_next_sentence_mod",
     "Air defence systems destroyed 22 Ukrainian drones over the Bryansk region. The Russian "
     "Defence Ministry said the drones were intercepted overnight.",
     [c("intercepted", "uav", 22, "RU-BRY", RU_MIL, "ua")])
case("en", "en_as_air_force_said_telegram",
     "Ukraine shot down 16 Shahed drones over the Kyiv region, as the air force said on "
     "Telegram.",
     [c("intercepted", "uav", 16, "UA-32", UA_MIL, "ru")])
# -- "X said", "said X", "according to X", "X told Reuters"
case("en", "en_x_said_governor",
     "Bryansk Governor Alexander Bogomaz said 12 drones were destroyed over the region.",
     [c("intercepted", "uav", 12, "RU-BRY", RU_OFF, "ua")])
case("en", "en_said_x_mayor",
     "Two people were injured in a drone attack on Kyiv, said Mayor Vitali Klitschko.",
     [c("injured", None, 2, "UA-30", UA_OFF, "ru")])
case("en", "en_according_to_ministry",
     "According to the Russian Defence Ministry, 17 Ukrainian drones were shot down over the "
     "Kursk region.",
     [c("intercepted", "uav", 17, "RU-KRS", RU_MIL, "ua")])
case("en", "en_told_reuters_official",
     "A Ukrainian military source told Reuters that 14 drones had hit targets in the Bryansk "
     "region.",
     [c("hit", "uav", 14, "RU-BRY", UA_ANON, "ua")])
case("en", "en_told_reuters_us_official",
     "A U.S. official told Reuters that Iran fired about 120 ballistic missiles at Israel.",
     [c("launched", "ballistic_missile", 120, "IL", OTHER_ANON, "other")])
case("en", "en_source_told",
     "A source told the news agency that three drones were downed near Voronezh.",
     [c("intercepted", "uav", 3, ANY, ANON, "ua")])
case("en", "en_sources_said_ua",
     "Ukrainian security sources said 30 drones were launched at an airfield in Russia's "
     "Saratov region.",
     [c("launched", "uav", 30, "RU-SAR", UA_ANON, "ua")])
case("en", "en_witnesses",
     "Witnesses said at least four drones were shot down over Engels.",
     [c("intercepted", "uav", 4, ANY, WITNESS, "ua")])
case("en", "en_isw_expert",
     "The Institute for the Study of War estimated that Russia launched more than 2,000 "
     "drones at Ukraine in November.",
     [c("launched", "uav", 2000, "UA", OTHER_EXP, "ru")])
# -- media relayed
case("en", "en_russian_media",
     "Russian media reported that five drones were shot down over the Belgorod region.",
     [c("intercepted", "uav", 5, "RU-BEL", RU_MED, "ua")])
case("en", "en_as_reported_by_suspilne",
     "Three people were killed in a drone strike on Sumy, as reported by Suspilne.",
     [c("killed", None, 3, "city:Sumy", UA_MED, "ru")])
case("en", "en_ukrainian_media",
     "Ukrainian media said 11 drones had been shot down over the Odesa region.",
     [c("intercepted", "uav", 11, "UA-51", UA_MED, "ru")])
case("en", "en_israeli_media",
     "Israeli media reported that 40 rockets were fired from Lebanon at northern Israel.",
     [c("launched", ANY, 40, ANY, OTHER_MED, "other")])
case("en", "en_tass_relay",
     "Russia's state news agency TASS reported that 10 drones were downed over Crimea.",
     [c("intercepted", "uav", 10, "UA-43", RU_MED, "ua")])
case("en", "en_monitoring_channels",
     "Ukrainian monitoring channels reported that Russia launched six cruise missiles at Kyiv.",
     [c("launched", "cruise_missile", 6, "UA-30", UA_MED, "ru")])
# -- officials
case("en", "en_kremlin_installed",
     "The Kremlin-installed governor of Zaporizhzhia, Yevgeny Balitsky, said four drones were "
     "downed over the region.",
     [c("intercepted", "uav", 4, "UA-23", RU_OFF, "ua")])
case("en", "en_head_of_ova",
     "Oleh Syniehubov, head of the Kharkiv regional military administration, said eight people "
     "were injured in the missile strike.",
     [c("injured", None, 8, "UA-63", UA_OFF, "ru")])
case("en", "en_emergency_service",
     "Ukraine's State Emergency Service said five people were killed in the missile attack on "
     "Dnipro.",
     [c("killed", None, 5, "city:Dnipro", UA_OFF, "ru")])
case("en", "en_police",
     "Police in the Kyiv region said a drone attack injured three people.",
     [c("injured", None, 3, "UA-32", UA_OFF, "ru")])
case("en", "en_zelensky",
     "President Volodymyr Zelenskiy said Russia had fired more than 1,000 glide bombs at "
     "Ukraine over the past week.",
     [c("launched", "guided_bomb", 1000, "UA", UA_OFF, "ru")])
case("en", "en_peskov",
     "Kremlin spokesman Dmitry Peskov said 30 Ukrainian drones were shot down over Russia.",
     [c("intercepted", "uav", 30, "RU", RU_OFF, "ua")])
case("en", "en_minister_interior",
     "Interior Minister Ihor Klymenko said two people were killed in the attack on Kyiv.",
     [c("killed", None, 2, "UA-30", UA_OFF, "ru")])
case("en", "en_sobyanin",
     "Moscow Mayor Sergei Sobyanin said air defences destroyed 11 drones flying towards the "
     "capital.",
     [c("intercepted", "uav", 11, "RU-MOW", RU_OFF, "ua")])
case("en", "en_aksyonov",
     "Sergei Aksyonov, the Russian-installed head of Crimea, said seven drones were shot down.",
     [c("intercepted", "uav", 7, "UA-43", RU_OFF, "ua")])
case("en", "en_gladkov_no_casualties",
     "Belgorod Governor Vyacheslav Gladkov said two drones were shot down over the region and "
     "there were no casualties.",
     [c("intercepted", "uav", 2, "RU-BEL", RU_OFF, "ua"),
      c("killed", None, 0, "RU-BEL", RU_OFF, ANY),
      c("injured", None, 0, "RU-BEL", RU_OFF, ANY)])
# -- militaries
case("en", "en_general_staff",
     "Ukraine's General Staff said air defences destroyed 35 Russian drones over the past day.",
     [c("intercepted", "uav", 35, "UA", UA_MIL, "ru")])
case("en", "en_air_defence_unit",
     "The air defence forces of the Southern command said six Shahed drones were downed over "
     "the Mykolaiv region.",
     [c("intercepted", "uav", 6, "UA-48", UA_MIL, "ru")])
case("en", "en_idf",
     "The Israel Defense Forces said 99 percent of the launches were intercepted, including "
     "all 30 cruise missiles.",
     [c("intercepted", "cruise_missile", 30, ANY, OTHER_MIL, "other")])
case("en", "en_idf_drones",
     "The Israeli military said it intercepted two drones launched from Yemen over Eilat.",
     [c("intercepted", "uav", 2, ANY, OTHER_MIL, "other")])
case("en", "en_irgc",
     "Iran's Revolutionary Guards said they fired 200 missiles at Israel.",
     [c("launched", "missile", 200, "IL", OTHER_MIL, "other")])
case("en", "en_houthi_spokesman",
     "Houthi military spokesman Yahya Saree said the group launched three ballistic missiles "
     "at Israel.",
     [c("launched", "ballistic_missile", 3, "IL", OTHER_MIL, "other")])
case("en", "en_centcom",
     "U.S. Central Command said its forces shot down seven Houthi drones over the Red Sea.",
     [c("intercepted", "uav", 7, "sea:red", OTHER_MIL, "other")])
case("en", "en_uk_mod",
     "Britain's Defence Ministry said Russia had fired 50 missiles at Ukraine the previous "
     "night.",
     [c("launched", "missile", 50, "UA", OTHER_MIL, "ru")])
case("en", "en_jordan",
     "Jordan's military said it shot down several drones and two missiles over its territory.",
     [c("intercepted", "missile", 2, ANY, OTHER_MIL, ANY)])
# -- contradicting claims in one report
case("en", "en_contradict_two",
     "Russia's Defence Ministry said all eight ATACMS missiles were shot down over the Kursk "
     "region. A Pentagon official said only two were intercepted.",
     [c("intercepted", "ballistic_missile", 8, "RU-KRS", RU_MIL, "ua"),
      c("intercepted", "missile", 2, ANY, OTHER_ANON, "ua")])
case("en", "en_contradict_ua_ru",
     "Ukraine's air force said it shot down 50 of 73 drones. Russia's Defence Ministry said "
     "its forces destroyed 20 Ukrainian drones over the Bryansk region.",
     [c("launched", "uav", 73, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 50, ANY, UA_MIL, "ru"),
      c("intercepted", "uav", 20, "RU-BRY", RU_MIL, "ua")])
# -- quotes over sentences and "he said"
case("en", "en_quote_two_sentences",
     "\"Twelve drones were shot down over the region. Nobody was injured,\" Kursk Governor "
     "Alexei Smirnov wrote on Telegram.",
     [c("intercepted", "uav", 12, "RU-KRS", RU_OFF, "ua"),
      c("injured", None, 0, "RU-KRS", RU_OFF, ANY)])
case("en", "en_he_said",
     "Odesa Governor Oleh Kiper described the attack on Telegram. He said three people were "
     "injured in the drone attack.",
     [c("injured", None, 3, ANY, UA_OFF, "ru")])
case("en", "en_she_added",
     "Air force spokeswoman Natalia Humeniuk spoke on national television. She added that 14 "
     "drones were downed over the south.",
     [c("intercepted", "uav", 14, ANY, UA_MIL, "ru")])
case("en", "en_headline_body",
     "Ukraine says it downed 29 Russian drones overnight\n\nUkraine's air force said on Friday "
     "it had shot down 29 drones launched by Russia overnight.",
     [c("intercepted", "uav", 29, "UA", UA_MIL, "ru")])
# -- the outlet's own voice
case("en", "en_outlet_wire",
     "Russian forces fired 12 glide bombs at the Sumy region on Thursday.",
     [c("launched", "guided_bomb", 12, "UA-59", WIRE, "ru")])
case("en", "en_outlet_reuters",
     "At least two people were killed in a Russian drone attack on Odesa.",
     [c("killed", None, 2, "city:Odesa", OTHER_OUT, "ru")], source="Reuters")
case("en", "en_outlet_ukrinform",
     "Air defence forces destroyed 14 Russian drones over the Poltava region overnight.",
     [c("intercepted", "uav", 14, "UA-53", UA_OUT, "ru")], source="ukrinform.net")
case("en", "en_outlet_then_governor",
     "Russia's Defence Ministry said five drones were shot down over the Lipetsk region "
     "overnight. Governor Igor Artamonov "
     "said nobody was hurt.",
     [c("intercepted", "uav", 5, "RU-LIP", RU_MIL, "ua"),
      c("killed", None, 0, "RU-LIP", RU_OFF, ANY),
      c("injured", None, 0, "RU-LIP", RU_OFF, ANY)])
case("en", "en_ministry_said_dateline",
     "MOSCOW, Nov 22 (Reuters) - Russia's Defence Ministry said on Friday that its air "
     "defences had destroyed 31 Ukrainian drones over seven regions.",
     [c("intercepted", "uav", 31, "RU", RU_MIL, "ua")])
case("en", "en_russia_said_state",
     "Russia said its air defences destroyed 19 Ukrainian drones over the Belgorod region.",
     [c("intercepted", "uav", 19, "RU-BEL", RU_MIL, "ua")])
case("en", "en_ukraine_said_state",
     "Ukraine said Russia attacked with 90 drones and four ballistic missiles overnight.",
     [c("launched", "uav", 90, ANY, ("ua", ANY), "ru"),
      c("launched", "ballistic_missile", 4, ANY, ("ua", ANY), "ru")])
case("en", "en_regional_governor_named_later",
     "A drone attack injured two people in the Kharkiv region, the regional governor said.",
     [c("injured", None, 2, "UA-63", UA_OFF, "ru")])
case("en", "en_mayor_unnamed_ru",
     "Three drones were shot down over Belgorod, the city's mayor said.",
     [c("intercepted", "uav", 3, "city:Belgorod", RU_OFF, "ua")])
case("en", "en_military_said_after_paragraph",
     "Russia launched 74 drones at Ukraine overnight.\n\nAir defences downed 50 of them and 24 "
     "were lost to electronic jamming, the Ukrainian military said.",
     [c("launched", "uav", 74, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 24, "UA", UA_MIL, "ru")])
case("en", "en_hezbollah",
     "Hezbollah said it fired 30 rockets at northern Israel.",
     [c("launched", "rocket", 30, ANY, OTHER_MIL, "other")])
case("en", "en_kyiv_cma",
     "The Kyiv City Military Administration said all 10 drones launched at the capital "
     "were destroyed.",
     [c("launched", "uav", 10, "UA-30", UA_OFF, "ru"),
      c("intercepted", "uav", 10, "UA-30", UA_OFF, "ru")])
case("en", "en_pentagon",
     "The Pentagon said U.S. warships shot down 14 drones launched by the Houthis.",
     [c("intercepted", "uav", 14, ANY, OTHER_MIL, "other")])

# -- third parties' officials and unnamed media
case("en", "en_magen_david_adom",
     "Magen David Adom said two people were lightly injured in the rocket attack on Tel Aviv.",
     [c("injured", None, 2, ANY, OTHER_OFF, "other")])
case("en", "en_un_mission",
     "The UN human rights monitoring mission said 14 civilians were killed in the Russian "
     "missile strike on Kryvyi Rih.",
     [c("killed", None, 14, ANY, OTHER_OFF, "ru")])
case("uk", "uk_oon",
     "ООН повідомила, що внаслідок ракетного удару по Кривому Рогу загинули 14 цивільних.",
     [c("killed", None, 14, ANY, OTHER_OFF, "ru")])
case("ru", "ru_mestnye_smi",
     "Местные СМИ сообщают, что в Белгороде после атаки беспилотников ранены два человека.",
     [c("injured", None, 2, "city:Belgorod", NO_MED, "ua")])
case("en", "en_local_media",
     "Local media reported that three drones were shot down over Kursk.",
     [c("intercepted", "uav", 3, "city:Kursk", NO_MED, "ua")])
case("uk", "uk_mistsevi_zmi",
     "Місцеві ЗМІ повідомили, що над Одесою збито чотири дрони.",
     [c("intercepted", "uav", 4, "city:Odesa", NO_MED, "ru")])

# -- "по его информации", "за його відомостями" referring back; the national police in Russian
case("ru", "ru_po_ego_informacii",
     "Ночью над акваторией Черного моря перехвачены беспилотники, сообщил мэр Сочи. \n\nПо "
     "его информации, пострадавших нет.",
     [c("killed", None, 0, "city:Sochi", RU_OFF, ANY),
      c("injured", None, 0, "city:Sochi", RU_OFF, ANY)])
case("ru", "ru_po_ego_svedeniyam",
     "Губернатор Курской области Алексей Смирнов сообщил об атаке беспилотников. По его "
     "сведениям, сбиты четыре дрона.",
     [c("intercepted", "uav", 4, "RU-KRS", RU_OFF, "ua")])
case("uk", "uk_za_ioho_vidomostiamy",
     "Уночі над Полтавщиною збито дрони, повідомив Філіп Пронін. За його відомостями, "
     "постраждалих немає.",
     [c("killed", None, 0, "UA-53", UA_OFF, ANY),
      c("injured", None, 0, "UA-53", UA_OFF, ANY)])
case("ru", "ru_natspolitsiya",
     "В результате ракетного удара по Сумам погибли девять человек, сообщает Национальная "
     "полиция Украины.",
     [c("killed", None, 9, "city:Sumy", UA_OFF, "ru")])
case("ru", "ru_v_natspolitsii",
     "В Нацполиции сообщили, что при атаке дронов на Харьков ранены три человека.",
     [c("injured", None, 3, "city:Kharkiv", UA_OFF, "ru")])
case("en", "en_prigozhin",
     "Wagner chief Yevgeny Prigozhin said his fighters had shot down a Russian military "
     "helicopter over the Voronezh region.",
     [c("intercepted", "helicopter", 1, "RU-VOR", RU_MIL, "ru")])
# -- a one-sentence lead, then the paragraph of its speaker
case("en", "en_lead_then_air_force",
     "Russia launched 73 drones at Ukraine overnight.\n\nThe air force said 50 were shot down "
     "and 20 were lost to electronic warfare.",
     [c("launched", "uav", 73, "UA", UA_MIL, "ru"),
      c("intercepted", "uav", 50, "UA", UA_MIL, "ru"),
      c("suppressed", "uav", 20, "UA", UA_MIL, "ru")])
case("en", "en_lead_then_ministry",
     "Ukraine fired 30 drones at Russian regions overnight.\n\nRussia's Defence Ministry said "
     "air defences destroyed 30 drones, 12 of them over the Kursk region.",
     [c("launched", "uav", 30, "RU", RU_MIL, "ua"),
      c("intercepted", "uav", 30, "RU", RU_MIL, "ua"),
      c("intercepted", "uav", 12, "RU-KRS", RU_MIL, "ua")])
# -- an official quoted on another matter lends no count the outlet tells in its own voice
case("ru", "ru_governor_aside",
     "Более шести беспилотников атаковали нефтебазу в Воронежской области, никто не "
     "пострадал. \n\nСо слов губернатора Александра Гусева, предприятие работало в штатном "
     "режиме.",
     [c("launched", "uav", 6, "RU-VOR", WIRE, "ua"),
      c("killed", None, 0, "RU-VOR", WIRE, ANY),
      c("injured", None, 0, "RU-VOR", WIRE, ANY)])


# Strict expected failures: each a gap left open, with its reason.
# Tried: "describe" as an English verb of speech ("Governor X described the attack. He said
# ..."): dev fold b en claimant .911 -> .878 (fold a unchanged); withdrawn. Russian "полиция" as
# the local police (as Ukrainian "поліці*" is): dev fold b ru lost two matched claims (their
# place moved to the police's region); withdrawn.
_AGAIN = ("a speaker who names the weapons of the unsigned sentence before again ('the"
          " drones') does not sign it")
XFAIL: dict[str, str] = {
    # en_he_said: passes since round 13 (the person who opens a sentence is the one 'he' is)
    "ru_police_ua": "Russian 'полиция' is no actor name: it moved two dev claims' places",
    "en_isw_expert": "'estimate' is a verb of supposing (an opinion), which ends the turn of"
                     " any speaker: the number stays the outlet's",
    # Tried: no lead official from a sentence that opens on a relay ("Со слов губернатора,")
    # and tells nothing of the air war: dev fold a ru claimant .978 -> .988, but fold b ru lost
    # two matched claims (their place came from the official); withdrawn.
    "ru_governor_aside": "a governor quoted on another matter still lends the report's unsigned"
                         " counts his voice",
    # Tried: the speaker whose words name the weapons of the sentence before again with a
    # definite word ("The ministry said the drones were ...") signing that sentence; dev
    # unchanged, but the eval gate's English blind floor failed (pass/fail only); withdrawn.
    "en_next_sentence_mod": _AGAIN,
    "en_next_paragraph_airforce": _AGAIN,
    "en_pentagon": "'launched by the Houthis' after the count gives no attacker, and the"
                   " Pentagon no place",
}


def params() -> list[Any]:
    return table_params(CASES, XFAIL)


@pytest.mark.parametrize(("lang", "text", "source", "expected"), params())
def test_round8_claimant(lang: str, text: str, source: str, expected: list[Row],
                         resources: Resources) -> None:
    assert misses(resources, lang, text, source, expected) == ([], [])

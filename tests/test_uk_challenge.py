"""A challenge set for the Ukrainian rules (issue 15, generalization): my own sentences in the
styles of Ukrainian outlets (Ukrinform, Suspilne, UNIAN, Ukrainska Pravda, RBC-Ukraine), oblast
administrations' Telegram posts and the Air Force's morning summary, with the claims
ANNOTATION.md gives them, written down before the extractor read them.

Each row: (action, weapon, quantity, location, claimant_side, claimant_kind). A report is an
Ukrinform page of Friday 14 March 2025, so the report's own voice is a Ukrainian outlet. As in
the scoring, `missile` matches a kind of missile (`cruise_missile`, `ballistic_missile`).

Corrections made after the first run, each where ANNOTATION.md says the first expectation was
wrong: a night's count of the Air Force or of air defence with no place named is a whole-country
total (`UA`, "a country code for a whole-country total"), not an unknown place; "унаслідок атаки
дрона" names one drone that attacked ("a number implied by grammar": `launched uav 1`); the
wounded of "35 разів обстріляв Херсонщину" are of shelling, not of an aerial attack (no claim);
(third round) "уламки збитої ракети" names one missile shot down ("a number implied by
grammar": `intercepted missile 1`).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimants import RU_MED, RU_MIL, RU_OFF, UA_MED, UA_MIL, UA_OFF, UA_OUT, row_key, scored_rows
from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

Row = tuple[str, str | None, int, str | None, str | None, str | None]



def read(resources: Resources, text: str) -> list[Claim]:
    report = Report(text=text, lang="uk", url="https://www.ukrinform.ua/news/1",
                    published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"))
    claims = Extractor(resources).extract(report, "uk").claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return claims



def as_scored(claims: list[Claim], expected: list[Row]) -> list[Row]:
    """The output's rows as the scoring pairs them with the expected ones (tests/claimants.py)."""
    rows = [(c.action, c.weapon, c.quantity, c.location, c.claimant_side, c.claimant_kind)
            for c in claims]
    return scored_rows(rows, expected)


def c(action: str, weapon: str | None, quantity: int, location: str | None,
      claimant: tuple[str, str] = UA_OUT) -> Row:
    return (action, weapon, quantity, location, *claimant)


CASES: list[tuple[str, str, list[Row]]] = [
    # -- The Air Force's morning summary and its relays.
    ("af-summary",
     "У ніч на 14 березня (з 19:00 13 березня) противник атакував 117 ударними БпЛА типу Shahed"
     " та безпілотниками-імітаторами різних типів з напрямків Брянськ, Курськ, Міллерово."
     " Станом на 09:00 збито 74 ударні БпЛА типу Shahed та інших типів дронів на півночі, сході"
     " та півдні країни. 38 ворожих безпілотників-імітаторів локаційно втрачено (без негативних"
     " наслідків). Про це повідомляють Повітряні сили ЗСУ.",
     [c("launched", "uav", 117, "UA", UA_MIL), c("intercepted", "uav", 74, "UA", UA_MIL),
      c("suppressed", "uav", 38, "UA", UA_MIL)]),
    ("af-missiles",
     "Повітряні сили: у ніч на 14 березня ворог випустив 6 крилатих ракет Х-101 з літаків"
     " Ту-95МС та 2 балістичні ракети Іскандер-М. Знешкоджено 5 крилатих ракет.",
     [c("launched", "cruise_missile", 6, "UA", UA_MIL),
      c("launched", "ballistic_missile", 2, "UA", UA_MIL),
      c("intercepted", "cruise_missile", 5, "UA", UA_MIL)]),
    ("af-of-launched",
     "Із 50 запущених ворогом по Україні шахедів 38 збито, ще 9 локаційно втрачено, повідомили"
     " в Повітряних силах.",
     [c("launched", "uav", 50, "UA", UA_MIL), c("intercepted", "uav", 38, "UA", UA_MIL),
      c("suppressed", "uav", 9, "UA", UA_MIL)]),
    ("af-regions-one-number",
     "Збито 14 дронів над Миколаївською, Херсонською, Хмельницькою та Полтавською областями.",
     [c("intercepted", "uav", 14, "UA")]),
    ("af-distributive", "Крім того, по два дрони збито над Черкащиною та Полтавщиною.",
     [c("intercepted", "uav", 2, "UA-71"), c("intercepted", "uav", 2, "UA-53")]),
    ("af-did-not-reach", "Ще 12 ворожих дронів не долетіли до цілей через протидію РЕБ.",
     [c("suppressed", "uav", 12, "UA")]),
    ("af-guided-bombs", "Протягом доби ворог скинув на Запорізьку область 25 керованих авіабомб.",
     [c("launched", "guided_bomb", 25, "UA-23")]),
    ("af-kaby", "Окупанти застосували по Харківщині 8 КАБів.",
     [c("launched", "guided_bomb", 8, "UA-63")]),
    ("relay-ukrinform-airforce",
     "Сили ППО в ніч на п'ятницю знешкодили над територією України 45 ворожих ударних"
     " безпілотників, передає Укрінформ з посиланням на Повітряні сили ЗСУ.",
     [c("intercepted", "uav", 45, "UA", UA_MIL)]),
    ("number-after-noun",
     "Ракет знищено — 7, безпілотників — 21, повідомили у Повітряних силах.",
     [c("intercepted", "missile", 7, "UA", UA_MIL), c("intercepted", "uav", 21, "UA", UA_MIL)]),
    ("rbc-count-after-dash", "Збито ворожих крилатих ракет — 12, ударних БпЛА — 40.",
     [c("intercepted", "cruise_missile", 12, "UA"), c("intercepted", "uav", 40, "UA")]),
    ("rbc-colon-list", "Результати роботи ППО: знищено 3 ракети Х-59/69 та 25 шахедів.",
     [c("intercepted", "missile", 3, "UA"), c("intercepted", "uav", 25, "UA")]),
    ("of-launched-short", "ППО збила 21 з 30 дронів.",
     [c("launched", "uav", 30, "UA"), c("intercepted", "uav", 21, "UA")]),
    ("of-launched-at-kyiv", "Із 8 ракет, випущених по Києву, 6 знешкоджено.",
     [c("launched", "missile", 8, "UA-30"), c("intercepted", "missile", 6, "UA-30")]),
    ("all-launched", "Усі 14 запущених дронів було знищено над Волинню.",
     [c("launched", "uav", 14, "UA-07"), c("intercepted", "uav", 14, "UA-07")]),
    ("all-no-launch", "Сили ППО збили всі 27 ракет.",
     [c("intercepted", "missile", 27, "UA")]),
    ("kh101-all-downed", "З літаків Ту-95МС ворог випустив 8 ракет Х-101, всі збиті.",
     [c("launched", "cruise_missile", 8, "UA"), c("intercepted", "cruise_missile", 8, "UA")]),
    ("imitators-launched", "Ворог запустив 60 шахедів та 30 дронів-імітаторів.",
     [c("launched", "uav", 60, "UA"), c("launched", "uav", 30, "UA")]),

    # -- Oblast forms, interception verbs, word order.
    ("over-oblast-instrumental",
     "Над Полтавською областю вночі сили ППО знищили шість ворожих безпілотників.",
     [c("intercepted", "uav", 6, "UA-53")]),
    ("kyivshchyna-header", "Київщина: уночі сили ППО збили 11 ударних дронів.",
     [c("intercepted", "uav", 11, "UA-32")]),
    ("dnipro-region-head",
     "Над Дніпропетровщиною протягом ночі було знешкоджено 9 БпЛА, повідомив Сергій Лисак.",
     [c("intercepted", "uav", 9, "UA-12", UA_OFF)]),
    ("subject-after-verb",
     "Знешкодили 16 безпілотників мобільні вогневі групи на Черкащині.",
     [c("intercepted", "uav", 16, "UA-71")]),
    ("passive-orlan", "Над Херсонщиною знищено два розвідувальні безпілотники «Орлан».",
     [c("intercepted", "uav", 2, "UA-65")]),
    ("agent-instrumental", "Мобільними вогневими групами на Хмельниччині було збито 4 ракети.",
     [c("intercepted", "missile", 4, "UA-68")]),
    ("podavleno", "Засобами РЕБ подавлено 15 дронів над Черкаською областю.",
     [c("suppressed", "uav", 15, "UA-71")]),
    ("lost-imitators", "На Полтавщині локаційно втрачено 6 імітаторів.",
     [c("suppressed", "uav", 6, "UA-53")]),
    ("air-targets-kyiv", "Над Києвом сили ППО знешкодили понад 10 ворожих цілей.",
     [c("intercepted", None, 10, "UA-30")]),
    ("launched-from-to", "Ворог запустив 4 балістичні ракети з Курської області по Сумщині.",
     [c("launched", "ballistic_missile", 4, "UA-59")]),
    ("black-sea-kalibr", "Над Чорним морем знищено 3 крилаті ракети Калібр.",
     [c("intercepted", "cruise_missile", 3, "sea:black")]),
    ("more-than-two-regions", "Понад 30 шахедів збили над Київщиною та Житомирщиною.",
     [c("intercepted", "uav", 30, "UA")]),
    ("numeral-words", "Двадцять три безпілотники знищено над Вінниччиною.",
     [c("intercepted", "uav", 23, "UA-05")]),
    ("numeral-instrumental", "Росія атакувала Львівщину п'ятьма крилатими ракетами.",
     [c("launched", "cruise_missile", 5, "UA-46")]),
    ("singular-one", "Над Рівненщиною збито ворожий безпілотник.",
     [c("intercepted", "uav", 1, "UA-56")]),
    ("about-kharkiv", "Близько 20 дронів атакували Харків уночі.",
     [c("launched", "uav", 20, "city:Kharkiv")]),
    ("kinzhal", "Над Київщиною знищено дві аеробалістичні ракети Кинджал.",
     [c("intercepted", "ballistic_missile", 2, "UA-32")]),
    ("date-is-no-count", "14 березня над Сумщиною збито 3 дрони.",
     [c("intercepted", "uav", 3, "UA-59")]),
    ("time-is-no-count", "О 04:30 над Харківщиною збили 2 шахеди.",
     [c("intercepted", "uav", 2, "UA-63")]),
    ("bombs-and-drones", "Упродовж дня росіяни скинули на Сумщину 18 КАБів і запустили 40"
     " дронів.",
     [c("launched", "guided_bomb", 18, "UA-59"), c("launched", "uav", 40, "UA-59")]),
    ("kab-on-city", "Окупанти атакували Запоріжжя двома КАБами, є влучання у промислове"
     " підприємство.",
     [c("launched", "guided_bomb", 2, "city:Zaporizhzhia")]),
    ("ballistic-on-odesa", "Росіяни вдарили по Одесі балістичною ракетою Іскандер-М.",
     [c("launched", "ballistic_missile", 1, "city:Odesa")]),
    ("s300-hits",
     "Окупанти вночі обстріляли Харків ракетами С-300, повідомив мер міста Ігор Терехов."
     " Зафіксовано чотири влучання.",
     [c("hit", "missile", 4, "city:Kharkiv", UA_OFF)]),
    ("address-number", "Дрон влучив у будинок на вулиці Сумській, 25, у Харкові.",
     [c("hit", "uav", 1, "city:Kharkiv")]),
    ("helicopter-kursk", "Над Курщиною збито російський гелікоптер Мі-8.",
     [c("intercepted", "helicopter", 1, "RU-KRS")]),
    ("aircraft", "Сили оборони збили російський літак Су-34.",
     [c("intercepted", "aircraft", 1, None)]),

    # -- Casualties and denials, with heads of oblast administrations.
    ("kharkiv-head-kab",
     "У Харкові внаслідок удару КАБу поранено чотирьох людей, повідомив голова Харківської ОВА"
     " Олег Синєгубов.",
     # the region named in the attribution of the same sentence (docs/evaluation.md, "How the
     # gold was made"): the region
     [c("hit", "guided_bomb", 1, "UA-63", UA_OFF),
      c("injured", None, 4, "UA-63", UA_OFF)]),
    ("odesa-head-denial",
     "Уночі ворог атакував Одещину дронами. Постраждалих немає, повідомив Суспільному начальник"
     " Одеської ОВА Олег Кіпер.",
     [c("killed", None, 0, "UA-51", UA_OFF), c("injured", None, 0, "UA-51", UA_OFF)]),
    ("zaporizhzhia-head-no-injured",
     "Начальник Запорізької ОВА Іван Федоров повідомив, що вночі росіяни атакували Запоріжжя 5"
     " дронами. Травмованих немає.",
     [c("launched", "uav", 5, "UA-23", UA_OFF),
      c("injured", None, 0, "UA-23", UA_OFF)]),
    ("lviv-head-denial",
     "Уночі ворог атакував Львівщину ракетами. Максим Козицький: жертв і постраждалих немає.",
     [c("killed", None, 0, "UA-46", UA_OFF), c("injured", None, 0, "UA-46", UA_OFF)]),
    ("kyiv-oblast-head",
     "Руслан Кравченко: внаслідок атаки на Київщину загинула одна людина, ще троє поранені.",
     [c("killed", None, 1, "UA-32", UA_OFF), c("injured", None, 3, "UA-32", UA_OFF)]),
    ("shelling-count-no-claim",
     "На Сумщині за минулу добу зафіксували 97 обстрілів, унаслідок атаки дрона у Шостці"
     " поранено чоловіка.",
     [c("injured", None, 1, "UA-59"), c("launched", "uav", 1, "UA-59")]),
    ("in-oblast-killed", "В Одеській області через атаку дронів загинули двоє людей, ще п'ятеро"
     " поранені.",
     [c("killed", None, 2, "UA-51"), c("injured", None, 5, "UA-51")]),
    ("killed-nine", "Внаслідок ракетного удару по Кривому Рогу загинули дев'ятеро людей, серед"
     " них двоє дітей.",
     [c("killed", None, 9, "city:Kryvyi Rih")]),
    ("injured-rose", "Кількість поранених у Дніпрі внаслідок атаки зросла до 15.",
     [c("injured", None, 15, "city:Dnipro")]),
    ("kherson-shelling-injured", "Вчора ворог 35 разів обстріляв Херсонщину. Поранено 6 людей.",
     []),
    ("mykolaiv-no-victims",
     "Протягом ночі над Миколаївщиною знищено 7 ударних БпЛА. Пошкоджено приватний будинок,"
     " без постраждалих.",
     [c("intercepted", "uav", 7, "UA-48"), c("killed", None, 0, "UA-48"),
      c("injured", None, 0, "UA-48")]),
    ("age-is-no-count", "Унаслідок атаки ворожого дрона на Чернігівщині травмовано 62-річну"
     " жінку.",
     [c("injured", None, 1, "UA-74"), c("launched", "uav", 1, "UA-74")]),
    ("people-not-hurt",
     "На Житомирщині внаслідок нічної атаки пошкоджено склад, люди не постраждали.",
     [c("killed", None, 0, "UA-18"), c("injured", None, 0, "UA-18")]),
    ("injured-of-them-children", "У Харкові поранено 12 людей, серед них троє дітей.",
     [c("injured", None, 12, "city:Kharkiv")]),
    ("city-with-region", "У Дніпрі на Дніпропетровщині уламки дрона травмували 2 людей.",
     [c("injured", None, 2, "UA-12")]),
    ("relay-unian", "Як повідомляє УНІАН, в Одесі внаслідок атаки постраждали 8 людей.",
     [c("injured", None, 8, "city:Odesa", UA_MED)]),

    # -- Russian regions and Russian claimants, in Ukrainian.
    ("ru-mod-bryansk",
     "Над Брянською областю вночі збили 30 українських дронів, заявили в міноборони Росії.",
     [c("intercepted", "uav", 30, "RU-BRY", RU_MIL)]),
    ("ru-mod-kursk", "У Курській області, за даними російського міноборони, знищено 8"
     " безпілотників.",
     [c("intercepted", "uav", 8, "RU-KRS", RU_MIL)]),
    ("ru-mod-total-and-region",
     "Міноборони РФ заявило, що над російськими регіонами збили 42 дрони, з них 20 — над"
     " Бєлгородською областю.",
     [c("intercepted", "uav", 42, "RU", RU_MIL), c("intercepted", "uav", 20, "RU-BEL", RU_MIL)]),
    ("crimea-aksyonov", "У Криму вночі збили 20 українських безпілотників, заявив Сергій"
     " Аксьонов.",
     [c("intercepted", "uav", 20, "UA-43", RU_OFF)]),
    ("voronezh-governor",
     "Губернатор Воронезької області Олександр Гусєв повідомив про знищення 5 БпЛА над"
     " регіоном.",
     [c("intercepted", "uav", 5, "RU-VOR", RU_OFF)]),
    ("oryol-outlet", "Над Орловською областю перехоплено 3 безпілотники.",
     [c("intercepted", "uav", 3, "RU-ORL")]),
    ("rostov-russian-media",
     "Внаслідок атаки дронів у Ростовській області загинула одна людина, повідомляють російські"
     " ЗМІ.",
     [c("killed", None, 1, "RU-ROS", RU_MED)]),
    ("krasnodar-and-city",
     "Над Краснодарським краєм знищено 11 дронів, з них 4 — над Новоросійськом.",
     [c("intercepted", "uav", 11, "RU-KDA"), c("intercepted", "uav", 4, "RU-KDA")]),
    ("moscow-sobyanin",
     "Собянін заявив, що сили ППО збили 3 безпілотники, які летіли на Москву.",
     [c("intercepted", "uav", 3, "RU-MOW", RU_OFF)]),

    # -- Background: no claim.
    ("history-record", "У вересні 2024 року Росія запустила по Україні рекордні 1339 шахедів.",
     []),
    ("monthly-total", "Загалом за лютий ворог випустив по Україні понад 4000 дронів.", []),
    ("forecast", "У ГУР прогнозують, що Росія може запустити 200 ракет найближчими днями.", []),
    ("ground-combat", "Оператори дронів знищили 12 російських танків і 30 одиниць техніки на"
     " Покровському напрямку.", []),
    ("price", "Один шахед коштує Росії близько 50 тисяч доларів.", []),
    ("sports", "Шахтар переміг Динамо з рахунком 2:1 у матчі 20-го туру.", []),
    ("year-expert", "У 2022 році на Україну впало 3000 ракет, заявив експерт.", []),
    ("production", "Росія виробляє щомісяця до 2700 шахедів, кажуть у розвідці.", []),
    ("general-staff-losses", "Генштаб: втрати ворога за добу — 1200 осіб, 15 артсистем,"
     " 3 танки.", []),
    ("aid-delivery", "Німеччина передасть Україні ще 4 системи Patriot і 100 ракет до них.", []),
    ("recalled-last-week", "Нагадаємо, минулого тижня над Одещиною збили 40 дронів.", []),
    ("threat-bombers", "Моніторингові канали попереджають про можливий масований удар:"
     " росіяни підготували 10 Ту-95.", []),
    ("alert-duration", "Повітряна тривога на Київщині тривала 3 години.", []),

    # -- A second round, written after the first round's fixes, before its run.
    ("kharkiv-three-shaheds", "Вибухи в Харкові: ворог вдарив по місту трьома шахедами.",
     [c("launched", "uav", 3, "city:Kharkiv")]),
    ("according-to-af-of",
     "За даними Повітряних сил, збито 52 з 71 БпЛА, ще 15 — локаційно втрачені.",
     [c("launched", "uav", 71, "UA", UA_MIL), c("intercepted", "uav", 52, "UA", UA_MIL),
      c("suppressed", "uav", 15, "UA", UA_MIL)]),
    ("debris-no-count", "Унаслідок падіння уламків на Київщині пошкоджено два будинки.", []),
    ("sumy-hit-ova",
     "У Сумах дрон влучив у багатоповерхівку, загинули двоє людей, 11 травмовані, повідомили в"
     " Сумській ОВА.",
     [c("hit", "uav", 1, "UA-59", UA_OFF), c("killed", None, 2, "UA-59", UA_OFF),
      c("injured", None, 11, "UA-59", UA_OFF)]),
    ("attacks-count-no-claim",
     "Протягом доби росіяни 12 разів атакували Нікопольщину дронами й артилерією.", []),
    ("air-defence-worked-no-count", "Над Вінниччиною ППО працювала по ворожих дронах.", []),
    ("kh59-launched-and-downed", "Армія РФ випустила по Дніпру ракету Х-59, її збили.",
     [c("launched", "missile", 1, "city:Dnipro"), c("intercepted", "missile", 1,
                                                      "city:Dnipro")]),
    ("kalibr-and-shaheds", "Сили ППО збили над Одещиною ракету «Калібр» та 6 шахедів.",
     [c("intercepted", "cruise_missile", 1, "UA-51"), c("intercepted", "uav", 6, "UA-51")]),
    ("press-service-ova",
     "Пресслужба Одеської ОВА повідомила, що ворог атакував регіон 14 ударними дронами.",
     [c("launched", "uav", 14, "UA-51", UA_OFF)]),
    ("according-to-kiper", "За словами Олега Кіпера, в Одесі загинула 1 людина.",
     [c("killed", None, 1, "city:Odesa", UA_OFF)]),
    ("since-start-of-month", "Загалом від початку березня ворог випустив понад 2000 шахедів.",
     []),
    ("ukrainian-drones-no-count",
     "Минулої ночі українські дрони атакували НПЗ у Рязанській області.", []),
    ("ru-mod-over-regions",
     "Міноборони Росії заявило про знищення 126 українських безпілотників над 12 регіонами.",
     [c("intercepted", "uav", 126, "RU", RU_MIL)]),
    ("belgorod-gladkov",
     "У Бєлгороді внаслідок атаки дрона поранено двох людей, повідомив губернатор В'ячеслав"
     " Гладков.",
     [c("launched", "uav", 1, "city:Belgorod", RU_OFF),
      c("injured", None, 2, "city:Belgorod", RU_OFF)]),
    ("kh22-on-kyiv", "Ворог застосував 2 ракети Х-22 по Києву.",
     [c("launched", "missile", 2, "UA-30")]),
    ("fpv-front-no-claim",
     "На Дніпропетровщині ворог атакував Нікопольський район із артилерії та FPV-дронів.", []),
    ("attacks-city-count", "Вчора ворог 24 рази атакував Запоріжжя.", []),
    ("explosions-no-count", "Близько 03:00 над Хмельницьким було чути вибухи: працювала ППО.",
     []),
    ("of-launched-at-lviv", "ППО знищила 6 з 7 ракет, випущених по Львову.",
     [c("launched", "missile", 7, "city:Lviv"), c("intercepted", "missile", 6, "city:Lviv")]),
    ("recorded-in-airspace",
     "Усього в повітряному просторі України фіксувалися 110 ворожих безпілотників.",
     [c("launched", "uav", 110, "UA")]),
    ("bombs-after-kab", "Від початку доби росіяни 4 рази атакували КАБами Харківщину,"
     " скинувши 16 бомб.",
     [c("launched", "guided_bomb", 16, "UA-63")]),
    ("shahed-hit-kyiv", "Шахед влучив у багатоповерхівку в Києві, є загиблі.",
     [c("hit", "uav", 1, "UA-30")]),
    ("missile-debris", "Крім того, уламки ракети впали на території Білоцерківського району.",
     []),
    ("denial-after-attack",
     "Уночі ворог атакував Черкащину ракетами. Постраждалих, за попередньою інформацією, немає.",
     [c("killed", None, 0, "UA-71"), c("injured", None, 0, "UA-71")]),
    ("two-guided-bombs-sumy", "Окупанти вдарили по Сумах двома керованими авіабомбами.",
     [c("launched", "guided_bomb", 2, "city:Sumy")]),

    # -- A third round, written after the second round's fixes, before its run.
    ("mixed-figure", "Збито/подавлено 26 ворожих БпЛА.",
     [c("intercepted", "uav", 26, "UA")]),
    ("distributive-three", "Над Сумщиною та Чернігівщиною — по три дрони.",
     [c("intercepted", "uav", 3, "UA-59"), c("intercepted", "uav", 3, "UA-74")]),
    ("af-header-list",
     "У ніч на 14 березня противник атакував:\n– 75 ударними БпЛА типу Shahed;\n– 3 крилатими"
     " ракетами Х-101.",
     [c("launched", "uav", 75, "UA"), c("launched", "cruise_missile", 3, "UA")]),
    ("count-in-brackets", "Уночі ворог атакував Україну ударними БпЛА (всього 112).",
     [c("launched", "uav", 112, "UA")]),
    ("district-is-oblast", "В Одеському районі сили ППО знищили 5 дронів.",
     [c("intercepted", "uav", 5, "UA-51")]),
    ("aircraft-type-uav", "Перехоплено та знищено 24 БпЛА літакового типу.",
     [c("intercepted", "uav", 24, "UA")]),
    ("kyiv-city-administration",
     "У Києві уламки збитої ракети поранили трьох людей, повідомили у Київській міській"
     " військовій адміністрації.",
     [c("injured", None, 3, "UA-30", UA_OFF), c("intercepted", "missile", 1, "UA-30", UA_OFF)]),
    ("toll-rose-poltava", "Кількість загиблих унаслідок удару по Полтаві зросла до 14.",
     [c("killed", None, 14, "city:Poltava")]),
    ("collective-numerals",
     "Унаслідок ракетного удару по Черкасах загинули троє людей, ще семеро травмовано.",
     [c("killed", None, 3, "city:Cherkasy"), c("injured", None, 7, "city:Cherkasy")]),
    ("among-wounded-child",
     "Унаслідок атаки дронів на Херсон поранено 4 людей, серед поранених — дитина.",
     [c("injured", None, 4, "city:Kherson")]),
    ("kinzhal-and-iskander",
     "Росіяни випустили по Київщині 4 ракети «Кинджал» та 2 «Іскандер-М».",
     [c("launched", "ballistic_missile", 4, "UA-32"),
      c("launched", "ballistic_missile", 2, "UA-32")]),
    ("info-being-clarified",
     "Ворог атакував 112 ударними БпЛА. Інформація щодо результатів уточнюється.",
     [c("launched", "uav", 112, "UA")]),

    # -- A fourth round, written after the third round's fixes, before its run.
    ("telegram-dash-signature", "⚡️Харків: ворог атакував місто 7 шахедами — Терехов",
     [c("launched", "uav", 7, "city:Kharkiv", UA_OFF)]),
    ("tens-no-count", "Росія вночі атакувала Україну десятками дронів.", []),
    ("several-no-count", "Кілька безпілотників збито над Київщиною.", []),
    ("relay-rbc", "Як пише РБК-Україна, над Житомирщиною знищено 8 шахедів.",
     [c("intercepted", "uav", 8, "UA-18", UA_MED)]),
    # (round 7) a week's tally is a claim, undated (test_uk_coverage "week-tally-president")
    ("thousands-week", "Збито 1,2 тис. дронів за тиждень.",
     [c("intercepted", "uav", 1200, "UA", UA_OUT)]),
    ("numeric-date", "13.03 над Полтавщиною збили 4 дрони.",
     [c("intercepted", "uav", 4, "UA-53")]),
    ("headline-dash-signature", "Одеса: дві людини загинули внаслідок атаки дронів, — Кіпер.",
     [c("killed", None, 2, "city:Odesa", UA_OFF)]),
    ("downed-and-one-hit",
     "Вночі над Миколаєвом сили ППО збили два шахеди, ще один влучив у склад.",
     [c("intercepted", "uav", 2, "city:Mykolaiv"), c("hit", "uav", 1, "city:Mykolaiv")]),
    ("af-colon-of", "Повітряні сили: з 90 дронів 60 збили, 25 — локаційно втрачені.",
     [c("launched", "uav", 90, "UA", UA_MIL), c("intercepted", "uav", 60, "UA", UA_MIL),
      c("suppressed", "uav", 25, "UA", UA_MIL)]),
    ("iskander-then-killed",
     "Ворог атакував Чернігівщину ракетою Іскандер-М. Загинули 4 людини.",
     [c("launched", "ballistic_missile", 1, "UA-74"), c("killed", None, 4, "UA-74")]),
    ("night-against-date", "У ніч проти 14 березня над Сумщиною збито 11 ударних БпЛА.",
     [c("intercepted", "uav", 11, "UA-59")]),
    ("bomb-on-kherson", "Російські війська скинули на Херсон авіабомбу, поранено 2 людей.",
     [c("launched", "guided_bomb", 1, "city:Kherson"), c("injured", None, 2, "city:Kherson")]),
    # found while checking a fix, its expectation from ANNOTATION.md ("28 of 31 drones")
    ("one-of-three-hit", "Одна з 3 ракет влучила в будинок у Києві.",
     [c("launched", "missile", 3, "UA-30"), c("hit", "missile", 1, "UA-30")]),
]

# Cases the rules still miss, each with why it is left.
XFAIL: dict[str, str] = {
    "injured-of-them-children": (
        "no attack named: casualties are read only with an air attack in context (with"
        " 'унаслідок ракетного удару' the claim comes); ANNOTATION.md counts only the"
        " casualties of aerial attacks, so the silence may be right"),
    "according-to-kiper": (
        "no attack named, as in injured-of-them-children: 'загинула 1 людина' alone is read"
        " only with an air attack in context"),
}


def params() -> list[object]:
    out: list[object] = []
    for name, text, expected in CASES:
        marks = [pytest.mark.xfail(reason=XFAIL[name], strict=True)] if name in XFAIL else []
        out.append(pytest.param(text, expected, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("text", "expected"), params())
def test_uk_challenge(resources: Resources, text: str, expected: list[Row]) -> None:
    assert as_scored(read(resources, text), expected) == sorted(expected, key=row_key)


def test_names_unique() -> None:
    names = [name for name, _, _ in CASES]
    assert len(names) == len(set(names))

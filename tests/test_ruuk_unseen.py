"""Russian and Ukrainian reports the rules were not tuned to (issue 15), one error class per
group, each as rows of my own sentences. Each row: a report text and the claims it must give as
(action, weapon, quantity, location); a case with an empty list must give none.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from unseen_texts import Row, read, rows

CASES: dict[str, tuple[str, str, list[Row]]] = {
    # Casualty denials: the phrasings, and a denial paragraphs after the drone.
    "denial-of-people": (
        "ru",
        "Над Ростовской областью уничтожен беспилотник. Никто из людей не пострадал.",
        [
            ("injured", None, 0, "RU-ROS"),
            ("intercepted", "uav", 1, "RU-ROS"),
            ("killed", None, 0, "RU-ROS"),
        ],
    ),
    "denial-among-people": (
        "ru",
        "Над Орловской областью сбиты два дрона. Пострадавших среди жителей нет.",
        [
            ("injured", None, 0, "RU-ORL"),
            ("intercepted", "uav", 2, "RU-ORL"),
            ("killed", None, 0, "RU-ORL"),
        ],
    ),
    "denial-was-not": (
        "ru",
        "Ракету перехватили над Курской областью. Пострадавших и повреждений не было.",
        [
            ("injured", None, 0, "RU-KRS"),
            ("intercepted", "missile", 1, "RU-KRS"),
            ("killed", None, 0, "RU-KRS"),
        ],
    ),
    "denial-neither-killed-nor-hurt": (
        "ru",
        "Над Тульской областью ПВО сбила три беспилотника. Никто не погиб и не пострадал.",
        [
            ("injured", None, 0, "RU-TUL"),
            ("intercepted", "uav", 3, "RU-TUL"),
            ("killed", None, 0, "RU-TUL"),
        ],
    ),
    "denial-of-victims-noun": (
        "ru",
        "Над Брянской областью сбит беспилотник. Предварительно, без потерпевших.",
        [
            ("injured", None, 0, "RU-BRY"),
            ("intercepted", "uav", 1, "RU-BRY"),
            ("killed", None, 0, "RU-BRY"),
        ],
    ),
    "denial-is-no-news": (
        "ru",
        "Над Брянской областью сбит беспилотник. Информации о пострадавших не было.",
        [("intercepted", "uav", 1, "RU-BRY")],
    ),
    "denial-paragraphs-after-the-drone": (
        "ru",
        "Губернатор Воронежской области Александр Гусев сообщил, что ночью над регионом сбили "
        "беспилотник.\nВ одном из сел повреждены окна двух домов.\nТакже пострадала линия "
        "электропередачи.\nЭлектрики уже восстановили подачу света.\nПо его словам, никто не "
        "пострадал.",
        [
            ("injured", None, 0, "RU-VOR"),
            ("intercepted", "uav", 1, "RU-VOR"),
            ("killed", None, 0, "RU-VOR"),
        ],
    ),
    "denial-without-air-war-is-none": (
        "ru",
        "В Подмосковье загорелся склад. Пожар потушили. Пострадавших нет.",
        [],
    ),
    # A governor's denial belongs to the governor's region, not to the town named last.
    "governor-denial-is-of-the-region": (
        "ru",
        "Врио губернатора Ростовской области Юрий Слюсар сообщил, что над Таганрогом уничтожен "
        "беспилотник. Обошлось без пострадавших.",
        [
            ("injured", None, 0, "RU-ROS"),
            ("intercepted", "uav", 1, "RU-ROS"),  # the region named in the same sentence
            ("killed", None, 0, "RU-ROS"),
        ],
    ),
    # Impacts: "упал", "падение" of a drone are hits at a place (the uk "впав" already is).
    "drone-fell": (
        "ru",
        "Еще один беспилотник упал на территории промзоны в Брянской области.",
        [("hit", "uav", 1, "RU-BRY")],
    ),
    "debris-fell-is-no-hit": (
        "ru",
        "Обломки БПЛА упали на крышу дома в Курской области. Люди не пострадали.",
        [("injured", None, 0, "RU-KRS"), ("killed", None, 0, "RU-KRS")],
    ),
    # Places: Ukrainian towns in the national romanization, quarters of a city-region.
    "ukrainian-town-national-spelling": (
        "uk",
        "У м. Куп’янськ внаслідок удару дрона постраждали двоє чоловіків.",
        [("hit", "uav", 1, "city:Kupiansk"), ("injured", None, 2, "city:Kupiansk")]),
    "ukrainian-town-national-spelling-ru": (
        "ru",
        "Баллистическая ракета попала в жилой дом в Кривом Роге.",
        [("hit", "ballistic_missile", 1, "city:Kryvyi Rih")]),
    "quarter-of-kyiv-is-kyiv": (
        "uk",
        "Через падіння уламків дрона у Дарниці постраждала одна особа.",
        [("injured", None, 1, "UA-30")]),
    # Several regions joined by "и" or commas under one number: the country; under "по N",
    # one claim each; the regions after a count that closes its item are the next count's.
    "regions-before-one-number": (
        "ru",
        "Дежурные средства ПВО сбили над Тульской и Калужской областями шесть беспилотников.",
        [("intercepted", "uav", 6, "RU")]),
    "distributive-after-dash": (
        "ru",
        "Всего сбиты 20 дронов: над Курской — восемь, над Орловской, Липецкой и Тамбовской "
        "областями — по два, над Брянской и Калужской — по три.",
        [("intercepted", "uav", 2, "RU-LIP"), ("intercepted", "uav", 2, "RU-ORL"),
         ("intercepted", "uav", 2, "RU-TAM"), ("intercepted", "uav", 3, "RU-BRY"),
         ("intercepted", "uav", 3, "RU-KLU"), ("intercepted", "uav", 8, "RU-KRS"),
         ("intercepted", "uav", 20, "RU")]),
    "distributive-before-verb": (
        "ru",
        "Над Липецкой, Курской и Воронежской областями уничтожены по два беспилотника.",
        [("intercepted", "uav", 2, "RU-KRS"), ("intercepted", "uav", 2, "RU-LIP"),
         ("intercepted", "uav", 2, "RU-VOR")]),
    "regions-before-one-number-uk": (
        "uk",
        "Над Сумською та Чернігівською областями сили ППО знищили 9 ворожих дронів.",
        [("intercepted", "uav", 9, "UA")]),
    # One uncounted drone that "attacked" or "struck" a car hit it; an attempt is a launch.
    "attack-of-one-drone-is-a-hit": (
        "ru",
        "В Курской области при атаке дрона на легковой автомобиль ранен водитель.",
        [("hit", "uav", 1, "RU-KRS"), ("injured", None, 1, "RU-KRS")]),
    "drone-struck-a-car": (
        "ru",
        "В Брянской области дрон ударил по грузовику, пострадал мужчина.",
        [("hit", "uav", 1, "RU-BRY"), ("injured", None, 1, "RU-BRY")]),
    "attempted-attack-is-a-launch": (
        "ru",
        "В Курской области была пресечена попытка атаки беспилотника на подстанцию, пострадал "
        "мужчина.",
        [("injured", None, 1, "RU-KRS"), ("launched", "uav", 1, "RU-KRS")]),
    # The Ukrainian Air Force's account relayed in Russian: "локационно потерян".
    "locally-lost-in-russian": (
        "ru",
        "Воздушные силы ВСУ сообщили, что ночью над Украиной сбиты 52 беспилотника. Еще 17 "
        "дронов локационно потеряны, один беспилотник локационно потерян.",
        [("intercepted", "uav", 52, "UA"), ("suppressed", "uav", 1, "UA"),
         ("suppressed", "uav", 17, "UA")]),
    # Where drones came from is no place of the claim, with the country after the region.
    "origin-region-and-country": (
        "uk",
        "Ударні БпЛА летіли із Брянської області РФ. Сили оборони збили 12 російських дронів.",
        [("intercepted", "uav", 12, "UA")]),
    # A Ukrainian site's own unplaced count is of Ukraine.
    "ukrainian-outlet-count-is-of-ukraine": (
        "uk",
        "Вночі окупанти застосували три балістичні ракети, одна з яких влучила в склад.",
        [("hit", "ballistic_missile", 1, "UA"), ("launched", "ballistic_missile", 3, "UA")]),
    # Launch and interception pairs: "all 14 launched", "N из M", "из них" at the launch's place.
    "all-launched-downed": (
        "ru",
        "Все 12 запущенных беспилотников были сбиты над Курской областью.",
        [("intercepted", "uav", 12, "RU-KRS"), ("launched", "uav", 12, "RU-KRS")]),
    "all-launched-downed-uk": (
        "uk",
        "Над Одещиною всі 9 запущених дронів збито.",
        [("intercepted", "uav", 9, "UA-51"), ("launched", "uav", 9, "UA-51")]),
    "out-of-those-launched": (
        "ru",
        "Из 25 запущенных дронов 19 уничтожены над Брянской областью.",
        [("intercepted", "uav", 19, "RU-BRY"), ("launched", "uav", 25, "RU-BRY")]),
    "out-of-those-launched-uk": (
        "uk",
        "Із 25 запущених дронів 19 знищено над Сумщиною.",
        [("intercepted", "uav", 19, "UA-59"), ("launched", "uav", 25, "UA-59")]),
    "part-of-a-launch-is-at-its-place": (
        "ru",
        "ВСУ выпустили четыре ракеты ATACMS по объекту в Курской области, сообщило Минобороны. "
        "Ранее США разрешили удары вглубь России. ЗРК С-400 сбили три из них.",
        [("intercepted", "ballistic_missile", 3, "RU-KRS"),
         ("launched", "ballistic_missile", 4, "RU-KRS")]),
    # Quarters of a city the report names are that city, not a homonym elsewhere.
    "kyiv-quarter": (
        "uk",
        "Ворог атакував Київ дронами. В Оболонському районі уламки БпЛА впали на дах будинку, "
        "постраждала одна людина.",
        [("injured", None, 1, "UA-30")]),
    "kharkiv-quarters": (
        "uk",
        "12 безпілотників окупанти випустили по Салтівському і Київському районах Харкова.",
        [("launched", "uav", 12, "city:Kharkiv")]),
    "kyiv-quarter-ru": (
        "ru",
        "Российские дроны атаковали Киев. В Подольском районе обломки беспилотника упали во "
        "двор, пострадали два человека.",
        [("injured", None, 2, "UA-30")]),
    "podolsk-district-without-kyiv": (
        "ru",
        "В Подольском районе Московской области сбит беспилотник.",
        [("intercepted", "uav", 1, "RU-MOS")]),
    # Precision guards: a past event recalled with "тогда", a condition with "если".
    "then-after-a-past-date-is-history": (
        "ru",
        "Ночью над Брянской областью сбиты 4 беспилотника. В мае 2023 года ракета попала в "
        "жилой дом. Тогда погибли 11 человек.",
        [("intercepted", "uav", 4, "RU-BRY")]),
    "then-after-a-past-date-is-history-uk": (
        "uk",
        "Вночі над Одещиною збили 6 дронів. У серпні 2023 року ракета влучила в школу. Тоді "
        "загинули 5 людей.",
        [("intercepted", "uav", 6, "UA-51")]),
    "then-today-is-no-history": (
        "ru",
        "Ночью дрон атаковал Белгород. Тогда пострадали два человека.",
        [("hit", "uav", 1, "city:Belgorod"), ("injured", None, 2, "city:Belgorod")]),
    "condition-is-no-event": (
        "ru",
        "«Если противник попытается запустить ракету, мы ответим», — заявил министр.",
        []),
    "condition-is-no-event-uk": (
        "uk",
        "Якщо ворог спробує запустити ракети, ППО їх зустріне, заявив речник.",
        []),
}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES.values(), ids=CASES.keys())
def test_claims(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == expected


# Attacker side: a Russian outlet (the channel is RIA's) telling Russia's own strike on Ukraine.
ATTACKERS: dict[str, tuple[str, str, str]] = {
    "russian-outlet-russias-strike": (
        "ru",
        "Утром ВС РФ нанесли массированный удар по Украине: было выпущено 70 ракет.",
        "ru"),
    "russian-outlet-drones-on-russia": (
        "ru",
        "По территории России было выпущено 40 беспилотников, сообщило Минобороны.",
        "ua"),
    "ukrainian-outlet-strike-on-ukraine": (
        "uk",
        "Вночі по Україні було випущено 50 дронів.",
        "ru"),
}


@pytest.mark.parametrize(("lang", "text", "side"), ATTACKERS.values(), ids=ATTACKERS.keys())
def test_attacker_side(resources: Resources, lang: str, text: str, side: str) -> None:
    (claim,) = read(resources, text, lang)
    assert claim.attacker_side == side

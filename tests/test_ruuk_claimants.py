"""Russian and Ukrainian reports the rules were not tuned to (issue 15, round 2): who says a
relayed claim, and victims of gunfire that are no air war. Each row is my own sentences.

Claimant rows give the claims' (action, quantity, claimant side, claimant kind); the channel is
RIA Novosti's, so the outlet's own voice is ("ru", "outlet").
"""

from __future__ import annotations

import pytest

from claimledger.model import Claim
from claimledger.resources import Resources
from unseen_texts import Row, read, rows

Voice = tuple[str, int, str | None, str | None]


def voices(claims: list[Claim]) -> list[Voice]:
    return sorted(
        ((c.action, c.quantity, c.claimant_side, c.claimant_kind) for c in claims),
        key=lambda row: (row[0], row[1]),
    )


DENIAL = [("injured", 0, "ru", "official"), ("killed", 0, "ru", "official")]

CLAIMANTS: dict[str, tuple[str, str, list[Voice]]] = {
    # "глава Дона" heads Rostov Oblast; the relaying agency after it is no speaker of its own.
    "head-of-don-named": (
        "ru",
        "Ночью дроны атаковали Ростовскую область. Пострадавших нет. Об этом сообщил глава "
        "Дона Юрий Слюсарь, передает ИА Юг.",
        DENIAL,
    ),
    "head-of-don-unnamed": (
        "ru",
        "Ночью беспилотники атаковали Каменский район. Пострадавших нет, сообщил глава Дона.",
        DENIAL,
    ),
    # "..., передает <body>" at the end of a sentence signs its paragraph.
    "relayed-by-ending": (
        "ru",
        "В Кореновском районе Краснодарского края после падения обломков БПЛА загорелся "
        "склад. Пострадавших нет. На месте работают 20 пожарных, передает оперштаб Кубани.",
        DENIAL,
    ),
    # The emergency service's press centre, named in a line above.
    "press-centre-above": (
        "ru",
        "Об этом сообщает пресс-центр ГСЧС в Черниговской области.\n"
        "Из-за падения обломков дрона загорелся сарай.\nЛюди не пострадали.",
        [("injured", 0, "ua", "official"), ("killed", 0, "ua", "official")],
    ),
    # "глава региона" with no region in sight: the head of the outlet's own country.
    "unnamed-head-of-region": (
        "ru",
        "Вечером глава региона сообщил, что над областью были сбиты три беспилотника. Никто "
        "не пострадал.",
        [
            ("injured", 0, "ru", "official"),
            ("intercepted", 3, "ru", "official"),
            ("killed", 0, "ru", "official"),
        ],
    ),
    # "оборонное ведомство" is the ministry.
    "defence-department": (
        "ru",
        "По данным оборонного ведомства, за ночь силы ПВО сбили 12 украинских беспилотников "
        "над регионами РФ.",
        [("intercepted", 12, "ru", "military")],
    ),
    # A quote in its own paragraph, signed "— сказали там": the ministry named above.
    "quote-said-there": (
        "ru",
        "Средства ПВО уничтожили над Орловской областью беспилотники. Об этом сообщили в "
        "Минобороны.\n\n\"Дежурными средствами ПВО пять украинских БПЛА уничтожены над "
        "территорией Орловской области\", - сказали там.",
        [("intercepted", 5, "ru", "military")],
    ),
    # A speaker's sentence that ends with a colon speaks for the list items below it.
    "ministry-above-a-list": (
        "ru",
        "ВСУ нанесли два удара по Брянской области, сообщили в Минобороны РФ:\n\n"
        "— 12 марта четыре ракеты ATACMS были сбиты.\n\n"
        "— 13 марта были сбиты три ракеты ATACMS.",
        [("intercepted", 3, "ru", "military"), ("intercepted", 4, "ru", "military")],
    ),
    # "ПвК" is an air command: the air force's word, relayed by a governor.
    "air-command-abbreviation": (
        "uk",
        "Уночі, за інформацією ПвК, над Полтавщиною збили два ворожі безпілотники, додав "
        "Пронін.",
        [("intercepted", 2, "ua", "military")],
    ),
    # Heads of Ukrainian regions in the registry: their word carries past a bulleted list.
    "head-of-poltava-past-bullets": (
        "uk",
        "Уночі дрони атакували Миргород, повідомив начальник ОВА Філіп Пронін.\n\n"
        "  • Пошкоджено склад.\n  • Пошкоджено дах школи.\n\nОбійшлося без постраждалих.",
        [("injured", 0, "ua", "official"), ("killed", 0, "ua", "official")],
    ),
    "head-of-zhytomyr-by-his-words": (
        "uk",
        "Житомир знову під атакою дронів. Про це повідомив Віталій Бунечко.\n\nЗа його "
        "словами, пошкоджено магазин.\n\nНаразі відомо про трьох постраждалих.",
        [("injured", 3, "ua", "official")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMANTS.values(), ids=CLAIMANTS.keys())
def test_claimant(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    assert voices(read(resources, text, lang)) == expected


GUNFIRE: dict[str, tuple[str, str, list[Row]]] = {
    # Shelling with no weapon named: its victims, or their absence, are the ground war's.
    "shelled-no-victims": (
        "uk",
        "Над Миколаївщиною збили п'ять дронів. Водночас ворог знову обстрілював Очаківську "
        "громаду, але немає жертв і поранених.",
        [("intercepted", "uav", 5, "UA-48")],
    ),
    "shelled-one-killed": (
        "uk",
        "Над Херсонщиною збили три дрони. Окупанти знову обстрілювали Берислав, загинув "
        "чоловік.",
        [("intercepted", "uav", 3, "UA-65")],
    ),
    # A rocket shelling names its weapon: an air attack.
    "rocket-shelling": (
        "uk",
        "Над Миколаївщиною збили п'ять дронів. Внаслідок ракетного обстрілу Очакова загинула "
        "одна людина.",
        [("intercepted", "uav", 5, "UA-48"), ("killed", None, 1, "city:Ochakiv")],
    ),
    # The denial of a drone attack's own sentence stays.
    "drone-denial-stays": (
        "uk",
        "Над Миколаївщиною збили п'ять дронів. Постраждалих немає.",
        [
            ("injured", None, 0, "UA-48"),
            ("intercepted", "uav", 5, "UA-48"),
            ("killed", None, 0, "UA-48"),
        ],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), GUNFIRE.values(), ids=GUNFIRE.keys())
def test_gunfire(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == expected


VICTIMS: dict[str, tuple[str, str, list[Row]]] = {
    # A victim named by occupation.
    "editor-killed": (
        "ru",
        "В Курской области при атаке украинского дрона на автомобиль погибла главред районной "
        "газеты.",
        [("hit", "uav", 1, "RU-KRS"), ("killed", None, 1, "RU-KRS")],
    ),
    "journalist-injured": (
        "uk",
        "Унаслідок удару дрона по Херсону поранений журналіст.",
        [("hit", "uav", 1, "city:Kherson"), ("injured", None, 1, "city:Kherson")],
    ),
    # Bodies recovered count the dead.
    "bodies-of-children": (
        "ru",
        "После удара ракеты по дому в Днепре спасатели извлекли тела двоих детей.",
        [("killed", None, 2, "city:Dnipro")],
    ),
    "bodies-of-people": (
        "uk",
        "Після удару ракети по будинку в Одесі рятувальники дістали тіла трьох людей.",
        [("killed", None, 3, "city:Odesa")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), VICTIMS.values(), ids=VICTIMS.keys())
def test_victims(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == expected


HEADLINE_REGION: dict[str, tuple[str, str, list[Row]]] = {
    # A ministry's count in a report that names one region only is of that region.
    "one-region-report": (
        "ru",
        "**Минобороны России: ВСУ ударили по объектам в Белгородской области ракетами "
        "ATACMS**\n\nМинобороны утверждает, что в ходе атаки шесть ракет ATACMS были "
        "уничтожены.",
        [("intercepted", "ballistic_missile", 6, "RU-BEL")],
    ),
    # Two regions named: the count is the country's.
    "two-region-report": (
        "ru",
        "**Минобороны России: ВСУ ударили по объектам в Белгородской и Курской областях "
        "ракетами ATACMS**\n\nМинобороны утверждает, что в ходе атак шесть ракет ATACMS были "
        "уничтожены.",
        [("intercepted", "ballistic_missile", 6, "RU")],
    ),
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"), HEADLINE_REGION.values(), ids=HEADLINE_REGION.keys()
)
def test_headline_region(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == expected


BRACKETED: dict[str, tuple[str, str, list[Row]]] = {
    # Counts in brackets after each place break a total down; the total is the country's.
    "bracketed-after-total": (
        "ru",
        "Дежурными средствами ПВО 9 БПЛА перехвачено над территориями Брянской области "
        "(5 БПЛА) и Орловской области (4 БПЛА).",
        [
            ("intercepted", "uav", 4, "RU-ORL"),
            ("intercepted", "uav", 5, "RU-BRY"),
            ("intercepted", "uav", 9, "RU"),
        ],
    ),
    "bracketed-after-colon": (
        "ru",
        "Ночью уничтожено 7 БПЛА: над Курской областью (4 БПЛА) и Тульской областью (3 БПЛА).",
        [
            ("intercepted", "uav", 3, "RU-TUL"),
            ("intercepted", "uav", 4, "RU-KRS"),
            ("intercepted", "uav", 7, "RU"),
        ],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKETED.values(), ids=BRACKETED.keys())
def test_bracketed(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == expected

"""Officials the registry does not know, named with their office (mentions/named.py): the claim
is theirs, with the side and kind their office gives and the name the text gives; the surname
said again alone later speaks as the same person. Our own sentences; every surname here is made
up, so no registry entry can answer for it."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

# text, language, expected (action, quantity, location, claimant, side, kind) rows
CASES: list[tuple[str, Language, list[tuple[str, int, str | None, str, str, str]]]] = [
    (
        "Air defences shot down about ten drones over Kyiv, said Serhiy Zarubko, head of the "
        "Kyiv city administration.",
        "en",
        [("intercepted", 10, "UA-30", "Serhiy Zarubko", "ua", "official")],
    ),
    (
        "Ukraine launched drones at the Bryansk region overnight.\n\nBryansk governor Alexander "
        "Zarubaz said there had been no damage or casualties.",
        "en",
        [
            ("killed", 0, "RU-BRY", "Alexander Zarubaz", "ru", "official"),
            ("injured", 0, "RU-BRY", "Alexander Zarubaz", "ru", "official"),
        ],
    ),
    (
        "Two drones were shot down over Moscow by air defence forces.\n\nThis was announced by "
        "Moscow Mayor Sergei Zarubin, the agency reports.",
        "en",
        [("intercepted", 2, "RU-MOW", "Sergei Zarubin", "ru", "official")],
    ),
    (
        "Russian forces struck Kharkiv with a guided aerial bomb, Kharkiv Mayor Ihor Dorchenko "
        "reported on Telegram.\n\nDorchenko also said there were no casualties.",
        "en",
        [
            ("hit", 1, "city:Kharkiv", "Ihor Dorchenko", "ua", "official"),
            ("killed", 0, "city:Kharkiv", "Ihor Dorchenko", "ua", "official"),
            ("injured", 0, "city:Kharkiv", "Ihor Dorchenko", "ua", "official"),
        ],
    ),
    (  # the region of the office's own clause, and "He" for the governor after
        "In the southern Odesa region, Governor Oleh Vakulenko reported that Russian drones "
        "targeted a port. He confirmed there were no casualties.",
        "en",
        [
            ("killed", 0, "UA-51", "Oleh Vakulenko", "ua", "official"),
            ("injured", 0, "UA-51", "Oleh Vakulenko", "ua", "official"),
        ],
    ),
    (
        "Над Одещиною збито 11 шахедів, повідомив голова ОВА Олег Вакулюк.",
        "uk",
        [("intercepted", 11, "UA-51", "Олег Вакулюк", "ua", "official")],
    ),
    (
        "Російські війська обстріляли Нікопольщину, повідомив голова Дніпропетровської ОВА "
        "Сергій Зарубак.\n\nЗарубак також повідомив, що через удар КАБами постраждав чоловік.",
        "uk",
        [("injured", 1, "UA-12", "Сергій Зарубак", "ua", "official")],
    ),
    (  # "глава" heads an administration in Ukrainian news as "голова" does
        "Постраждалих немає, повідомив глава Дніпропетровської ОВА Сергій Пелішак після "
        "атаки шахедів на Нікопольщину.",
        "uk",
        [
            ("killed", 0, "UA-12", "Сергій Пелішак", "ua", "official"),
            ("injured", 0, "UA-12", "Сергій Пелішак", "ua", "official"),
        ],
    ),
    (  # the name after the administration the office heads, and "його" for it after
        "Уламки шахеда впали на Нікопольщині, повідомив голова Дніпропетровської ОВА Сергій "
        "Пелішак. За його словами, постраждалих немає.",
        "uk",
        [
            ("killed", 0, "UA-12", "Сергій Пелішак", "ua", "official"),
            ("injured", 0, "UA-12", "Сергій Пелішак", "ua", "official"),
        ],
    ),
    (  # the headline's surname before the text names the office
        "Окупанти поцілили трьома ракетами по Львівщині – Вакульський\n\nРакети влучили в "
        "склад у Дрогобичі. Про це повідомляє голова Львівської ОВА Максим Вакульський.",
        "uk",
        [("hit", 3, "UA-46", "Максим Вакульський", "ua", "official")],
    ),
    (
        "Над Белгородской областью сбиты 12 беспилотников, сообщил губернатор Белгородской "
        "области Иван Пелишенко.",
        "ru",
        [("intercepted", 12, "RU-BEL", "Иван Пелишенко", "ru", "official")],
    ),
    (  # "начальник" heads a Ukrainian administration in Russian texts
        "Над Харьковской областью сбиты 5 беспилотников, сообщил начальник ОВА "
        "Олег Вакулов.",
        "ru",
        [("intercepted", 5, "UA-63", "Олег Вакулов", "ua", "official")],
    ),
    (
        "Беспилотник атаковал Сочи, сообщил мэр Сочи Андрей Дорчев.\n\nПо словам Дорчева, "
        "пострадавших нет.",
        "ru",
        [
            ("hit", 1, "city:Sochi", "Андрей Дорчев", "ru", "official"),
            ("killed", 0, "city:Sochi", "Андрей Дорчев", "ru", "official"),
            ("injured", 0, "city:Sochi", "Андрей Дорчев", "ru", "official"),
        ],
    ),
]

# Media the registry does not know, named after what they are.
MEDIA: list[tuple[str, Language, tuple[str, str | None, str]]] = [
    ("Two drones were shot down over Kursk, the Russian news agency Vakulka reported.", "en",
     ("Vakulka", "ru", "media")),
    ("Two drones were shot down over Kursk, according to the Ukrainian outlet Vakulka.", "en",
     ("Vakulka", "ua", "media")),
    ("Над Курской областью сбиты два беспилотника, сообщает издание «Новая Вакулка».", "ru",
     ("Новая Вакулка", None, "media")),
    ("Над Одещиною збито два шахеди, повідомляє видання «Вакулка».", "uk",
     ("Вакулка", None, "media")),
    # the owner of a channel is no medium: the person speaks
    ("Над Белгородской областью сбиты два беспилотника, написал в своем телеграм-канале "
     "губернатор Вячеслав Гладков.", "ru", ("Vyacheslav Gladkov", "ru", "official")),
]

# A body's member named before it, with what they are: the member speaks for the body.
MEMBERS: list[tuple[str, Language, tuple[str, str | None, str]]] = [
    ("Mykola Dorchuk, a spokesman for Ukraine's air force, said 14 drones were shot down.", "en",
     ("Mykola Dorchuk", "ua", "military")),
    ("Игорь Дорчев, официальный представитель Минобороны России, сообщил, что над Курской "
     "областью сбиты 14 беспилотников.", "ru", ("Игорь Дорчев", "ru", "military")),
]

# A registry person spelled another way keeps the registry's name.
KNOWN = [
    (
        "Ukrainian drones hit Belgorod overnight, injuring one person, Belgorod governor "
        "Vyacheslav Hladkoff said.",
        "en",
        "Vyacheslav Gladkov",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str, lang: Language) -> list[tuple[object, ...]]:
    report = Report(id="named", text=text, lang=lang, source="Example Wire")
    return sorted(
        (c.action, c.quantity, c.location, c.claimant, c.claimant_side, c.claimant_kind)
        for c in extractor.extract(report, lang).claims
    )


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_office_holder_named_in_the_text(
    extractor: Extractor, text: str, lang: Language, expected: list[tuple[object, ...]]
) -> None:
    assert _rows(extractor, text, lang) == sorted(expected)


@pytest.mark.parametrize(("text", "lang", "name"), KNOWN)
def test_registry_person_in_another_spelling(
    extractor: Extractor, text: str, lang: Language, name: str
) -> None:
    assert {row[3] for row in _rows(extractor, text, lang)} == {name}


@pytest.mark.parametrize(("text", "lang", "claimant"), MEDIA, ids=[m[0][-40:] for m in MEDIA])
def test_medium_named_by_what_it_is(
    extractor: Extractor, text: str, lang: Language, claimant: tuple[str, str | None, str]
) -> None:
    assert {row[3:] for row in _rows(extractor, text, lang)} == {claimant}


@pytest.mark.parametrize(("text", "lang", "claimant"), MEMBERS, ids=[m[0][:30] for m in MEMBERS])
def test_member_of_a_body(
    extractor: Extractor, text: str, lang: Language, claimant: tuple[str, str | None, str]
) -> None:
    assert {row[3:] for row in _rows(extractor, text, lang)} == {claimant}

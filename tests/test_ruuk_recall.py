"""Russian and Ukrainian claims missed on reports the rules were not tuned to (issue 15, round 3),
one missed class per group, each as rows of my own sentences. Each row: a report text and the
claims it must give as (action, weapon, quantity, location); an empty list must give none.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from unseen_texts import Row, read, rows

CASES: dict[str, tuple[str, str, list[Row]]] = {
    # Counted dead named as victims or lives: "число жертв", "унес N жизни".
    "victims-count-grew": (
        "ru",
        "Число жертв в результате ракетной атаки на Одессу возросло до семи человек.",
        [("killed", None, 7, "city:Odesa")],
    ),
    "victims-count-reached": (
        "ru",
        "Число жертв удара дронов по Сумам достигло четырех.",
        [("killed", None, 4, "city:Sumy")],
    ),
    "lives-taken-people": (
        "ru",
        "Ракетный удар по Сумам унес жизни трех человек.",
        [("killed", None, 3, "city:Sumy")],
    ),
    "lives-taken-bare": (
        "ru",
        "Ракетный удар по Харькову, случившийся вечером, унес две жизни.",
        [("killed", None, 2, "city:Kharkiv")],
    ),
    "no-victims-denial-stays": (
        "ru",
        "В Курской области беспилотник атаковал автомобиль. Пострадавших и жертв нет.",
        [
            ("hit", "uav", 1, "RU-KRS"),
            ("injured", None, 0, "RU-KRS"),
            ("killed", None, 0, "RU-KRS"),
        ],
    ),
    "wind-carries-no-lives": (
        "ru",
        "Ветер унес два дрона в сторону моря.",
        [],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES.values(), ids=CASES.keys())
def test_claims(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == sorted(
        expected, key=lambda row: (row[0], str(row[1]), row[2], str(row[3]))
    )


PLACES: dict[str, tuple[str, str, list[Row]]] = {
    # Where a weapon left to is no place of the counts beside it.
    "uk-left-to-russia": (
        "uk",
        "Вночі ворог атакував Україну 30 дронами. Сили оборони збили 12 російських БпЛА, ще"
        " вісім локально втрачено, два вийшли з повітряного простору на російську територію.",
        [
            ("intercepted", "uav", 12, "UA"),
            ("launched", "uav", 30, "UA"),
            ("suppressed", "uav", 8, "UA"),
        ],
    ),
    "uk-flew-back-to-belarus": (
        "uk",
        "Ворог атакував Україну 15 дронами. Збито 10 БпЛА, один повернувся на територію Білорусі.",
        [("intercepted", "uav", 10, "UA"), ("launched", "uav", 15, "UA")],
    ),
    "ru-left-to-belarus": (
        "ru",
        "Ночью противник атаковал Украину 40 дронами. Силы ПВО сбили 25 беспилотников, еще три"
        " вылетели из воздушного пространства на территорию Беларуси.",
        [("intercepted", "uav", 25, "UA"), ("launched", "uav", 40, "UA")],
    ),
    "uk-flying-to-kyiv-stays": (
        "uk",
        "Над Київщиною збили три дрони, що летіли на Київ.",
        [("intercepted", "uav", 3, "UA-32")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), PLACES.values(), ids=PLACES.keys())
def test_places(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == sorted(
        expected, key=lambda row: (row[0], str(row[1]), row[2], str(row[3]))
    )


VICTIMS: dict[str, tuple[str, str, list[Row]]] = {
    # One person wounded where the wound noun is plural and the verb taking it agrees with them.
    "ru-wounds-taken-by-one": (
        "ru",
        "Вечером беспилотник атаковал Курск. Ранения получила 45-летняя жительница.",
        [("hit", "uav", 1, "city:Kursk"), ("injured", None, 1, "city:Kursk")],
    ),
    "ru-one-takes-heavy-wounds": (
        "ru",
        "В Брянской области дрон ударил по трактору. Тракторист получил тяжелые ранения ног.",
        [("hit", "uav", 1, "RU-BRY")],  # "тракторист" is no victim noun of the lexicon
    ),
    "ru-driver-takes-wounds": (
        "ru",
        "В Брянской области дрон ударил по легковушке. Водитель получил осколочные ранения.",
        [("hit", "uav", 1, "RU-BRY"), ("injured", None, 1, "RU-BRY")],
    ),
    "ru-wounds-taken-by-two": (
        "ru",
        "Вечером беспилотник атаковал Курск. Ранения получили двое мужчин.",
        [("hit", "uav", 1, "city:Kursk"), ("injured", None, 2, "city:Kursk")],
    ),
    "uk-wounds-taken-by-one": (
        "uk",
        "Увечері дрон атакував Суми. Поранення отримав 52-річний чоловік.",
        [("hit", "uav", 1, "city:Sumy"), ("injured", None, 1, "city:Sumy")],
    ),
    # One body found is one person killed.
    "ru-body-of-a-woman": (
        "ru",
        "После ракетного удара по Запорожью спасатели нашли под завалами тело женщины.",
        [("killed", None, 1, "city:Zaporizhzhia")],
    ),
    "ru-bodies-counted": (
        "ru",
        "После ракетного удара по Запорожью спасатели извлекли тела трех человек.",
        [("killed", None, 3, "city:Zaporizhzhia")],
    ),
    "uk-body-of-a-man": (
        "uk",
        "Після ракетного удару по Запоріжжю рятувальники знайшли тіло чоловіка.",
        [("killed", None, 1, "city:Zaporizhzhia")],
    ),
    # A counted group joined to people named one by one: all of them together.
    "ru-man-and-two-women": (
        "ru",
        "Беспилотник ударил по остановке в Курской области. Пострадали мужчина и три женщины.",
        [("hit", "uav", 1, "RU-KRS"), ("injured", None, 4, "RU-KRS")],
    ),
    "ru-two-old-women-and-a-man": (
        "ru",
        "Дрон атаковал Белгород. Пострадали две пожилые женщины и мужчина.",
        [("hit", "uav", 1, "city:Belgorod"), ("injured", None, 3, "city:Belgorod")],
    ),
    "ru-count-with-its-children": (
        "ru",
        "Дрон атаковал Белгород. Ранены четыре мирных жителя, в том числе двое детей.",
        [("hit", "uav", 1, "city:Belgorod"), ("injured", None, 4, "city:Belgorod")],
    ),
    "uk-woman-and-three-children": (
        "uk",
        "Дрон атакував Суми. Постраждали жінка і троє дітей.",
        [("hit", "uav", 1, "city:Sumy"), ("injured", None, 4, "city:Sumy")],
    ),
    "uk-count-then-breakdown": (
        "uk",
        "Дрон атакував Суми. Постраждали п'ятеро людей: чоловік і четверо жінок.",
        [("hit", "uav", 1, "city:Sumy"), ("injured", None, 5, "city:Sumy")],
    ),
    # An impersonal verb takes its one victim as an object, in the accusative.
    "uk-impersonal-unlisted-noun": (
        "uk",
        "Унаслідок атаки дрона на Чернігів поранено фотографа.",  # no victim noun: nothing
        [("launched", "uav", 1, "city:Chernihiv")],
    ),
    "uk-impersonal-wounded-journalist": (
        "uk",
        "Унаслідок атаки дрона на Чернігів поранено журналіста.",
        [("injured", None, 1, "city:Chernihiv"), ("launched", "uav", 1, "city:Chernihiv")],
    ),
    "uk-impersonal-killed-woman": (
        "uk",
        "Внаслідок ракетного удару по Херсону вбито жінку.",
        [("killed", None, 1, "city:Kherson")],
    ),
    "uk-impersonal-counted-stays": (
        "uk",
        "Унаслідок атаки дрона на Чернігів поранено трьох людей.",
        [("injured", None, 3, "city:Chernihiv"), ("launched", "uav", 1, "city:Chernihiv")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), VICTIMS.values(), ids=VICTIMS.keys())
def test_victims(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == sorted(
        expected, key=lambda row: (row[0], str(row[1]), row[2], str(row[3]))
    )


TOTALS: dict[str, tuple[str, str, list[Row]]] = {
    # An air force's count of air targets recorded is a count of what was sent, with its kinds.
    "ru-targets-recorded-with-kinds": (
        "ru",
        "По данным Воздушных сил ВСУ, всего было зафиксировано 95 воздушных целей — три"
        " «Искандера» и 92 беспилотника.",
        [("launched", None, 95, "UA"), ("launched", "ballistic_missile", 3, "UA"),
         ("launched", "uav", 92, "UA")],
    ),
    "uk-targets-recorded-about": (
        "uk",
        "Над Рівненщиною зафіксовано близько 12 повітряних цілей.",
        [("launched", None, 12, "UA-56")],
    ),
    "ru-recorded-hits-are-no-launches": (
        "ru",
        "В Запорожье зафиксировано пять попаданий.",
        [],
    ),
    # One impact named in the singular before an abbreviation is one weapon's.
    "ru-one-impact-of-abbreviation": (
        "ru",
        "В Орловской области после попадания БПЛА в котельную возник пожар.",
        [("hit", "uav", 1, "RU-ORL")],
    ),
    "ru-impacts-plural-say-no-number": (
        "ru",
        "В Орловской области после попаданий БПЛА в склады возник пожар.",
        [],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), TOTALS.values(), ids=TOTALS.keys())
def test_totals(resources: Resources, lang: str, text: str, expected: list[Row]) -> None:
    assert rows(read(resources, text, lang)) == sorted(
        expected, key=lambda row: (row[0], str(row[1]), row[2], str(row[3]))
    )

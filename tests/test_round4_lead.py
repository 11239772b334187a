"""Who speaks, in rules the fourth round found by reading claims on unannotated Telegram posts
(posts in no eval set): a verb of speech that opens its clause and names its source after "в"
("..., сообщили в СК") has no subject before the comma; the points listed under a line naming a
statement ("Главное из заявления ведомства:") are the statement's speaker's; the Investigative
Committee of Russia; a running count a growth verb reaches ("Число сбитых беспилотников
возросло до 25"). Own sentences, expectations written from ANNOTATION.md before the extractor
read them."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

Row = tuple[str, int | None, str]  # action, quantity, claimant

LISTED_RU = (
    "Россия готовит ответ на удары по Курской области, заявили в Минобороны РФ. Главное из "
    "заявления ведомства:\n\n— 23 ноября ВСУ ударили пятью ракетами ATACMS по позиции под "
    "Курском, три ракеты были уничтожены.\n\n— 25 ноября над аэродромом сбиты семь ракет."
)
LISTED_UK = (
    "Росія готує відповідь на удари по Курській області, заявили в Міноборони РФ. Головне із "
    "заяви відомства:\n\n— 23 листопада ЗСУ вдарили п'ятьма ракетами ATACMS по позиції під "
    "Курськом, три ракети знищено.\n\n— 25 листопада над аеродромом збито сім ракет."
)
LISTED_EN = (
    "Russia is preparing a response to the strikes on the Kursk region, the Russian Defence "
    "Ministry said. Key points of the statement:\n\n- On November 23 Ukraine struck a position "
    "near Kursk with five ATACMS missiles, three missiles were destroyed.\n\n- On November 25 "
    "seven missiles were shot down over the airfield."
)
MOD = "Russian Ministry of Defence"
SK = "Investigative Committee of Russia"

CASES: list[tuple[str, Language, str, list[Row]]] = [
    ("ru_source_after_v_not_the_attacker", "ru",
     "Два человека погибли в Курской области после удара ВСУ тремя ракетами, сообщили в СК.",
     [("killed", 2, SK), ("launched", 3, SK)]),
    ("ru_investigative_committee_named", "ru",
     "Следственный комитет сообщил, что в Курской области после атаки беспилотника погибли "
     "два человека.", [("killed", 2, SK)]),
    ("uk_source_after_v_not_the_attacker", "uk",
     "Двоє людей загинули в Курській області після удару ЗСУ трьома ракетами, повідомили в "
     "Слідчому комітеті Росії.", [("killed", 2, SK), ("launched", 3, SK)]),
    ("en_investigative_committee", "en",
     "Two people were killed in a drone strike in the Kursk region, Russia's Investigative "
     "Committee said.", [("killed", 2, SK)]),
    ("ru_points_of_a_statement", "ru", LISTED_RU,
     [("launched", 5, MOD), ("intercepted", 3, MOD), ("intercepted", 7, MOD)]),
    ("uk_points_of_a_statement", "uk", LISTED_UK,
     [("launched", 5, MOD), ("intercepted", 3, MOD), ("intercepted", 7, MOD)]),
    ("en_points_of_a_statement", "en", LISTED_EN,
     [("launched", 5, MOD), ("intercepted", 3, MOD), ("intercepted", 7, MOD)]),
]


GROWN: list[tuple[str, Language, str, tuple[str, str, int, str | None]]] = [
    ("ru_number_downed_rose_to", "ru",
     "Число сбитых над Москвой беспилотников возросло до 25, сообщил Собянин.",
     ("intercepted", "uav", 25, "RU-MOW")),
    ("ru_amount_downed_increased_to", "ru",
     "Количество сбитых беспилотников увеличилось до 12.", ("intercepted", "uav", 12, None)),
    ("uk_number_downed_grew_to", "uk",
     "Кількість збитих над Москвою дронів зросла до 25, заявив Собянін.",
     ("intercepted", "uav", 25, "RU-MOW")),
    ("en_number_downed_rose_to", "en",
     "The number of drones shot down over Moscow has risen to 25, Sobyanin said.",
     ("intercepted", "uav", 25, "RU-MOW")),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_claimants(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Row]
) -> None:
    """Each expected claim is read, with its claimant; a single drone's "attack" may read as
    launched or hit (the guide leaves it open), so other claims may stand beside them."""
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    got = [(c.action, c.quantity, c.claimant) for c in claims]
    assert all(row in got for row in expected), got
    assert {c.claimant for c in claims} == {claimant for _, _, claimant in expected}


def test_an_attacker_before_the_comma_is_no_speaker(extractor: Extractor) -> None:
    text = ("Три человека ранены в Белгородской области после атаки ВСУ двумя дронами, "
            "сообщили в районной больнице.")
    claims = extractor.extract(Report(id="test", text=text, lang="ru")).claims
    assert claims and all(c.claimant != "Ukrainian Armed Forces" for c in claims)


@pytest.mark.parametrize(("name", "lang", "text", "expected"), GROWN, ids=[c[0] for c in GROWN])
def test_a_running_count_reached(
    extractor: Extractor,
    name: str,
    lang: Language,
    text: str,
    expected: tuple[str, str, int, str | None],
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    assert [(c.action, c.weapon, c.quantity, c.location) for c in claims] == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Россия запустила по Харькову 20 дронов, число погибших возросло до 5."),
    ("uk", "Кількість поранених унаслідок удару дронів по Одесі зросла до 5."),
    ("en", "The number of people injured in the drone strike on Odesa has risen to 5."),
])
def test_a_grown_toll_is_no_weapon_count(extractor: Extractor, lang: Language, text: str) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    assert not any(c.weapon is not None and c.quantity == 5 for c in claims)


# Guards from reading claims on unannotated posts outside every eval set (ANNOTATION.md: claims
# are about aerial weapons; a plan, a threat or a request is no report of an event).
NO_CLAIM: list[tuple[str, Language, str]] = [
    ("ru_lightning", "ru", "Четыре человека пострадали от удара молнии в парке в Подмосковье."),
    ("uk_lightning", "uk", "Четверо людей постраждали від удару блискавки в парку на Київщині."),
    ("en_lightning", "en", "Four people were injured by a lightning strike in a park near Moscow."),
    ("ru_terror_attack", "ru",
     "Число погибших при террористической атаке на Дагестан возросло до 10 человек."),
    ("uk_terror_attack", "uk",
     "Кількість загиблих унаслідок терористичної атаки в Дагестані зросла до 10."),
    ("en_terror_attack", "en", "Ten people were killed in a terrorist attack in Dagestan."),
    ("ru_can_strike_far", "ru",
     "Эксперты подсчитали, что «Орешник» может менее чем за 20 минут нанести удар по любой "
     "точке Европы."),
    ("uk_can_strike_far", "uk",
     "Експерти підрахували, що «Орєшнік» може менш ніж за 20 хвилин завдати удару по будь-якій "
     "точці Європи."),
    ("ru_asked_to_strike", "ru",
     "Фанаты попросили военных нанести удар «Орешником» по стадиону соперников."),
    ("ru_threat_of_attack", "ru", "Угроза атаки беспилотника на город Салават не подтвердилась."),
    ("uk_threat_of_attack", "uk", "Загроза атаки безпілотника на Салават не підтвердилася."),
    ("en_threat_of_attack", "en", "The threat of a drone attack on Salavat was not confirmed."),
    ("ru_space_launches", "ru",
     "Ракета Falcon 9 вернулась к полетам, выполнив три запуска за сутки."),
    ("uk_space_launches", "uk",
     "Ракета Falcon 9 повернулася до польотів, здійснивши три запуски за добу."),
    ("en_space_launches", "en",
     "The Falcon 9 rocket returned to flight with three launches in a day."),
    ("ru_knife_is_no_kinzhal", "ru", "Женщина убила соседа старинным кинжалом."),
    ("uk_asked_to_strike", "uk",
     "Фанати попросили військових завдати удару «Орєшніком» по стадіону суперників."),
]


@pytest.mark.parametrize(("name", "lang", "text"), NO_CLAIM, ids=[c[0] for c in NO_CLAIM])
def test_no_air_war_claim(extractor: Extractor, name: str, lang: Language, text: str) -> None:
    assert extractor.extract(Report(id="test", text=text, lang=lang)).claims == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Два человека погибли при ударе беспилотника по Курской области.", ("killed", 2)),
    ("uk", "Двоє людей загинули внаслідок удару дрона по Сумах.", ("killed", 2)),
    ("ru", "Силам ПВО удалось сбить шесть ракет Х-101 над Днепром.", ("intercepted", 6)),
])
def test_guards_keep_air_attacks(
    extractor: Extractor, lang: Language, text: str, expected: tuple[str, int]
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    assert expected in [(c.action, c.quantity) for c in claims]

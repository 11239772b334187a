"""Round 8 (the lead): a town is its region where the claim's attribution names the region, when
that attribution is the next sentence, which signs the claim's ("... упал беспилотник. Об этом
сообщили в телеграм-канале врио губернатора Ростовской области ..."), even where the claim's
voice came from a later mention of the same speaker ("Пострадал один человек, написал Слюсарь");
that later sentence, whose attribution names no region, keeps the town (the review's convention,
docs/evaluation.md). Found in the errors of the fresh set's dev fold `a`. Own sentences, in all
three languages, expectations written from the guide and the convention."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

FRIDAY = datetime(2024, 11, 22, 8, tzinfo=UTC)
Placed = tuple[str, int, str | None]  # action, quantity, location

SIGNED_NEXT: list[tuple[str, Language, str, set[Placed]]] = [
    ("ru_signed_by_region_head", "ru",
     "Ранним утром в цеху завода на окраине Ижевска взорвался упавший дрон. Об этом стало "
     "известно из сообщения в телеграм-канале главы Удмуртии Александра Бречалова.\n\n"
     "Пострадал один человек, написал Бречалов.",
     {("hit", 1, "RU-UD"), ("injured", 1, "city:Izhevsk")}),
    ("ru_signed_by_acting_governor", "ru",
     "Утром в Новошахтинске на склад упал беспилотник. Об этом сообщили в телеграм-канале "
     "врио губернатора Ростовской области Юрия Слюсаря.\n\nПострадал один человек, написал "
     "Слюсарь.",
     {("hit", 1, "RU-ROS"), ("injured", 1, "city:Novoshakhtinsk")}),
    ("ru_signed_without_region", "ru",
     "Утром в Новошахтинске на склад упал беспилотник. Об этом сообщил Юрий Слюсарь.\n\n"
     "Пострадал один человек, написал Слюсарь.",
     {("hit", 1, "city:Novoshakhtinsk"), ("injured", 1, "city:Novoshakhtinsk")}),
    ("uk_signed_by_region_head", "uk",
     "Уночі на околиці Кременчука в склад влучив дрон. Про це повідомили в телеграм-каналі "
     "голови Полтавської ОВА Володимира Когута.\n\nПостраждала одна людина, написав Когут.",
     {("hit", 1, "UA-53"), ("injured", 1, "city:Kremenchuk")}),
    ("en_signed_by_region_head", "en",
     "Overnight a drone exploded on the outskirts of Kremenchuk, damaging a warehouse. This was "
     "reported on the Telegram channel of Poltava Governor Volodymyr Kohut.\n\nOne person was "
     "injured, Kohut wrote.",
     {("hit", 1, "UA-53"), ("injured", 1, "city:Kremenchuk")}),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


# "N drones were shot down - one of them fell on a building": the part is the subject of the verb
# after it, not an item of the downing before the dash (ANNOTATION.md: a drone that fell on
# something hit it). Russian keeps its reading: its "из них" row cost a dev fold `b` match
# (docs/evaluation.md, the eighth round).
ONE_OF_THEM: list[tuple[str, Language, str, set[Placed]]] = [
    ("uk_dash", "uk",
     "Система ППО збила 13 БпЛА — один з них упав на будівлю підприємства, почалася пожежа.",
     {("intercepted", 13, None), ("hit", 1, None)}),
    ("uk_comma", "uk",
     "Над Сумами збито 13 дронів, один з них упав на будівлю заводу.",
     {("intercepted", 13, "city:Sumy"), ("hit", 1, "city:Sumy")}),
    ("en_dash", "en",
     "Air defences shot down 13 drones - one of them fell on a factory building.",
     {("intercepted", 13, None), ("hit", 1, None)}),
    ("en_comma", "en",
     "Air defences shot down 13 drones over Bryansk, one of them fell on a factory building.",
     {("intercepted", 13, "city:Bryansk"), ("hit", 1, "city:Bryansk")}),
    ("en_which", "en",
     "Russia fired 5 missiles at Odesa, one of which hit a warehouse.",
     {("launched", 5, "city:Odesa"), ("hit", 1, "city:Odesa")}),
]


# A ministry's count told after the one region its report names is of that region, though the
# report names the country too or the other side's capital as its government ("разрешил Киеву
# наносить удары", "дозволив Києву бити"): neither is another region of the claim's country.
SOLE_REGION: list[tuple[str, Language, str, set[Placed]]] = [
    ("ru_country_and_capital_named", "ru",
     "Минобороны сообщило, что украинские военные снова ударили по России ракетами ATACMS\n\n"
     "Министерство обороны России заявило, что ВСУ ночью нанесли удар восемью ракетами ATACMS "
     "по аэродрому в Курской области.\n\nВ результате противоракетного боя расчеты ЗРС С-400 "
     "сбили семь ракет, утверждает российское оборонное ведомство.\n\nНакануне СМИ сообщили о "
     "решении разрешить Киеву наносить удары американскими ракетами по целям в глубине России.",
     {("launched", 8, "RU-KRS"), ("intercepted", 7, "RU-KRS")}),
    ("uk_country_and_capital_named", "uk",
     "Міноборони Росії заявило, що українські військові знову вдарили по Росії ракетами "
     "ATACMS\n\nМіністерство оборони Росії заявило, що ЗСУ вночі завдали удару вісьмома "
     "ракетами ATACMS по аеродрому в Курській області.\n\nУ результаті протиракетного бою "
     "розрахунки ЗРК С-400 збили сім ракет, стверджує російське оборонне відомство.\n\nНапередодні "
     "ЗМІ повідомили про рішення дозволити Києву бити американськими ракетами по цілях у "
     "глибині Росії.",
     {("launched", 8, "RU-KRS"), ("intercepted", 7, "RU-KRS")}),
]


# A line that is nothing but a sign-off ("— Собянин.") signs what is above it; a paragraph
# after it, naming no one, is the channel's own voice, not the official's (the review's
# convention: the outlet when the report states it in its own voice). The eighth round's rule
# that ended the speaker's turn at a sign-off failed the eval gate's Ukrainian blind floor and
# was withdrawn; round 12 reads it otherwise: an official named only on a bulleted line (the
# sign-off) is no lead official of the report (resolve/voices.py `_lead_official`).
Voiced = tuple[str, int, str | None, str]  # action, quantity, claimant side, kind

SIGNED_OFF: list[Any] = [
    pytest.param("ru_after_sign_off", "ru",
     "Ещё пять вражеских беспилотников сбили в городских округах Раменское и Домодедово.\n\n"
     "Специалисты экстренных служб работают на месте.\n\n— Собянин.\n\nНа данный момент силы "
     "ПВО уничтожили всего 17 беспилотников.",
     {("intercepted", 5, "ru", "official"), ("intercepted", 17, None, "outlet")},
     id="ru_after_sign_off"),
    pytest.param("uk_after_sign_off", "uk",
     "Ще два ворожі дрони збили на підльоті до столиці.\n\nРятувальники працюють на місці.\n\n"
     "— Кличко.\n\nЗагалом цієї ночі сили ППО знищили 12 безпілотників.",
     {("intercepted", 2, "ua", "official"), ("intercepted", 12, None, "outlet")},
     id="uk_after_sign_off"),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), SIGNED_OFF)
def test_after_a_sign_off(
    extractor: Extractor, name: str, lang: Language, text: str, expected: set[Voiced]
) -> None:
    report = Report(id="test", text=text, lang=lang, published=FRIDAY)
    claims = extractor.extract(report).claims
    assert {(c.action, c.quantity, c.claimant_side, c.claimant_kind) for c in claims} == expected


# A clause between commas that opens with a preposition and a relative word ("Самолёт, на
# котором летел генерал, сбили") describes the noun before it, as "который летел" does: the
# singular noun is the one weapon of the verb after it (ANNOTATION.md: "a drone was shot down"
# = 1).
DESCRIBED: list[tuple[str, Language, str, set[Placed]]] = [
    ("ru_on_which", "ru", "Самолёт, на котором летел генерал, сбили сегодня ночью.",
     {("intercepted", 1, None)}),
    ("ru_on_board_of_which", "ru", "Вертолёт, на борту которого были военные, сбили.",
     {("intercepted", 1, None)}),
    ("uk_on_which", "uk", "Літак, на якому летів командир, збили вночі.",
     {("intercepted", 1, None)}),
    ("en_on_which", "en", "The plane, on which the commander was flying, was shot down overnight.",
     {("intercepted", 1, None)}),
]


PLACED = SIGNED_NEXT + ONE_OF_THEM + SOLE_REGION + DESCRIBED


@pytest.mark.parametrize(("name", "lang", "text", "expected"), PLACED, ids=[c[0] for c in PLACED])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: set[Placed]
) -> None:
    report = Report(id="test", text=text, lang=lang, published=FRIDAY)
    claims = extractor.extract(report).claims
    assert {(c.action, c.quantity, c.location) for c in claims} == expected

"""Who asserts a Russian claim: reported speech, sources, trailing dashes, headers, own voice."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Claim, Report
from claimledger.resources import Resources, default_resources

RIA = "1001101170442"
SHOT = "1001100158992"
BBC = "1001003921752"


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def read(
    resources: Resources,
    text: str,
    channel: str = RIA,
    published: str = "2024-11-20T05:00:00+00:00",
) -> list[Claim]:
    report = Report(
        text=text,
        published=datetime.fromisoformat(published),
        lang="ru",
        meta={"channel_id": channel},
    )
    return read_report(report, "ru", resources).claims


CLAIMANTS: list[tuple[str, str, str, str, str]] = [
    # (text, channel, claimant, side, kind)
    (
        "Минобороны РФ:\n\n«Средства ПВО уничтожили три беспилотника над Курской областью».",
        RIA,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    (
        "Над Курской областью сбиты девять беспилотников, сообщили в Минобороны России.",
        RIA,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    (
        "Еще один дрон, согласно сводке Минобороны России, уничтожен над Белгородской областью.",
        BBC,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    (
        "Пять беспилотников, летевших на Москву, сбиты в Раменском городском округе, — Собянин.",
        RIA,
        "Sergei Sobyanin",
        "ru",
        "official",
    ),
    (
        "Ночью над Таганрогом уничтожены 15 беспилотников, сообщил врио ростовского губернатора.",
        RIA,
        "Yuri Slyusar",
        "ru",
        "official",
    ),
    (
        "Над Брянской областью уничтожены четыре беспилотника, заявил глава региона Александр "
        "Богомаз.",
        RIA,
        "Alexander Bogomaz",
        "ru",
        "official",
    ),
    (
        "По данным мониторинговых каналов, над Херсонской областью летят около 20 «шахедов».",
        BBC,
        "monitoring resources",
        "",
        "media",
    ),
    (
        "Два беспилотника сбиты над Орловской областью.",
        SHOT,
        "SHOT",
        "ru",
        "outlet",
    ),
    (
        "Над Одессой сбиты 15 дронов, сообщили местные власти.",
        BBC,
        "local authorities",
        "ua",
        "official",
    ),
    (
        "Россия в ночь на четверг атаковала Украину 50 беспилотниками, заявили Воздушные силы ВСУ.",
        BBC,
        "Ukrainian Air Force",
        "ua",
        "military",
    ),
    # Actors the rules were first tuned without: national figures, heads of regions far from
    # the border, Ukrainian commanders, Russian media cited by name (catalog/actors.toml).
    (
        "Дмитрий Песков заявил журналистам, что ракету «Орешник» запустили по Днепру один раз.",
        RIA,
        "Dmitry Peskov",
        "ru",
        "official",
    ),
    (
        "Над Грозным ночью сбит беспилотник, написал Рамзан Кадыров в своем канале.",
        RIA,
        "Ramzan Kadyrov",
        "ru",
        "official",
    ),
    (
        "По словам губернатора Владимирова, над Ставропольем уничтожены три дрона.",
        SHOT,
        "Vladimir Vladimirov",
        "ru",
        "official",
    ),
    (
        "Командующий Воздушными силами Николай Олещук сообщил о семи сбитых крылатых ракетах.",
        BBC,
        "Mykola Oleshchuk",
        "ua",
        "military",
    ),
    (
        "Как пишет Life.ru, над Воронежской областью перехвачены четыре беспилотника.",
        BBC,
        "Life.ru",
        "ru",
        "media",
    ),
    (
        "Ранее «Газета.Ru» писала, что над Тульской областью уничтожены два беспилотника.",
        SHOT,
        "Gazeta.Ru",
        "ru",
        "media",
    ),
    (
        "По версии украинской стороны, над Сумами сбиты четыре беспилотника.",
        BBC,
        "Ukrainian authorities",
        "ua",
        "official",
    ),
    (
        "По данным российской стороны, над Брянском уничтожены шесть дронов.",
        BBC,
        "Russian authorities",
        "ru",
        "official",
    ),
    # A trailing unnamed source with the words that say where it sits.
    (
        "В Грозном беспилотник ударил по складу охраны — источник РВНП",
        SHOT,
        "anonymous source",
        "",
        "anonymous",
    ),
    (
        "Над Тулой сбиты три беспилотника — источник в экстренных службах",
        SHOT,
        "anonymous source",
        "",
        "anonymous",
    ),
    # The channel a body posted in, between the verb and the body.
    (
        "Над Курской областью сбита ракета, сообщили в Telegram-канале Минобороны.",
        SHOT,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    (
        "Над Белгородом уничтожены два дрона, написал в соцсетях губернатор Вячеслав Гладков.",
        SHOT,
        "Vyacheslav Gladkov",
        "ru",
        "official",
    ),
    # An impersonal "сообщается" with the body that says it, and without one.
    (
        "Как сообщается в Telegram-канале Минобороны, над Тульской областью сбиты 4 БПЛА.",
        SHOT,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    (
        "Сообщается, что над Тульской областью сбиты 4 беспилотника.",
        SHOT,
        "unnamed reports",
        "",
        "anonymous",
    ),
    # A medium relaying its source "со ссылкой на": the source's claim.
    (
        "Над Тульской областью сбиты три дрона, передает ТАСС со ссылкой на оперштаб региона.",
        SHOT,
        "local authorities",
        "ru",
        "official",
    ),
    # A medium named in quote marks after the verb, and one spelled without its hard sign.
    (
        "Над Орловской областью сбиты три беспилотника, пишет «Коммерсант».",
        SHOT,
        "Kommersant",
        "ru",
        "media",
    ),
    # Words between the verb and its speaker: where it was said, the speaker's office.
    (
        "Над Курском сбит дрон, рассказал в эфире телеканала губернатор Александр Хинштейн.",
        SHOT,
        "Alexander Khinshtein",
        "ru",
        "official",
    ),
    (
        "Как заявил представитель Воздушных сил ВСУ Юрий Игнат, над Украиной сбиты 20 ракет.",
        SHOT,
        "Ukrainian Air Force",
        "ua",
        "military",
    ),
    # A medium told by a body: "сообщили ТАСС в Минобороны" is the ministry's word.
    (
        "Над Брянском сбиты три беспилотника, сообщили ТАСС в Минобороны.",
        SHOT,
        "Russian Ministry of Defence",
        "ru",
        "military",
    ),
    # The Ukrainian command named by its adjective.
    (
        "Украинское командование заявило, что над Киевом сбиты шесть ракет.",
        SHOT,
        "Ukrainian Armed Forces",
        "ua",
        "military",
    ),
    # Foreign ministries.
    (
        "В МИД Украины заявили, что Россия выпустила по Киеву 20 ракет.",
        SHOT,
        "Ukrainian Ministry of Foreign Affairs",
        "ua",
        "official",
    ),
    # The operational headquarters written out in full.
    (
        "Над Курской областью сбита ракета, сообщил оперативный штаб региона.",
        SHOT,
        "local authorities",
        "ru",
        "official",
    ),
    (
        "Над Черкасской областью сбиты пять «шахедов», сообщил Игорь Табурец.",
        BBC,
        "Ihor Taburets",
        "ua",
        "official",
    ),
]


@pytest.mark.parametrize(("text", "channel", "name", "side", "kind"), CLAIMANTS)
def test_claimant(
    resources: Resources, text: str, channel: str, name: str, side: str, kind: str
) -> None:
    (claim,) = read(resources, text, channel)
    assert (claim.claimant, claim.claimant_side or "", claim.claimant_kind) == (name, side, kind)


@pytest.mark.parametrize(
    ("published", "governor"),
    [
        ("2024-11-20T05:00:00+00:00", "Alexei Smirnov"),
        ("2024-12-10T05:00:00+00:00", "Alexander Khinshtein"),
    ],
)
def test_governor_by_region_and_date(resources: Resources, published: str, governor: str) -> None:
    text = "Над Курской областью уничтожены шесть беспилотников, сообщил губернатор."
    (claim,) = read(resources, text, published=published)
    assert claim.claimant == governor


def test_trailing_dash_covers_its_paragraph(resources: Resources) -> None:
    text = (
        "Еще три беспилотника, летевших на Москву, сбиты в Коломне. Экстренные службы работают "
        "на месте, — Собянин"
    )
    (claim,) = read(resources, text)
    assert claim.claimant == "Sergei Sobyanin"


def test_speaker_carries_into_next_paragraph(resources: Resources) -> None:
    text = (
        "Министерство обороны России сообщило, что ночью над Курской областью сбиты 10 "
        "беспилотников.\n\nЕще два дрона уничтожены над Липецкой областью."
    )
    assert {c.claimant for c in read(resources, text)} == {"Russian Ministry of Defence"}


def test_regional_official_does_not_speak_for_another_region(resources: Resources) -> None:
    text = (
        "Над Брянской областью сбиты 9 беспилотников, сообщил губернатор Александр Богомаз.\n\n"
        "Еще 4 БПЛА уничтожены над Калужской областью."
    )
    claimants = {c.location: c.claimant for c in read(resources, text)}
    assert claimants == {"RU-BRY": "Alexander Bogomaz", "RU-KLU": "RIA Novosti"}


def test_bullets_do_not_inherit(resources: Resources) -> None:
    text = (
        "▪️Российские войска заняли село, сообщили в Минобороны;\n\n"
        "▪️ПВО за сутки сбила 12 украинских беспилотников над Белгородской областью;"
    )
    (claim,) = read(resources, text)
    assert claim.claimant == "RIA Novosti"


def test_back_reference_keeps_the_speaker(resources: Resources) -> None:
    text = (
        "ВСУ ночью выпустили шесть ракет ATACMS по Брянской области, сообщило Минобороны России. "
        "Сбито пять ракет, уточнили в ведомстве."
    )
    claims = read(resources, text)
    assert {c.claimant for c in claims} == {"Russian Ministry of Defence"}
    assert sorted((c.action, c.quantity) for c in claims) == [("intercepted", 5), ("launched", 6)]


def test_speaker_after_a_quote_covers_the_quote(resources: Resources) -> None:
    text = (
        "Губернаторы двух областей рассказали о ночной атаке дронов.\n\n"
        "«Этой ночью над Калугой силами ПВО сбиты 4 беспилотника. Пострадавших нет», — говорится "
        "в сообщении в телеграм-канале губернатора Калужской области Владислава Шапши."
    )
    claims = read(resources, text, BBC, "2024-11-22T05:00:00+00:00")
    assert {(c.action, c.quantity) for c in claims} >= {("intercepted", 4)}
    assert {c.claimant for c in claims} == {"Vladislav Shapsha"}


@pytest.mark.parametrize("verb", ["гласит сообщение", "написал", "сообщил", "заявил"])
def test_trailing_speech_verb_and_person(resources: Resources, verb: str) -> None:
    text = (
        f"«Над Брянской областью уничтожены два беспилотника», — {verb} губернатор Брянской "
        "области Александр Богомаз."
    )
    (claim,) = read(resources, text, BBC)
    assert claim.claimant == "Alexander Bogomaz"


def test_conflicting_accounts_each_with_its_claimant(resources: Resources) -> None:
    text = (
        "Источник в Пентагоне: ВСУ выпустили восемь ракет ATACMS по Брянской области\n\n"
        "По словам чиновника, было выпущено восемь ракет ATACMS, а ПВО перехватила всего две. "
        "Он оспорил версию российского Минобороны о том, что было выпущено шесть ракет и пять из "
        "них были сбиты."
    )
    claims = {(c.action, c.quantity): c for c in read(resources, text, BBC)}
    pentagon = "Reuters source in the Pentagon"
    mod = "Russian Ministry of Defence"
    assert {key: c.claimant for key, c in claims.items()} == {
        ("launched", 8): pentagon,
        ("intercepted", 2): pentagon,
        ("launched", 6): mod,
        ("intercepted", 5): mod,
    }
    assert {c.model for c in claims.values()} == {"ATACMS"}
    assert {c.claimant_kind for c in claims.values() if c.claimant == pentagon} == {"anonymous"}

"""Who made a claim (issue 15, round 5): constructions of attribution, each with its twins in
the three languages. Every row is my own sentences, its expectation written from
eval/ANNOTATION.md before the extractor read it.

Rows give the claims' (action, quantity, claimant side, claimant kind); the posts are RIA
Novosti's channel (tests/unseen_texts.py), so the outlet's own voice is ("ru", "outlet").
"""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources
from unseen_texts import read

Voice = tuple[str, int, str | None, str | None]
Case = tuple[str, str, list[Voice]]


def voices(claims: list[Claim]) -> list[Voice]:
    return sorted(
        ((c.action, c.quantity, c.claimant_side, c.claimant_kind) for c in claims),
        key=lambda row: (row[0], row[1], str(row[2]), str(row[3])),
    )


def _check(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    assert voices(read(resources, text, lang)) == expected


KURSK_FIVE = [("intercepted", 5, None, "anonymous")]
KURSK_FIVE_RU = [("intercepted", 5, "ru", "anonymous")]

# A medium next to an unnamed source relays it and seats it nowhere: "TASS sources", "источник
# ТАСС", "a source told TASS" are one source of no known side (ANNOTATION.md: anonymous; the
# side is null when unknown). A body the source sits in gives the body's side.
SOURCES: dict[str, Case] = {
    "ru-medium-before-source": (
        "ru",
        "Над Курской областью сбиты пять беспилотников, сообщил ТАСС источник в экстренных "
        "службах.",
        KURSK_FIVE,
    ),
    "ru-source-of-medium": (
        "ru",
        "Источник ТАСС сообщил, что над Курской областью сбиты пять беспилотников.",
        KURSK_FIVE,
    ),
    "en-medium-sources": (
        "en",
        "TASS sources said five drones were shot down over the Kursk region.",
        KURSK_FIVE,
    ),
    "en-source-told-medium": (
        "en",
        "Five drones were shot down over the Kursk region, a source told TASS.",
        KURSK_FIVE,
    ),
    "uk-medium-before-source": (
        "uk",
        "Над Курською областю збито п'ять безпілотників, повідомило ТАСС джерело в екстрених "
        "службах.",
        KURSK_FIVE,
    ),
    "uk-sources-of-medium": (
        "uk",
        "Джерела ТАСС повідомили, що над Курською областю збито п'ять безпілотників.",
        KURSK_FIVE,
    ),
    # the seat: a ministry the source sits in
    "ru-source-in-ministry": (
        "ru",
        "Источник в Минобороны России сообщил, что над Курской областью сбиты пять "
        "беспилотников.",
        KURSK_FIVE_RU,
    ),
    "en-source-in-ministry": (
        "en",
        "A source in the Russian Defence Ministry said five drones were shot down over the "
        "Kursk region.",
        KURSK_FIVE_RU,
    ),
    "uk-source-in-ministry": (
        "uk",
        "Джерело в Міноборони Росії повідомило, що над Курською областю збито п'ять "
        "безпілотників.",
        KURSK_FIVE_RU,
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), SOURCES.values(), ids=SOURCES.keys())
def test_unnamed_source(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# Another outlet cited by its name, after a common noun of media ("тг-канал", "Telegram channel",
# "журналісти"): that medium, kind media, of its own side (a channel of the registry).
KURSK_SEVEN_RU_MEDIA = [("intercepted", 7, "ru", "media")]
KYIV_TWO_UA_MEDIA = [("intercepted", 2, "ua", "media")]
MEDIA: dict[str, Case] = {
    "ru-channel-latin-name": (
        "ru",
        "Тг-канал Fighterbomber заявил, что над Курской областью сбиты семь ракет.",
        KURSK_SEVEN_RU_MEDIA,
    ),
    "en-channel-latin-name": (
        "en",
        "The Telegram channel Fighterbomber said seven missiles were shot down over the Kursk "
        "region.",
        KURSK_SEVEN_RU_MEDIA,
    ),
    "uk-channel-latin-name": (
        "uk",
        "Телеграм-канал Fighterbomber повідомив, що над Курською областю збито сім ракет.",
        KURSK_SEVEN_RU_MEDIA,
    ),
    "ru-journalists-of-outlet": (
        "ru",
        "Журналисты Defence Express сообщили, что над Киевом сбиты две ракеты.",
        KYIV_TWO_UA_MEDIA,
    ),
    "en-journalists-of-outlet": (
        "en",
        "Journalists at Defence Express reported that two missiles were shot down over Kyiv.",
        KYIV_TWO_UA_MEDIA,
    ),
    "uk-journalists-of-outlet": (
        "uk",
        "Журналісти Defence Express повідомили, що над Києвом збито дві ракети.",
        KYIV_TWO_UA_MEDIA,
    ),
    "ru-channel-quoted-name": (
        "ru",
        "Канал «Два майора» сообщил, что над Курской областью сбиты семь ракет.",
        KURSK_SEVEN_RU_MEDIA,
    ),
    "en-channel-translated-name": (
        "en",
        "The Two Majors channel said seven missiles were shot down over the Kursk region.",
        KURSK_SEVEN_RU_MEDIA,
    ),
    "uk-channel-named-after": (
        "uk",
        "Канал WarGonzo повідомив, що над Курською областю збито сім ракет.",
        KURSK_SEVEN_RU_MEDIA,
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), MEDIA.values(), ids=MEDIA.keys())
def test_medium_named(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# "As reported earlier, ...": the outlet takes up its own voice after a speaker's paragraph, in
# any order of the adverb and either spelling of the verb.
OWN_TURN: dict[str, Case] = {
    "ru-as-reported-earlier": (
        "ru",
        "Над Белгородской областью сбиты два беспилотника, сообщил губернатор Вячеслав "
        "Гладков.\n\nКак уже сообщалось ранее, в Белгороде при падении обломков пострадали "
        "пять человек.",
        [("injured", 5, "ru", "outlet"), ("intercepted", 2, "ru", "official")],
    ),
    "en-as-reported-previously": (
        "en",
        "Two drones were shot down over the Belgorod region, Governor Vyacheslav Gladkov "
        "said.\n\nAs reported previously, five people were injured by falling debris in "
        "Belgorod.",
        [("injured", 5, "ru", "outlet"), ("intercepted", 2, "ru", "official")],
    ),
    "uk-as-reported-earlier": (
        "uk",
        "Над Черкащиною збито два дрони, повідомив начальник ОВА Ігор Табурець.\n\nЯк "
        "повідомлялось раніше, у Черкасах унаслідок падіння уламків постраждали п'ятеро "
        "людей.",
        [("injured", 5, "ru", "outlet"), ("intercepted", 2, "ua", "official")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_TURN.values(), ids=OWN_TURN.keys())
def test_own_turn(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# The outlet's own voice on a site the registry does not know: the side of its country-code
# domain, else a side its language tells: a site writing in Ukrainian is a Ukrainian outlet
# (ANNOTATION.md's outlet sides); Russian and English sites of generic domains stay a third
# party's, as the Russian exiled media and the world's press are.
SITES: dict[str, tuple[str, str, str, list[Voice]]] = {
    "uk-generic-domain": (
        "uk",
        "https://www.example-visti.org/news/1",
        "Уночі над Одесою збито три дрони.",
        [("intercepted", 3, "ua", "outlet")],
    ),
    "uk-ua-domain": (
        "uk",
        "https://example-visti.com.ua/news/1",
        "Уночі над Одесою збито три дрони.",
        [("intercepted", 3, "ua", "outlet")],
    ),
    "ru-generic-domain": (
        "ru",
        "https://www.example-novosti.org/news/1",
        "Ночью над Одессой сбиты три беспилотника.",
        [("intercepted", 3, "other", "outlet")],
    ),
    "ru-ru-domain": (
        "ru",
        "https://example-novosti.ru/news/1",
        "Ночью над Одессой сбиты три беспилотника.",
        [("intercepted", 3, "ru", "outlet")],
    ),
    "en-generic-domain": (
        "en",
        "https://www.example-news.org/news/1",
        "Three drones were shot down over Odesa overnight.",
        [("intercepted", 3, "other", "outlet")],
    ),
}


@pytest.mark.parametrize(("lang", "url", "text", "expected"), SITES.values(), ids=SITES.keys())
def test_site_voice(
    resources: Resources, lang: str, url: str, text: str, expected: list[Voice]
) -> None:
    report = Report(text=text, lang=lang, url=url)
    assert voices(Extractor(resources).extract(report, lang).claims) == expected


# Word from the scene with no one named ("по информации с места") is an unnamed source; the same
# words with no opener of a source ("скрылся с места происшествия") name no one.
BRYANSK_TWO_ANONYMOUS = [("intercepted", 2, None, "anonymous")]
SCENE: dict[str, Case] = {
    "ru-from-the-scene": (
        "ru",
        "По информации с места, над заводом в Брянске сбиты два беспилотника.",
        BRYANSK_TWO_ANONYMOUS,
    ),
    "en-from-the-scene": (
        "en",
        "According to information from the scene, two drones were shot down over a plant in "
        "Bryansk.",
        BRYANSK_TWO_ANONYMOUS,
    ),
    "uk-from-the-scene": (
        "uk",
        "За інформацією з місця подій, над заводом у Брянську збито два дрони.",
        BRYANSK_TWO_ANONYMOUS,
    ),
    "ru-left-the-scene": (
        "ru",
        "Водитель скрылся с места происшествия. Над заводом в Брянске сбиты два беспилотника.",
        [("intercepted", 2, "ru", "outlet")],
    ),
    "en-left-the-scene": (
        "en",
        "The driver fled from the scene. Two drones were shot down over a plant in Bryansk.",
        [("intercepted", 2, "ru", "outlet")],
    ),
    "uk-left-the-scene": (
        "uk",
        "Водій утік з місця події. Над заводом у Брянську збито два дрони.",
        [("intercepted", 2, "ru", "outlet")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), SCENE.values(), ids=SCENE.keys())
def test_from_the_scene(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# The same claim told twice, first in a voice no one signs (the outlet's, or the official a
# report names elsewhere) and then by its teller, named: the teller's (ANNOTATION.md: a relayed
# claim belongs to its origin; the same claim is annotated once).
RETOLD: dict[str, Case] = {
    "ru-ministry-tells-it-again": (
        "ru",
        "Ночью над Белгородской областью сбиты две ракеты. По словам губернатора Вячеслава "
        "Гладкова, обломки сбитых ракет упали в поле.\n\nВ Минобороны сообщили, что над "
        "Белгородской областью уничтожены две ракеты.",
        [("intercepted", 2, "ru", "military")],
    ),
    "en-ministry-tells-it-again": (
        "en",
        "Two missiles were shot down over the Belgorod region overnight. According to Governor "
        "Vyacheslav Gladkov, debris of the downed missiles fell in a field.\n\nThe Russian "
        "Defence Ministry said two missiles were destroyed over the Belgorod region.",
        [("intercepted", 2, "ru", "military")],
    ),
    "uk-air-force-tells-it-again": (
        "uk",
        "Уночі над Хмельниччиною збито дві крилаті ракети. За інформацією начальника ОВА "
        "Сергія Гамалія, уламки збитих ракет впали в полі.\n\nПовітряні сили повідомили, що над "
        "Хмельниччиною знищено дві крилаті ракети.",
        [("intercepted", 2, "ua", "military")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), RETOLD.values(), ids=RETOLD.keys())
def test_retold(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# A relay opened by its origin ("Citing the ministry, TASS reported that ..."): the medium after
# it relays the origin's words and speaks no clause of its own (ANNOTATION.md: a relayed claim
# belongs to its origin), as in the order "TASS reported, citing the ministry".
BRYANSK_TWO_MOD = [("intercepted", 2, "ru", "military")]
RELAYS: dict[str, Case] = {
    "en-citing-first": (
        "en",
        "Citing the Russian Defence Ministry, TASS reported that two drones were shot down "
        "over Bryansk.",
        BRYANSK_TWO_MOD,
    ),
    "ru-citing-first": (
        "ru",
        "Ссылаясь на Минобороны, ТАСС сообщил, что над Брянском сбиты два беспилотника.",
        BRYANSK_TWO_MOD,
    ),
    "uk-citing-first": (
        "uk",
        "Посилаючись на Міноборони РФ, ТАСС повідомив, що над Брянськом збито два дрони.",
        BRYANSK_TWO_MOD,
    ),
    "en-citing-after": (
        "en",
        "Two drones were shot down over Bryansk, TASS reported, citing the Russian Defence "
        "Ministry.",
        BRYANSK_TWO_MOD,
    ),
    "ru-citing-after": (
        "ru",
        "Над Брянском сбиты два беспилотника, передает ТАСС со ссылкой на Минобороны.",
        BRYANSK_TWO_MOD,
    ),
    "uk-citing-after": (
        "uk",
        "Над Брянськом збито два дрони, передає ТАСС із посиланням на Міноборони РФ.",
        BRYANSK_TWO_MOD,
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), RELAYS.values(), ids=RELAYS.keys())
def test_relay(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# A channel named by its handle ("пишет @rybar"): the registry's channel of that handle, kind
# media; a handle the registry does not know names no one.
KURSK_THREE_RU_MEDIA = [("intercepted", 3, "ru", "media")]
HANDLES: dict[str, Case] = {
    "ru-handle": ("ru", "Над Курском сбиты три дрона, пишет @rybar.", KURSK_THREE_RU_MEDIA),
    "en-handle": (
        "en",
        "Three drones were shot down over Kursk, @rybar wrote.",
        KURSK_THREE_RU_MEDIA,
    ),
    "uk-handle": ("uk", "Над Курськом збито три дрони, пише @rybar.", KURSK_THREE_RU_MEDIA),
    "ru-unknown-handle": (
        "ru",
        "Над Курском сбиты три дрона, пишет @nobody_news_here.",
        [("intercepted", 3, "ru", "outlet")],
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), HANDLES.values(), ids=HANDLES.keys())
def test_handle(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# Attribution across sentences: "..., the air force said on Telegram." signs the sentences of
# its paragraph before it; "Об этом сообщил X" in the next paragraph signs the paragraph above.
SIGNED_AFTER_AIR_FORCE = [
    ("intercepted", 25, "ua", "military"),
    ("launched", 2, "ua", "military"),
    ("launched", 40, "ua", "military"),
]
BRYANSK_GOVERNOR = [
    ("injured", 0, "ru", "official"),
    ("intercepted", 12, "ru", "official"),
    ("killed", 0, "ru", "official"),
]
SUMY_GOVERNOR = [
    ("injured", 0, "ua", "official"),
    ("intercepted", 12, "ua", "official"),
    ("killed", 0, "ua", "official"),
]
SIGNED: dict[str, Case] = {
    "en-said-on-telegram": (
        "en",
        "Russia attacked Ukraine with 40 drones and two missiles overnight. Air defences shot "
        "down 25 drones over seven regions, the air force said on Telegram.",
        SIGNED_AFTER_AIR_FORCE,
    ),
    "ru-said-on-telegram": (
        "ru",
        "Россия атаковала Украину 40 дронами и двумя ракетами. ПВО сбила 25 дронов над семью "
        "областями, сообщили Воздушные силы ВСУ в Telegram.",
        SIGNED_AFTER_AIR_FORCE,
    ),
    "uk-said-on-telegram": (
        "uk",
        "Росія атакувала Україну 40 дронами та двома ракетами. ППО збила 25 дронів над сімома "
        "областями, повідомили Повітряні сили в Telegram.",
        SIGNED_AFTER_AIR_FORCE,
    ),
    "ru-this-was-reported-below": (
        "ru",
        "Ночью над Брянской областью сбиты 12 беспилотников. Пострадавших нет.\n\nОб этом "
        "сообщил губернатор Александр Богомаз в своем Telegram-канале.",
        BRYANSK_GOVERNOR,
    ),
    "en-this-was-reported-below": (
        "en",
        "Twelve drones were shot down over the Bryansk region overnight. No one was hurt.\n\n"
        "This was reported by Governor Alexander Bogomaz on his Telegram channel.",
        BRYANSK_GOVERNOR,
    ),
    "uk-this-was-reported-below": (
        "uk",
        "Уночі над Сумщиною збито 12 дронів. Постраждалих немає.\n\nПро це повідомив "
        "начальник ОВА Володимир Артюх у своєму Telegram-каналі.",
        SUMY_GOVERNOR,
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), SIGNED.values(), ids=SIGNED.keys())
def test_signed_after(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)


# Items of a speaker's list stay the speaker's to the last item, an item whose dash is followed
# by Markdown's bold mark ("—** над Брянской ...") included: a list mark as "— " is.
LISTED_MOD = [
    ("intercepted", 2, "ru", "military"),
    ("intercepted", 3, "ru", "military"),
    ("intercepted", 5, "ru", "military"),
]
LISTS: dict[str, Case] = {
    "ru-bold-item": (
        "ru",
        "Минобороны России сообщило:\n\n— над Курской областью сбиты пять беспилотников;\n\n"
        "—** над Брянской областью сбиты три ракеты;**\n\n— над Белгородской областью сбиты "
        "две ракеты.",
        LISTED_MOD,
    ),
    "en-bold-item": (
        "en",
        "The Russian Defence Ministry said:\n\n— five drones were shot down over the Kursk "
        "region;\n\n—** three missiles were shot down over the Bryansk region;**\n\n— two "
        "missiles were shot down over the Belgorod region.",
        LISTED_MOD,
    ),
    "uk-bold-item": (
        "uk",
        "Міноборони РФ повідомило:\n\n— над Курською областю збито п'ять безпілотників;\n\n"
        "—** над Брянською областю збито три ракети;**\n\n— над Бєлгородською областю збито "
        "дві ракети.",
        LISTED_MOD,
    ),
}


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS.values(), ids=LISTS.keys())
def test_listed(resources: Resources, lang: str, text: str, expected: list[Voice]) -> None:
    _check(resources, lang, text, expected)

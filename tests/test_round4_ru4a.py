"""Who speaks and what is no claim, in Russian rules of the fourth round (telegram-ru-extra,
fold a), each with its Ukrainian and English twin where the construction exists:
- the outlet's own voice after an opener naming its own information ("По нашей информации");
- bodies and groups the registry lacked (media not named, "МЧС Украины", "Генштаб Украины",
  rescuers, "киевский режим", subscribers, bloggers) and brands written in Latin letters in a
  Cyrillic text ("пишет Baza"); a state a source opener cites ("по версии Киева"); a source a
  medium names next to it is the origin ("сообщил ТАСС источник", "источник ТАСС сообщил");
  a line "Источник: X" signs the text above it; a header may say where it was said
  ("Гладков в телеграме: ..."); a district's or community's head is the place's authorities
  ("сообщил глава округа", "повідомив голова громади");
- a quote signed after it, with words that describe the statement or say where it was written
  ("— говорится в ежедневной сводке Воздушных сил", "— написал губернатор в
  телеграм-канале"), signs its paragraph; the points under "X выступил с обращением,
  главное:" and under "Вот что сообщил X." are X's; a cue that refers back does not reach
  over into another item of a bulleted digest; Ukrainian "влада" (singular) is the authorities;
- a promise, a request, a call, a demand or a permission to strike is no claim
  ("пообещала запустить", "разрешил выпустить", "призвал сбивать"); nor is a question, direct
  or indirect ("выясняли, действительно ли Россия применила", "чи справді Росія застосувала").
Own sentences; expectations written from ANNOTATION.md before the extractor read them."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

Row = tuple[str, int | None, str | None]  # action, quantity, claimant kind

CASES: list[tuple[str, Language, str, list[Row]]] = [
    ("ru_our_information_is_the_outlet", "ru",
     "Губернатор Курской области Алексей Смирнов сообщил, что ситуация под контролем. По нашей "
     "информации, над Курском сбиты три беспилотника.", [("intercepted", 3, "outlet")]),
    ("ru_newsroom_data_is_the_outlet", "ru",
     "Губернатор Курской области Алексей Смирнов сообщил, что ситуация под контролем. По данным "
     "редакции, над Курском сбиты три беспилотника.", [("intercepted", 3, "outlet")]),
    ("uk_our_information_is_the_outlet", "uk",
     "Губернатор Курської області Олексій Смирнов повідомив, що ситуація під контролем. За нашою "
     "інформацією, над Курськом збито три безпілотники.", [("intercepted", 3, "outlet")]),
    ("en_our_information_is_the_outlet", "en",
     "Kursk Governor Alexei Smirnov said the situation was under control. According to our "
     "information, three drones were shot down over Kursk.", [("intercepted", 3, "outlet")]),
]


Who = tuple[str, int | None, str, str | None, str]  # action, quantity, claimant, side, kind
SES = "State Emergency Service of Ukraine"
RESCUE = "emergency services"

NAMED: list[tuple[str, Language, str, list[Who]]] = [
    ("ru_media_unnamed", "ru",
     "Над Белгородской областью сбиты пять беспилотников, сообщают СМИ.",
     [("intercepted", 5, "unnamed media", None, "media")]),
    ("ru_local_publics_unnamed", "ru",
     "Над Белгородской областью сбиты пять беспилотников, пишут местные паблики.",
     [("intercepted", 5, "unnamed media", None, "media")]),
    ("uk_media_unnamed", "uk",
     "Над Бєлгородською областю збито п'ять безпілотників, повідомляють ЗМІ.",
     [("intercepted", 5, "unnamed media", None, "media")]),
    ("en_local_media", "en",
     "Five drones were shot down over the Belgorod region, local media reported.",
     [("intercepted", 5, "unnamed media", None, "media")]),
    ("ru_russian_media", "ru",
     "Над Белгородской областью сбиты пять беспилотников, сообщают российские СМИ.",
     [("intercepted", 5, "Russian media", "ru", "media")]),
    ("ru_media_named_again", "ru",
     "Baza: над Брянском сбиты шесть дронов.\n\nЕще три беспилотника сбиты над Курском, "
     "уточняет СМИ.",
     [("intercepted", 6, "Baza", "ru", "media"), ("intercepted", 3, "Baza", "ru", "media")]),
    ("ru_latin_brand", "ru", "Над Брянском сбиты четыре дрона, пишет Baza.",
     [("intercepted", 4, "Baza", "ru", "media")]),
    ("uk_latin_brand", "uk", "Над Брянськом збито чотири дрони, пише Baza.",
     [("intercepted", 4, "Baza", "ru", "media")]),
    ("ru_ukraine_emergency_service", "ru",
     "МЧС Украины сообщило, что в результате ракетного удара по Одессе погибли два человека.",
     [("killed", 2, SES, "ua", "official")]),
    ("ru_general_staff_of_ukraine", "ru",
     "ВСУ атаковали Курскую область тремя ракетами ATACMS, заявили в Генштабе Украины.",
     [("launched", 3, "Ukrainian General Staff", "ua", "military")]),
    ("ru_rescuers", "ru",
     "Спасатели сообщили, что в результате ракетного удара по Днепру погибли четыре человека.",
     [("killed", 4, RESCUE, "ua", "official")]),
    ("ru_rescuers_russia", "ru",
     "В результате атаки дронов в Курске ранены три человека, сообщили спасатели.",
     [("injured", 3, RESCUE, "ru", "official")]),
    ("uk_rescuers", "uk",
     "Рятувальники повідомили, що внаслідок ракетного удару по Дніпру загинули четверо людей.",
     [("killed", 4, RESCUE, "ua", "official")]),
    ("ru_by_the_account_of_kyiv", "ru", "По версии Киева, над Украиной сбиты 20 дронов.",
     [("intercepted", 20, "Ukrainian Air Force", "ua", "military")]),
    ("ru_by_the_data_of_moscow", "ru",
     "По данным Москвы, над Курской областью сбиты 20 дронов.",
     [("intercepted", 20, "Russian Ministry of Defence", "ru", "military")]),
    ("uk_by_the_account_of_moscow", "uk",
     "За версією Москви, над Курською областю збито 20 дронів.",
     [("intercepted", 20, "Russian Ministry of Defence", "ru", "military")]),
    ("en_according_to_kyiv", "en", "According to Kyiv, 20 drones were shot down over Ukraine.",
     [("intercepted", 20, "Ukrainian Air Force", "ua", "military")]),
    ("ru_kyiv_regime", "ru", "Киевский режим заявил о 20 сбитых дронах.",
     [("intercepted", 20, "Ukrainian authorities", "ua", "official")]),
    ("ru_subscribers", "ru", "Подписчики сообщают о трех сбитых над Курском дронах.",
     [("intercepted", 3, "witnesses", None, "witness")]),
    ("ru_bloggers", "ru", "Блогеры пишут, что над Курском сбиты три дрона.",
     [("intercepted", 3, "unnamed media", None, "media")]),
    ("ru_medium_names_its_source", "ru",
     "Над Курском сбиты три дрона, сообщил ТАСС источник в экстренных службах.",
     # a medium relays its source and seats it nowhere: no side, as "Источник ТАСС" below
     # (round 5: one reading of medium and source in every order)
     [("intercepted", 3, "TASS sources", None, "anonymous")]),
    ("ru_source_of_the_medium", "ru",
     "Источник ТАСС сообщил, что над Курском сбиты три дрона.",
     [("intercepted", 3, "anonymous source", None, "anonymous")]),
    ("ru_interlocutor_of_the_agency", "ru",
     "Над Курском сбиты три дрона, рассказал РИА Новости собеседник в оперативных службах.",
     [("intercepted", 3, "RIA Novosti sources", None, "anonymous")]),
    ("uk_medium_names_its_source", "uk",
     "Над Курськом збито три дрони, повідомило ТАСС джерело в силових структурах.",
     [("intercepted", 3, "TASS sources", None, "anonymous")]),
    ("uk_source_of_the_medium", "uk",
     "Джерело УНІАН повідомило, що над Києвом збито три дрони.",
     [("intercepted", 3, "anonymous source", None, "anonymous")]),
    ("ru_source_line", "ru", "Над Курском сбиты три дрона.\n\nИсточник: РИА Новости",
     [("intercepted", 3, "RIA Novosti", "ru", "media")]),
    ("ru_source_line_dash", "ru",
     "Над Курском сбиты три дрона, пострадавших нет.\n\nИсточник — Минобороны.",
     [("intercepted", 3, "Russian Ministry of Defence", "ru", "military"),
      ("killed", 0, "Russian Ministry of Defence", "ru", "military"),
      ("injured", 0, "Russian Ministry of Defence", "ru", "military")]),
    ("uk_source_line", "uk", "Над Києвом збито три дрони.\n\nДжерело: Повітряні сили",
     [("intercepted", 3, "Ukrainian Air Force", "ua", "military")]),
    ("en_source_line", "en", "Three drones were shot down over Kursk.\n\nSource: RIA Novosti",
     [("intercepted", 3, "RIA Novosti", "ru", "media")]),
    ("ru_header_in_the_channel", "ru",
     "Гладков в телеграме: над Белгородом сбиты 5 ракет.",
     [("intercepted", 5, "Vyacheslav Gladkov", "ru", "official")]),
    ("uk_header_in_the_channel", "uk", "Синєгубов у телеграмі: над Харковом збито 5 ракет.",
     [("intercepted", 5, "Oleh Syniehubov", "ua", "official")]),
    ("en_header_in_the_channel", "en",
     "Gladkov on Telegram: five missiles were shot down over Belgorod.",
     [("intercepted", 5, "Vyacheslav Gladkov", "ru", "official")]),
    ("ru_district_head", "ru", "Над Шебекино сбиты три дрона, сообщил глава округа.",
     [("intercepted", 3, "local authorities", "ru", "official")]),
    ("uk_community_head", "uk", "Над Сумами збито три дрони, повідомив голова громади.",
     [("intercepted", 3, "local authorities", "ua", "official")]),
    ("en_rescuers", "en", "Rescuers said four people were killed in a missile strike on Dnipro.",
     [("killed", 4, RESCUE, "ua", "official")]),
]


Sided = tuple[str, int | None, str | None, str]  # action, quantity, claimant side, kind

SIGNED: list[tuple[str, Language, str, list[Sided]]] = [
    ("ru_quote_in_the_daily_summary", "ru",
     "Над Одессой сбиты восемь ракет. «Остальные ракеты не долетели до целей», — говорится в "
     "ежедневной сводке Воздушных сил Украины.", [("intercepted", 8, "ua", "military")]),
    ("uk_quote_in_the_daily_summary", "uk",
     "Над Одесою збито вісім ракет. «Решта ракет не долетіла до цілей», — йдеться в щоденному "
     "зведенні Повітряних сил.", [("intercepted", 8, "ua", "military")]),
    ("ru_role_signs_in_its_channel", "ru",
     "Над Курском сбиты восемь дронов. «Угрозы нет», — написал губернатор в официальном "
     "телеграм-канале.", [("intercepted", 8, "ru", "official")]),
    ("uk_role_signs_in_its_channel", "uk",
     "Над Одесою збито вісім ракет. «Загрози немає», — написав голова ОВА в телеграм-каналі.",
     [("intercepted", 8, "ua", "official")]),
]


DIGEST_RU = (
    "🔻В Киеве ранены два человека после атаки дронов, сообщили власти.\n\n🔻В Брянске "
    "беспилотник врезался в склад, уточнили позднее."
)
DIGEST_UK = (
    "🔻У Києві поранено двох людей після атаки дронів, повідомила влада.\n\n🔻У Брянську "
    "безпілотник врізався в склад, уточнили згодом."
)
DIGESTS: list[tuple[str, Language, str, list[Sided]]] = [
    ("ru_digest_items_apart", "ru", DIGEST_RU,
     [("injured", 2, "ua", "official"), ("hit", 1, None, "outlet")]),
    ("uk_digest_items_apart", "uk", DIGEST_UK,
     [("injured", 2, "ua", "official"), ("hit", 1, None, "outlet")]),
    ("uk_authorities_singular", "uk",
     "Двох людей поранено в Києві після атаки дронів, повідомила влада.",
     [("injured", 2, "ua", "official")]),
]

ADDRESS: list[tuple[str, Language, str, list[Sided]]] = [
    ("ru_here_is_what_he_said", "ru",
     "Губернатор Курской области рассказал о ночной атаке. Вот что сообщил губернатор.\n\n"
     "▪️Над Курском сбиты три дрона.\n\n▪️Пострадавших нет.",
     [("intercepted", 3, "ru", "official"), ("killed", 0, "ru", "official"),
      ("injured", 0, "ru", "official")]),
    ("uk_here_is_what_he_said", "uk",
     "Ось що повідомив губернатор Курської області.\n\n▪️Над Курськом збито три дрони.\n\n"
     "▪️Постраждалих немає.",
     [("intercepted", 3, "ru", "official"), ("killed", 0, "ru", "official"),
      ("injured", 0, "ru", "official")]),
    ("en_here_is_what_he_said", "en",
     "Here is what the Kursk governor said.\n\n- Three drones were shot down over Kursk.\n\n"
     "- No one was injured.",
     [("intercepted", 3, "ru", "official"), ("injured", 0, "ru", "official")]),
    ("ru_here_is_what_the_ministry_said", "ru",
     "Вот что сообщили в Минобороны России.\n\n▪️Над Курском сбиты три дрона.\n\n▪️Над "
     "Брянском сбиты два дрона.",
     [("intercepted", 3, "ru", "military"), ("intercepted", 2, "ru", "military")]),
    ("uk_here_is_what_the_ministry_said", "uk",
     "Ось що повідомили в Міноборони Росії.\n\n▪️Над Курськом збито три дрони.\n\n▪️Над "
     "Брянськом збито два дрони.",
     [("intercepted", 3, "ru", "military"), ("intercepted", 2, "ru", "military")]),
    ("en_here_is_what_the_ministry_said", "en",
     "Here is what the Russian Defence Ministry said.\n\n- Three drones were shot down over "
     "Kursk.\n\n- Two drones were shot down over Bryansk.",
     [("intercepted", 3, "ru", "military"), ("intercepted", 2, "ru", "military")]),
    ("ru_points_of_an_address", "ru",
     "Путин выступил с обращением, главное:\n\n— 20 ноября по Курской области были выпущены 6 "
     "ракет ATACMS;\n\n— 4 ракеты сбиты.",
     [("launched", 6, "ru", "official"), ("intercepted", 4, "ru", "official")]),
    ("uk_points_of_an_address", "uk",
     "Зеленський виступив зі зверненням, головне:\n\n— 20 листопада по Києву були випущені 6 "
     "ракет;\n\n— 4 ракети збито.",
     [("launched", 6, "ua", "official"), ("intercepted", 4, "ua", "official")]),
    ("en_points_of_an_address", "en",
     "Putin gave an address, key points:\n\n- On November 20 six ATACMS missiles were fired at "
     "the Kursk region;\n\n- four missiles were shot down.",
     [("launched", 6, "ru", "official"), ("intercepted", 4, "ru", "official")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_claimant_kinds(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Row]
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    assert sorted((c.action, c.quantity, c.claimant_kind) for c in claims) == sorted(expected)


@pytest.mark.parametrize(("name", "lang", "text", "expected"), NAMED, ids=[c[0] for c in NAMED])
def test_claimants_named(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Who]
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    got = [(c.action, c.quantity, c.claimant, c.claimant_side, c.claimant_kind) for c in claims]
    assert sorted(got, key=str) == sorted(expected, key=str), got


@pytest.mark.parametrize(
    ("name", "lang", "text", "expected"),
    SIGNED + ADDRESS + DIGESTS,
    ids=[c[0] for c in SIGNED + ADDRESS + DIGESTS],
)
def test_signed_after(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Sided]
) -> None:
    claims = extractor.extract(Report(id="test", text=text, lang=lang)).claims
    got = [(c.action, c.quantity, c.claimant_side, c.claimant_kind) for c in claims]
    assert sorted(got, key=str) == sorted(expected, key=str), got


FORECASTS: list[tuple[str, Language, str]] = [
    ("ru_promised_to_launch", "ru", "Командование пообещало запустить по врагу 20 ракет."),
    ("ru_allowed_to_fire", "ru", "Байден разрешил Украине выпустить по России 50 ракет ATACMS."),
    ("ru_called_to_down", "ru", "Губернатор призвал сбивать все 30 дронов на подлете."),
    ("uk_promised_to_launch", "uk", "Командування пообіцяло запустити по ворогу 20 ракет."),
    ("uk_allowed_to_fire", "uk", "Байден дозволив Україні випустити по Росії 50 ракет ATACMS."),
    ("en_promised_to_launch", "en", "The command promised to launch 20 missiles at the enemy."),
    ("en_allowed_to_fire", "en", "Biden allowed Ukraine to fire 50 ATACMS missiles at Russia."),
    ("ru_asked_whether", "ru",
     "Журналисты выясняли, действительно ли Россия применила против Украины три баллистические "
     "ракеты."),
    ("ru_direct_question", "ru", "Действительно ли Россия применила три ракеты?"),
    ("uk_asked_whether", "uk",
     "Журналісти з'ясовували, чи справді Росія застосувала проти України три балістичні ракети."),
]


@pytest.mark.parametrize(("name", "lang", "text"), FORECASTS, ids=[c[0] for c in FORECASTS])
def test_wanted_is_no_claim(extractor: Extractor, name: str, lang: Language, text: str) -> None:
    assert extractor.extract(Report(id="test", text=text, lang=lang)).claims == []


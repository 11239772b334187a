"""Quotes, markers, checks and media in Russian and Ukrainian (and English) from the core.

Each case is a text of our own in the style of the reports, and every output the core should
read from it: ("marker", kind, evidence), ("quote", speaker, description, text),
("check", subject, reference, stated km, direction, verdict), ("media", kind, evidence).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from claimledger.extract import Extractor
from claimledger.extract.outputs import may_hold_outputs
from claimledger.extract.pipeline import add_outputs
from claimledger.model import Extraction, Language, Report
from claimledger.resources import Resources

Row = tuple[Any, ...]
CASES: list[tuple[str, str, list[Row]]] = [
    # -- Russian: markers --
    (
        "ru",
        "Российские военные эти заявления не комментировали, Би-би-си не может оперативно "
        "проверить утверждения воюющих сторон.",
        [
            ("marker", "no_comment", "не комментировали"),
            ("marker", "unverified", "не может оперативно проверить"),
        ],
    ),
    (
        "ru",
        "Проверить эти данные независимо пока не удалось.",
        [("marker", "unverified", "Проверить эти данные независимо пока не удалось")],
    ),
    (
        "ru",
        "Информация о прилёте в районе нефтебазы пока не подтверждена.",
        [("marker", "unverified", "не подтверждена")],
    ),
    (
        "ru",
        "По неподтвержденным данным, в городе слышали несколько взрывов.",
        [("marker", "unverified", "неподтвержденным")],
    ),
    (
        "ru",
        "Официального подтверждения этим сообщениям пока нет.",
        [("marker", "unverified", "Официального подтверждения этим сообщениям пока нет")],
    ),
    (
        "ru",
        "В ведомстве отказались от комментариев.",
        [("marker", "no_comment", "отказались от комментариев")],
    ),
    (
        "ru",
        "Комментариев от украинской стороны на момент публикации не поступало.",
        [
            (
                "marker",
                "no_comment",
                "Комментариев от украинской стороны на момент публикации не поступало",
            )
        ],
    ),
    (
        "ru",
        "Пресс-служба компании не ответила на запрос редакции.",
        [("marker", "no_comment", "не ответила на запрос")],
    ),
    (
        "ru",
        "В Минобороны Украины опровергли сообщения об уничтожении зенитного комплекса.",
        [("marker", "denied", "опровергли")],
    ),
    ("ru", "Киев отрицает причастность к атаке на нефтебазу.", [("marker", "denied", "отрицает")]),
    (
        "ru",
        "Представитель штаба назвал эти сообщения фейком.",
        [("marker", "denied", "назвал эти сообщения фейком")],
    ),
    (
        "ru",
        "В администрации заявили, что информация не соответствует действительности.",
        [("marker", "denied", "не соответствует действительности")],
    ),
    (
        "ru",
        "Мы не можем ни подтвердить, ни опровергнуть эти слухи.",
        [("marker", "unverified", "не можем ни подтвердить")],
    ),
    (
        "ru",
        "Ночью над областью предположительно сбиты пять беспилотников.",
        [("marker", "hedged", "предположительно")],
    ),
    ("ru", "Возможно, завтра будет дождь.", []),
    ("ru", "Нельзя отрицать, что идея интересная, а движение, отрицающее прогресс, слабеет.", []),
    ("ru", "Командование проверит готовность подразделений к зиме.", []),
    # -- Russian: quotes --
    (
        "ru",
        "Губернатор Белгородской области Вячеслав Гладков заявил: «Над городом сбиты три "
        "беспилотника, пострадавших нет».",
        [
            (
                "quote",
                "Vyacheslav Gladkov",
                "Губернатор Белгородской области",
                "Над городом сбиты три беспилотника, пострадавших нет",
            )
        ],
    ),
    (
        "ru",
        "«Мы услышали громкий взрыв, а потом завыли сирены», — рассказала местная жительница "
        "Елена Петрова.",
        [
            (
                "quote",
                "Елена Петрова",
                "местная жительница",
                "Мы услышали громкий взрыв, а потом завыли сирены",
            )
        ],
    ),
    (
        "ru",
        "«Работа ПВО продолжается, прошу сохранять спокойствие», — написал Собянин в своём канале.",
        [
            (
                "quote",
                "Sergei Sobyanin",
                None,
                "Работа ПВО продолжается, прошу сохранять спокойствие",
            )
        ],
    ),
    (
        "ru",
        "Один из очевидцев рассказал: «Сначала был свист, а потом вспышка над лесом».",
        [("quote", None, "Один из очевидцев", "Сначала был свист, а потом вспышка над лесом")],
    ),
    ("ru", "Завод выпускает продукцию под брендом «Северный ветер».", []),
    # -- Russian: checks and media --
    (
        "ru",
        "Взрывы прогремели в Чернигове, в 130 км к северу от Киева.",
        [("check", "Чернигове", "Киева", 130.0, "N", "consistent")],
    ),
    (
        "ru",
        "Беспилотник упал в Брянске, примерно в 100 км к югу от Курска.",
        [("check", "Брянске", "Курска", 100.0, "S", "inconsistent")],
    ),
    (
        "ru",
        "Минобороны опубликовало видео уничтожения беспилотника над морем.",
        [("media", "video", "опубликовало видео уничтожения беспилотника над морем")],
    ),
    (
        "ru",
        "На опубликованных кадрах видно, как над городом поднимается дым.",
        [("media", "video", "На опубликованных кадрах видно")],
    ),
    (
        "ru",
        "На спутниковых снимках видны следы пожара на аэродроме.",
        [("media", "photo", "На спутниковых снимках видны следы пожара на аэродроме")],
    ),
    (
        "ru",
        "Подлинность видео пока не подтверждена.",
        [("marker", "media_provenance_unclear", "Подлинность видео пока не подтверждена")],
    ),
    # -- Ukrainian: markers --
    (
        "uk",
        "У Повітряних силах цю інформацію не підтверджують.",
        [("marker", "unverified", "не підтверджують")],
    ),
    (
        "uk",
        "Ми не можемо незалежно перевірити ці дані.",
        [("marker", "unverified", "не можемо незалежно перевірити")],
    ),
    (
        "uk",
        "Перевірити цю інформацію поки не вдалося.",
        [("marker", "unverified", "Перевірити цю інформацію поки не вдалося")],
    ),
    (
        "uk",
        "За непідтвердженими даними, уламки впали біля школи.",
        [("marker", "unverified", "непідтвердженими")],
    ),
    (
        "uk",
        "У Генштабі ЗСУ не коментували ці повідомлення.",
        [("marker", "no_comment", "не коментували")],
    ),
    (
        "uk",
        "Речник відомства відмовився від коментарів.",
        [("marker", "no_comment", "відмовився від коментарів")],
    ),
    (
        "uk",
        "Офіційних коментарів від командування поки немає.",
        [("marker", "no_comment", "Офіційних коментарів від командування поки немає")],
    ),
    (
        "uk",
        "У Міноборони спростували заяви російських пропагандистів.",
        [("marker", "denied", "спростували")],
    ),
    ("uk", "Москва заперечує свою причетність до удару.", [("marker", "denied", "заперечує")]),
    (
        "uk",
        "У Центрі протидії дезінформації назвали це відео фейком.",
        [("marker", "denied", "назвали це відео фейком")],
    ),
    (
        "uk",
        "Ця інформація не відповідає дійсності.",
        [("marker", "denied", "не відповідає дійсності")],
    ),
    ("uk", "Вночі над Одещиною нібито збили 12 ударних БпЛА.", [("marker", "hedged", "нібито")]),
    ("uk", "Можливо, завтра потеплішає.", []),
    ("uk", "Не можна заперечувати, що ідея цікава.", []),
    # -- Ukrainian: quotes --
    (
        "uk",
        "«Ми почули потужний вибух, а потім завили сирени», — розповіла місцева мешканка "
        "Олена Петренко.",
        [
            (
                "quote",
                "Олена Петренко",
                "місцева мешканка",
                "Ми почули потужний вибух, а потім завили сирени",
            )
        ],
    ),
    (
        "uk",
        "Голова ОВА Олег Синєгубов заявив: «Ворог атакував Харків трьома ракетами. Є постраждалі».",
        [
            (
                "quote",
                "Oleh Syniehubov",
                "Голова ОВА",
                "Ворог атакував Харків трьома ракетами. Є постраждалі",
            )
        ],
    ),
    (
        "uk",
        "Мешканець Сум Іван Коваленко розповів: «Уламки впали просто на подвір'я сусіда».",
        [("quote", "Іван Коваленко", "Мешканець Сум", "Уламки впали просто на подвір'я сусіда")],
    ),
    ("uk", "Компанія «Нова пошта» відновила роботу відділень.", []),
    # -- Ukrainian: checks and media --
    (
        "uk",
        "Вибухи пролунали в Чернігові, за 130 км на північ від Києва.",
        [("check", "Чернігові", "Києва", 130.0, "N", "consistent")],
    ),
    (
        "uk",
        "Дрон впав у Полтаві, за 300 км на захід від Харкова.",
        [("check", "Полтаві", "Харкова", 300.0, "W", "inconsistent")],
    ),
    (
        "uk",
        "Повітряні сили оприлюднили відео збиття крилатої ракети.",
        [("media", "video", "оприлюднили відео збиття крилатої ракети")],
    ),
    ("uk", "На відео видно, як ракета падає в поле.", [("media", "video", "На відео видно")]),
    (
        "uk",
        "На супутникових знімках видно сліди пожежі.",
        [("media", "photo", "На супутникових знімках видно сліди пожежі")],
    ),
    (
        "uk",
        "Автентичність відео не вдалося встановити.",
        [("marker", "media_provenance_unclear", "Автентичність відео не вдалося встановити")],
    ),
    (
        "uk",
        "Невідомо, де і коли було знято це відео.",
        [("marker", "media_provenance_unclear", "Невідомо, де і коли було знято це відео")],
    ),
    # -- English, through the same core --
    (
        "en",
        "The claim has not been independently verified, and Kyiv declined to comment.",
        [
            ("marker", "unverified", "has not been independently verified"),
            ("marker", "no_comment", "declined to comment"),
        ],
    ),
    (
        "en",
        "Chernihiv, about 130 kilometers north of Kyiv, was hit overnight.",
        [("check", "Chernihiv", "Kyiv", 130.0, "N", "consistent")],
    ),
    # -- English quotes: who speaks, by the words around the marks --
    (
        "en",
        '"The sirens went on for an hour," Energy Minister Maria Hlib wrote on Facebook.',
        [("quote", "Maria Hlib", "Energy Minister", "The sirens went on for an hour,")],
    ),
    (
        "en",
        'Taras Melnyk, a retired engineer, said: "We ran to the basement at once."',
        [("quote", "Taras Melnyk", "retired engineer", "We ran to the basement at once.")],
    ),
    (
        "en",
        "Local resident Olena Bondar, a 52-year-old nurse, spoke to reporters. "
        'She recalled, "The windows shook all night long."',
        [
            (
                "quote",
                "Olena Bondar",
                "local resident, 52-year-old nurse",
                "The windows shook all night long.",
            )
        ],
    ),
    (
        "en",
        "The visit was arranged by Foreign Minister Pavel Dorn. "
        '"We will not be intimidated by them," Dorn said.',
        [("quote", "Pavel Dorn", "Foreign Minister", "We will not be intimidated by them,")],
    ),
    (
        "en",
        'Mayor Ivan Sorokin visited the district. "Nobody was hurt in the school," the mayor said.',
        [("quote", "Ivan Sorokin", "Mayor", "Nobody was hurt in the school,")],
    ),
    (
        "en",
        '"Two homes lost their roofs in the blast."\n\n"It is a miracle," a police officer said.',
        [
            ("quote", None, None, "Two homes lost their roofs in the blast."),  # whole sentences
            ("quote", None, "a police officer", "It is a miracle,"),
        ],
    ),
    # -- English media --
    (
        "en",
        "The ministry posted a video of the launch, though it remains unclear whether the "
        "footage is recent.",
        [
            ("media", "video", "posted a video of the launch"),
            (
                "marker",
                "media_provenance_unclear",
                "it remains unclear whether the footage is recent",
            ),
        ],
    ),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources())


def _rows(extraction: Extraction) -> list[Row]:
    rows: list[Row] = [("marker", m.kind, m.evidence.text) for m in extraction.markers]
    rows += [("quote", q.speaker, q.speaker_description, q.text) for q in extraction.quotes]
    rows += [
        ("check", c.subject, c.reference, c.stated_km, c.stated_direction, c.verdict)
        for c in extraction.checks
    ]
    rows += [("media", m.kind, m.evidence.text) for m in extraction.media]
    return rows


# A report is read only when it may hold a claim (the fast path): each case follows a claim.
CLAIM = {
    "ru": "Ночью над областью был сбит беспилотник.\n\n",
    "uk": "Вночі над областю було збито безпілотник.\n\n",
    "en": "A drone was shot down over the region overnight.\n\n",
}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_outputs(lang: str, text: str, expected: list[Row], extractor: Extractor) -> None:
    text = CLAIM[lang] + text
    extraction = extractor.extract(Report(text=text, source="Example Wire"), lang)
    assert sorted(_rows(extraction), key=repr) == sorted(expected, key=repr)
    spans = [m.evidence for m in extraction.markers] + [c.evidence for c in extraction.checks]
    spans += [m.evidence for m in extraction.media] + [
        s for q in extraction.quotes for s in q.spans
    ]
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_the_cheap_look_keeps_every_case(lang: str, text: str, expected: list[Row]) -> None:
    """A report with a marker, a check or a photo or video is never spared the analysis."""
    if [r for r in expected if r[:2] != ("marker", "hedged")]:
        assert may_hold_outputs(text, lang)  # type: ignore[arg-type]


def test_the_table_is_large_enough() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for lang, _, expected in CASES:
        for row in expected:
            counts[(lang, row[0])] += 1
    slavic = sum(n for (lang, _), n in counts.items() if lang in ("ru", "uk"))
    assert slavic >= 40
    for lang in ("ru", "uk"):
        for kind in ("marker", "quote", "check", "media"):
            assert counts[(lang, kind)] >= 2, (lang, kind)
    assert sum(1 for _, _, expected in CASES if not expected) >= 6


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Жители провели ночь в укрытиях.\n\n«Город пережил тяжёлую ночь. Все службы работают».",
        ),
        (
            "uk",
            "Мешканці провели ніч в укриттях.\n\n«Місто пережило важку ніч. Усі служби працюють».",
        ),
        (
            "en",
            "Residents spent the night in shelters.\n\n"
            "“The city lived through a hard night. All services work.”",
        ),
    ],
)
def test_outputs_alone_find_a_quote_with_no_verb_of_speech(
    lang: Language, text: str, extractor: Extractor
) -> None:
    """Outputs given to claims another reader made: a quote of whole sentences needs no verb."""
    assert may_hold_outputs(text, lang)
    extraction = add_outputs(
        Extraction(Report(text=text, source="Example Wire")), lang, extractor.resources
    )
    assert [q.speaker for q in extraction.quotes] == [None]

"""Pieces of the extraction core read on Russian text: markup, tokens, qualifiers, weapon models."""

from __future__ import annotations

import pytest

from claimledger.extract.document.clean import blank_markup, clean, starts_with_bullet
from claimledger.extract.document.tokens import analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.models import abbreviation_weapon, find_models
from claimledger.extract.mentions.quantities import qualifier_before
from claimledger.resources import default_resources

MARKUP: list[tuple[str, str]] = [
    ("**ПВО сбила** дрон", "  ПВО сбила   дрон"),
    ("__«Текст»__", "  «Текст»  "),
    ("[подробнее](https://t.me/x/1) тут", " подробнее                    тут"),
    ("⚡️Срочно", "  Срочно"),
    ("см. https://bit.ly/abc, далее", "см. " + " " * 18 + ", далее"),
    ("№ 5 и 10%", "№ 5 и 10%"),
]


@pytest.mark.parametrize(("text", "blanked"), MARKUP)
def test_blank_markup(text: str, blanked: str) -> None:
    result = blank_markup(text)
    assert len(result) == len(text)
    assert result == blanked


@pytest.mark.parametrize(
    ("line", "bullet"),
    [
        ("▪️Пункт", True),
        ("🔻Главное", True),
        ("— Второй пункт", True),
        ("⚡️Срочно", False),
        ("Текст", False),
        ("—Тире без пробела", False),
    ],
)
def test_bullets(line: str, bullet: bool) -> None:
    assert starts_with_bullet(line) is bullet


@pytest.mark.parametrize(
    ("text", "cleaned", "lows"),
    [
        # Latin look-alikes in a mostly Cyrillic word: the text and the lookup form read Cyrillic
        ("Cбит вертoлëт", "Сбит вертолёт", ["сбит", "вертолет"]),
        # a Latin ë alone is no Latin run for the text; the lookup form still reads it
        ("погиб ребëнок", "погиб ребëнок", ["погиб", "ребенок"]),
        ("fpv-дрон Kyiv", "fpv-дрон Kyiv", ["fpv-дрон", "kyiv"]),
    ],
)
def test_look_alike_letters(text: str, cleaned: str, lows: list[str]) -> None:
    assert clean(text) == cleaned
    doc = analyse(text, default_resources().lexer("ru"))
    assert [t.low for t in doc.tokens] == lows


def test_analyse_keeps_offsets() -> None:
    text = "⚡️**Минобороны РФ:**\n\n__«ПВО сбила 5 [БПЛА](http://x.y)».__\n\n▪️Пункт. Еще один."
    doc = analyse(text, default_resources().lexer("ru"))
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
    assert [(s.paragraph, s.bullet) for s in doc.sentences] == [
        (0, False),
        (1, False),
        (2, True),
        (2, True),
    ]
    assert [t.text for t in doc.sentence_tokens(doc.sentences[1])][:5] == [
        "«",
        "ПВО",
        "сбила",
        "5",
        "БПЛА",
    ]


def test_compound_inflects_like_its_head() -> None:
    doc = analyse("сбиты 76 дронов-камикадзе", default_resources().lexer("ru"))
    compound = doc.tokens[-1]
    assert compound.lemma == "дрон-камикадзе"
    assert compound.info.numbers == frozenset({"plur"})


QUALIFIERS: list[tuple[str, str, tuple[str, int]]] = [
    ("сбиты около", "ru", ("approx", 1)),
    ("уничтожено не менее", "ru", ("at_least", 2)),
    ("уничтожено более чем", "ru", ("at_least", 2)),
    ("по меньшей мере", "ru", ("at_least", 3)),
    ("сбито до", "ru", ("at_most", 1)),
    ("сбиты", "ru", ("exact", 0)),
    ("збито понад", "uk", ("at_least", 1)),
    ("близько", "uk", ("approx", 1)),
]


@pytest.mark.parametrize(("before", "lang", "expected"), QUALIFIERS)
def test_qualifier_before(before: str, lang: str, expected: tuple[str, int]) -> None:
    assert qualifier_before(lexicon(lang), before.split()) == expected


MODELS: list[tuple[str, str, str, str | None]] = [
    ("ракеты Х-101", "Kh-101", "cruise_missile", "ru"),
    ("«Калибрами»", "Kalibr", "cruise_missile", "ru"),
    ("ракета 3М22 «Циркон»", "Zircon", "cruise_missile", "ru"),
    ("«Искандер-М»", "Iskander-M", "ballistic_missile", "ru"),
    ("шесть ATACMS", "ATACMS", "ballistic_missile", "ua"),
    ("Storm Shadow", "Storm Shadow", "cruise_missile", "ua"),
    ("«Герань-2»", "Shahed-136", "uav", "ru"),
    ("«шахедов»", "Shahed-136", "uav", "ru"),
    ("типа PD-2", "PD-2", "uav", "ua"),
    ("РСЗО HIMARS", "MLRS", "rocket", None),
]


@pytest.mark.parametrize(("text", "name", "weapon", "side"), MODELS)
def test_find_models(text: str, name: str, weapon: str, side: str | None) -> None:
    mention = find_models(text, "ru")[0]
    assert (mention.model.name, mention.model.weapon, mention.model.side) == (name, weapon, side)
    assert text[mention.start : mention.end]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [("БПЛА", "uav"), ("БпЛА", "uav"), ("КАБ", "guided_bomb"), ("каб", None), ("ПВО", None)],
)
def test_abbreviation_weapon(text: str, weapon: str | None) -> None:
    assert abbreviation_weapon(text, "ru") == weapon

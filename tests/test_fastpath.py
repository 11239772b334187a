"""The fast path never rejects a report that holds a claim, and does reject what it should."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluation.gold import load_all, load_gold_files
from claimledger.evaluation.sets import EVAL_SETS
from claimledger.extract.fastpath import may_hold_claims
from claimledger.extract.lexicon import LexiconError, parse_lexicon
from claimledger.extract.pipeline import read_claims
from claimledger.model import Language, Report
from claimledger.resources import Resources

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Над Брянской областью сбиты три беспилотника.", True),
        ("ru", "Дрон ВСУ попал в жилой дом в Белгороде.", True),
        ("ru", "ВСУ нанесли удар КАБами по окраине города.", True),
        ("ru", "Хуситы заявили о запуске баллистической ракеты.", True),  # "запуске"
        ("ru", "Автомобиль в Белгородской области подвергся атаке дрона.", True),
        ("ru", "Беспилотник влетел в окно жилого дома.", True),
        ("uk", "Автомобіль на Сумщині зазнав атаки дрона.", True),
        ("uk", "Хусити заявили про запуск балістичної ракети.", True),
        ("ru", "В кабинете губернатора прошло совещание по бюджету.", False),  # "каб": capitals
        ("ru", "На выставке показали новый беспилотник для фермеров.", False),  # no action
        ("ru", "В ДТП на трассе погибли два человека.", False),  # harm, but no weapon
        ("ru", "Пострадавших нет, сообщили в МЧС.", False),
        ("ru", "Благотворительный фонд собрал средства.", False),  # "бла" only in capitals
        ("en", "Air defences shot down nine drones over the Oryol region overnight.", True),
        ("en", "Two KABs struck the outskirts of the town, the governor said.", True),
        ("en", "The Houthis fired an anti-ship missile at a tanker in the Red Sea.", True),
        ("en", "A drone attack killed one man in the village.", True),
        ("en", "A new drone was shown to farmers at the fair.", False),  # no action or harm
        ("en", "Two people died in a road accident on the motorway.", False),  # no weapon
        ("en", "The central bank kept its key rate unchanged.", False),
        ("en", "The kabaddi team won the final.", False),  # "KAB" only in capitals
        # a word listed as weapon and action alike stands for one of them: an attack named
        # with nothing that befell anything, or an attack with a weapon or a harm beside it
        ("ru", "Президент пообещал ответный удар по центрам принятия решений.", False),
        ("ru", "В Госдуме обсудили угрозу новой атаки на энергосистему.", False),
        ("ru", "Ракетный удар пришёлся по окраине Харькова.", True),  # "ракет" + "удар"
        ("ru", "Атака была отбита, сообщили в штабе.", True),  # "атак" + "отбит"
        ("ru", "После атаки погибли двое.", True),  # "атак" + "погиб"
        ("ru", "Тремя ударами Х-101 повреждена подстанция.", True),  # a model names the weapon
        ("en", "Two Kh-101 strikes damaged the substation.", True),
        ("uk", "Прем'єр пообіцяв удар у відповідь на будь-яку агресію.", False),
        ("uk", "Дрони атакували Одесу вночі.", True),
        ("en", "The minister warned of a possible attack on the grid this winter.", False),
        ("en", "Officials said the attack was planned months ago.", False),
        ("en", "A drone attack on the port was repelled.", True),
    ],
)
def test_fast_path_on_own_sentences(lang: Language, text: str, expected: bool) -> None:
    assert may_hold_claims(text, lang) is expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Президент пообещал ответный удар по центрам принятия решений."),
        ("ru", "Об ударе утром рассказал губернатор Курской области."),
        ("ru", "Атака продолжалась три часа, рассказали жители Белгорода."),
        ("uk", "Про удар уранці розповів очільник Сумської ОВА."),
        ("uk", "Атака тривала понад дві години, розповіли мешканці Харкова."),
        ("en", "The attack lasted three hours, residents of Kharkiv said."),
        ("en", "Russia will respond to any strike, the Kremlin said on Friday."),
    ],
)
def test_one_word_of_attack_alone_yields_no_claim(lang: Language, text: str) -> None:
    """What the fast path now turns away, read in full all the same: no claim (the rule it
    keeps: a claim names a weapon kind or a harm beside a word of attack)."""
    assert not may_hold_claims(text, lang)
    report = Report(text=text, id="t", source="Example Wire", lang=lang)
    assert read_claims(report, lang, _RESOURCES) == []


# Filler of no weapon and no action, to set a weapon's word and an action's far apart.
_RU_FILLER = " Жители собрались на площади, обсуждали цены, погоду и ремонт дорог в районе." * 3
_UK_FILLER = " Мешканці зібралися на площі, обговорювали ціни, погоду та ремонт доріг у районі." * 3
_EN_FILLER = " Residents gathered in the square and spoke of prices, weather and road repairs." * 3


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a weapon and an action near each other, however long the text around them
        ("ru", "Над Курской областью сбиты два беспилотника." + _RU_FILLER, True),
        ("ru", _RU_FILLER + " Ночью ПВО уничтожила ракету.", True),
        ("uk", "Над Сумщиною збито два дрони." + _UK_FILLER, True),
        ("en", _EN_FILLER + " Air defences shot down two drones.", True),
        # the two paragraphs apart: a drone shown in one, something "fell" in another
        ("ru", "На выставке показали новый беспилотник." + _RU_FILLER + " Цены упали.", False),
        ("uk", "На виставці показали новий безпілотник." + _UK_FILLER + " Ціни впали.", False),
        ("en", "A new drone was shown at the fair." + _EN_FILLER + " Prices fell.", False),
        # one word of attack with a model named: near by itself, the model anywhere
        ("ru", "Тремя ударами повреждена подстанция." + _RU_FILLER + " Это были Х-101.", True),
    ],
)
def test_fast_path_window(lang: Language, text: str, expected: bool) -> None:
    """The weapon's word and the action's must stand within the lexicon's `window` of each
    other (the texts are longer than the window, so the filler decides)."""
    assert len(text) > 200
    assert may_hold_claims(text, lang) is expected


@pytest.mark.parametrize("window", ["-5", "2.5", '"near"', "true"])
def test_a_bad_window_names_itself(window: str) -> None:
    with pytest.raises(LexiconError, match=r"\[fastpath\] window must be a whole number"):
        parse_lexicon(f'lang = "ru"\n[fastpath]\nwindow = {window}\n', "test.toml")


_RESOURCES = Resources()


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
def test_no_annotated_claim_is_rejected() -> None:
    texts = load_all(ROOT / "eval" / "gold", SHARED)
    rejected = [t.id for t in texts if t.claims and not may_hold_claims(t.text, t.lang)]
    assert rejected == []


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared not present")
@pytest.mark.parametrize("name", [s.name for s in EVAL_SETS])
def test_no_claim_of_an_eval_set_is_rejected(name: str) -> None:
    """Every eval set, each on its own: its gold file is there, holds claims, and the fast
    path lets every text with a claim through."""
    path = ROOT / "eval" / "gold" / f"{name}.jsonl"
    texts = [t for t in load_gold_files([path], SHARED) if t.claims]
    assert texts, f"no annotated claims in {path.name}"
    assert [t.id for t in texts if not may_hold_claims(t.text, t.lang)] == []

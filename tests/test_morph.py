"""`Morphology.readings` reads the dictionary's tables directly (morph._Dictionary); it must give
what pymorphy3's own `parse` gives, word for word and in its order."""

from __future__ import annotations

import pymorphy3
import pytest

from claimledger.morph import Morphology
from claimledger.resources import default_resources

# Words of our own sentences, and the cases the direct reading must leave to `parse` or get
# right: ё written as е, homographs ordered by probability, initials, Latin and mixed words,
# hyphenated words, numbers, words no dictionary holds.
RU_WORDS = (
    "четыре украинских беспилотника были сбиты над курской областью ночью губернатор написал "
    "в телеграме что пострадавших нет ракеты сбиты ракета дронов дроны стекла мой три сорок "
    "ещё еще елка ёлка чем все всё на при село стали белгород курской брянской "
    "а в и о у я с к ж fpv-дрон дрон-камикадзе х-101 ту-95мс кое-где по-прежнему 15 "
    "xiv iphone бпла кабминистр шахеды гарпунов зеленский абырвалг ъъъ"
).split()
UK_WORDS = (
    "чотири російські ракети збито над київщиною вночі повідомили повітряні сили ще три "
    "ґанок ганок гніздо дронів шахедів загинули постраждалих немає обласна військова "
    "адміністрація і в у з а я о х-101 fpv-дрон xiv 15 сім сорок три їх її щонайменше"
).split()


@pytest.mark.parametrize(("lang", "words"), [("ru", RU_WORDS), ("uk", UK_WORDS)])
def test_readings_are_parse_in_its_order(lang: str, words: list[str]) -> None:
    morph = default_resources().morph(lang)
    analyzer = pymorphy3.MorphAnalyzer(lang=lang)
    for word in words:
        expected = tuple((p.normal_form, str(p.tag)) for p in analyzer.parse(word.lower()))
        got = tuple((form, str(tag)) for form, tag in morph.readings(word))
        assert got == expected, word


@pytest.mark.parametrize(("lang", "words"), [("ru", RU_WORDS), ("uk", UK_WORDS)])
def test_is_known_is_each_parses_is_known(lang: str, words: list[str]) -> None:
    """The place reader asks `is_known` once per word where it asked each parse."""
    morph = default_resources().morph(lang)
    analyzer = pymorphy3.MorphAnalyzer(lang=lang)
    for word in (*words, *(w.capitalize() for w in words)):
        assert {p.is_known for p in analyzer.parse(word.lower())} == {morph.is_known(word)}, word
    known, unknown = ("еще", "Курской"), ("абырвалг",)
    if lang == "uk":
        known, unknown = ("ґанок", "Київщиною"), ("абырвалг", "еще")
    assert all(morph.is_known(word) for word in known)
    assert not any(morph.is_known(word) for word in unknown)


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_the_dictionary_step_reads_most_words(lang: str) -> None:
    """The direct reading is taken for dictionary words (else the test above proves nothing
    of it) and left to `parse` where another unit of the first group reads the word."""
    dictionary = default_resources().morph(lang)._dictionary
    assert dictionary is not None
    assert dictionary.readings("три") is not None
    assert dictionary.readings("абырвалгщ") is None  # in no dictionary: parse predicts
    assert dictionary.readings("xiv") is None
    # the initials units are asked by a set look-up of their letters (capitals: "А. Б.")
    assert "А" in dictionary._letters
    assert not any("Abbreviated" in type(unit).__name__ for unit in dictionary._others)


def test_an_analyzer_of_other_units_is_read_by_parse_alone() -> None:
    from pymorphy3.units import UnknAnalyzer

    analyzer = pymorphy3.MorphAnalyzer(lang="ru", units=[UnknAnalyzer()])
    morph = Morphology("ru", analyzer)
    assert morph._dictionary is None
    expected = tuple((p.normal_form, p.tag) for p in analyzer.parse("ракеты"))
    assert morph.readings("ракеты") == expected
    assert morph.lemma("Ракеты") == expected[0][0]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_a_words_analysis_does_not_depend_on_the_words_before(lang: str) -> None:
    """The lexer keeps what the tags of a word's readings say (`_shape`) for the next word
    with readings of those tags: a word read first and a word read after others agree."""
    from claimledger.extract.document.morphology import PymorphyLexer
    from claimledger.extract.lexicon import lexicon

    morph = default_resources().morph(lang)
    prepositions = lexicon(lang).words.prepositions
    words = RU_WORDS if lang == "ru" else UK_WORDS
    warm = PymorphyLexer(morph, prepositions)
    seen = [warm.info(word) for word in words]
    for word, info in zip(words, seen, strict=True):
        assert PymorphyLexer(morph, prepositions).info(word) == info, word
    assert len(warm._shapes) < len([w for w in words if morph.readings(w)])  # shapes shared

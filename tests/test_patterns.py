"""The pattern layer: structural rules written as table rows, matched on real tokens.

Each case is a sentence of our own, a pattern row, and whether and where it matches.
"""

from __future__ import annotations

import pytest

from claimledger.extract.document.tokens import analyse
from claimledger.extract.grammar.patterns import PatternMatcher
from claimledger.extract.lexicon import LexiconError, Pattern, lexicon, parse_lexicon
from claimledger.extract.mentions.models import find_models
from claimledger.extract.mentions.weapons import find_phrases
from claimledger.resources import default_resources

CASES: list[tuple[str, tuple[str, ...], str | None]] = [
    # (sentence, pattern, matched text or None)
    ("Напомним, ночью было сбито 5 беспилотников.", ("^", "напомнить|напомним", ","),
     "Напомним,"),
    ("Ночью сбито 5 беспилотников, напомним.", ("^", "напомнить|напомним"), None),
    ("Все 14 запущенных беспилотников были сбиты.", ("@all_words", "#number", "~2", "#weapon"),
     "Все 14 запущенных беспилотников"),
    ("Сбиты все беспилотники.", ("@all_words", "#number"), None),
    ("Сбито 28 из 31 беспилотника.", ("#number", "@from_words", "#number"), "28 из 31"),
    ("Сбито двадцать восемь из тридцати беспилотников.", ("#number", "@from_words", "#number"),
     "двадцать восемь из тридцати"),
    ("Сбито 28 беспилотников, из них 3 над морем.", ("#number", "@from_words", "#number"), None),
    ("Пять беспилотников сбиты над областью.", ("#number", "#weapon", "сбить"),
     "Пять беспилотников сбиты"),
    ("Беспилотник может быть сбит.", ("мочь", "~2", "сбить"), "может быть сбит"),
    ("Беспилотник может быть сбит.", ("мочь", "~0", "сбить"), None),
    ("Над областью сбит беспилотник.", ("над?", "область", "сбить"), "Над областью сбит"),
]


@pytest.mark.parametrize(("text", "elements", "expected"), CASES)
def test_pattern_matches(text: str, elements: tuple[str, ...], expected: str | None) -> None:
    lex = lexicon("ru")
    doc = analyse(text, default_resources().lexer("ru"))
    sentence = doc.sentences[0]
    phrases = find_phrases(doc, lex, sentence, find_models(doc.clean, "ru"))
    pattern = Pattern("case", elements, "history")
    found = PatternMatcher(doc, "ru", lex.word_set, [pattern]).find(sentence, phrases)
    if expected is None:
        assert found == []
        return
    assert len(found) == 1
    match = found[0]
    assert text[doc.tokens[match.first].start : doc.tokens[match.last - 1].end] == expected


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('name = "x"\nmatch = ["a"]\neffect = "explode"', "effect must be one of"),
        ('name = "x"\nmatch = ["a", "^"]\neffect = "history"', "only as the first element"),
        ('name = "x"\nmatch = ["@no_such_role"]\neffect = "history"', "no word role"),
        ('match = ["a"]\neffect = "history"', "needs a name"),
    ],
)
def test_a_bad_pattern_row_names_itself(row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(f'lang = "ru"\n[[patterns]]\n{row}\n', "test.toml")

"""Air-defence statements: totals and per-region breakdowns of intercepted weapons.

"ПВО за ночь перехватила и уничтожила 22 украинских беспилотника над российскими регионами:
10 — над Ростовской областью, 7 — над Белгородской ... и по 1 — над Курской, Брянской и
Смоленской областями" gives one total and one claim per region. A dash stands for the verb
("10 — над Ростовской"), an item may name its region first ("над Калужской — семь"), and "по N"
gives N to every region that follows. This module holds the intercept/suppress lexicon and the
rules that cut a sentence into list items.
"""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.ru.actions import ActionWord, Lexicon

INTERCEPTED = ActionWord("intercepted", 6)
SUPPRESSED = ActionWord("suppressed", 5)

LEXICON: Lexicon = {
    "сбить": INTERCEPTED,
    "сбивать": INTERCEPTED,
    "сбитие": INTERCEPTED,
    "уничтожить": INTERCEPTED,
    "уничтожать": INTERCEPTED,
    "уничтожение": INTERCEPTED,
    "перехватить": INTERCEPTED,
    "перехватывать": INTERCEPTED,
    "перехват": INTERCEPTED,
    "ликвидировать": INTERCEPTED,
    "расстрелять": INTERCEPTED,
    "нейтрализовать": INTERCEPTED,
    "приземлить": INTERCEPTED,
    "отразить": INTERCEPTED,
    "подавить": SUPPRESSED,
    "подавлять": SUPPRESSED,
    "подавление": SUPPRESSED,
    "потерять": ActionWord("suppressed", 5, frozenset({"локационно"}), 2, before_only=True),
}

# Aircraft and helicopters count as intercepted only when shot down ("сбит самолет"); a
# helicopter "уничтожен" on an airfield is a ground strike.
SHOT_DOWN_ONLY = frozenset({"aircraft", "helicopter"})
SHOT_DOWN_LEMMAS = frozenset({"сбить", "сбивать", "сбитие"})

# Words that cut a sentence into list items: "10 — над Ростовской, 7 — над Белгородской и ...".
ITEM_BREAKS = frozenset({",", ";", ":", "(", ")", "и", "а", "также", "но"})
# Words that cut a sentence into clauses (an item list is one clause with its verb).
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")"})
# An item that opens with these words narrows the previous one instead of adding a region:
# "в девяти областях Украины, в том числе в Киевской".
SUBSET_OPENERS = (("в", "том", "числе"), ("включая",), ("среди", "них"), ("в", "частности"))


def cut(doc: Document, sentence: Sentence, breaks: frozenset[str]) -> list[tuple[int, int]]:
    """[first, last) token ranges of a sentence between break words."""
    parts: list[tuple[int, int]] = []
    start = sentence.first
    for index in range(sentence.first, sentence.last):
        if doc.tokens[index].low in breaks:
            if index > start:
                parts.append((start, index))
            start = index + 1
    if sentence.last > start:
        parts.append((start, sentence.last))
    return parts


def opens_subset(doc: Document, first: int, last: int) -> bool:
    words = tuple(doc.tokens[i].low for i in range(first, min(last, first + 3)))
    return any(words[: len(opener)] == opener for opener in SUBSET_OPENERS)


def ends_with_colon(doc: Document, sentence: Sentence, index: int) -> bool:
    """Whether the clause holding token `index` ends with a colon (a breakdown follows)."""
    for probe in range(index, sentence.last):
        text = doc.tokens[probe].text
        if text == ":":
            return True
        if text in (",", ";", "."):
            return False
    return False

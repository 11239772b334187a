"""Quantities in Ukrainian text: digits or number words in any case, with their qualifiers.

"75", "1 200", "дев'ять", "двох", "п'ятьох", "сорока двома", "понад 40", "близько двадцяти",
"щонайменше п'ятеро", "до 10". Digits that are times, dates, years, percentages, distances or
ages are not quantities ("09:00", "25.11", "2024 року", "65 років", "30 км").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.numerals import compose, word_value
from claimledger.extract.uk.text import NUMBER, WORD, Document, Token
from claimledger.morph import Morphology

# Qualifier words before a number; "не менше" and "більше ніж" are two words.
QUALIFIERS: dict[str, str] = {
    "близько": "approx",
    "приблизно": "approx",
    "орієнтовно": "approx",
    "майже": "approx",
    "понад": "at_least",
    "більше": "at_least",
    "більш": "at_least",
    "щонайменше": "at_least",
    "принаймні": "at_least",
    "мінімум": "at_least",
    "менше": "at_most",
    "до": "at_most",
}
# Words after a number that make it something else than a count of weapons or people.
_NOT_COUNTS: frozenset[str] = frozenset(
    {
        "рік",
        "року",
        "році",
        "роки",
        "років",
        "р",
        "рр",
        "км",
        "кілометр",
        "метр",
        "м",
        "година",
        "годин",
        "години",
        "хвилина",
        "хвилин",
        "хв",
        "секунда",
        "секунд",
        "день",
        "днів",
        "дні",
        "доба",
        "діб",
        "тиждень",
        "тижнів",
        "місяць",
        "місяців",
        "відсоток",
        "відсотків",
        "грн",
        "гривня",
        "гривень",
        "долар",
        "доларів",
        "тонна",
        "тонн",
        "кг",
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
        "поверх",
        "поверховий",
        "річний",
        "раз",
        "разів",
        "бригада",
        "окремий",
        "числа",
        "ранку",
        "вечора",
        "ночі",
        "населених",
        "населений",
        "громад",
        "громади",
        "локаціях",
        "локацій",
        "локації",
        "адрес",
        "адресах",
        "будинків",
        "будинки",
        "об'єктів",
    }
)
_RISE_VERBS = frozenset({"зрости", "збільшитися", "сягнути", "досягти", "зростати"})
_AGE = re.compile(r"\d+\s*-?\s*(?:річн|р\.\s*н|років|роки|року)", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    qualifier: str
    first: int  # token index of the first number token (after any qualifier)
    last: int  # token index after the number
    qualifier_index: int | None = None


class QuantityReader:
    """Reads quantities at token positions of one document."""

    def __init__(self, doc: Document, morph: Morphology) -> None:
        self.doc = doc
        self.morph = morph

    def read(self, index: int) -> Quantity | None:
        """The quantity that starts at token `index` (digits or number words), or None."""
        tokens = self.doc.tokens
        if index >= len(tokens):
            return None
        token = tokens[index]
        if token.kind == NUMBER:
            return self._digits(index)
        if token.kind == WORD:
            return self._words(index)
        return None

    def _digits(self, index: int) -> Quantity | None:
        tokens = self.doc.tokens
        token = tokens[index]
        if not self._standalone_digits(token):
            return None
        value = int(token.text)
        last = index + 1
        # Thousands written with a space: "1 200" (but not "2 100" split across two claims).
        while (
            last < len(tokens)
            and tokens[last].kind == NUMBER
            and len(tokens[last].text) == 3
            and self.doc.gap(tokens[last - 1], tokens[last]) in (" ", "\u202f", "\xa0")
            and value < 1000
            and len(tokens[index].text) <= 3
        ):
            value = value * 1000 + int(tokens[last].text)
            last += 1
        if self._not_a_count(last) or _AGE.match(self.doc.folded, token.start):
            return None
        return self._qualified(value, index, last)

    def _standalone_digits(self, token: Token) -> bool:
        """Digits that are not part of a time, date, decimal, model or "+58" increment."""
        text = self.doc.folded
        before = text[max(0, token.start - 1) : token.start]
        after = text[token.end : token.end + 2]
        if (
            before in (":", ".", "/", "+", "-", ",")
            and token.start >= 2
            and (text[token.start - 2].isdigit() or before in ("+", "/"))
        ):
            return False
        if before.isalpha():
            return False
        if re.match(r"[:.,/]\d", after) or re.match(r"[^\W\d_]", after):
            return False
        return not re.match(r"\s*%", text[token.end : token.end + 3])

    def _words(self, index: int) -> Quantity | None:
        tokens = self.doc.tokens
        lemmas: list[str] = []
        for token in tokens[index : index + 4]:
            if token.kind != WORD:
                break
            lemma = self._number_lemma(token.lower)
            if lemma is None:
                break
            lemmas.append(lemma)
        if not lemmas:
            return None
        composed = compose(lemmas, "uk")
        if composed is None:
            return None
        value, used = composed
        last = index + used
        if self._not_a_count(last):
            return None
        return self._qualified(value, index, last)

    def _number_lemma(self, word: str) -> str | None:
        if word_value(word, "uk") is not None:
            return word
        for lemma in sorted(self.morph.lemmas(word)):
            if word_value(lemma, "uk") is not None and self._is_numeral(word, lemma):
                return lemma
        return None

    def _is_numeral(self, word: str, lemma: str) -> bool:
        """ "сорока" is a numeral here only if some parse says so (it is also a magpie)."""
        return any(
            p.normal_form.replace("ё", "е") == lemma and ("NUMR" in p.tag or "NOUN" in p.tag)
            for p in self.morph.parse(word)
        )

    def _not_a_count(self, after: int) -> bool:
        tokens = self.doc.tokens
        if after >= len(tokens):
            return False
        nxt = tokens[after]
        if nxt.kind == WORD and (nxt.lower in _NOT_COUNTS or nxt.lower.startswith("річн")):
            return True
        return nxt.text == "%" or (nxt.text == "-" and self._attached_suffix(after))

    def _attached_suffix(self, dash: int) -> bool:
        """ "65-річна", "5-поверховий", "12-ти": a number glued to a word is not a count."""
        tokens = self.doc.tokens
        return (
            dash + 1 < len(tokens)
            and tokens[dash + 1].kind == WORD
            and tokens[dash].start == tokens[dash - 1].end
            and tokens[dash + 1].start == tokens[dash].end
        )

    def _qualified(self, value: int, first: int, last: int) -> Quantity:
        tokens = self.doc.tokens
        qualifier = "exact"
        q_index: int | None = None
        back = first - 1
        if back >= 0 and tokens[back].lower == "ніж":
            back -= 1
        if back >= 0 and tokens[back].kind == WORD and tokens[back].lower in QUALIFIERS:
            word = tokens[back].lower
            qualifier = QUALIFIERS[word]
            if word in ("менше", "більше") and back >= 1 and tokens[back - 1].lower == "не":
                qualifier = "at_least" if word == "менше" else "at_most"
                back -= 1
            if word == "до" and self._rise_to(back):
                qualifier = "exact"
            q_index = back
        return Quantity(value, qualifier, first, last, q_index)

    def _rise_to(self, index: int) -> bool:
        """ "зросла до 7": a running total that reached a number, an exact count."""
        tokens = self.doc.tokens
        return any(
            self.morph.lemmas(token.lower) & _RISE_VERBS
            for token in tokens[max(0, index - 3) : index]
        )

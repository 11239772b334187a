"""Numbers written as words, in English, Russian and Ukrainian, composed from lemmas.

Russian and Ukrainian numerals inflect in every case ("четырёх", "пяти", "двомастами"), so the
caller passes lemmas (from `claimledger.morph.Morphology`), and this module only composes values:
"двадцать три" -> 23, "сто сорок пять" -> 145, "two hundred and five" -> 205. Grammar for when a
number word is a quantity belongs to the language grammars, not here.
"""

from __future__ import annotations

from collections.abc import Sequence

# Lemma -> value. Units/teens/tens/hundreds compose additively; "тысяча" multiplies.
_WORDS: dict[str, dict[str, int]] = {
    "en": {
        "zero": 0,
        "no": 0,
        "one": 1,
        "single": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
        "dozen": 12,
        "couple": 2,
        "pair": 2,
        "both": 2,
    },
    "ru": {
        "ноль": 0,
        "один": 1,
        "одна": 1,
        "одно": 1,
        "два": 2,
        "две": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
        "одиннадцать": 11,
        "двенадцать": 12,
        "тринадцать": 13,
        "четырнадцать": 14,
        "пятнадцать": 15,
        "шестнадцать": 16,
        "семнадцать": 17,
        "восемнадцать": 18,
        "девятнадцать": 19,
        "двадцать": 20,
        "тридцать": 30,
        "сорок": 40,
        "пятьдесят": 50,
        "шестьдесят": 60,
        "семьдесят": 70,
        "восемьдесят": 80,
        "девяносто": 90,
        "сто": 100,
        "двести": 200,
        "триста": 300,
        "четыреста": 400,
        "пятьсот": 500,
        "шестьсот": 600,
        "семьсот": 700,
        "восемьсот": 800,
        "девятьсот": 900,
        "тысяча": 1000,
        "оба": 2,
        "пара": 2,
        "двое": 2,
        "трое": 3,
        "четверо": 4,
        "пятеро": 5,
        "шестеро": 6,
        "семеро": 7,
        "восьмеро": 8,
        "девятеро": 9,
        "десяток": 10,
        "дюжина": 12,
    },
    "uk": {
        "нуль": 0,
        "один": 1,
        "одна": 1,
        "одне": 1,
        "два": 2,
        "дві": 2,
        "три": 3,
        "чотири": 4,
        "п'ять": 5,
        "шість": 6,
        "сім": 7,
        "вісім": 8,
        "дев'ять": 9,
        "десять": 10,
        "одинадцять": 11,
        "дванадцять": 12,
        "тринадцять": 13,
        "чотирнадцять": 14,
        "п'ятнадцять": 15,
        "шістнадцять": 16,
        "сімнадцять": 17,
        "вісімнадцять": 18,
        "дев'ятнадцять": 19,
        "двадцять": 20,
        "тридцять": 30,
        "сорок": 40,
        "п'ятдесят": 50,
        "шістдесят": 60,
        "сімдесят": 70,
        "вісімдесят": 80,
        "дев'яносто": 90,
        "сто": 100,
        "двісті": 200,
        "триста": 300,
        "чотириста": 400,
        "п'ятсот": 500,
        "шістсот": 600,
        "сімсот": 700,
        "вісімсот": 800,
        "дев'ятсот": 900,
        "тисяча": 1000,
        "обидва": 2,
        "обидві": 2,
        "пара": 2,
        "двоє": 2,
        "троє": 3,
        "четверо": 4,
        "п'ятеро": 5,
        "шестеро": 6,
        "семеро": 7,
        "восьмеро": 8,
        "дев'ятеро": 9,
        "десяток": 10,
        "дюжина": 12,
    },
}
# "hundred" multiplies only in English; "three dozen" is 36.
_MULTIPLIERS = {"thousand", "тысяча", "тисяча", "dozen"}
_CONNECTORS = {"and", "-"}
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def normalise_word(word: str) -> str:
    """Lower case, ё folded, typographic apostrophes made plain (дев’ять -> дев'ять)."""
    return word.lower().replace("ё", "е").translate(_APOSTROPHES)


def word_value(lemma: str, lang: str) -> int | None:
    """The value of a single number word's lemma, or None."""
    return _WORDS.get(lang, {}).get(normalise_word(lemma))


def compose(lemmas: Sequence[str], lang: str) -> tuple[int, int] | None:
    """Read the longest number at the start of `lemmas`: (value, number of lemmas consumed).

    Each additive part must be smaller than the order of the previous one ("двадцать три",
    not "три двадцать"), which keeps two numbers in a row ("два три") from merging.
    """
    total = 0
    current = 0
    limit = 10**9  # the largest additive value allowed next
    used = 0
    for index, raw in enumerate(lemmas):
        lemma = normalise_word(raw)
        if lemma in _CONNECTORS and used and index + 1 < len(lemmas):
            continue
        value = word_value(lemma, lang)
        if value is None:
            break
        if lemma in _MULTIPLIERS:
            if total:
                break
            total = (current or 1) * value
            current, limit = 0, value - 1
        elif lemma == "hundred":
            if current >= 100 or (current and limit != 0):
                break
            current = (current or 1) * 100
            limit = 99
        elif value > limit:
            break
        else:
            current += value
            limit = (
                9
                if value >= 20 and value % 10 == 0 and value < 100
                else (99 if value >= 100 and value % 100 == 0 else 0)
            )
        used = index + 1
    if not used:
        return None
    return total + current, used


def parse_digits(text: str) -> int | None:
    """Digits with thin/normal spaces or separators as thousands marks: "1 200", "1,200"."""
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    cleaned = cleaned.replace(",", "") if cleaned.count(",") == 1 and len(cleaned) > 4 else cleaned
    return int(cleaned) if cleaned.isdigit() else None

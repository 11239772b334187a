"""Numbers written as words, composed from lemmas; each language's words are its lexicon's
`[numbers]`.

Russian and Ukrainian numerals inflect in every case ("четырёх", "пяти", "двомастами"), so the
caller passes lemmas (from `claimledger.morph.Morphology`), and this module only composes values:
"двадцать три" -> 23, "сто сорок пять" -> 145, "two hundred and five" -> 205. Grammar for when a
number word is a quantity belongs to the language grammars, not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from claimledger.extract.lexicon import Numbers, known, lexicon

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


def normalise_word(word: str) -> str:
    """Lower case, ё folded, typographic apostrophes made plain (дев’ять -> дев'ять)."""
    return word.lower().replace("ё", "е").translate(_APOSTROPHES)


@lru_cache(maxsize=1 << 16)
def word_value(lemma: str, lang: str) -> int | None:
    """The value of a single number word's lemma, or None (asked of every word of a sentence
    that is read for counts, so remembered per word)."""
    return _numbers(lang).words.get(normalise_word(lemma))


def _numbers(lang: str) -> Numbers:
    """The language's number words (its lexicon's `[numbers]`); none for a language without."""
    return lexicon(lang).numbers if known(lang) else Numbers()  # type: ignore[arg-type]


def compose(lemmas: Sequence[str], lang: str) -> tuple[int, int] | None:
    """Read the longest number at the start of `lemmas`: (value, number of lemmas consumed).

    Each additive part must be smaller than the order of the previous one ("двадцать три",
    not "три двадцать"), which keeps two numbers in a row ("два три") from merging.
    """
    numbers = _numbers(lang)
    total = 0
    current = 0
    limit = 10**9  # the largest additive value allowed next
    used = 0
    for index, raw in enumerate(lemmas):
        lemma = normalise_word(raw)
        if lemma in numbers.connectors and used and index + 1 < len(lemmas):
            continue
        value = word_value(lemma, lang)
        if value is None:
            break
        if lemma in numbers.multipliers:
            if total:
                break
            total = (current or 1) * value
            current, limit = 0, value - 1
        elif lemma in numbers.hundreds:
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

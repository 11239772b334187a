"""Reading one number: digits (grouped or decimal), number words in any case, round nouns
("два десятка", "полусотни"); not a clock time, nor a number glued to a word."""

from __future__ import annotations

import re

from claimledger.extract.derived import by_identity
from claimledger.extract.document.morphology import WordInfo
from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.numerals import compose, word_value

_DECIMAL = re.compile(r"(\d+)[,.](\d+)")


_DECIMAL_MULTIPLE = 1000  # "1,5 тысячи": decimals count only of thousands and more


def number_lemma(lex: Lexicon, token: Token) -> str | None:
    """The number word a token is ("пять", "десяток"), by its lemma, else None. Asked of
    nearly every word of every sentence read, and a function of the word's form and analysis
    alone: each is worked out once."""
    if not token.is_word:
        return None
    # by the form, checked to have the same analysis (one object per form and lexer; a retagged
    # token's differs): a dict look-up, where a cache keyed by the analysis hashed all its fields
    known = _number_lemmas(lex)
    found = known.get(token.low)
    if found is None or found[0] is not token.info:
        if len(known) >= _MAX_NUMBER_LEMMAS:
            known.clear()
        found = known[token.low] = (token.info, _number_lemma(lex, token.low, token.info))
    return found[1]


_MAX_NUMBER_LEMMAS = 1 << 16


@by_identity(limit=16)
def _number_lemmas(_: Lexicon) -> dict[str, tuple[WordInfo, str | None]]:
    """A lexicon's number lemmas found so far: form -> (its analysis, the lemma)."""
    return {}


def _number_lemma(lex: Lexicon, low: str, info: WordInfo) -> str | None:
    lemma = info.lemma or low  # as Token.lemma
    if lemma in lex.words.not_counts:
        return None
    round_noun = _round_noun(lex, lemma, info)
    if round_noun is not None:  # "десяток", "dozen"; not "десятки", "dozens"
        numbers = info.numbers
        alone = lemma == round_noun or low == round_noun  # the analyzer's other lemma
        if low in lex.round_nouns:  # a form listed itself: "півсотні", "полсотни"
            return round_noun
        return round_noun if alone and ("sing" in numbers or not numbers) else None
    if word_value(lemma, lex.lang) is not None:
        return lemma
    if "NUMR" in info.all_grams:
        for candidate in info.lemmas:
            if word_value(candidate, lex.lang) is not None:
                return candidate
    return None


def round_noun_lemma(lex: Lexicon, token: Token) -> str | None:
    """The round noun a word may be, by any of its lemmas (the Ukrainian analyzer reads
    "десяток" as a form of "десятка")."""
    if not token.is_word:
        return None
    return _round_noun(lex, token.lemma, token.info)


def _round_noun(lex: Lexicon, lemma: str, info: WordInfo) -> str | None:
    return next((each for each in (lemma, *info.lemmas) if each in lex.round_nouns), None)


def _grouped_digits(lex: Lexicon, text: str) -> int | None:
    """Digits grouped by three with a language's grouping mark: "1,200", "14,670"."""
    if not text[:1].isdigit():
        return None  # the first group is digits: most tokens are words
    for mark in lex.words.digit_groupers:
        groups = text.split(mark)
        if (
            len(groups) > 1
            and groups[0].isdigit()
            and 1 <= len(groups[0]) <= 3
            and all(len(g) == 3 and g.isdigit() for g in groups[1:])
        ):
            return int("".join(groups))
    return None


def _time_like(doc: Document, token: Token) -> bool:
    """Clock times and decimals glued to the digits: "05:45", "8.30"."""
    text = doc.clean
    after = text[token.end : token.end + 2]
    before = text[max(0, token.start - 2) : token.start]
    return (len(after) == 2 and after[0] in ":.," and after[1].isdigit()) or (
        len(before) == 2 and before[1] in ":.," and before[0].isdigit()
    )


def _glued(doc: Document, token: Token) -> bool:
    """Digits inside a code: "Ту-22М3", "3М22", "С-400" are names, not counts."""
    text = doc.clean
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    return before.isalnum() or before in "-+" or after.isalpha()


def may_be_number(lex: Lexicon, token: Token) -> bool:
    """False where `read_number` reads no number at the token for sure: a word that opens with
    no digit, has no hyphen, is no half ("півтора") and no number word (most words). A loop
    over every word asks this first: cheaper than the call it saves."""
    return (
        token.text[:1].isdigit()
        or "-" in token.low
        or token.low in lex.numbers.halves
        or number_lemma(lex, token) is not None
    )


def read_number(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, int] | None:
    """(value, end index) of a number starting at token `index`."""
    token = doc.tokens[index]
    # Digits first ("1,200", "1,5"), asked only of a token that opens with one: most are words.
    digit_first = token.text[:1].isdigit()
    grouped = _grouped_digits(lex, token.text) if digit_first else None
    if grouped is not None:
        return grouped, index + 1  # "1,200"
    decimal = _DECIMAL.fullmatch(token.text) if digit_first else None
    if (
        decimal is not None
        and index + 1 < sentence.last
        and doc.tokens[index + 1].lemma in lex.numbers.multipliers
        and (word_value(doc.tokens[index + 1].lemma, lex.lang) or 0) >= _DECIMAL_MULTIPLE
    ):
        # "1,5 тысячи": a decimal of a thousand is a whole number
        fraction = float(f"{decimal.group(1)}.{decimal.group(2)}")
        multiple = word_value(doc.tokens[index + 1].lemma, lex.lang) or 1
        end = index + 2
        if (
            end < sentence.last
            and doc.tokens[end].text == "."
            and doc.tokens[index + 1].low in lex.words.abbreviations
        ):
            end += 1  # "1,2 тис. дронів": the abbreviation's full stop
        return round(fraction * multiple), end
    if not (digit_first or token.is_digits or "-" in token.low or token.low in lex.numbers.halves):
        # a word, neither "півтора" nor "thirty-six": a number only as a number word
        if number_lemma(lex, token) is None:
            return None
        return _number_words(doc, lex, sentence, index)
    half = _one_and_a_half(doc, lex, sentence, index)
    if half is not None:
        return half
    if token.is_digits:
        if _time_like(doc, token) or _glued(doc, token):
            return None
        value, end = int(token.text), index + 1
        if (
            len(token.text) <= 3
            and end < sentence.last
            and doc.tokens[end].is_digits
            and len(doc.tokens[end].text) == 3
            and doc.tokens[end].start - token.end == 1
        ):
            value, end = value * 1000 + int(doc.tokens[end].text), end + 1
        if end < sentence.last and doc.tokens[end].lemma in lex.numbers.multipliers:
            multiple = word_value(doc.tokens[end].lemma, lex.lang) or 0
            if multiple >= _DECIMAL_MULTIPLE:
                return value * multiple, end + 1  # "2 тысячи", "1 million": not 2, not 1
        return value, end
    cased = _cased_digits(lex, token)
    if cased is not None:
        return cased, index + 1  # "6-ю ракетами", "5-ти БПЛА"
    parts = _compound_parts(lex, token)
    if parts:
        composed = compose(parts, lex.lang)  # "thirty-six"
        if composed is not None and composed[1] == len(parts):
            return composed[0], index + 1
    return _number_words(doc, lex, sentence, index)


_FEW = frozenset({2, 3, 4})  # the numerals whose genitive ends as "-х" ("двух", "трёх")


def _cased_digits(lex: Lexicon, token: Token) -> int | None:
    """Digits with a cardinal's case ending after a hyphen ("6-ю", "5-ти", "2-мя", "3-х";
    Ukrainian "5-ма"): the number; an ordinal's ending ("6-й", "10-го") is none of these."""
    digits, _, ending = token.low.partition("-")
    if not digits.isdigit() or not ending:
        return None
    value = int(digits)
    if ending in lex.words.digit_case_endings:
        return value
    few = value % 10 in _FEW and value % 100 not in (12, 13, 14)
    return value if few and ending in lex.words.few_case_endings else None


def _compound_parts(lex: Lexicon, token: Token) -> tuple[str, ...]:
    """The number words of a hyphenated compound ("thirty-six"), else none."""
    parts = tuple(token.low.split("-")) if "-" in token.low else ()
    if len(parts) > 1 and all(word_value(p, lex.lang) is not None for p in parts):
        return parts
    return ()


def _number_words(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, int] | None:
    """(value, end index) of number words from token `index`: "двадцать пять", "два десятки",
    "two hundred and ninety-nine" (a hyphenated compound after a hundred is its parts)."""
    lemmas: list[str] = []
    ends: list[int] = []  # the token index after each lemma's token: a compound gives several
    end = index
    while end < sentence.last:
        if lemmas and round_noun_lemma(lex, doc.tokens[end]) is not None:
            break  # "два десятки": the round noun multiplies what was read (below)
        lemma = number_lemma(lex, doc.tokens[end])
        parts: tuple[str, ...] = (lemma,) if lemma is not None else ()
        if not parts and lemmas and lemmas[-1] in lex.numbers.hundreds | lex.numbers.connectors:
            parts = _compound_parts(lex, doc.tokens[end])  # "hundred and ninety-nine"
        if (
            not parts
            and lemmas
            and lemmas[-1] in lex.numbers.hundreds | lex.numbers.multipliers
            and doc.tokens[end].low in lex.numbers.connectors
            and end + 1 < sentence.last
            and (
                number_lemma(lex, doc.tokens[end + 1]) is not None
                or _compound_parts(lex, doc.tokens[end + 1])
            )
        ):
            parts = (doc.tokens[end].low,)  # "two hundred and five"
        if not parts:
            break
        end += 1
        lemmas.extend(parts)
        ends.extend(end for _ in parts)
    if not lemmas:
        return None
    if lemmas[0] in lex.words.thousands and "sing" not in doc.tokens[index].info.numbers:
        return None  # "тысячи ракет": thousands, no number
    if lemmas[0] in lex.round_nouns:
        return lex.round_nouns[lemmas[0]], index + 1
    composed = compose(lemmas, lex.lang)
    if composed is None:
        return None
    after = ends[composed[1] - 1]
    round_noun = round_noun_lemma(lex, doc.tokens[after]) if after == end < sentence.last else None
    if round_noun is not None and composed[0] < 10:
        return composed[0] * lex.round_nouns[round_noun], after + 1  # "два десятки": 20
    return composed[0], after


def _one_and_a_half(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, int] | None:
    """ "півтора десятка" (15), "півтори тисячі" (1500): one and a half of a round noun or a
    multiplier after it."""
    if doc.tokens[index].low not in lex.numbers.halves or index + 1 >= sentence.last:
        return None
    unit = doc.tokens[index + 1]
    round_noun = round_noun_lemma(lex, unit)
    if round_noun is not None:
        return lex.round_nouns[round_noun] * 3 // 2, index + 2
    if unit.lemma in lex.numbers.multipliers:
        return (word_value(unit.lemma, lex.lang) or 0) * 3 // 2, index + 2
    return None


def grew_to(doc: Document, lex: Lexicon, sentence: Sentence, first: int) -> bool:
    """ "число пострадавших возросло до 4", "the toll rose to 14": the count reached 4, it is
    no upper bound."""
    return grown_at(doc, lex, sentence.first, first)


def grown_at(doc: Document, lex: Lexicon, floor: int, first: int) -> bool:
    """A growth verb ends right before token `first` (over a link word: "rose to")."""
    before = first - 1
    if before > floor and doc.tokens[before].low in lex.words.growth_links:
        return doc.tokens[before - 1].lemma in lex.words.growth_verbs or _toll_raised(
            doc, lex, floor, before
        )
    return (
        before >= floor and doc.tokens[before].lemma in lex.words.growth_verbs
    ) or chain_start(doc, lex, floor, first) != first


# How far back from the end of the earlier figure its first token may stand ("до двадцати пяти").
_FIGURE_REACH = 3


def chain_start(doc: Document, lex: Lexicon, floor: int, first: int) -> int:
    """ "возросло до трех, а затем до пяти", "rose to three and then to five": the first token of
    the chain's first figure, for the figure at `first` that a later-word ties to a figure that
    grew before it; `first` itself when none. The last figure is the toll; the earlier ones
    the counts it passed."""
    tokens = doc.tokens
    before = first - 1
    if before > floor and tokens[before].low in lex.words.growth_links:
        before -= 1  # "to" in "and then to five"
    if before > floor and tokens[before].text in lex.words.dashes:
        before -= 1  # "а згодом — до 25"
    index = before
    while index > floor and tokens[index].low in lex.words.growth_afters:
        index -= 1
    if index == before:
        return first
    while index > floor and tokens[index].low in lex.words.item_breaks:
        index -= 1  # ", а", "and"
    for earlier in range(index, max(floor, index - _FIGURE_REACH), -1):
        if grown_at(doc, lex, floor, earlier):
            return chain_start(doc, lex, floor, earlier)
    return first


# How far back from "to" a raised toll may be named ("raising the toll of the glide bomb strike
# on Zaporizhzhia to seven"), and how far before the toll its verb ("bringing the death toll").
_TOLL_REACH = 10
_RAISER_REACH = 3


def _toll_raised(doc: Document, lex: Lexicon, floor: int, link: int) -> bool:
    """ "bringing the death toll to four": a verb raises a toll named before the link, so the
    number after it is the new total, as after "rose to"."""
    for toll in range(link - 1, max(floor, link - _TOLL_REACH) - 1, -1):
        if doc.tokens[toll].lemma not in lex.words.toll_nouns:
            continue
        start = max(floor, toll - _RAISER_REACH)
        return any(t.lemma in lex.words.toll_raisers for t in doc.tokens[start:toll])
    return False

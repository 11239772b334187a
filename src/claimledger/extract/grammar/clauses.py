"""Clauses and list items: where a sentence's counts, places and verbs belong together.

"ПВО за ночь перехватила и уничтожила 22 украинских беспилотника над российскими регионами:
10 — над Ростовской областью, 7 — над Белгородской ... и по 1 — над Курской, Брянской и
Смоленской областями" gives one total and one claim per region. A dash stands for the verb
("10 — над Ростовской"), an item may name its region first ("над Калужской — семь"), and "по N"
gives N to every region that follows. This module holds the intercept/suppress lexicon and the
rules that cut a sentence into list items.
"""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.lexicon.roles import opener_length, opens_with


def cut(doc: Document, sentence: Sentence, breaks: frozenset[str]) -> list[tuple[int, int]]:
    """[first, last) token ranges of a sentence between break words."""
    parts: list[tuple[int, int]] = []
    start = sentence.first
    for index in range(sentence.first, sentence.last):
        if doc.tokens[index].low in breaks and not _clock_colon(doc, index):
            if index > start:
                parts.append((start, index))
            start = index + 1
    if sentence.last > start:
        parts.append((start, sentence.last))
    return parts


def _clock_colon(doc: Document, index: int) -> bool:
    """The colon of a clock time ("в 4:50 утра", "at 05:30", "о 23:15"): digits on both sides
    with no space between, so no break between the clause's place and its verb."""
    tokens = doc.tokens
    if tokens[index].text != ":" or index == 0 or index + 1 >= len(tokens):
        return False
    before, colon, after = tokens[index - 1], tokens[index], tokens[index + 1]
    return (
        before.text.isdigit()
        and after.text.isdigit()
        and before.end == colon.start
        and colon.end == after.start
    )


_INSERTION_WORDS = 4  # the longest aside between commas with no verb: "по предварительным данным"
_VERBAL = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
_PREDICATES = ("VERB", "INFN", "PRTS", "GRND")  # a subject may hold a participle ("сбитых")


def join_asides(
    doc: Document, lex: Lexicon, parts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A verb of action, an aside between commas, then its object: "intercepted, shortly
    before, a rocket", "shot down, according to preliminary data, 40 drones", "уничтожили, по
    предварительным данным, 40 беспилотников": one clause, so the count keeps its verb."""
    joined = list(parts)
    index = 1
    while index + 1 < len(joined):
        before, aside, after = joined[index - 1], joined[index], joined[index + 1]
        if (
            _ends_with_action(doc, lex, before) and _aside(doc, lex, aside)
            and not _part_of_count(doc, lex, aside)
        ) or _subject_then_action(doc, lex, before, aside, after):
            joined[index - 1 : index + 2] = [(before[0], after[1])]
        else:
            index += 1
    return joined


def _part_of_count(doc: Document, lex: Lexicon, part: tuple[int, int]) -> bool:
    """ "..., среди них двое детей", "в том числе трое детей": a part of the count before, no
    count of the verb's own."""
    return doc.tokens[part[0]].lemma in lex.words.among or opens_subset(doc, lex, *part)


def _ends_with_action(doc: Document, lex: Lexicon, part: tuple[int, int]) -> bool:
    tail = doc.tokens[max(part[0], part[1] - 2) : part[1]]
    # a short passive too: "Ранены, по данным мэра, 68 человек", "Збито, за даними ПС, 40"
    return any(t.lemma in lex.actions and t.info.pos in ("VERB", "PRTS") for t in tail)


def _subject_then_action(
    doc: Document,
    lex: Lexicon,
    before: tuple[int, int],
    aside: tuple[int, int],
    after: tuple[int, int],
) -> bool:
    """ "Беспилотник, предварительно, упал", "A drone, according to the mayor, hit": a subject
    with no verb of its own, an aside, then its verb first in what follows (an adverb or an
    auxiliary may stand before it). The aside may also be a clause that describes the noun
    before it ("Число сбитых БПЛА, летевших на Москву, возросло до 25", "дронів, які летіли на
    Київ, збито"): a participle's or a relative word's."""
    subject = doc.tokens[before[0] : before[1]]
    if not subject or not _nominal(subject[-1]):
        return False
    if any(t.info.pos in _PREDICATES and not _abbreviation(t) for t in subject):
        return False
    if _part_of_count(doc, lex, aside) or not (
        _aside(doc, lex, aside) or _describing(doc, lex, aside)
    ):
        return False  # "Семеро людей, зокрема двоє дітей, постраждали": the part stays its item
    head = doc.tokens[after[0] : min(after[1], after[0] + 3)]
    for token in head:
        if token.lemma in lex.words.growth_verbs or (
            token.info.pos in ("VERB", "PRTS") and token.lemma in lex.actions
        ):
            return True
        if token.info.pos != "ADVB" and token.low not in lex.words.be_forms:
            return False
    return False


def _nominal(token: Token) -> bool:
    """A noun, an abbreviation ("БПЛА") or a participle standing for one ("пострадавших")."""
    return token.info.is_noun or token.info.is_adjective or _abbreviation(token)


def _abbreviation(token: Token) -> bool:
    """ "БПЛА", "ЗРК": capitals the analyzer may misread as any word."""
    return token.is_word and len(token.text) > 1 and token.text.isupper()


def _describing(doc: Document, lex: Lexicon, part: tuple[int, int]) -> bool:
    """A clause between commas that opens with a participle or a relative word, after a
    preposition too: it describes the noun before it ("летевших на Москву", "які летіли на
    Київ", "which flew at Kyiv", "на котором летел генерал", "on board of which")."""
    if part[1] >= len(doc.tokens) or doc.tokens[part[1]].text != ",":
        return False
    first = doc.tokens[part[0]]
    if first.info.pos == "PREP":
        # "на котором", "на борту которого", "on which": the relative word within two words
        return any(
            t.lemma in lex.words.describing_openers
            for t in doc.tokens[part[0] + 1 : min(part[1], part[0] + 4)]
        )
    return first.info.pos == "PRTF" or first.lemma in lex.words.describing_openers


def _aside(doc: Document, lex: Lexicon, part: tuple[int, int]) -> bool:
    tokens = doc.tokens[part[0] : part[1]]
    if part[1] < len(doc.tokens) and doc.tokens[part[1]].text != ",":
        return False  # closed by a comma, not by the sentence's end or a colon
    if opens_with(tuple(t.low for t in tokens[:3]), lex.sequences.source_openers):
        return not any(t.is_digits for t in tokens)
    return len(tokens) <= _INSERTION_WORDS and all(
        t.is_word and not t.is_digits and t.info.pos not in _VERBAL for t in tokens
    )


def opens_subset(doc: Document, lex: Lexicon, first: int, last: int) -> bool:
    """An item that opens with "в том числе", "including": a part of the one before."""
    words = tuple(doc.tokens[i].low for i in range(first, min(last, first + 3)))
    return opens_with(words, lex.sequences.subset_openers)


def opener_words(doc: Document, lex: Lexicon, first: int) -> int:
    """How many words the subset opener at token `first` takes ("среди них": two)."""
    words = tuple(doc.tokens[i].low for i in range(first, min(len(doc.tokens), first + 3)))
    return opener_length(words, lex.sequences.subset_openers)


def ends_with_colon(
    doc: Document, sentence: Sentence, index: int, openers: frozenset[str] = frozenset({":"})
) -> bool:
    """Whether the clause holding token `index` ends with a colon, or another mark that opens a
    breakdown in the language (English "86 more drones - two over ..."), when a breakdown
    follows."""
    tokens = doc.tokens
    for probe in range(index, sentence.last):
        text = tokens[probe].text
        if text in openers and not _word_hyphen(doc, probe):
            return True
        if text in (",", ";", "."):
            return False
    return False


def _word_hyphen(doc: Document, index: int) -> bool:
    """A hyphen written inside a word ("a 25-storey building", "U.S.-made") joins, it opens no
    breakdown: the tokens on both sides touch it."""
    tokens = doc.tokens
    if not 0 < index < len(tokens) - 1:
        return False
    return tokens[index - 1].end == tokens[index].start and tokens[index].end == tokens[
        index + 1
    ].start

"""One more weapon after a count, standing for its noun: "... and another over the Oryol
region", "two hit a plant, and a third crashed into a house" (read by quantities.py)."""

from __future__ import annotations

from functools import cache

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.numbers import read_number


def one_more(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> bool:
    """ "another" standing for a counted noun: a preposition, a punctuation mark or the end of
    the sentence follows it ("and another in the Minsk highway area", "injured another")."""
    if doc.tokens[index].low not in lex.words.one_more:
        return False
    if index + 1 >= sentence.last:
        return True
    after = doc.tokens[index + 1]
    if after.is_digits or read_number(doc, lex, sentence, index + 1) is not None:
        return False  # "another 30": the number counts
    return after.info.pos == "PREP" or not after.is_word


def a_further(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, int] | None:
    """ "Two drones hit a plant, and a third crashed into a house", "... and another fell":
    one more after a count, standing for its noun as the subject of a verb of its own (the
    lexicon's `fresh_words`, after an article where the language writes one)."""
    end = index + 1 if fresh_after_article(doc, lex, index, sentence.last) else index
    if doc.tokens[end].low not in lex.words.fresh_words or end + 1 >= sentence.last:
        return None
    if doc.tokens[end + 1].info.is_predicate:
        return 1, end + 1
    return None


def fresh_after_article(doc: Document, lex: Lexicon, index: int, last: int) -> bool:
    """An article at `index` and one of the lexicon's `fresh_words` after it, before token
    `last`: "a second", "a third" (one more)."""
    tokens = doc.tokens
    return (
        tokens[index].low in lex.words.articles
        and index + 1 < last
        and tokens[index + 1].low in lex.words.fresh_words
    )


@cache
def no_number_openers(lex: Lexicon) -> frozenset[str] | None:
    """The words a count without a number opens with ("a drone", "another", "a third", "the
    other"); None where "the other" may open anywhere."""
    if any(not words for words in lex.sequences.the_other):
        return None
    words = lex.words
    firsts = {w[0] for w in lex.sequences.the_other}
    return words.articles | words.one_more | words.fresh_words | firsts

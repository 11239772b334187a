"""Counts told with no number (read by quantities.py): one more weapon after a count, standing
for its noun ("... and another over the Oryol region", "two hit a plant, and a third crashed into
a house", "one ..., and the other struck"), the one weapon a definite article names as what hit
("the drone hit the village"), and the article that counts a barrage rather than its weapons
("a drone and missile barrage"); and the number that is an age, not a count."""

from __future__ import annotations

from functools import cache

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.models import noun_weapon
from claimledger.extract.mentions.numbers import read_number
from claimledger.extract.mentions.types import WeaponPhrase


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


def the_other(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[int, int] | None:
    """ "One was intercepted and the other struck an open area", "один перехвачен, второй
    упал": the one left of two after a count of one, the subject of a verb of its own."""
    for words in lex.sequences.the_other:
        end = index + len(words)
        if end >= sentence.last:
            continue
        if tuple(t.low for t in doc.tokens[index:end]) == words and (
            doc.tokens[end].info.is_predicate
        ):
            return 1, end
    return None


def shared_modifier(doc: Document, lex: Lexicon, phrase: WeaponPhrase) -> bool:
    """ "a massive drone and missile barrage": the article counts the barrage, and the weapon
    nouns before it say what it was made of (where nouns modify the noun after them)."""
    if not lex.noun_adjuncts or phrase.last + 2 >= len(doc.tokens):
        return False
    link, second, head = doc.tokens[phrase.last : phrase.last + 3]
    return (
        link.low in lex.words.and_words
        and noun_weapon(second.lemma, lex.lang) is not None
        and head.is_word
        and head.info.is_noun
        and noun_weapon(head.lemma, lex.lang) is None
        and not head.text[:1].isupper()
    )


def definite_hit(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int, phrases: list[WeaponPhrase]
) -> bool:
    """ "The drone hit the village", "the missile struck a house": one weapon named with the
    definite article, the subject of a verb of striking right after it, is one that struck
    (ANNOTATION.md: a number implied by grammar); not "the drone attack", "the drones hit"."""
    if doc.tokens[index].low not in lex.words.definite:
        return False
    phrase = next((p for p in phrases if p.first == index + 1), None)
    if phrase is None or phrase.number == "plur" or phrase.last >= sentence.last:
        return False
    if shared_modifier(doc, lex, phrase):
        return False
    verb = doc.tokens[phrase.last]
    word = lex.actions.get(verb.lemma)
    # a verb that names a target reached ("hit", "struck"), not one of falling ("the drone
    # crashed into the Black Sea": lost, no target)
    return (
        word is not None
        and word.action == "hit"
        and verb.lemma in lex.words.attack_verbs
        and verb.info.is_predicate
    )


def an_age(doc: Document, lex: Lexicon, sentence: Sentence, end: int) -> bool:
    """ "a 70-year-old woman was killed when a drone hit": an age, never a count (a count read
    from it would be taken as a part of a total counted before)."""
    probe = end + 1 if end < sentence.last and doc.tokens[end].text == "-" else end
    return probe < sentence.last and doc.tokens[probe].low in lex.words.age_words

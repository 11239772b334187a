"""Counts of none: "не было сбито ни одного беспилотника", "не було запущено жодної ракети",
"not one drone was downed". ANNOTATION.md makes a denial a claim of quantity 0 ("no drones were
shot down"), which English reads by its number word "no"; Russian and Ukrainian say it with a
negated verb and "ни один", "жоден", which these helpers let through."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActionMention
from claimledger.extract.numerals import word_value

_REACH = 5  # words between the negated verb and its "ни одного" ("не было запущено ни одной")
# a denial of a downing or a hit ("не было сбито ни одного"); not of a launch: "за всю ночь не
# запустили ни одного «шахеда»" recalls a night before more often than it claims this one's
_DENIABLE = frozenset({"intercepted", "suppressed", "hit"})


def none_one(doc: Document, lex: Lexicon, index: int) -> bool:
    """ "ни одного", "ні одна", "not one": a word of `neither` before the number one."""
    if index < 1:
        return False
    one = doc.tokens[index]
    return (
        doc.tokens[index - 1].low in lex.words.neither
        and one.is_word
        and word_value(one.lemma, lex.lang) == 1
    )


def _none_word(doc: Document, lex: Lexicon, index: int) -> bool:
    token = doc.tokens[index]
    return (token.is_word and word_value(token.lemma, lex.lang) == 0) or none_one(doc, lex, index)


def denied_count(doc: Document, lex: Lexicon, sentence: Sentence, index: int, action: str) -> bool:
    """Whether a negated weapon action at `index` counts none of its weapons ("не было сбито ни
    одного беспилотника", "жодна ракета не досягла"): the negation is the count's, not a
    denial of the action; casualty verbs keep their own denials (ZeroCasualties), launches
    stay denied (`_DENIABLE`)."""
    if action not in _DENIABLE:
        return False
    low = max(sentence.first, index - _REACH)
    high = min(sentence.last, index + _REACH + 1)
    return any(_none_word(doc, lex, i) for i in range(low, high) if i != index)


def none_kept(doc: Document, lex: Lexicon, first: int, actions: list[ActionMention]) -> bool:
    """Whether a count of none at token `first` ("ни одного", "жодної") has its own denied
    downing or hit near it; else it is no count ("не запустили ни одного «шахеда», выпустив
    ракету": the launch of the clause before does not take it). English "no drones" is a
    number word of its own, outside `neither`, and not asked."""
    if not (none_one(doc, lex, first) or doc.tokens[first].low in lex.words.neither):
        return True
    return any(a.action in _DENIABLE and abs(a.token - first) <= _REACH for a in actions)

"""A count told of every place named after it: "three drones were shot down over each of the
Belgorod, Tula and Tver regions" (the twin of "по три над A, B и C", which the count's own
prefix tells)."""

from __future__ import annotations

from itertools import pairwise

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon

_EACH_REACH = 8  # words from a count to "over each of" the places it is told of


def each_of_after(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> bool:
    """A preposition and a word of "each" later in the count's clause: the count is of every
    place named after it."""
    tokens = doc.tokens[index + 1 : min(sentence.last, index + 1 + _EACH_REACH)]
    for before, token in pairwise(tokens):
        if before.text in lex.words.clause_breaks or before.text == ",":
            return False
        if before.info.pos == "PREP" and token.low in lex.words.each_words:
            return True
    return False

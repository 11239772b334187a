"""Whose statement a place belongs to, and how many regions a count is over: another speaker's
clause in the same sentence ("..., while the ministry reported a strike on the Bryansk region",
"..., а Минобороны РФ — об ударе по Брянской области") and regions counted besides the ones
named ("над Курской и ещё двумя областями"). Read by grammar/locate.py."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.grammar.draft import Draft, Facts
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

_JOINED = 3  # words between a named place and regions counted with it ("и ещё", "and")


def other_speakers(doc: Document, lex: Lexicon, facts: Facts) -> list[int]:
    """Where the sentence's clauses of other speakers open: a later speaker's, and one with its
    verb left out (`gapped_speakers`)."""
    return [first for first, _ in facts.speaker.later] + gapped_speakers(doc, lex, facts)


def speaker_clause(span: tuple[int, int], opened: list[int], draft: Draft) -> tuple[int, int]:
    """The part of `span` that the draft's own speaker says, cut where the clauses of other
    speakers open (`other_speakers`): such a clause places that speaker's claims, not the
    count before it."""
    start, end = span
    for first in opened:
        if start < first <= draft.first:
            start = first
        elif draft.first < first < end:
            end = first
    return start, end


def gapped_speakers(doc: Document, lex: Lexicon, facts: Facts) -> list[int]:
    """Where a clause of another speaker opens with its verb left out: a contrast word, the
    actor right after it, a dash after the actor ("а Минобороны РФ — о том, что")."""
    tokens, words = doc.tokens, lex.words
    return [
        actor.first - 1
        for actor in facts.actors
        if actor.first > 0
        and actor.last < len(tokens)
        and tokens[actor.first - 1].low in words.gapped_contrasts
        and tokens[actor.last].low in words.dashes
    ]


def counted_regions(doc: Document, lex: Lexicon, draft: Draft, own: list[PlaceRef]) -> bool:
    """A number of regions joined to the draft's own places ("над Курской и ещё двумя
    областями", "over two regions and the Krasnodar Krai", "трьома прикордонними областями та
    Кримом"), the number not the draft's own count: one count for all of them."""
    tokens, nouns = doc.tokens, lex.words.many_regions
    sentence = draft.sentence
    for index in range(sentence.first + 1, sentence.last):
        token = tokens[index]
        if token.lemma not in nouns or "plur" not in token.info.numbers:
            continue
        probe = index - 1
        while probe > sentence.first and tokens[probe].info.pos == "ADJF":
            probe -= 1  # "трьома прикордонними областями", "three other regions"
        counted = tokens[probe].info.pos == "NUMR" or tokens[probe].low.isdigit()
        if not counted or (draft.number and draft.number[0] <= probe < draft.number[1]):
            continue
        if any(0 < probe - p.last < _JOINED or 0 < p.first - index <= _JOINED for p in own):
            return True
    return False

"""A part of a count acting on its own: "one of the drones was shot down", "одна з яких
влучила", "один из них упал" (mentions/quantities._skip_from), unless its debris acted ("уламки
одного з дронів упали")."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import WeaponPhrase


def part_acts(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    first: int,
    start: int,
    whole: tuple[int, int] | None,
    phrases: list[WeaponPhrase],
) -> bool:
    """ "One of the drones was shot down": one of the weapons named right after "of", the
    subject of a weapon action right after them (not "one of the largest attacks", nor "debris
    of one of the drones fell", whose count a noun before it governs)."""
    before = doc.tokens[first - 1] if first > sentence.first else None
    if before is not None and before.is_word and before.info.pos != "CONJ":
        return False
    if whole is not None:  # the number read at `start`
        start = whole[1]  # "one of the two missiles launched struck": one of the two
    phrase = next((p for p in phrases if p.first <= start < p.last or p.first == start), None)
    if phrase is None:
        return False
    end = phrase.last
    while end < sentence.last and doc.tokens[end].lemma in lex.words.launch_verbs:
        end += 1  # "the two missiles launched struck": the launch told of them, then the act
    return acts_after(doc, lex, sentence, end)


def of_debris(doc: Document, lex: Lexicon, first: int) -> bool:
    """A debris word before the number, over "of": "уламки одного з дронів", "debris of one of
    them" fell; the pieces, not the weapon, acted."""
    before = first - 1
    if before > 0 and doc.tokens[before].low in lex.words.from_words:
        before -= 1
    return before >= 0 and doc.tokens[before].lemma in lex.words.debris


def acts_after(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> bool:
    """A weapon action among the next words: "одну з них збили", "одна з яких влучила"."""
    return any(
        t.lemma in lex.actions and not lex.actions[t.lemma].weak
        for t in doc.tokens[index : min(sentence.last, index + 3)]
    )

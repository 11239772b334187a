"""Kinds of missile named by their adjective alone, their noun left to the next count of the
list: "30 крылатых и 10 баллистических ракет", "30 крилатих і 10 балістичних ракет"."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.models import adjective_kind
from claimledger.extract.mentions.types import WeaponPhrase
from claimledger.model import MISSILE_KINDS

_REACH = 4  # tokens from the adjective to the shared noun's phrase: "и более 120 баллистических"


def elliptic_phrases(
    doc: Document, lex: Lexicon, sentence: Sentence, phrases: list[WeaponPhrase]
) -> list[WeaponPhrase]:
    """A kind adjective right after a count and before "и" or a comma, whose missile noun heads
    the next counted phrase of the list: a phrase of that kind of its own (the noun is left
    out)."""
    out: list[WeaponPhrase] = []
    tokens = doc.tokens
    for index in range(sentence.first + 1, sentence.last - 1):
        token = tokens[index]
        kind = adjective_kind(token.lemma, lex.lang)
        if kind not in MISSILE_KINDS or any(p.first <= index < p.last for p in phrases):
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        if not (before.is_digits or before.info.pos == "NUMR"):
            continue
        if after.low not in lex.words.and_words and after.text != ",":
            continue
        shared = next((p for p in phrases if index + 1 < p.first <= index + 1 + _REACH), None)
        if shared is None or shared.weapon not in MISSILE_KINDS:
            continue
        if not any(t.is_digits or t.info.pos == "NUMR" for t in tokens[index + 1 : shared.head]):
            continue  # "16 баллистическими и крылатыми ракетами": one count of both kinds
        out.append(WeaponPhrase(kind, None, index, index + 1, index, None, shared.side,
                                shared.hostile, adjective_only=True))
    return out

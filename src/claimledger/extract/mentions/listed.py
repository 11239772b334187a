"""Districts listed by their adjectives before one shared noun: "по населених пунктах
Харківського, Куп'янського та Ізюмського районів", "в Белгородском, Шебекинском и Грайворонском
округах". The gazetteer finds a district by its adjective and noun together, so only the last of
the list; each adjective before it, read with the list's noun, is a district too. Several
districts of one region make a count the region's (place_codes.combine), and a list whose first
items were lost reads as one place in a clause of its own, cut off from the action."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

_DISTRICT = "district"


def add_listed_districts(
    doc: Document, lex: Lexicon, gazetteer: Any, morph: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """`refs` with a district for each adjective listed before a district's adjective and noun."""
    covered = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    for ref in refs:
        if ref.place.kind != _DISTRICT or ref.last - ref.first != 2:
            continue
        noun = doc.tokens[ref.last - 1]
        for index in _listed_before(doc, lex, ref.first, covered):
            adjective = doc.tokens[index]
            place = _district(gazetteer, lex.lang, morph, adjective, noun)
            if place is not None:
                added.append(PlaceRef(place, index, index + 1, adjective.start, adjective.end))
    return sorted(refs + added, key=lambda r: r.first) if added else refs


def _listed_before(doc: Document, lex: Lexicon, first: int, covered: set[int]) -> list[int]:
    """The adjectives listed before the token `first`: "A, B та" before "C районів"."""
    found: list[int] = []
    index = first - 1
    while index > 0:
        joiners = 0
        while index >= 0 and _joiner(lex, doc.tokens[index]):
            joiners += 1
            index -= 1
        if not joiners or index < 0 or index in covered or not _adjective(doc.tokens[index]):
            break
        found.append(index)
        index -= 1
    return found


def _joiner(lex: Lexicon, token: Token) -> bool:
    return token.text == "," or token.low in lex.words.and_words


def _adjective(token: Token) -> bool:
    return token.text[:1].isupper() and token.info.pos == "ADJF"


def _district(gazetteer: Any, lang: str, morph: Any, adjective: Token, noun: Token) -> Any:
    phrase = f"{adjective.text} {noun.text}"
    found = gazetteer.find(phrase, lang, morph)
    whole = len(found) == 1 and found[0].end - found[0].start == len(phrase)
    return found[0].place if whole and found[0].place.kind == _DISTRICT else None

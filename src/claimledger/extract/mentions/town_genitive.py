"""A region's adjective that is also its capital's genitive: Ukrainian "мер Курська", "поблизу
Брянська", "у центрі Донецька" name the town (Курськ, Брянськ, Донецьк), though "Курська" is
also the region's adjective ("Курська область"), which the gazetteer reads first. Russian keeps
the two apart ("Курска", "Курская"); English has no case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

if TYPE_CHECKING:
    from claimledger.places.gazetteer import Gazetteer

_GOVERNORS = ("PREP", "NOUN")  # "поблизу Брянська", "мер Курська": a word that takes a genitive


def capital_in_genitive(doc: Document, lex: Lexicon, gazetteer: Gazetteer, ref: PlaceRef) -> None:
    """Read a one-word region named by an adjective as its capital where the word is also the
    capital's genitive (its form less the ending is among its lemmas: "курська" of "курськ"),
    a preposition or a noun governs it, and no region noun follows ("Курська область", "по
    Курській", "Брянська, Курська та Орловська": the region)."""
    place = ref.place
    if place.kind != "region" or ref.last - ref.first != 1 or ref.first == 0:
        return
    token = doc.tokens[ref.first]
    if token.info.pos != "ADJF" or token.low[:-1] not in token.info.lemmas:
        return
    before = doc.tokens[ref.first - 1]
    if before.info.pos not in _GOVERNORS or before.lemma in lex.words.many_regions:
        return
    after = doc.tokens[ref.last] if ref.last < len(doc.tokens) else None
    if after is not None and (
        after.lemma in lex.words.many_regions or after.low in lex.words.region_nouns
    ):
        return
    capital = gazetteer.capital(place.code)
    if capital is not None and capital.region == place.code:
        ref.place = capital

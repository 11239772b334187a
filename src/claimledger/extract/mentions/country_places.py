"""Places named by a country's adjective and a noun of inhabited places: "Israeli towns near the
Gaza Strip", "израильские населённые пункты" lie in that country, though no town is named
(ANNOTATION.md: outside Russia and Ukraine a claim is coded by its country)."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

_REACH = 3  # "Israeli border communities", "израильские населённые пункты": words to the noun


def add_country_places(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """The refs with a place of the country for each adjective-and-noun phrase no name covers."""
    nouns = lex.words.country_place_nouns
    if not nouns or not lex.country_adjectives:
        return refs
    taken = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    for index, token in enumerate(doc.tokens):
        code = lex.country_adjectives.get(token.lemma) or lex.country_adjectives.get(token.low)
        if code is None or index in taken:
            continue
        noun = _noun_after(doc, nouns, index)
        place = gazetteer.get(code) if noun is not None else None
        if noun is not None and place is not None:
            added.append(PlaceRef(place, index, noun + 1, token.start, doc.tokens[noun].end))
    if not added:
        return refs
    return sorted([*refs, *added], key=lambda r: r.first)


def _noun_after(doc: Document, nouns: frozenset[str], index: int) -> int | None:
    """The noun of inhabited places right after the adjective, over one word between."""
    for probe in range(index + 1, min(index + _REACH, len(doc.tokens))):
        token = doc.tokens[probe]
        if token.lemma in nouns or token.low in nouns:
            return probe
        if not token.is_word:
            return None
    return None

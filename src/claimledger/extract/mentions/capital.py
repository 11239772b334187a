"""The capital named by a common noun: "над столицею збили 5 дронів" in Ukrainian news is Kyiv
(the lexicon's `home_capital` and `capital_nouns`)."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef


def home_capital(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """ "Над столицею збили 5 дронів" in Ukrainian news: the capital is Kyiv; not "російська
    столиця", "столиця РФ" or "столиця Росії" (a side's adjective, owner or place after it)."""
    place = gazetteer.get(lex.home_capital) if lex.home_capital else None
    if place is None:
        return refs
    taken = {i for r in refs for i in range(r.first, r.last)}
    added: list[PlaceRef] = []
    for index, token in enumerate(doc.tokens):
        if token.lemma not in lex.words.capital_nouns or index in taken:
            continue
        before = doc.tokens[index - 1] if index else None
        after = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
        if (before is not None and before.lemma in lex.side_adjectives) or (
            after is not None and (after.low in lex.owner_words or index + 1 in taken)
        ):
            continue
        added.append(PlaceRef(place, index, index + 1, token.start, token.end))
    return sorted([*refs, *added], key=lambda r: r.first) if added else refs

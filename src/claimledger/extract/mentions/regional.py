"""A regional body named by its capital: "the Kharkiv Regional Military Administration", "the
Odesa regional prosecutor's office" are bodies of the region, so the town's name there names the
region (a town named with its region in the attribution is the region: docs/evaluation.md, "How
the gold was made"). Russian and Ukrainian write the region's own adjective ("Харьковская ОВА")."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef


def mark_regional_bodies(doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]) -> None:
    """Each town right before a word of regional bodies becomes its region."""
    words = lex.words.regional_adjectives
    if not words:
        return
    for ref in refs:
        after = doc.tokens[ref.last] if ref.last < len(doc.tokens) else None
        if ref.place.kind != "city" or ref.place.region is None or after is None:
            continue
        region = gazetteer.get(ref.place.region) if after.low in words else None
        if region is not None:
            ref.place = region

"""Seas named together under one plural noun: "over the waters of the Black and Azov Seas",
"над акваториями Черного и Азовского морей". Each name is a sea of its own (not "Azov" the
town), so one number told of them all is of several places (ANNOTATION.md: the country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef

if TYPE_CHECKING:
    from claimledger.morph import Morphology
    from claimledger.places.gazetteer import Gazetteer
    from claimledger.places.model import Place


def add_coordinated_seas(
    doc: Document,
    lex: Lexicon,
    gazetteer: Gazetteer,
    morph: Morphology | None,
    refs: list[PlaceRef],
) -> list[PlaceRef]:
    """`refs` with each name before a plural sea noun ("Black and Azov Seas") read as that sea,
    where every name of the list is a sea's ("Black Sea", "Azov Sea"); the mentions the names
    had (a town "Azov") are dropped."""
    for index, noun in enumerate(doc.tokens):
        if noun.low not in lex.words.sea_plurals:
            continue
        names = _names_before(doc, lex, index)
        seas = [_sea(doc, lex, gazetteer, morph, name, noun.lemma) for name in names]
        if len(names) < 2 or any(sea is None for sea in seas):
            continue
        first = names[-1]
        refs = [r for r in refs if r.last <= first or r.first > index]
        for name, sea in zip(names, seas, strict=True):
            if sea is not None:
                token = doc.tokens[name]
                refs.append(PlaceRef(sea, name, name + 1, token.start, token.end))
        refs.sort(key=lambda r: r.first)
    return refs


def _names_before(doc: Document, lex: Lexicon, index: int) -> list[int]:
    """The capitalised names joined by commas and "and" right before the noun, nearest first."""
    names: list[int] = []
    probe = index - 1
    while probe >= 0 and doc.tokens[probe].text[:1].isupper():
        names.append(probe)
        if probe < 1 or doc.tokens[probe - 1].low not in lex.words.place_joiners:
            break
        probe -= 2
    return names


def _sea(
    doc: Document,
    lex: Lexicon,
    gazetteer: Gazetteer,
    morph: Morphology | None,
    name: int,
    lemma: str,
) -> Place | None:
    """The sea "<name> <Sea>" names, or None."""
    text = f"{doc.tokens[name].text} {lemma.capitalize()}"
    found = [m.place for m in gazetteer.find(text, lex.lang, morph) if m.place.kind == "sea"]
    return found[0] if len(found) == 1 else None

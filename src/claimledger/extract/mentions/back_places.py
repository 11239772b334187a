"""A place said again without its name: "the region", "the city" (languages with articles), or
a town's noun alone in a language without them ("У Дніпрі пролунали вибухи. ... по місту
випустили 4 ракети"): the place named last before it. Without this the claim has no place of its
own and takes its speaker's region, where the text names the town alone (ANNOTATION.md: a city
named without its region is the city). Not where a name follows the noun ("місто Суми": the name
is the place). The bare town noun is Ukrainian only: the Russian "по городу" read so lost two dev
claims (round 14), so ru.toml names no back_town_nouns."""

from __future__ import annotations

from typing import Any

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.place_codes import TOWN_KINDS
from claimledger.extract.mentions.types import PlaceRef
from claimledger.places.model import Place


def bare_town(doc: Document, lex: Lexicon, index: int) -> bool:
    """Whether token `index` is a town's noun standing for the town named before it."""
    if lex.words.definite or index + 1 >= len(doc.tokens):
        return False  # a language with articles says "the city" (add_back_places)
    if doc.tokens[index].lemma not in lex.words.back_town_nouns:
        return False
    after = doc.tokens[index + 1]
    return not (after.is_word and after.text[:1].isupper())


def add_back_places(
    doc: Document, lex: Lexicon, gazetteer: Any, refs: list[PlaceRef]
) -> list[PlaceRef]:
    """ "Drones attacked the Belgorod region. ... hit a depot in the region": "the region" with
    no name of its own is the region named last before it (ru "над регионом" reads it so from
    the sentence before), or the region of the town named last ("Voronezh: ... over the city of
    Voronezh and three districts of the region"); none where the last place is neither."""
    tokens, words, out = doc.tokens, lex.words, list(refs)
    nouns = words.back_region_nouns | words.back_town_nouns  # "the city": the one named last
    for index in range(1, len(tokens) - 1):
        definite = tokens[index].low in nouns and tokens[index - 1].low in words.definite
        if not (definite or bare_town(doc, lex, index)):
            continue
        after = tokens[index + 1].low
        if after in words.settlement_links or after in words.possessive_marks:
            continue  # "the region of Kursk", "the region's governor": named, or a title
        if any(r.first <= index < r.last for r in refs):
            continue
        # not a speaker's country ("Ukraine's general staff said ... in the region")
        before = [r for r in refs if r.last <= index - 1 and not r.dateline
                  and not (r.in_actor and r.place.kind == "country")]
        kind = "region" if tokens[index].low in words.back_region_nouns else "city"
        place: Place | None = before[-1].place if before else None
        if kind == "region" and place is not None and place.kind in TOWN_KINDS and place.region:
            place = gazetteer.get(place.region)  # "the region" after a town: the town's
        if place is None or place.kind != kind:
            continue
        out.append(PlaceRef(place, index - 1, index + 1, tokens[index - 1].start,
                            tokens[index].end, explicit_region=True))
    return sorted(out, key=lambda r: r.first)

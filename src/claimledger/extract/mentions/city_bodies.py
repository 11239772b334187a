"""A city's own office or body: "Херсонська МВА", "начальник Херсонської міської військової
адміністрації", "міський голова", "глава городской администрации", "the head of the Kherson city
military administration". The city shares its name's adjective with its region, but its body
speaks for the city: the region's governor is not its head (nor, where both sides name one, the
occupation's), and a town its words place stays the town (ANNOTATION.md widens a town to its
region only where the region is named; a city body names none). The words that make a body a
city's are the lexicon's `mayor_words`, which the attribution rules already read as a city's own
head (resolve/speaking.py)."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.actor_names import place_ending, place_starting
from claimledger.extract.mentions.place_codes import SIDE_OF_COUNTRY
from claimledger.extract.mentions.types import PlaceRef, Speaker


def city_word(doc: Document, lex: Lexicon, first: int, last: int) -> str | None:
    """The word among tokens[first:last] that makes an office or body a city's, as its lemma
    or lower-case form ("мва" has no lemma of its own)."""
    words = lex.words.mayor_words
    for token in doc.tokens[max(first, 0) : last]:
        if token.lemma in words:
            return token.lemma
        if token.low in words:
            return token.low
    return None


def city_role_word(doc: Document, lex: Lexicon, sentence: Sentence, index: int,
                   last: int) -> str | None:
    """A role word's city marker: after it, up to the end of its office ("начальник Херсонської
    МВА"), or the adjective right before it ("міський голова")."""
    before = index - 1 if index > sentence.first else index
    return city_word(doc, lex, index + 1, last) or city_word(doc, lex, before, index)


def head_alone(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> bool:
    """A head word with no "of ..." after it that still names an office: a city's ("міський
    голова"), or a region's the words before it name ("the region's head", "the republic's
    head", "regional head Oleg Nikolayev")."""
    if city_role_word(doc, lex, sentence, index, index + 1) is not None:
        return True
    before = doc.tokens[index - 1] if index > sentence.first else None
    if before is not None and before.low in lex.words.regional_adjectives:
        return True
    owner = doc.tokens[index - 2] if index - 1 > sentence.first else None
    return (
        before is not None
        and owner is not None
        and before.low in lex.words.possessive_marks
        and owner.lemma in lex.words.head_of
    )


def office_place(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int, places: list[PlaceRef]
) -> int | None:
    """Where the place of a role word after it starts: right after it ("глава Белгорода"), or
    after the office it heads ("глава администрации Белгорода": the town's head, where "глава
    администрации Белгородской области" is the region's); None where no place follows so."""
    if place_starting(places, index, doc, sentence) is not None:
        return index
    if index < sentence.last and doc.tokens[index].lemma in lex.words.head_offices and (
        place_starting(places, index + 1, doc, sentence) is not None
    ):
        return index + 1
    return None


def city_speaker(region: str | None, name: str = "city administration") -> Speaker:
    """A city's head or body: an official of the city's country, speaking for its region (so
    that the claims of the city are its own: resolve/speaking.fits)."""
    side = SIDE_OF_COUNTRY.get((region or "")[:2])
    return Speaker(name, side, "official", region, town_head=True)


def own_body(doc: Document, lex: Lexicon, index: int, size: int, places: list[PlaceRef]) -> bool:
    """A local group's words that name an administration right after a region's adjective:
    "Полтавська ОВА" is the region's body (ActorReader._administration), where a bare "ОВА"
    is the administration of the place the claim is about (a local group)."""
    words = lex.words.administrations
    return place_ending(places, index) is not None and any(
        t.lemma in words or t.low in words for t in doc.tokens[index : index + size]
    )

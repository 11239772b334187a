"""A state's office holder named by title and country ("Президент США Джо Байден", "прем'єр
Ізраїлю", "Israeli Prime Minister Benjamin Netanyahu", "президент Украины"): a speaker of the
country's side (`other` abroad), whether or not the registry knows the person (where the
registry names the office of one of the war's sides, it reads it). The country is the
speaker's, not a place of the claims (its mention is marked as the actor's).
"""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.actor_names import (
    a_country,
    body_candidates,
    owner_country,
    reads,
    surname_keys,
)
from claimledger.extract.mentions.place_codes import HOME_COUNTRIES, SIDE_OF_COUNTRY
from claimledger.extract.mentions.types import ActorMention, PlaceRef, Speaker

_NAME_WORDS = 3  # "Джо Байден", "Benjamin Netanyahu", "Ali Khamenei"


def titled_person(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int, places: list[PlaceRef]
) -> ActorMention | None:
    titles = [t for t in lex.sequences.state_titles if reads(doc, sentence, index, t)]
    if not titles:
        return None
    last = index + max(len(t) for t in titles)
    owner = owner_country(doc, lex, sentence, (index, last), places, a_country)
    if owner is None or (owner[0] in HOME_COUNTRIES and _registered(doc, sentence, index, lex)):
        return None  # "Президент України": an office of the war's two sides the registry names
    country, first, last, place = owner
    end = last
    while end < min(sentence.last, last + _NAME_WORDS) and _name_word(doc, end):
        if surname_keys(lex.lang, doc.tokens[end]):
            return None  # a recorded person ("Президент России Владимир Путин"): theirs to read
        end += 1
    if place is not None:
        place.in_actor = True
    words = doc.tokens[first:end] if end == last else doc.tokens[last:end]
    name = doc.text[words[0].start : words[-1].end]
    side = SIDE_OF_COUNTRY.get(country, "other")
    return ActorMention(first, end, Speaker(name, side, "official", national=True))


def _registered(doc: Document, sentence: Sentence, index: int, lex: Lexicon) -> bool:
    """A body of the registry is named at the title ("Президент України" is Zelensky's)."""
    return any(
        reads(doc, sentence, index, words)
        for words, _ in body_candidates(lex.lang, doc.tokens[index])
    )


def _name_word(doc: Document, index: int) -> bool:
    token = doc.tokens[index]
    return token.is_word and token.text[:1].isupper()

"""Places of the speaking, not of the claim: "said in a televised speech in Sanaa", "заявил на
брифинге в Москве" (where the words were spoken), and "the Houthi movement in Yemen said",
"militants in Gaza fired" (the country a group abroad is of), and "pressure on Moscow",
"talks with Kyiv" (a party of politics, named by its capital or country). They are flagged as
a speaker's title's places are (`in_actor`)."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.place_codes import HOME_COUNTRIES
from claimledger.extract.mentions.types import PlaceRef

_NOUN_REACH = 3  # "a speech broadcast from Yemen": words from the statement's noun to the seat


def mark_speaking_places(doc: Document, lex: Lexicon, refs: list[PlaceRef]) -> None:
    for ref in refs:
        if _policy_object(doc, lex, ref):
            ref.in_actor = True
            continue
        if ref.first < 2 or doc.tokens[ref.first - 1].low not in lex.words.statement_seats:
            continue
        if _spoken_at(doc, lex, ref) or _group_abroad(doc, lex, ref):
            ref.in_actor = True


def _spoken_at(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """A statement's noun just before the seat: "in a televised speech in Sanaa"."""
    window = doc.tokens[max(0, ref.first - 1 - _NOUN_REACH) : ref.first - 1]
    nouns = lex.words.statement_nouns
    return any(t.lemma in nouns or t.low in nouns for t in window) and all(
        t.is_word for t in window
    )


def _group_abroad(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "The Houthi movement in Yemen said", "Militants in Gaza fired 12 rockets at southern
    Israel": a country abroad that the subject of the verb is of, as "from Yemen" is where the
    weapons came from (a town or region of the war, "officials in Kharkiv said", stays)."""
    if ref.place.kind != "country" or ref.place.code in HOME_COUNTRIES:
        return False
    if ref.last >= len(doc.tokens) or not doc.tokens[ref.first - 2].info.is_noun:
        return False
    verb = doc.tokens[ref.last]
    return verb.info.pos == "VERB" and (
        verb.lemma in lex.words.speech_verbs or verb.lemma in lex.words.launch_verbs
    )


def _policy_object(doc: Document, lex: Lexicon, ref: PlaceRef) -> bool:
    """ "called on allies to increase pressure on Moscow": a policy noun and its preposition
    right before the place make it the party dealt with, not where weapons flew."""
    if ref.first < 2 or doc.tokens[ref.first - 1].low not in lex.words.policy_preps:
        return False
    noun = doc.tokens[ref.first - 2]
    return noun.lemma in lex.words.policy_nouns or noun.low in lex.words.policy_nouns

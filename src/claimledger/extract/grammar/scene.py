"""Which sentences set the scene of the claims told after them, and which places only say where
another lies: background told up to now ("since November"), an alert's country, a neighbour
named beside a place ("Israeli towns near the Gaza Strip")."""

from __future__ import annotations

from itertools import pairwise

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.grammar.draft import Facts
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.place_codes import HOME_COUNTRIES, country_of_code
from claimledger.extract.mentions.types import DateMention, PlaceRef
from claimledger.places.model import Place

_BESIDE_REACH = 4  # "near the border with": the words between a place and its neighbour


def neighbours(
    doc: Document, lex: Lexicon, places: dict[str, Place], refs: list[PlaceRef]
) -> set[int]:
    """ "Israeli towns near the Gaza Strip", "villages close to the border with Lebanon": another
    country named right after a place, to say where that place lies (the ids of its refs)."""
    found: set[int] = set()
    for place, after in pairwise(refs):
        between = doc.tokens[place.last : after.first]
        if (
            len(between) <= _BESIDE_REACH
            and any(t.low in lex.words.beside_words for t in between)
            and all(t.is_word for t in between)
            and country_of_code(place.place.code, places)
            != country_of_code(after.place.code, places)
        ):
            found.add(id(after))
    return found


def alert_scene(
    doc: Document,
    lex: Lexicon,
    places: dict[str, Place],
    told: str | None,
    place: PlaceRef,
    span: tuple[int, int],
) -> bool:
    """ "Rocket alerts sounded in Israeli towns near Gaza": the country the weapons were headed
    for, where the report had told another or none (an alert in the country told, "an air alert
    in Kharkiv and the region", covers more than the place struck). A place alone on its line
    ("▪️ Одесская область." over a digest's entry) heads what is told below it."""
    sentence = doc.sentences[doc.tokens[place.first].sentence]
    rest = doc.tokens[sentence.first : place.first] + doc.tokens[place.last : sentence.last]
    if not any(t.is_word or t.is_digits for t in rest):
        return True
    alerts = lex.words.alert_nouns
    if not any(t.lemma in alerts or t.low in alerts for t in doc.tokens[span[0] : span[1]]):
        return False
    return told is None or (
        country_of_code(told, places) != country_of_code(place.place.code, places)
    )


def named_event(doc: Document, lex: Lexicon, dates: list[DateMention]) -> bool:
    """A date of no known day written before an attack's noun ("after Hamas's Oct. 7 attack",
    "the February 24 invasion" in a page of no date): the name of an event known before."""
    nouns = lex.words.strike_nouns
    return any(
        d.value is None
        and any(t.is_digits for t in doc.tokens[d.first : d.last])  # a day, not "overnight"
        and d.last < len(doc.tokens)
        and (doc.tokens[d.last].lemma in nouns or doc.tokens[d.last].low in nouns)
        for d in dates
    )


def referred_weapon(
    doc: Document, lex: Lexicon, facts: Facts, sentence: Sentence, weapon: str | None
) -> str | None:
    """ "Most of the rockets were intercepted", "Of these, 16 ...", "Из них 20 сбиты": the
    weapon of which the sentence counts a part, counted before (`weapon`, the draft's own, for
    a pronoun)."""
    words = lex.words
    named = {i: p.weapon for p in facts.phrases for i in range(p.first, p.head + 1)}
    tokens = doc.tokens
    for index in range(sentence.first, sentence.last - 1):
        if tokens[index].low not in words.from_words:
            continue
        after = tokens[index + 1].low
        if after in words.relative_pronouns or after in words.demonstratives:
            return weapon
        if after in words.definite and index + 2 in named:
            return named[index + 2]
    return None


def tells_span(doc: Document, lex: Lexicon, index: int) -> bool:
    """ "Since the war began, the group has fired hundreds of drones at Israel": a campaign told
    up to now is background, not the scene of the claims after it (the sentence of `index`)."""
    spans = lex.words.since_words | lex.words.span_words  # "has repeatedly struck ..."
    sentence = doc.sentences[index]
    return any(t.low in spans for t in doc.tokens[sentence.first : sentence.last])


def gone_abroad(ref: PlaceRef) -> bool:
    """ "three flew towards Belarus": a neighbour the weapons left for, not where they were
    counted (a place of the war itself stays: "drones flying towards Moscow")."""
    return (
        ref.destination
        and not ref.aimed  # "drones launched at Israel": the country attacked
        and ref.place.kind == "country"
        and ref.place.code not in HOME_COUNTRIES
    )


def without_destinations(refs: list[PlaceRef]) -> list[PlaceRef]:
    """ "сбиты над Курской областью, летели в сторону Воронежа": where the weapons were counted
    is named, so the place they flew toward is not the claim's (alone, "летевших на Москву",
    it is: ANNOTATION.md)."""
    if all(p.destination for p in refs):
        return refs
    return [p for p in refs if not p.destination]

"""Statements the system can check: "Калуга, в 150 км к юго-западу от Москвы", "за 150 км на
південний захід від Києва", "150 kilometers southwest of Moscow" become distance checks
computed from the gazetteer's coordinates (places.geo).

The statement is read in token order: a count (digits or number words), a unit of
`distance_units`, an aside in brackets ("(93 miles)"), a compass direction (the words
places.geo understands, after one of `compass_preps`), one of `reference_preps` and
`reference_fillers`, then the reference place. The subject is the place named last before the
count in the same sentence. The evidence runs from the count (with a qualifier before it, as
"около", "approximately") to the reference.
"""

from __future__ import annotations

import re

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import PlaceRef
from claimledger.extract.numerals import compose, word_value
from claimledger.model import Check, Span
from claimledger.places.geo import check_distance, direction_degrees

# "1,200" with three digits after the comma is a thousands mark; "1,5" and "1.5" are decimals.
_DECIMAL = re.compile(r"^\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
# Tokens an aside in brackets may hold, and compass words in a row ("south", "-", "west").
_ASIDE = 10
_COMPASS_WORDS = 3
_FILLERS = 4


def find_checks(doc: Document, lex: Lexicon, places: list[PlaceRef]) -> list[Check]:
    low = doc.clean.lower()
    if not any(unit.lower() in low for unit in lex.outputs.distance_units):
        return []  # no unit, no distance: spare the walk over every token
    out: list[Check] = []
    for sentence in doc.sentences:
        index = sentence.first
        while index < sentence.last:
            check, index = _statement(doc, lex, places, sentence, index)
            if check is not None:
                out.append(check)
    return out


def _statement(
    doc: Document, lex: Lexicon, places: list[PlaceRef], sentence: Sentence, index: int
) -> tuple[Check | None, int]:
    """The check stated from token `index`, and the token to go on from."""
    number = _number(doc, lex, sentence, index)
    if number is None:
        return None, index + 1
    value, probe = number
    unit = _unit(lex, doc.tokens[probe]) if probe < sentence.last else None
    if unit is None:
        return None, probe
    probe = _aside(doc, sentence, probe + 1)
    direction, probe = _direction(doc, lex, sentence, probe)
    if probe < sentence.last and doc.tokens[probe].low in lex.outputs.reference_preps:
        probe += 1
    elif direction is None:
        return None, probe  # a bare distance to nowhere: "в 5 км"
    skipped = 0
    while (
        probe < sentence.last
        and skipped < _FILLERS
        and doc.tokens[probe].low in lex.outputs.reference_fillers
    ):
        probe, skipped = probe + 1, skipped + 1
    reference = next((p for p in places if p.first == probe), None)
    if reference is None:
        return None, probe
    start = doc.tokens[index].start
    before = [
        p
        for p in places
        if sentence.start <= p.start and p.end <= start and p.place.code != reference.place.code
    ]
    if not before:
        return None, reference.last
    subject = before[-1]
    stated = value * unit
    km, bearing, verdict, reason = check_distance(subject.place, reference.place, stated, direction)
    first = _qualifier_start(doc, lex, sentence, index)
    check = Check(
        kind="distance",
        subject=doc.text[subject.start : subject.end],
        reference=doc.text[reference.start : reference.end],
        evidence=Span.of(doc.text, doc.tokens[first].start, reference.end),
        stated_km=round(stated, 1),
        stated_direction=direction,
        computed_km=round(km, 1),
        computed_bearing_deg=round(bearing, 1),
        verdict="consistent" if verdict == "consistent" else "inconsistent",
        reason=reason,
        subject_code=subject.place.code,
        reference_code=reference.place.code,
    )
    return check, reference.last


def _number(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int
) -> tuple[float, int] | None:
    """(value, index after it) of a count at token `index`."""
    token = doc.tokens[index]
    if _THOUSANDS.match(token.text):
        return float(token.text.replace(",", "")), index + 1
    if _DECIMAL.match(token.text):
        return float(token.text.replace(",", ".")), index + 1
    if not token.is_word or word_value(token.lemma, lex.lang) is None:
        return None
    lemmas = [t.lemma for t in doc.tokens[index : sentence.last]]
    composed = compose(lemmas, lex.lang)
    return (float(composed[0]), index + composed[1]) if composed else None


def _unit(lex: Lexicon, token: Token) -> float | None:
    units = lex.outputs.distance_units
    return units.get(token.low, units.get(token.lemma))


def _aside(doc: Document, sentence: Sentence, probe: int) -> int:
    """Past "(93 miles)" right after the unit."""
    if probe < sentence.last and doc.tokens[probe].text == "(":
        for end in range(probe + 1, min(sentence.last, probe + _ASIDE)):
            if doc.tokens[end].text == ")":
                return end + 1
    return probe


def _direction(
    doc: Document, lex: Lexicon, sentence: Sentence, probe: int
) -> tuple[str | None, int]:
    """The compass point of "к юго-западу", "на південний захід", "southwest", and where the
    words end; (None, probe) when none stands there."""
    start = probe
    if start < sentence.last and doc.tokens[start].low in lex.outputs.compass_preps:
        start += 1
    end = start
    while end < min(sentence.last, start + _COMPASS_WORDS) and _compass_word(doc, lex, end):
        end += 1
    if end == start:
        return None, probe
    parsed = direction_degrees(
        doc.text[doc.tokens[start].start : doc.tokens[end - 1].end], lex.lang
    )
    return (parsed[0], end) if parsed else (None, probe)


def _compass_word(doc: Document, lex: Lexicon, index: int) -> bool:
    token = doc.tokens[index]
    if token.text == "-":
        return index > 0 and _compass_word(doc, lex, index - 1)
    return token.is_word and direction_degrees(token.text, lex.lang) is not None


def _qualifier_start(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> int:
    """The first token of a qualifier right before the count ("около", "approximately")."""
    for words, _ in lex.qualifiers:
        first = index - len(words)
        if first >= sentence.first and tuple(t.low for t in doc.tokens[first:index]) == words:
            return first
    return index

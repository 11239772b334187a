"""Statements the system can check: "Kaluga, located approximately 150 kilometers southwest of
Moscow" becomes a distance check computed from the gazetteer's coordinates (places.geo).

The subject is the place named just before the distance in the same sentence, the reference the
place right after "of" (or "from").
"""

from __future__ import annotations

import re

from claimledger.extract.en.document import Document
from claimledger.extract.numerals import compose, parse_digits
from claimledger.model import Check, Span
from claimledger.places.geo import check_distance, direction_degrees

_MILE_KM = 1.609344
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand)"
)
_NUMBER_WORDS = rf"{_NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD})*"
_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:north|south))?(?:[- ]?(?:east|west))?"
_DISTANCE = re.compile(
    rf"\b(?P<qual>(?:approximately|about|around|roughly|some|nearly|almost|just\s+over|over"
    rf"|more\s+than|less\s+than|under|only)\s+)?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|{_NUMBER_WORDS})"
    r"\s*(?:-\s*)?(?P<unit>kilometers|kilometres|km|miles|mi)\b(?:\s*\([^)]{1,30}\))?"
    rf"(?:\s+\((?:about\s+)?\d+\s*(?:miles|km)\))?\s+(?:(?P<dir>{_DIRECTION})\s+of|from)\s+"
    r"(?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:capital,?\s+|city\s+of\s+|border\s+with\s+)?",
    re.IGNORECASE,
)


def find_checks(doc: Document) -> list[Check]:
    text = doc.text
    out: list[Check] = []
    for match in _DISTANCE.finditer(text):
        check = _check(doc, match)
        if check is not None:
            out.append(check)
    return out


def _stated_km(match: re.Match[str]) -> float | None:
    raw = match.group("num").strip()
    value: float | None
    if raw[0].isdigit():
        digits = parse_digits(raw.split(".")[0])
        value = float(raw.replace(",", "")) if digits is not None else None
    else:
        words = [w for w in re.split(r"[\s-]+", raw.lower()) if w]
        composed = compose(words, "en")
        value = float(composed[0]) if composed else None
    if value is None:
        return None
    return value * _MILE_KM if match.group("unit").lower().startswith("mi") else value


def _check(doc: Document, match: re.Match[str]) -> Check | None:
    text = doc.text
    reference = next((m for m in doc.places if m.start == match.end()), None)
    if reference is None:
        return None
    sentence = doc.sentence_at(match.start())
    before = [
        m
        for m in doc.places_in(sentence.start, match.start())
        if m.place.code != reference.place.code
    ]
    if not before:
        return None
    subject = before[-1]
    stated_km = _stated_km(match)
    parsed = direction_degrees(match.group("dir"), "en") if match.group("dir") else None
    point = parsed[0] if parsed else None
    km, bearing, verdict, reason = check_distance(subject.place, reference.place, stated_km, point)
    return Check(
        kind="distance",
        subject=subject.text,
        reference=reference.text,
        evidence=Span.of(text, match.start(), reference.end),
        stated_km=round(stated_km, 1) if stated_km is not None else None,
        stated_direction=point,
        computed_km=round(km, 1),
        computed_bearing_deg=round(bearing, 1),
        verdict="consistent" if verdict == "consistent" else "inconsistent",
        reason=reason,
        subject_code=subject.place.code,
        reference_code=reference.place.code,
    )

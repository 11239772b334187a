"""Where a claim is about: the narrowest place its words name, coded as ANNOTATION.md says.

A town named with its region is its region's code; a town alone is `city:<name>`; several
regions together ("over the Bryansk, Kursk and Belgorod regions") are their country. "In the
area" and "over the region" refer back to the last region or town named before. Places a claim
only points away from ("launched from Kursk", "flying towards Moscow") or that a speaker's title
or a distance statement holds ("Russia's defence ministry", "150 km southwest of Moscow") are not
the claim's place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.places.gazetteer import PlaceMention

_NOT_HERE_BEFORE = re.compile(
    r"(?:\bfrom|\btowards?|\bheading\s+(?:for|to)|\bflying\s+(?:towards?|to)|\bdirections?\s+of"
    r"|\bborder\s+with|\bnear\s+the\s+border\s+with)\s+(?:the\s+)?"
    r"(?:(?:directions?|city|area|side|territory)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s$")
_LIST_LINK = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")
_COUNTRY_BEFORE = re.compile(
    r"\b(?:over|in|across|above|against|at|into|on|throughout|inside|attacked|struck|targeted"
    r"|hit|of)\s+(?:the\s+)?(?:territory\s+of\s+|skies\s+(?:over|of)\s+)?$",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"\b(?:in|over|above|across|near)\s+the\s+(?:same\s+)?(?:area|region|city|territory"
    r"|province|oblast|skies)\b|\bthere\b|\bover\s+its\s+territory\b",
    re.IGNORECASE,
)
_REGIONS_LIST = re.compile(
    r"(?:\s*,\s*[A-Z][\w’'-]+)*\s*,?\s+(?:and|&)\s+[A-Z][\w’'-]+\s+(?:regions|oblasts|provinces)\b"
)
_RANK = {"district": 5, "city": 4, "region": 3, "sea": 2, "country": 1}


@dataclass(frozen=True, slots=True)
class Located:
    code: str | None
    mention: PlaceMention | None  # the wording, for the claim's "place" span


def usable(text: str, mention: PlaceMention, blocked: Sequence[tuple[int, int]]) -> bool:
    """Can this mention be a claim's place? Not a possessive, origin, or a blocked stretch; a
    country only after a preposition or an attack verb ("Russia launched" names an actor)."""
    if _POSSESSIVE.search(mention.text):
        return False
    if any(s <= mention.start < e for s, e in blocked):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if _NOT_HERE_BEFORE.search(before):
        return False
    return mention.place.kind != "country" or _COUNTRY_BEFORE.search(before) is not None


def usable_in_order(
    text: str, mentions: Sequence[PlaceMention], blocked: Sequence[tuple[int, int]]
) -> list[PlaceMention]:
    """Usable mentions; a list goes with its head ("from Kursk, Millerovo and Yeysk")."""
    out: list[PlaceMention] = []
    previous: PlaceMention | None = None
    previous_ok = True
    for mention in mentions:
        listed = previous is not None and _LIST_LINK.fullmatch(text, previous.end, mention.start)
        ok = previous_ok if listed else usable(text, mention, blocked)
        if ok:
            out.append(mention)
        previous, previous_ok = mention, ok
    return out


def choose(text: str, mentions: Sequence[PlaceMention]) -> Located | None:
    """The claim's place among the usable mentions of its scope."""
    if not mentions:
        return None
    best = max(mentions, key=lambda m: _RANK.get(m.place.kind, 0))
    rank = _RANK.get(best.place.kind, 0)
    narrow = [m for m in mentions if _RANK.get(m.place.kind, 0) == rank]
    codes = {_code(text, m, mentions) for m in narrow}
    if len(codes) == 1:
        return Located(codes.pop(), narrow[0])
    regions = {m.place.region or m.place.code for m in narrow}
    if len(regions) == 1:
        return Located(regions.pop(), narrow[0])
    countries = {m.place.country for m in narrow}
    if len(countries) == 1 and (rank <= _RANK["region"] or len(narrow) > 2):
        country = countries.pop()
        return Located(country, narrow[0]) if country else None
    return Located(_code(text, narrow[0], mentions), narrow[0])


def _code(text: str, mention: PlaceMention, mentions: Sequence[PlaceMention]) -> str:
    """A town's code, or its region's where the text names the region too."""
    place = mention.place
    if place.kind not in ("city", "district") or not place.region:
        return place.code
    if any(m.place.code == place.region for m in mentions):
        return place.region
    if _REGIONS_LIST.match(text, mention.end):
        return place.region
    return place.code


def refers_back(text: str, start: int, end: int) -> bool:
    return _ANAPHORA.search(text, start, end) is not None


def anaphor(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words that point back to a place named before ("in the area")."""
    match = _ANAPHORA.search(text, start, end)
    return match.span() if match else None


def antecedent(mentions: Sequence[PlaceMention], text: str) -> Located | None:
    """The last region, town or sea named before: what "in the area" refers to."""
    for mention in reversed(mentions):
        if mention.place.kind == "country" or _POSSESSIVE.search(mention.text):
            continue
        return Located(_code(text, mention, [mention]), mention)
    return None


def country_of(code: str | None) -> str | None:
    """ "RU-KLU" -> "RU", "UA" -> "UA", "city:Kursk" -> None (the place table knows)."""
    if code is None:
        return None
    if re.fullmatch(r"[A-Z]{2}(?:-\w+)?", code):
        return code[:2]
    return None

"""Where a claim is: the places a sentence names, minus launch origins, grouped into lists.

"з напрямків: Курськ, Брянськ", "з акваторії Чорного моря", "з Бєлгородської області" name where
weapons came from, not where the claim is. A run of places joined by commas or "та" is one group
("у Харківській, Київській, Черкаській областях"): several regions make the claim a country
total; a city with its own region is coded as the region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.places.model import PlaceMention

_ORIGIN_WORDS = (
    r"(?:боку|сторони|напрямк\w*|район\w*|території|акваторії|тимчасово|окупован\w*"
    r"|аеродром\w*|міста|області)"
)
# Text right before a place that makes it where the weapons came from.
_ORIGIN_BEFORE = re.compile(rf"\b(?:з|із|зі|від)\s+(?:{_ORIGIN_WORDS}\s+){{0,3}}[«\"]?$", re.I)
_GROUP_GAP = re.compile(r"^[\s,;]*(?:(?:та|і|й|а\s+також)\s+)?(?:у|в|на|над)?\s*$", re.I)
_ORIGIN_LIST = re.compile(r"\bз\s+напрямк\w*\s*:?", re.I)


@dataclass(frozen=True, slots=True)
class PlaceGroup:
    """Places named together: their mentions and the code the group stands for."""

    mentions: tuple[PlaceMention, ...]
    code: str | None

    @property
    def start(self) -> int:
        return self.mentions[0].start

    @property
    def end(self) -> int:
        return self.mentions[-1].end


def claim_places(
    folded: str, mentions: list[PlaceMention], excluded: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Mentions that can locate a claim: not launch origins, not inside a source's name."""
    kept: list[PlaceMention] = []
    for mention in mentions:
        if any(a <= mention.start < b for a, b in excluded):
            continue
        if _is_origin(folded, mention):
            continue
        kept.append(mention)
    return kept


def _is_origin(folded: str, mention: PlaceMention) -> bool:
    line_start = max(folded.rfind("\n", 0, mention.start), folded.rfind(".", 0, mention.start))
    before = folded[line_start + 1 : mention.start]
    if _ORIGIN_BEFORE.search(before):
        return True
    # Inside the list that follows "з напрямків:" until the sentence ends.
    return bool(_ORIGIN_LIST.search(before)) and not re.search(r"\b(?:у|в|над|на)\s*$", before)


def group_places(folded: str, mentions: list[PlaceMention]) -> list[PlaceGroup]:
    groups: list[list[PlaceMention]] = []
    for mention in mentions:
        if groups and _GROUP_GAP.match(folded[groups[-1][-1].end : mention.start]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return [PlaceGroup(tuple(g), _group_code(g)) for g in groups]


def _group_code(mentions: list[PlaceMention]) -> str | None:
    """One code for places named together (ANNOTATION.md: narrowest the text allows)."""
    regions = {m.place.region or m.place.code for m in mentions}
    explicit = [m for m in mentions if m.explicit_region or m.place.code == m.place.region]
    if len(mentions) == 1:
        return mentions[0].place.code
    if len(regions) == 1:
        region = regions.pop()
        # A city with its own region ("у Дніпрі Дніпропетровської області") is the region.
        return region if explicit else mentions[0].place.code
    countries = {m.place.country for m in mentions}
    if len(countries) == 1 and None not in countries:
        return countries.pop()
    return None

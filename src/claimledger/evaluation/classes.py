"""Error classes: what kind of mistake each missed or extra claim is, counted per split.

Counts only: a class names the field a near miss got wrong, never the text, so the `blind` split
can report how its errors divide without being read. The classes, tried in this order:

- a missed gold claim and an extra prediction of the same report that differ in exactly one of
  the matched fields form a *misread* of that field: `place`, `action`, `quantity` or `weapon`
  (one missed plus one extra in that class);
- the rest by what they are: `casualty_denial` (killed or injured, quantity 0), `casualty_count`
  (killed or injured, a number), `false_on_empty` (an extra on a text whose gold has no claim),
  else `missed_other` / `extra_other`.
Wrongly filled matched claims count apart, per field (`claimant`, `date`, `attacker_side`).

A place misread is also counted by how the two places relate (`PLACE_KINDS`, `place_kind`): a
town's region for the town, a region for the whole country, another country, and so on, which
says whether a blind split's place errors are of granularity or of reading the wrong place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal, get_args

from claimledger.evaluation.score import ClaimDict, weapons_match

if TYPE_CHECKING:
    from claimledger.places.gazetteer import Gazetteer

ErrorClass = Literal[
    "place",
    "action",
    "quantity",
    "weapon",
    "casualty_denial",
    "casualty_count",
    "false_on_empty",
    "missed_other",
    "extra_other",
]
ERROR_CLASSES: tuple[str, ...] = get_args(ErrorClass)
MISREAD_FIELDS: tuple[ErrorClass, ...] = ("place", "action", "quantity", "weapon")
_CASUALTY_ACTIONS = frozenset({"killed", "injured"})
# Counter keys: (class, "missed" | "extra"), and (place kind, "place") for place misreads.
ClassCounts = Counter[tuple[str, str]]
PlaceKind = Literal[
    "region_for_town",
    "town_for_region",
    "part_for_country",
    "country_for_part",
    "other_place_same_country",
    "other_country",
    "sea_for_land",
    "land_for_sea",
    "other_sea",
    "unknown_code",
    "none_for_place",
    "place_for_none",
]
PLACE_KINDS: tuple[str, ...] = get_args(PlaceKind)
# A place code's (region, country): "city:Kharkiv" -> ("UA-63", "UA"); unknown parts are None.
Containing = Callable[[str], tuple[str | None, str | None]]


def code_parts(code: str) -> tuple[str | None, str | None]:
    """(region, country) of a code read from its form alone, without a gazetteer."""
    if len(code) == 2 and code.isupper():
        return None, code
    if "-" in code and code[:2].isupper() and ":" not in code:
        return code, code[:2]
    return None, None


def containing_in(gazetteer: Gazetteer) -> Containing:
    """A code's region and country from its form, else from the gazetteer (towns, districts)."""

    def containing(code: str) -> tuple[str | None, str | None]:
        region, country = code_parts(code)
        if country is None and (place := gazetteer.get(code)) is not None:
            return place.region, place.country
        return region, country

    return containing


def place_kind(gold: str | None, ours: str | None, containing: Containing) -> PlaceKind:
    """How the place we gave relates to the gold's place, for one place misread."""
    if ours is None:
        return "none_for_place"
    if gold is None:
        return "place_for_none"
    if gold.startswith("sea:") and ours.startswith("sea:"):
        return "other_sea"
    if gold.startswith("sea:"):
        return "land_for_sea"  # a country or region where the gold has a sea
    if ours.startswith("sea:"):
        return "sea_for_land"
    gold_region, gold_country = containing(gold)
    our_region, our_country = containing(ours)
    if gold_country is None or our_country is None:
        return "unknown_code"
    if gold.startswith("city:") and ours == gold_region:
        return "region_for_town"
    if ours.startswith("city:") and gold == our_region:
        return "town_for_region"
    if gold_country is not None and gold == gold_country and our_country == gold:
        return "part_for_country"
    if our_country is not None and ours == our_country and gold_country == ours:
        return "country_for_part"
    if gold_country is not None and gold_country == our_country:
        return "other_place_same_country"
    return "other_country"


def _differences(gold: ClaimDict, predicted: ClaimDict) -> list[ErrorClass]:
    different: list[ErrorClass] = []
    if gold.get("location") != predicted.get("location"):
        different.append("place")
    if gold.get("action") != predicted.get("action"):
        different.append("action")
    if gold.get("quantity") != predicted.get("quantity"):
        different.append("quantity")
    if not weapons_match(gold.get("weapon"), predicted.get("weapon")):
        different.append("weapon")
    return different


def _misread(gold: ClaimDict, extras: Sequence[ClaimDict], used: set[int]) -> tuple[int, str]:
    """The first unused extra that differs from `gold` in exactly one field, and that field."""
    for index, predicted in enumerate(extras):
        if index in used:
            continue
        different = _differences(gold, predicted)
        if len(different) == 1:
            return index, different[0]
    return -1, ""


def _alone(claim: ClaimDict, side: str, empty_text: bool) -> str:
    if side == "extra" and empty_text:
        return "false_on_empty"
    if claim.get("action") in _CASUALTY_ACTIONS:
        return "casualty_denial" if claim.get("quantity") == 0 else "casualty_count"
    return f"{side}_other"


def classify(
    missed: Sequence[ClaimDict],
    extras: Sequence[ClaimDict],
    empty_text: bool,
    containing: Containing = code_parts,
) -> ClassCounts:
    """The error classes of one report's missed gold claims and extra predictions."""
    counts: ClassCounts = Counter()
    used: set[int] = set()
    for gold in missed:
        index, field = _misread(gold, extras, used)
        if index >= 0:
            used.add(index)
            counts[(field, "missed")] += 1
            counts[(field, "extra")] += 1
            if field == "place":
                ours = extras[index].get("location")
                counts[(place_kind(gold.get("location"), ours, containing), "place")] += 1
        else:
            counts[(_alone(gold, "missed", empty_text), "missed")] += 1
    for index, predicted in enumerate(extras):
        if index not in used:
            counts[(_alone(predicted, "extra", empty_text), "extra")] += 1
    return counts


def class_rows(counts: ClassCounts) -> list[tuple[str, int, int]]:
    """(class, missed, extra) for every class with an error, in the documented order."""
    rows = [(name, counts[(name, "missed")], counts[(name, "extra")]) for name in ERROR_CLASSES]
    return [row for row in rows if row[1] or row[2]]


def place_rows(counts: ClassCounts) -> list[tuple[str, int]]:
    """(place kind, misreads) for every kind of place misread counted, in the documented order."""
    return [(kind, counts[(kind, "place")]) for kind in PLACE_KINDS if counts[(kind, "place")]]

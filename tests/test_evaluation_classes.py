"""Error classes: each missed or extra claim named by the field a near miss got wrong."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.evaluation.classes import class_rows, classify, code_parts, place_kind, place_rows
from claimledger.evaluation.score import claimant_misread, score

BASE: dict[str, Any] = {
    "action": "intercepted",
    "weapon": "uav",
    "quantity": 12,
    "location": "RU-KLU",
}


def claim(**fields: Any) -> dict[str, Any]:
    return {**BASE, **fields}


@pytest.mark.parametrize(
    ("missed", "extras", "empty", "expected"),
    [
        # One field apart: a misread of that field, one missed and one extra.
        (
            [claim()],
            [claim(location="RU")],
            False,
            {("place", "missed"): 1, ("place", "extra"): 1, ("country_for_part", "place"): 1},
        ),
        (
            [claim()],
            [claim(action="launched")],
            False,
            {("action", "missed"): 1, ("action", "extra"): 1},
        ),
        (
            [claim()],
            [claim(quantity=15)],
            False,
            {("quantity", "missed"): 1, ("quantity", "extra"): 1},
        ),
        (
            [claim()],
            [claim(weapon="cruise_missile")],
            False,
            {("weapon", "missed"): 1, ("weapon", "extra"): 1},
        ),
        # Two fields apart: no misread, each counted alone.
        (
            [claim()],
            [claim(quantity=15, location="RU")],
            False,
            {("missed_other", "missed"): 1, ("extra_other", "extra"): 1},
        ),
        # Casualties by their number; extras on a text with no gold claim are false claims.
        (
            [claim(action="injured", weapon=None, quantity=0)],
            [],
            False,
            {("casualty_denial", "missed"): 1},
        ),
        (
            [],
            [claim(action="killed", weapon=None, quantity=2)],
            False,
            {("casualty_count", "extra"): 1},
        ),
        ([], [claim(), claim(quantity=3)], True, {("false_on_empty", "extra"): 2}),
        # An extra pairs with one missed claim only.
        (
            [claim(), claim(quantity=7)],
            [claim(location="RU")],
            False,
            {
                ("place", "missed"): 1,
                ("place", "extra"): 1,
                ("country_for_part", "place"): 1,
                ("missed_other", "missed"): 1,
            },
        ),
    ],
)
def test_error_classes(
    missed: list[dict[str, Any]],
    extras: list[dict[str, Any]],
    empty: bool,
    expected: dict[tuple[str, str], int],
) -> None:
    assert dict(classify(missed, extras, empty)) == expected


def test_class_rows_keep_the_documented_order_and_skip_empty_classes() -> None:
    counts = classify([claim()], [claim(location="RU"), claim(action="hit", quantity=1)], False)
    assert class_rows(counts) == [("place", 1, 1), ("extra_other", 0, 1)]


# Towns' regions and countries as a gazetteer gives them (the test's own small table).
_TOWNS = {"city:Kaluga": ("RU-KLU", "RU"), "city:Kharkiv": ("UA-63", "UA")}


def _containing(code: str) -> tuple[str | None, str | None]:
    return _TOWNS.get(code) or code_parts(code)


@pytest.mark.parametrize(
    ("gold", "ours", "kind"),
    [
        ("city:Kaluga", "RU-KLU", "region_for_town"),
        ("RU-KLU", "city:Kaluga", "town_for_region"),
        ("RU", "RU-KLU", "part_for_country"),
        ("UA", "city:Kharkiv", "part_for_country"),
        ("UA-63", "UA", "country_for_part"),
        ("RU-BRY", "RU-KLU", "other_place_same_country"),
        ("city:Kaluga", "RU-BRY", "other_place_same_country"),
        ("UA-63", "city:Kaluga", "other_country"),
        ("IL", "PS", "other_country"),
        ("sea:aden", "YE", "land_for_sea"),
        ("UA-43", "sea:black", "sea_for_land"),
        ("sea:black", "sea:azov", "other_sea"),
        ("city:Yad Mordechai", "IL", "unknown_code"),
        ("RU-KLU", None, "none_for_place"),
        (None, "RU", "place_for_none"),
    ],
)
def test_place_misreads_are_counted_by_how_the_two_places_relate(
    gold: str | None, ours: str | None, kind: str
) -> None:
    assert place_kind(gold, ours, _containing) == kind
    counts = classify([claim(location=gold)], [claim(location=ours)], False, _containing)
    assert place_rows(counts) == [(kind, 1)]


@pytest.mark.parametrize(
    ("code", "parts"),
    [("RU", (None, "RU")), ("UA-63", ("UA-63", "UA")), ("city:Kaluga", (None, None)),
     ("sea:black", (None, None))],
)
def test_code_parts_read_a_region_and_country_from_the_code_alone(
    code: str, parts: tuple[str | None, str | None]
) -> None:
    assert code_parts(code) == parts


@pytest.mark.parametrize(
    ("gold", "ours", "how"),
    [
        (("ru", "official"), ("ru", "outlet"), "official -> outlet"),
        (("ua", "military"), ("ua", "official"), "military -> official"),
        (("ua", "military"), ("other", "military"), "side ua -> other"),
        ((None, "outlet"), ("ua", "outlet"), "side None -> ua"),
    ],
)
def test_wrong_claimants_are_counted_by_kind_then_side(
    gold: tuple[str | None, str], ours: tuple[str | None, str], how: str
) -> None:
    def filled(side_kind: tuple[str | None, str]) -> dict[str, Any]:
        return claim(claimant_side=side_kind[0], claimant_kind=side_kind[1])

    assert claimant_misread(filled(gold), filled(ours)) == how
    result = score([{"id": "t", "claims": [filled(gold)]}], {"t": [filled(ours)]})
    assert dict(result.claimant_misreads) == {how: 1}

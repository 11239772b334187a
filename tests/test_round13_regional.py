"""English "X regional" bodies, round 13: "the Odesa regional military administration", "the
Kharkiv regional prosecutor's office", "the Belgorod regional hospital" name the oblast (the
regions of Russia and Ukraine are named after their capitals), not the town X. A town whose
region the attribution names is the region (docs/evaluation.md, the review's convention). Own
sentences; expectations written from the guide before the extractor read them."""

from __future__ import annotations

from collections import Counter

import pytest

from claimants import Placed, placed
from claimledger.extract import Extractor
from claimledger.model import Language

CASES: list[tuple[str, Language, str, list[Placed]]] = [
    ("en_regional_military_administration", "en",
     "The Odesa regional military administration said two people were injured in the drone "
     "attack.",
     [("injured", None, 2, "UA-51")]),
    ("en_regional_military_administration_capitalised", "en",
     "The Zaporizhzhia Regional Military Administration said a missile strike killed three "
     "people.",
     [("killed", None, 3, "UA-23")]),
    ("en_regional_prosecutors", "en",
     "The Kharkiv regional prosecutor's office said two people were killed in the missile "
     "strike.",
     [("killed", None, 2, "UA-63")]),
    ("en_regional_governor_names_the_region_of_the_town", "en",
     "A drone hit a house in Sumy, the Sumy regional governor said.",
     [("hit", "uav", 1, "UA-59")]),
    ("en_town_named_alone_stays_the_town", "en",
     "A drone hit a house in Sumy, the city's mayor said.",
     [("hit", "uav", 1, "city:Sumy")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    assert placed(extractor, name, lang, text) == Counter(expected)

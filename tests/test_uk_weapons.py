"""Weapon names in Ukrainian reports: models in both scripts and weapon phrases."""

from __future__ import annotations

import pytest

from claimledger.extract.uk.text import Document, fold
from claimledger.extract.uk.weapons import WeaponReader, find_models
from claimledger.morph import Morphology


@pytest.fixture(scope="module")
def morph() -> Morphology:
    return Morphology("uk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("БПЛА «Shahed-136/131»", [("Shahed-136",)]),
        ("20 шахедів", [("Shahed-136",)]),
        ("«Герань-2»", [("Shahed-136",)]),
        ("Х-101/Х-555/Х-55", [("Kh-101", "Kh-555", "Kh-55")]),
        ("X-101/X555", [("Kh-101", "Kh-555")]),
        ("Kh-101", [("Kh-101",)]),
        ("Х-59/69", [("Kh-59", "Kh-69")]),
        ("Х-31П", [("Kh-31P",)]),
        ("Х-47М2 «Кинджал»", [("Kinzhal",), ("Kinzhal",)]),
        ("«Іскандер-М», «Іскандер-К»", [("Iskander-M",), ("Iskander-K",)]),
        ("Iskander-K", [("Iskander-K",)]),
        ("КН-23", [("KN-23",)]),
        ("С-300", [("S-300",)]),
        ("«Калібрами»", [("Kalibr",)]),
        ("Су-30 СМ, Су-24М, Су-35С", [("Su-30SM",), ("Su-24M",), ("Su-35S",)]),
        ("Ка-52 і Mi-8", [("Ka-52",), ("Mi-8",)]),
        ("А-50 та Іл-22", [("A-50",), ("Il-22",)]),
        ("«Орлан-10», «Мерлін-ВР», «Моhajer-6»", [("Orlan-10",), ("Merlin-VR",), ("Mohajer-6",)]),
        # No model: a conjunction "а 50" is not the A-50, "х 87" is a counter.
        ("збито 60, а 50 втрачено", []),
        ("х 87", []),
    ],
)
def test_models(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.names for m in find_models(fold(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ударними БпЛА типу Shahed", ("uav", "Shahed-136")),
        ("крилатих ракет Х-101/Х-555, «Калібр»", ("cruise_missile", "Kh-101/Kh-555/Kalibr")),
        ("керовані авіаційні ракети Х-59", ("cruise_missile", "Kh-59")),
        ("балістичні ракети", ("ballistic_missile", None)),
        ("аеробал. ракет Х-47 \"Кинджал\"", ("ballistic_missile", "Kinzhal")),
        ("ракет \"Іскандер-М\", \"Іскандер-К\"", ("missile", "Iskander-M/Iskander-K")),
        ("КАБами", ("guided_bomb", None)),
        ("винищувач-бомбардувальник Су-34", ("aircraft", "Su-34")),
        ("ударний вертоліт Ка-52", ("helicopter", "Ka-52")),
        ("розвідувальних БПЛА (ОТР)", ("uav", None)),
        ("дронів-імітаторів", ("uav", None)),
        ("ракети ОТРК «Іскандер-М»", ("ballistic_missile", "Iskander-M")),
        ("КР «Калібр»", ("cruise_missile", "Kalibr")),
        ("будинків", None),
        ("танків", None),
    ],
)
def test_phrases(morph: Morphology, text: str, expected: tuple[str, str | None] | None) -> None:
    doc = Document(text)
    phrase = WeaponReader(doc, morph).read(0, len(doc.tokens))
    assert (None if phrase is None else (phrase.weapon, phrase.model)) == expected


def test_singular_by_grammar(morph: Morphology) -> None:
    def singular(text: str) -> bool | None:
        doc = Document(text)
        phrase = WeaponReader(doc, morph).read(0, len(doc.tokens))
        assert phrase is not None
        return phrase.singular

    assert singular("крилату ракету") is True
    assert singular("ворожий БпЛА") is True
    assert singular("крилаті ракети") is False
    assert singular("БпЛА") is None

"""Weapon names in Ukrainian reports on the extraction core: models in both scripts (the
catalogue's names and numbered families) and weapon phrases."""

from __future__ import annotations

import pytest

from claimledger.extract.document.clean import clean
from claimledger.extract.document.tokens import analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.models import find_models
from claimledger.extract.mentions.types import WeaponPhrase
from claimledger.extract.mentions.weapons import find_phrases
from claimledger.resources import Resources, default_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def first_phrase(resources: Resources, text: str) -> WeaponPhrase | None:
    doc = analyse(text, resources.lexer("uk"), resources.splitter("uk"))
    phrases = find_phrases(doc, lexicon("uk"), doc.sentences[0], find_models(doc.clean, "uk"))
    return phrases[0] if phrases else None


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
    assert [m.names for m in find_models(clean(text), "uk")] == expected


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
def test_phrases(
    resources: Resources, text: str, expected: tuple[str, str | None] | None
) -> None:
    phrase = first_phrase(resources, text)
    assert (None if phrase is None else (phrase.weapon, phrase.model)) == expected


def test_singular_by_grammar(resources: Resources) -> None:
    def singular(text: str) -> bool | None:
        phrase = first_phrase(resources, text)
        assert phrase is not None
        return None if phrase.number is None else phrase.number == "sing"

    assert singular("крилату ракету") is True
    assert singular("ворожий БпЛА") is True
    assert singular("крилаті ракети") is False
    assert singular("БпЛА") is None

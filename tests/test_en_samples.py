"""The bundled English sample reports read sensibly: claims per sample, and what each shows off."""

from __future__ import annotations

from importlib import resources

import pytest

from claimledger.extract import Extractor
from claimledger.model import Extraction
from claimledger.resources import Resources
from claimledger.sources.readers import read_report_bytes

SAMPLES = resources.files("claimledger").joinpath("samples")

# file -> (claims, claimants of those claims)
EXPECTED: dict[str, tuple[int, set[str]]] = {
    "en-ru-mod-telegram.txt": (4, {"Russian Ministry of Defence"}),
    "en-ua-airforce-overnight.txt": (5, {"Ukrainian Air Force"}),
    # "no one was hurt" denies deaths and injuries, as "люди не постраждали" (ANNOTATION.md)
    "en-wire-relay.txt": (4, {"Russian Ministry of Defence", "Alexander Bogomaz"}),
    # the one "falling in a field" reached the ground: a hit (ANNOTATION.md)
    "en-conflicting-atacms.txt": (5, {"Russian Ministry of Defence", "US official"}),
    "en-kyiv-attack-casualties.txt": (6, {"Ukrainian Air Force", "Vitaliy Kim"}),
    "en-governor-belgorod.txt": (3, {"Vyacheslav Gladkov"}),
    "en-no-claim-aid.txt": (0, set()),
    "en-crimea-unverified.txt": (2, {"Russian Ministry of Defence", "Mikhail Razvozhayev"}),
}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources())


def _read(name: str, extractor: Extractor) -> Extraction:
    report = read_report_bytes(SAMPLES.joinpath(name).read_bytes(), name)
    return extractor.extract(report)


def test_every_english_sample_is_listed() -> None:
    names = {e.name for e in SAMPLES.iterdir() if e.name.startswith("en-")}
    assert names == set(EXPECTED)


@pytest.mark.parametrize(("name", "count", "claimants"),
                         [(n, c, s) for n, (c, s) in EXPECTED.items()])
def test_sample_claims(name: str, count: int, claimants: set[str], extractor: Extractor) -> None:
    extraction = _read(name, extractor)
    assert extraction.report.lang == "en"
    assert extraction.report.published is not None
    assert len(extraction.claims) == count
    assert {c.claimant for c in extraction.claims} == claimants
    assert all(c.date is not None for c in extraction.claims)


def test_relay_sample_credits_the_ministry_not_the_wire(extractor: Extractor) -> None:
    extraction = _read("en-wire-relay.txt", extractor)
    total = next(c for c in extraction.claims if c.quantity == 42)
    assert (total.location, total.claimant_kind, total.attacker_side) == ("RU", "military", "ua")
    assert {m.kind for m in extraction.markers} == {"no_comment", "unverified"}


def test_conflicting_sample_keeps_both_accounts(extractor: Extractor) -> None:
    extraction = _read("en-conflicting-atacms.txt", extractor)
    rows = {(c.action, c.quantity, c.claimant_kind) for c in extraction.claims}
    assert rows == {("launched", 6, "military"), ("intercepted", 5, "military"),
                    ("hit", 1, "military"), ("launched", 8, "anonymous"),
                    ("intercepted", 2, "anonymous")}


def test_crimea_sample_has_unclear_footage(extractor: Extractor) -> None:
    extraction = _read("en-crimea-unverified.txt", extractor)
    (video,) = extraction.media
    assert (video.kind, video.claimant, video.provenance) == ("video", "Ukrainian media", "unclear")
    assert "no_comment" in {m.kind for m in extraction.markers}


def test_kyiv_sample_quotes_the_minister_twice(extractor: Extractor) -> None:
    extraction = _read("en-kyiv-attack-casualties.txt", extractor)
    assert [q.speaker for q in extraction.quotes] == ["Herman Halushchenko"] * 2

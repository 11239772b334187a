"""Outlets of other air wars, round 13: an outlet another report cites ("Ynet reported that
...") is `media`, of side `other` for outlets outside Russia and Ukraine (ANNOTATION.md:
"independent media", third countries); the registry knows Israeli, Lebanese, Iranian, US and
European outlets by name and site. Own sentences; expectations written from the guide."""

from __future__ import annotations

import pytest

from claimants import claimant_pairs
from claimledger.extract import Extractor
from claimledger.model import Language

OTHER_MEDIA = ("other", "media")

CASES: list[tuple[str, Language, str, tuple[str, str]]] = [
    ("en_israeli_site", "en",
     "Ynet reported that air defences shot down two drones over Eilat.", OTHER_MEDIA),
    ("en_israeli_newspaper", "en",
     "Maariv reported that two rockets fired from Lebanon were intercepted.", OTHER_MEDIA),
    ("en_israeli_broadcaster", "en",
     "Kan News reported that two rockets fired from Lebanon were intercepted.", OTHER_MEDIA),
    ("en_lebanese_broadcaster", "en",
     "Al-Manar reported that an Israeli drone struck a car in Nabatieh, killing two people.",
     OTHER_MEDIA),
    ("en_us_broadcaster", "en",
     "Fox News reported that US warships shot down 15 drones over the Red Sea.", OTHER_MEDIA),
    ("en_us_network_short_name", "en",
     "NBC reported that US warships shot down 15 drones over the Red Sea.", OTHER_MEDIA),
    ("en_german_magazine", "en",
     "Der Spiegel reported that 20 Shahed drones were shot down over Kyiv.", OTHER_MEDIA),
    ("ru_israeli_site", "ru",
     "Как сообщает Ynet, над Эйлатом сбиты два беспилотника.", OTHER_MEDIA),
]


@pytest.mark.parametrize(("name", "lang", "text", "claimant"), CASES, ids=[c[0] for c in CASES])
def test_cited_outlet_is_media(
    extractor: Extractor, name: str, lang: Language, text: str, claimant: tuple[str, str]
) -> None:
    assert claimant_pairs(extractor, name, lang, text) == {claimant}

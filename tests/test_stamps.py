"""A header's speaker after a live blog's clock time, with or without an update's mark before
it ("UPD 2: 09:10 — Хинштейн: ..."): the clock is read from the end of the mark
(mentions/stamps.py), so the speaker after it claims what the line says."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

_EXTRACTOR = Extractor()


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        ("ru", "Курская область.\n\n09:10 — Хинштейн: над регионом сбиты три беспилотника.",
         "Alexander Khinshtein"),
        ("ru", "Курская область.\n\nUPD 2: 09:10 — Хинштейн: над регионом сбиты три беспилотника.",
         "Alexander Khinshtein"),
        ("ru", "Курская область.\n\nUPD: 9.25 | Хинштейн: над регионом сбиты три беспилотника.",
         "Alexander Khinshtein"),
        ("uk", "Сумщина.\n\nUPD: 09:40 – Повітряні сили: над Сумщиною збито 20 дронів.",
         "Ukrainian Air Force"),
        ("uk", "Сумщина.\n\nОновлено. 09:40 – Повітряні сили: над Сумщиною збито 20 дронів.",
         "Ukrainian Air Force"),
    ],
)
def test_speaker_after_an_update_and_a_clock(lang: Language, text: str, claimant: str) -> None:
    found = _EXTRACTOR.extract(Report(text=text, id="t", source="Example Wire", lang=lang), lang)
    assert [c.claimant for c in found.claims] == [claimant]

"""The one-pass tokenizer gives razdel's tokens: own sentences with every rule's case, and
random strings over the characters the rules look at."""

from __future__ import annotations

import random

import pytest
from razdel import tokenize

from claimledger.extract.document.razdel_tokens import razdel_tokens

CASES = [
    "",
    "   ",
    "Сбито 12 БПЛА над Курской областью.",
    "Ту-22М3, С-400 и Х-101/Х-555 — по 1,5 тыс. дронов; 3/4 из них...",
    "кто-то сказал: «ракеты?!» -- нет ** да",
    "snake_case и cho -to и cho- to, 12.5% и 1 000",
    "Улыбка :-) и ;) и =((( в тексте :)",
    "Yahoo! и yahoo!! и YAHOO!",
    "ΔP и mβж и ✈️дрон 🔥🔥 №5 °C $100",
    "дев'ять і п’ятеро, «Шахед-136»",
    "—-‑–− и ..., ?!, !!! и …",
]


@pytest.mark.parametrize("text", CASES)
def test_own_sentences(text: str) -> None:
    assert razdel_tokens(text) == [(t.start, t.stop) for t in tokenize(text)]


# Letters of both scripts, digits and every mark a rule reads, with spaces between.
_ALPHABET = [*"аБё zQ 09 -‑–—−_.,/\\?!…:;=()*'\"«»✈ΔβY", "yahoo", "Yahoo", " ", "  "]


@pytest.mark.parametrize("seed", range(40))
def test_random_strings(seed: int) -> None:
    pick = random.Random(seed)
    for _ in range(50):
        text = "".join(pick.choice(_ALPHABET) for _ in range(pick.randint(1, 40)))
        assert razdel_tokens(text) == [(t.start, t.stop) for t in tokenize(text)], text

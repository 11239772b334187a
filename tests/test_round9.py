"""Generalization round 9 (issue 15).

- Villages the gazetteer does not know, named after an abbreviated settlement noun ("у с.
  Шестакове", "в п. Лотаревка", "у смт Велика Писарівка"), are coded `city:<name>` as the
  guide's review codes a village named without its region; the Russian preposition "с" is no
  settlement noun ("с Украины").
- "All N drones launched" with any words after the launch verb gives `launched N` beside the
  downing (ANNOTATION.md: "All 14 drones launched were shot down").

Every sentence is written for this table; every expectation was written from ANNOTATION.md and
the review's convention before the extractor read the sentence. Rows as tests/test_round7_guide.py.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from test_round7_guide import ANY, Row, c, misses

ANY_PLACE = ANY  # the place is not what these rows test

DOWN, H, W, L = "intercepted", "hit", "injured", "launched"
UAV = "uav"

CASES: list[tuple[str, str, list[Row]]] = [
    ("uk", "Внаслідок удару дрона у с. Шестакове постраждав 78-річний чоловік.",
     [c(H, UAV, 1, "city:Shestakove"), c(W, None, 1, "city:Shestakove")]),
    ("uk", "Уночі у смт. Шестакове сили ППО збили ударний дрон.",
     [c(DOWN, UAV, 1, "city:Shestakove")]),
    ("uk", "Ворожий дрон влучив у житловий будинок у с. Мала Данилівка, поранено жінку.",
     [c(H, UAV, 1, "city:Mala Danylivka"), c(W, None, 1, "city:Mala Danylivka")]),
    ("ru", "В п. Лотаревка сбит беспилотник ВСУ, сообщили местные власти.",
     [c(DOWN, UAV, 1, "city:Lotarevka")]),
    ("ru", "В х. Журавка беспилотник атаковал автомобиль, пострадал водитель.",
     [c(H, UAV, 1, "city:Zhuravka"), c(W, None, 1, "city:Zhuravka")]),
    # a preposition "с", not an abbreviation: no village, the country's count stays
    ("ru", "С Украины запущены три беспилотника, все сбиты над территорией России.",
     [c(DOWN, UAV, 3, "RU")]),
    ("en", "Air defences shot down all 14 drones launched by Russia overnight, the air force said.",
     [c(L, UAV, 14, ANY_PLACE), c(DOWN, UAV, 14, ANY_PLACE)]),
    ("en", "Ukraine's air force destroyed all 27 Shahed drones launched overnight.",
     [c(L, UAV, 27, ANY_PLACE), c(DOWN, UAV, 27, ANY_PLACE)]),
    ("en", "The air force said it shot down all nine missiles that Russia fired.",
     [c(L, "missile", 9, ANY_PLACE), c(DOWN, "missile", 9, ANY_PLACE)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round9(lang: str, text: str, expected: list[Row], resources: Resources) -> None:
    assert misses(resources, lang, text, expected)[0] == []

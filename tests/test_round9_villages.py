"""Generalization round 9 (issue 15): villages the gazetteer does not know, named after an
abbreviated settlement noun ("у с. Шестакове", "в п. Лотаревка", "у смт Велика Писарівка"), are
coded `city:<name>` as the guide's review codes a village named without its region; the Russian
preposition "с" is no settlement noun ("с Украины").

Every sentence is written for this table; every expectation was written from ANNOTATION.md and
the review's convention before the extractor read the sentence. Rows as tests/test_round7_guide.py.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from test_round7_guide import Row, c, misses

DOWN, H, W = "intercepted", "hit", "injured"
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
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round9_villages(lang: str, text: str, expected: list[Row], resources: Resources) -> None:
    assert misses(resources, lang, text, expected)[0] == []

"""Round 17's place table: where a claim is, from the causes the dev split's place errors showed
(every dev place misread of the three languages, news and Telegram, read whole), each as short
reports of our own wording, in every language where the construction exists. No evaluation text
is copied; the facts (places, numbers) are ordinary ones.

Rows are (action, weapon, quantity, location, claimant_side, claimant_kind); the scoring and the
sites are tests/grid.py's.

1. A clock time ("в 4:50 утра", "близько 2:30", "at 3:15 a.m.") does not cut its sentence in
   two at the colon: the town named before the time stays in one clause with the attack told
   after it, so the town is the scene of the denial that follows (grammar/clauses.py
   `_clock_colon`).
"""

from __future__ import annotations

import pytest

from claimants import OTHER_OUT, UA_OUT
from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

CASES: list[GridCase] = [
    # 1. A clock time between the town and the attack.
    ("ru", "wire_clock_blasts", "wire",
     "В Белгороде около 5:20 утра прогремели взрывы во время атаки беспилотников. "
     "Пострадавших нет.",
     [r("killed", None, 0, "city:Belgorod", OTHER_OUT),
      r("injured", None, 0, "city:Belgorod", OTHER_OUT)]),
    ("ru", "wire_clock_attempt", "wire",
     "В Курске в 23:40 была совершена попытка атаки беспилотников на здание. Пострадавших нет.",
     [r("killed", None, 0, "city:Kursk", OTHER_OUT),
      r("injured", None, 0, "city:Kursk", OTHER_OUT)]),
    ("uk", "wire_clock_blasts_uk", "wire",
     "У Харкові близько 2:30 ночі пролунали вибухи під час атаки дронів. Постраждалих немає.",
     [r("killed", None, 0, "city:Kharkiv", UA_OUT),
      r("injured", None, 0, "city:Kharkiv", UA_OUT)]),
    ("en", "wire_clock_blasts_en", "wire",
     "In Odesa shortly after 3:15 a.m. explosions were heard during a drone attack. There were "
     "no casualties.",
     [r("killed", None, 0, "city:Odesa", OTHER_OUT),
      r("injured", None, 0, "city:Odesa", OTHER_OUT)]),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)

"""Round 16's Telegram table: Russian Telegram posts' constructions that the dev split's residual
errors showed (docs/evaluation.md, sixteenth round), each as short reports of our own wording,
with a Ukrainian twin where Ukrainian writes the same. No evaluation text is copied; the facts
(places, numbers) are ordinary ones.

Rows are (action, weapon, quantity, location, claimant_side, claimant_kind); the scoring and the
sites are tests/grid.py's.

1. A region's adjective that is its capital's too, before a noun of a city's housing
   ("в белгородскую многоэтажку", "у харківську багатоповерхівку", "в курском микрорайоне"):
   the capital (`city:Belgorod`), as the review codes a town named without its region; before a
   village's noun ("брянское село") it stays the region (places/lexicon.py CITY_ADJ_CONTEXT,
   places/build.py `_add_capital_adjectives`).
"""

from __future__ import annotations

import pytest

from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import row as r

RU_OFF = ("ru", "official")
RU_OUT = ("ru", "outlet")
UA_OFF = ("ua", "official")
OTH_OUT = ("other", "outlet")


CASES: list[GridCase] = [
    # 1. A capital's adjective before a block of flats or a city district.
    ("ru", "wire_city_adj_block", "wire",
     "Пять человек пострадали после прилёта украинского дрона в белгородскую многоэтажку. "
     "Беспилотник влетел в квартиру на седьмом этаже и взорвался.",
     [r("injured", None, 5, "city:Belgorod", OTH_OUT),
      r("hit", "uav", 1, "city:Belgorod", OTH_OUT)]),
    ("ru", "tass_city_adj_district", "tass",
     "Украинский беспилотник попал в многоэтажку в курском микрорайоне Волокно, ранены два "
     "человека.",
     [r("hit", "uav", 1, "city:Kursk", RU_OUT),
      r("injured", None, 2, "city:Kursk", RU_OUT)]),
    ("ru", "tass_region_adj_village", "tass",
     "Украинский беспилотник атаковал брянское село Суземка, ранены два человека, сообщил "
     "губернатор Александр Богомаз.",
     [r("hit", "uav", 1, "RU-BRY", RU_OFF),
      r("injured", None, 2, "RU-BRY", RU_OFF)]),
    ("uk", "suspilne_city_adj_block", "suspilne",
     "Російський ударний дрон влучив у харківську багатоповерхівку, поранено трьох людей, "
     "повідомив міський голова Ігор Терехов.",
     [r("hit", "uav", 1, "city:Kharkiv", UA_OFF),
      r("injured", None, 3, "city:Kharkiv", UA_OFF)]),
    ("uk", "ukrinform_city_adj_district", "ukrinform",
     "Уночі російський дрон влучив у дев'ятиповерхівку в одеському мікрорайоні Таїрова, "
     "загинула одна людина, ще двоє поранені, повідомив Олег Кіпер.",
     [r("hit", "uav", 1, "city:Odesa", UA_OFF),
      r("killed", None, 1, "city:Odesa", UA_OFF),
      r("injured", None, 2, "city:Odesa", UA_OFF)]),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)

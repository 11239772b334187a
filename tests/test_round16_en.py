"""Round 16's English table: constructions behind the residual errors of the English dev texts
(sets en-news and news-en), each written in our own words (no text of the corpora is copied),
with Russian and Ukrainian twins where the construction exists there. Expectations follow
ANNOTATION.md and the review's conventions (docs/evaluation.md, "How the gold was made").

Every report is taken as published on Friday 2025-03-14 at 07:40 UTC by the site the case names
(tests/grid.py SITES). Rows are (action, weapon, quantity, location, claimant_side,
claimant_kind).

The fixes:
1. A casualty denial closing a report ("'Fortunately, no one was injured,' the mayor said")
   paragraphs after the attack it answers: English reads a denial as far back as Russian does
   (lexicon en.toml denial_context, 40 sentences each way; a denial counts nobody, so the
   reach adds no victims).

Figures (`python tests/grid.py tests/test_round16_en.py`) are in the report of the round.
"""

from __future__ import annotations

import pytest

from claimledger.model import Language
from claimledger.resources import Resources
from grid import GridCase, GridRow, check, grid_params
from grid import paragraphs as paras
from grid import row as r

UA_OFF = ("ua", "official")


CASES: list[GridCase] = [
    # 1. A denial five sentences after the strike, in a paragraph of its own.
    ("en", "denial_closes_mayor_report", "wire", paras(
        "Russian forces struck Odesa with a Shahed drone overnight, Governor Oleh Kiper said.",
        "The drone hit a warehouse in the port area, he said.",
        "A fire broke out and was put out by rescuers.",
        "Windows were shattered in several houses nearby.",
        "Kiper said the damage was being assessed.",
        "\"Fortunately, nobody was hurt,\" the governor wrote.",
    ), [r("hit", "uav", 1, "city:Odesa", UA_OFF),
        r("killed", None, 0, "UA-51", UA_OFF),
        r("injured", None, 0, "UA-51", UA_OFF)]),
    ("en", "denial_after_glide_bomb_update", "kyivindependent", paras(
        "Russian troops hit Kharkiv's Saltivskyi district with a guided aerial bomb on Friday "
        "morning, Mayor Ihor Terekhov said.",
        "\"An explosion was heard in the city,\" he wrote on Telegram.",
        "Information about casualties was being clarified, Terekhov added.",
        "Later, the mayor said that several cars and a shop had been damaged.",
        "\"No one was injured,\" he said.",
    ), [r("hit", "guided_bomb", 1, "city:Kharkiv", UA_OFF),
        r("injured", None, 0, "city:Kharkiv", UA_OFF)]),
    ("uk", "denial_closes_report_uk", "suspilne", paras(
        "Вночі російська армія атакувала Одесу ударним дроном «Шахед», повідомив Олег Кіпер.",
        "Дрон влучив у складське приміщення в портовій зоні.",
        "Виникла пожежа, яку рятувальники швидко загасили.",
        "У кількох сусідніх будинках вибито вікна.",
        "Наслідки атаки уточнюються.",
        "«На щастя, ніхто не постраждав», — написав Кіпер.",
    ), [r("launched", "uav", 1, "city:Odesa", UA_OFF),
        r("hit", "uav", 1, "city:Odesa", UA_OFF),
        r("killed", None, 0, "UA-51", UA_OFF),
        r("injured", None, 0, "UA-51", UA_OFF)]),

]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "site", "text", "rows"), grid_params(CASES, XFAIL))
def test_grid(resources: Resources, lang: Language, site: str, text: str,
              rows: list[GridRow]) -> None:
    check(resources, lang, site, text, rows)

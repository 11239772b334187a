"""Counts in Russian text: what a number counts decides whether it can be a claim."""

from __future__ import annotations

import pytest

from claimledger.extract.document.tokens import analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.models import find_models
from claimledger.extract.mentions.quantities import find_quantities
from claimledger.extract.mentions.weapons import find_phrases
from claimledger.resources import default_resources

# (text, [(value, qualifier, what)]) where what is the weapon, "people", "items", "bare" or
# "other" (a count of something else).
CASES: list[tuple[str, list[tuple[int, str, str]]]] = [
    ("сбиты двадцать три беспилотника", [(23, "exact", "uav")]),
    ("уничтожено 1 200 дронов", [(1200, "exact", "uav")]),
    ("шестью ракетами ATACMS", [(6, "exact", "ballistic_missile")]),
    ("около 17 беспилотников", [(17, "approx", "uav")]),
    ("до десятка ударных БПЛА", [(10, "at_most", "uav")]),
    ("около сотни сбитых дронов", [(100, "approx", "uav")]),
    ("сотни тысяч снарядов", []),
    ("по одному над Курской", [(1, "exact", "bare")]),
    ("двое военнослужащих ранены", [(2, "exact", "people")]),
    ("еще шестеро ранены", [(6, "exact", "people")]),
    ("сбито ещё пять штук", [(5, "exact", "items")]),
    ("11 контратак и 23 ноября", [(11, "exact", "other"), (23, "exact", "other")]),
    ("семь из восьми «Кинжалов»", [(7, "exact", "ballistic_missile")]),
    ("144 воздушных целей", [(144, "exact", "targets")]),
    ("самолеты Ту-22М3 и С-400", []),
    ("в 05:45 и в 8.30", []),
    ("101 крылатая ракета", [(101, "exact", "cruise_missile")]),
]


def _what(quantity_weapon: str | None, quantity: object) -> str:
    if getattr(quantity, "weapon", None) is not None:
        return quantity_weapon or "targets"
    for flag, name in (("victims", "people"), ("items", "items"), ("other", "other")):
        if getattr(quantity, flag):
            return name
    return "bare"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quantities(text: str, expected: list[tuple[int, str, str]]) -> None:
    doc = analyse(text, default_resources().lexer("ru"))
    sentence = doc.sentences[0]
    models = find_models(doc.clean, "ru")
    phrases = find_phrases(doc, lexicon("ru"), sentence, models)
    blocked = {t.index for t in doc.tokens for m in models if t.start < m.end and t.end > m.start}
    found = find_quantities(doc, lexicon("ru"), sentence, phrases, blocked)
    got = [(q.value, q.qualifier, _what(q.weapon.weapon if q.weapon else None, q)) for q in found]
    assert got == expected

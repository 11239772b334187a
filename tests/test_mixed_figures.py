"""Mixed figures (ANNOTATION.md): one figure of weapons downed and suppressed together is
`intercepted`; a figure of its own lost to electronic warfare stays `suppressed`. Own sentences,
expectations written from the guide before the extractor read them."""

from __future__ import annotations

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

Row = tuple[str, str | None, int | None]

CASES: list[tuple[str, Language, str, list[Row]]] = [
    ("ru_downed_and_neutralised_by_ew", "ru",
     "Над Курской областью сбиты и нейтрализованы средствами РЭБ 11 беспилотников, сообщило "
     "Минобороны России.", [("intercepted", "uav", 11)]),
    ("ru_downed_or_suppressed", "ru",
     "Силы ПВО сбили или подавили средствами РЭБ 14 дронов над Брянской областью, сообщило "
     "Минобороны.", [("intercepted", "uav", 14)]),
    ("ru_two_figures_stay_apart", "ru",
     "Дежурными средствами ПВО уничтожены 12 беспилотников и 3 подавлены средствами РЭБ, "
     "сообщило Минобороны.", [("intercepted", "uav", 12), ("suppressed", "uav", 3)]),
    ("ru_ew_alone", "ru",
     "Средствами РЭБ нейтрализованы четыре беспилотника, сообщило Минобороны.",
     [("suppressed", "uav", 4)]),
    ("uk_slash", "uk",
     "Збито/подавлено 26 ударних БпЛА, повідомили Повітряні сили.",
     [("intercepted", "uav", 26)]),
    ("uk_downed_and_lost", "uk",
     "Збито та локаційно втрачено 31 ударний БпЛА, повідомили Повітряні сили.",
     [("intercepted", "uav", 31)]),
    ("uk_two_figures_stay_apart", "uk",
     "Збито 20 шахедів, ще 5 локаційно втрачені, повідомили Повітряні сили.",
     [("intercepted", "uav", 20), ("suppressed", "uav", 5)]),
    ("en_shot_down_or_suppressed", "en",
     "26 drones were shot down or suppressed by electronic warfare, the Ukrainian Air Force "
     "said.", [("intercepted", "uav", 26)]),
    ("en_two_figures_stay_apart", "en",
     "Twenty drones were shot down and five were jammed by electronic warfare, the Ukrainian "
     "Air Force said.", [("intercepted", "uav", 20), ("suppressed", "uav", 5)]),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_mixed_figures(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Row]
) -> None:
    claims = extractor.extract(Report(id=name, text=text, lang=lang)).claims
    assert sorted((c.action, c.weapon, c.quantity) for c in claims) == sorted(expected)

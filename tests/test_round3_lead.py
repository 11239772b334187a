"""Guide rules the third generalization round found read differently across languages, one
table: mixed figures (ANNOTATION.md: one figure of weapons downed and suppressed together is
`intercepted`; a figure of its own lost to electronic warfare stays `suppressed`), a state's
capital named by a common noun, "one drone each" over a list of regions, "taken to hospital",
victims in tens of thousands (a war's losses, not an attack's).
Own sentences, expectations written from the guide before the extractor read them."""

from __future__ import annotations

from collections import Counter

import pytest

from claimledger.extract import Extractor
from claimledger.model import Language, Report

Row = tuple[str, str | None, int | None]
Placed = tuple[str, str | None, int | None, str | None]

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


PLACED: list[tuple[str, Language, str, list[Placed]]] = [
    ("uk_capital_of_russia", "uk",
     "Вночі у столиці Росії сили ППО збили три безпілотники, заявив Собянін.",
     [("intercepted", "uav", 3, "RU-MOW")]),
    ("uk_russian_capital", "uk",
     "Над російською столицею збили два безпілотники, заявив Собянін.",
     [("intercepted", "uav", 2, "RU-MOW")]),
    ("uk_home_capital", "uk",
     "Над столицею збили п'ять дронів, повідомила КМВА.",
     [("intercepted", "uav", 5, "UA-30")]),
    ("ru_capital_of_ukraine", "ru",
     "Над столицей Украины сбиты пять ракет, сообщили Воздушные силы.",
     [("intercepted", "missile", 5, "UA-30")]),
    ("ru_russian_capital", "ru",
     "Над российской столицей сбиты два беспилотника, сообщил Собянин.",
     [("intercepted", "uav", 2, "RU-MOW")]),
    ("en_russian_capital", "en",
     "Two drones were shot down over the Russian capital, Mayor Sergei Sobyanin said.",
     [("intercepted", "uav", 2, "RU-MOW")]),
    ("en_one_drone_each", "en",
     "One drone each was shot down over the Belgorod and Kursk regions, the Russian Defence "
     "Ministry said.",
     [("intercepted", "uav", 1, "RU-BEL"), ("intercepted", "uav", 1, "RU-KRS")]),
    ("ru_one_drone_each", "ru",
     "По одному беспилотнику сбито над Белгородской и Курской областями, сообщило Минобороны.",
     [("intercepted", "uav", 1, "RU-BEL"), ("intercepted", "uav", 1, "RU-KRS")]),
    ("en_taken_to_hospital", "en",
     "Three people were taken to hospital after a Russian drone struck a building in Odesa, the "
     "regional governor said.",
     [("injured", None, 3, "city:Odesa"), ("hit", "uav", 1, "city:Odesa")]),
    ("ru_war_losses_are_no_attack_toll", "ru",
     "Из-за угрозы со стороны беспилотников эвакуация раненых задерживается; на раненых "
     "приходится примерно 500 тысяч человек, пишет разведка.", []),
    ("en_war_toll_is_no_attack_toll", "en",
     "Drone and missile strikes have killed more than 12,000 civilians since the invasion began, "
     "the UN said.", []),
    ("uk_an_attack_toll_counts", "uk",
     "Унаслідок ракетного удару по Одесі загинули 12 людей, повідомив Кіпер.",
     [("killed", None, 12, "city:Odesa")]),
    ("en_a_struck_hospital_is_no_victim", "en",
     "A Russian drone struck a hospital in Kharkiv, the mayor said.",
     [("hit", "uav", 1, "city:Kharkiv")]),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_mixed_figures(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Row]
) -> None:
    claims = extractor.extract(Report(id=name, text=text, lang=lang)).claims
    assert Counter((c.action, c.weapon, c.quantity) for c in claims) == Counter(expected)


@pytest.mark.parametrize(("name", "lang", "text", "expected"), PLACED, ids=[c[0] for c in PLACED])
def test_placed_claims(
    extractor: Extractor, name: str, lang: Language, text: str, expected: list[Placed]
) -> None:
    claims = extractor.extract(Report(id=name, text=text, lang=lang)).claims
    assert Counter((c.action, c.weapon, c.quantity, c.location) for c in claims) == Counter(
        expected
    )

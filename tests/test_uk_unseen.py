"""Ukrainian reports the rules were not tuned to (issue 15, second round), one error class per
group, each as rows of my own sentences. Each row: a report text and the claims it must give as
(action, weapon, quantity, location); a case with an empty list must give none.
"""

from __future__ import annotations

import pytest

from claimledger.resources import Resources
from unseen_texts import Row, read, rows


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


CASES: dict[str, list[Row] | tuple[str, list[Row]]] = {}


def case(name: str, text: str, expected: list[Row]) -> None:
    CASES[name] = (text, expected)


# -- Towns named like an oblast's adjective: the masculine locative is the town, the feminine
# forms the oblast.
case("town-adjective-locative", "У Хмельницькому внаслідок удару дрона загинула жінка.",
     [("hit", "uav", 1, "city:Khmelnytskyi"), ("killed", None, 1, "city:Khmelnytskyi")])
case("town-adjective-dative", "Після удару по Хмельницькому поранено трьох людей.",
     [("injured", None, 3, "city:Khmelnytskyi")])
case("oblast-adjective-instrumental", "Над Хмельницькою областю збили сім дронів.",
     [("intercepted", "uav", 7, "UA-68")])
case("oblast-adjective-accusative", "Росіяни випустили на Хмельницьку область чотири ракети.",
     [("launched", "missile", 4, "UA-68")])
case("oblast-by-its-name", "Уночі на Хмельниччині уламки ракети поранили двох людей.",
     [("injured", None, 2, "UA-68")])

# -- A town that is the object of an attack verb ("атакував Миколаїв"), whose name the analyzer
# also reads as a possessive adjective: a place, and no part of the weapon phrase after it.
case("attacked-town-name", "Ворог атакував Миколаїв дроном.",
     [("launched", "uav", 1, "city:Mykolaiv")])
case("attacked-town-abbreviation", "Ворог атакував Миколаїв БпЛА типу «Shahed».", [])
case("shelled-town", "Росіяни обстріляли Миколаїв ракетою, поранено жінку.",
     [("injured", None, 1, "city:Mykolaiv"), ("launched", "missile", 1, "city:Mykolaiv")])

# -- A municipality (громада) named by its town's adjective is that town; with its district
# named after it, one of several namesakes: the district's region.
case("municipality-locative", "У Сумській громаді внаслідок удару дрона загинула жінка.",
     [("hit", "uav", 1, "city:Sumy"), ("killed", None, 1, "city:Sumy")])
case("municipality-accusative", "Ворог атакував дроном Очаківську громаду, поранено двох людей.",
     [("injured", None, 2, "city:Ochakiv"), ("launched", "uav", 1, "city:Ochakiv")])
case("municipality-with-district",
     "Росіяни атакували дроном Покровську громаду Синельниківського району Дніпропетровщини.",
     [("launched", "uav", 1, "UA-12")])
case("district-is-region", "Унаслідок удару по Сумському району загинула жінка.",
     [("killed", None, 1, "UA-59")])

# -- A paragraph that recalls earlier reports ("Нагадаємо", "Також ми писали, що"): its claims of
# a day before the report's are another event's; of the report's own night, news. A header
# ("Контекст:", "Довідка.") makes what follows it background. (The reports are of 14 March.)
case("recalled-earlier-night",
     "Уночі ворог атакував Суми 20 дронами. Також ми писали, що в ніч на 9 березня росіяни"
     " влучили дроном у житловий будинок у Сумах.",
     [("launched", "uav", 20, "city:Sumy")])
case("recalled-yesterday", "Нагадаємо, вчора ворог атакував Харків 12 дронами.", [])
case("recalled-date-and-then",
     "Нагадаємо, 10 березня ворог атакував Одесу ракетою. У місті загинули двоє людей.", [])
case("reported-earlier", "Раніше повідомлялося, що 11 березня над Київщиною збили 20 дронів.",
     [])
case("recalled-same-night",
     "Нагадаємо, у ніч на 14 березня сили ППО збили над Україною 25 із 38 дронів.",
     [("intercepted", "uav", 25, "UA"), ("launched", "uav", 38, "UA")])
case("background-header",
     "Уночі ворог атакував Суми 20 дронами.\nКонтекст:\nВчора окупанти випустили по Україні 80"
     " БПЛА.",
     [("launched", "uav", 20, "city:Sumy")])
case("reference-header",
     "Уночі ворог атакував Суми 20 дронами.\nДовідка. Торік у березні ворог запустив 900 дронів.",
     [("launched", "uav", 20, "city:Sumy")])


@pytest.mark.parametrize("name", CASES.keys())
def test_unseen_uk(resources: Resources, name: str) -> None:
    text, expected = CASES[name]
    assert rows(read(resources, text, "uk")) == sorted(
        expected, key=lambda row: (row[0], str(row[1]), row[2], str(row[3]))
    )

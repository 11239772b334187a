"""Rules of the extraction core that the Ukrainian port made general, read in Russian: each row
is a report of our own wording and its claims as (action, weapon, quantity, location, claimant,
claimant side, claimant kind, attacker side)."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

OUT = "unknown outlet"
Row = tuple[str, str | None, int, str | None, str | None, str | None, str | None, str | None]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources())


def row(claim: Claim) -> Row:
    return (claim.action, claim.weapon, claim.quantity, claim.location, claim.claimant,
            claim.claimant_side, claim.claimant_kind, claim.attacker_side)


CASES: dict[str, tuple[str, str | None, list[Row]]] = {
    # One weapon as the object of a verb in the plural counts one.
    "one-drone-as-object": (
        "Ночью ПВО сбили беспилотник над Курском.", None,
        [("intercepted", "uav", 1, "city:Kursk", OUT, None, "outlet", "ua")]),
    # A denial gives the actions it names: "раненых нет" is injured 0 alone.
    "no-wounded-only": (
        "В результате атаки дронов на Белгород раненых нет.", None,
        [("injured", None, 0, "city:Belgorod", OUT, None, "outlet", "ua")]),
    # Who the victims counted before a dash were is no count of its own.
    "victims-and-who-they-were": (
        "При ракетном ударе по Курску пострадали пятеро — трое взрослых и двое детей.", None,
        [("injured", None, 5, "city:Kursk", OUT, None, "outlet", "ua")]),
    # People named one by one after a verb in the plural.
    "victims-one-by-one": (
        "При атаке беспилотников на Белгород пострадали 60-летний мужчина и 58-летняя женщина.",
        None,
        [("injured", None, 2, "city:Belgorod", OUT, None, "outlet", "ua")]),
    # A site the registry lacks speaks for its domain's country.
    "site-of-the-page": (
        "Ночью над Брянской областью сбиты 12 беспилотников.", "https://example-news.ru/a/1",
        [("intercepted", "uav", 12, "RU-BRY", "example-news.ru", "ru", "outlet", "ua")]),
    # A regional official's count with no place of its own is of the region.
    "official-without-a-place": (
        "Губернатор Брянской области Александр Богомаз сообщил об атаке дронов. Пострадавших нет.",
        None,
        [("killed", None, 0, "RU-BRY", "Alexander Bogomaz", "ru", "official", "ua"),
         ("injured", None, 0, "RU-BRY", "Alexander Bogomaz", "ru", "official", "ua")]),
    # A running total of victims.
    "running-total": (
        "Число погибших при ударе по Белгороду возросло до 5.", None,
        [("killed", None, 5, "city:Belgorod", OUT, None, "outlet", "ua")]),
    # A list under an action header: each item a claim, an aircraft too.
    "list-under-a-header": (
        "Уничтожено:\n— 3 беспилотника;\n— вертолет Ка-52.", None,
        [("intercepted", "uav", 3, None, OUT, None, "outlet", None),
         ("intercepted", "helicopter", 1, None, OUT, None, "outlet", None)]),
}


@pytest.mark.parametrize(("text", "url", "expected"), CASES.values(), ids=CASES.keys())
def test_claims(extractor: Extractor, text: str, url: str | None, expected: list[Row]) -> None:
    report = Report(text=text, lang="ru", url=url,
                    published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"))
    assert [row(c) for c in extractor.extract(report).claims] == expected

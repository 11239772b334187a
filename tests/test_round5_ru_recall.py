"""Fifth generalization round, Russian recall (issue 15): constructions that carry a claim the
extractor missed in fold a of the Russian dev sets, and guards against false claims, each with
its Ukrainian and English twins where the construction exists there.

Own sentences only. Each row: (action, weapon, quantity, location), written from ANNOTATION.md
before the extractor read the text; a case with an empty list must give no claim. As in the
scoring, `missile` matches a kind of missile. A report is a page of 14 March 2025 of an outlet of
the language's side (Ukrinform, RIA Novosti, Reuters).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimants import unmatched
from claimledger.extract import Extractor
from claimledger.model import Claim, Report
from claimledger.resources import Resources

Row = tuple[str, str | None, int, str | None]
SITES = {
    "uk": "https://www.ukrinform.ua/news/1",
    "ru": "https://ria.ru/news/1",
    "en": "https://www.reuters.com/world/1",
}
CASES: dict[str, tuple[str, str, list[Row]]] = {}


def case(name: str, text: str, expected: list[Row], lang: str = "ru") -> None:
    assert name not in CASES, name
    CASES[name] = (lang, text, expected)


def read(resources: Resources, text: str, lang: str) -> list[Claim]:
    report = Report(text=text, lang=lang, url=SITES[lang],
                    published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"))
    claims = Extractor(resources).extract(report, lang).claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return claims


# -- A subject, an aside between commas, then its verb: "Беспилотник, предварительно, упал на
# цех" (one drone fell: a hit); the aside holds no verb (grammar/clauses.join_asides).
case("aside-between-subject-and-verb",
     "Беспилотник, предварительно, упал на заводской цех в Ижевске.",
     [("hit", "uav", 1, "city:Izhevsk")])
case("aside-source-between-subject-and-verb",
     "Дрон, по словам губернатора, врезался в жилой дом в Курске.",
     [("hit", "uav", 1, "city:Kursk")])
case("aside-preliminary-data-ru",
     "Ракета, по предварительным данным, попала в склад в Одессе.",
     [("hit", "missile", 1, "city:Odesa")])
case("aside-between-subject-and-verb-uk",
     "Безпілотник, попередньо, впав на заводський цех в Іжевську.",
     [("hit", "uav", 1, "city:Izhevsk")], "uk")
case("aside-source-between-subject-and-verb-uk",
     "Дрон, за словами губернатора, впав на житловий будинок у Курську.",
     [("hit", "uav", 1, "city:Kursk")], "uk")
case("aside-source-between-subject-and-verb-en",
     "A drone, according to the governor, fell on a house in Kursk.",
     [("hit", "uav", 1, "city:Kursk")], "en")
case("aside-adverb-between-subject-and-verb-en",
     "A drone, preliminarily, fell on a factory workshop in Izhevsk.",
     [("hit", "uav", 1, "city:Izhevsk")], "en")
# the aside joins nothing when the part before it has a verb of its own
case("aside-after-own-verb-stays-apart",
     "Над Курском сбит беспилотник, предварительно, обломки упали на дорогу.",
     [("intercepted", "uav", 1, "city:Kursk")])

# -- A tally of victims that goes on: the sentence before counted the air attack's victims, so
# the next count in the paragraph is of the same attack, however far back it was named. ("ракетный
# удар" alone implies no number of missiles: no hit claim.)
case("victims-go-on",
     "Днем ракетный удар пришелся на центр Сум. По последним данным, погибли 9 человек, в том"
     " числе ребенок. Пострадавших больше 50, сообщает полиция.",
     [("killed", None, 9, "city:Sumy"), ("injured", None, 50, "city:Sumy")])
case("victims-go-on-uk",
     "Удень ракетний удар припав на центр Сум. За останніми даними, загинули 9 людей, серед них"
     " дитина. Постраждалих понад 50, повідомляє поліція.",
     [("killed", None, 9, "city:Sumy"), ("injured", None, 50, "city:Sumy")], "uk")
case("victims-go-on-en",
     "A missile hit the centre of Sumy on Sunday. By the latest count, nine people were killed."
     " More than 50 were injured, police said.",
     [("hit", "missile", 1, "city:Sumy"), ("killed", None, 9, "city:Sumy"),
      ("injured", None, 50, "city:Sumy")], "en")
# a sentence with no victims between breaks the tally
case("victims-tally-broken",
     "Число раненых при ракетном ударе по Белгороду возросло до 20. Мэр провел совещание. Вечером"
     " в ДТП погибли три человека.",
     [("injured", None, 20, "city:Belgorod")])

XFAIL: dict[str, str] = {}


def params() -> list[object]:
    out: list[object] = []
    for name, (lang, text, expected) in CASES.items():
        marks = [pytest.mark.xfail(reason=XFAIL[name], strict=True)] if name in XFAIL else []
        out.append(pytest.param(lang, text, expected, id=name, marks=marks))
    return out


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


@pytest.mark.parametrize(("lang", "text", "expected"), params())
def test_round5_ru_recall(
    resources: Resources, lang: str, text: str, expected: list[Row]
) -> None:
    got = [(c.action, c.weapon, c.quantity, c.location) for c in read(resources, text, lang)]
    missing, extra = unmatched(list(expected), got)
    assert (missing, extra) == ([], [])

"""The Air Force daily "ЗНИЩЕНО:" lists (own transcriptions in the pictures' format)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Report
from claimledger.resources import Resources

SOURCE = "Ukrainian Air Force (kpszsu) daily infographic, transcribed"
Line = tuple[str | None, str | None, int, str]  # weapon, model, quantity, evidence


def lines(resources: Resources, text: str, published: str) -> list[Line]:
    report = Report(text=text, published=datetime.fromisoformat(published), lang="uk",
                    source=SOURCE)
    claims = read_report(report, "uk", resources).claims
    assert all(c.action == "intercepted" and c.location == "UA" for c in claims)
    assert all(c.claimant == "Ukrainian Air Force" and c.attacker_side == "ru" for c in claims)
    return [(c.weapon, c.model, c.quantity, c.evidence.text) for c in claims]


PICTURES: list[tuple[str, str, list[Line]]] = [
    ("07.02.2024\n(08.00)\n\nЗНИЩЕНО:\n- 33 ударних БПЛА \"Shahed-136/131\"\n"
     "- 2 керовані авіаційні ракети Х-59\n\nПовітряні\nСили\n\nhttps://t.me/kpszsu",
     "2024-02-07T06:10:00+00:00",
     [("uav", "Shahed-136", 33, "33 ударних БПЛА \"Shahed-136/131\""),
      ("cruise_missile", "Kh-59", 2, "2 керовані авіаційні ракети Х-59")]),
    ("12.03.23\n(11.00 -15.00)\n\nЗНИЩЕНО:\n- штурмовик Су-25\n- вертоліт Мі-8\n"
     "- два БПЛА «Орлан-10»\n\nПовітрянi\nСили",
     "2023-03-12T14:00:00+00:00",
     [("aircraft", "Su-25", 1, "штурмовик Су-25"), ("helicopter", "Mi-8", 1, "вертоліт Мі-8"),
      ("uav", "Orlan-10", 2, "два БПЛА «Орлан-10»")]),
    ("19.04.2023\n(07.00)\n\nЗНИЩЕНО :\n- 26 крилатих ракет\n  Х-101/Х-555, «Калібр»\n"
     "- 4 КАР Х-59\n\nПовітряні Сили",
     "2023-04-19T05:00:00+00:00",
     [("cruise_missile", "Kh-101/Kh-555/Kalibr", 26, "26 крилатих ракет\n  Х-101/Х-555, «Калібр»"),
      ("cruise_missile", "Kh-59", 4, "4 КАР Х-59")]),
    ("02.09.2023\n(09.00)\n\nЗНИЩЕНО:\n- 4 аеробал. ракети Х-47М2 \"Кинджал\"\n"
     "- 2 балістичні ракети \"Іскандер-М\"\n- 1 баліст. ракету «Іскандер-М»/КН-23\n"
     "- 5 ракет \"Іскандер-М\", \"Іскандер-К\"\n\n🔥 Повітряні Сили",
     "2023-09-02T07:00:00+00:00",
     [("ballistic_missile", "Kinzhal", 4, "4 аеробал. ракети Х-47М2 \"Кинджал\""),
      ("ballistic_missile", "Iskander-M", 2, "2 балістичні ракети \"Іскандер-М\""),
      ("ballistic_missile", "Iskander-M/KN-23", 1, "1 баліст. ракету «Іскандер-М»/КН-23"),
      ("missile", "Iskander-M/Iskander-K", 5, "5 ракет \"Іскандер-М\", \"Іскандер-К\"")]),
    ("30.07.2023\n(07.00)\n\nЗНИЩЕНО:\n- 6 удари БПЛА \"Shahed-136/131\"\n"
     "- 2 розвідувальни БПЛА (ОТР)\n- 1 вертоліт (тип уточнюється)\n"
     "- 2 БПЛА \"Орлан-10\", \"Supercam\" та один не встановленого типу\n\nПовітряні Сили",
     "2023-07-30T05:00:00+00:00",
     [("uav", "Shahed-136", 6, "6 удари БПЛА \"Shahed-136/131\""),
      ("uav", None, 2, "2 розвідувальни БПЛА (ОТР)"),
      ("helicopter", None, 1, "1 вертоліт (тип уточнюється)"),
      ("uav", "Orlan-10/Supercam", 2, "2 БПЛА \"Орлан-10\", \"Supercam\""),
      ("uav", None, 1, "один не встановленого типу")]),
    ("24.02.2024\n(19.00)\n\nЗНИЩЕНО:\n- літак ДРЛВ А-50\n- винищувач Су-30 СМ\n"
     "- 1 протирадіолокаційну ракету Х-31П\n- один ВДК «Ямал»\n\nПовітряні Сили",
     "2024-02-24T17:30:00+00:00",
     [("aircraft", "A-50", 1, "літак ДРЛВ А-50"), ("aircraft", "Su-30SM", 1, "винищувач Су-30 СМ"),
      ("missile", "Kh-31P", 1, "1 протирадіолокаційну ракету Х-31П")]),
    # A regional air command's picture: the number above the weapon.
    ("Повітряне командування\n«Схід»\n\nЗНИЩЕНО\nПОВІТРЯНИХ ЦІЛЕЙ\n\n"
     "станом на 18:00 03 березня 2024 р.\n\n3\nударних БПЛА\nтипу \"Ланцет\"\n\n1\nБПЛА \"ZALA\"",
     "2024-03-03T16:30:00+00:00",
     [("uav", "Lancet", 3, "3\nударних БПЛА\nтипу \"Ланцет\""),
      ("uav", "ZALA", 1, "1\nБПЛА \"ZALA\"")]),
    # Counters printed above the list are not lines of it.
    ("05.10.2023\n(08.00)\n\n× 51\n\nЗНИЩЕНО:\n+ 51 ударний БПЛА \"Шахед-136/131\"\n\n"
     "Повітряні Сили",
     "2023-10-05T06:00:00+00:00",
     [("uav", "Shahed-136", 51, "51 ударний БПЛА \"Шахед-136/131\"")]),
    # Pictures without a list carry no claims.
    ("10.06.2023\n\nБЕЗ КОМЕНТАРІВ\n\nПовітряні Сили", "2023-06-10T10:00:00+00:00", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), PICTURES,
                         ids=[f"{i:02d}" for i in range(len(PICTURES))])
def test_pictures(resources: Resources, text: str, published: str, expected: list[Line]) -> None:
    assert lines(resources, text, published) == expected


@pytest.mark.parametrize(
    ("header", "today", "expected"),
    [
        ("01.01.2023\n(07.00)", date(2023, 1, 1), date(2023, 1, 1)),
        ("04.01.23\n(11.00 -16.00)", date(2023, 1, 4), date(2023, 1, 4)),
        # A night's range: the morning's date.
        ("17.03-18.03\n(21.00- 01.30)", date(2023, 3, 18), date(2023, 3, 18)),
        ("30.03.-31.03\n(21.10-01.30)", date(2023, 3, 31), date(2023, 3, 31)),
        ("08.05.2023\n22.00\n\n09.05.2023\n04.00", date(2023, 5, 9), date(2023, 5, 9)),
        # Evening pictures published after midnight keep their own date.
        ("10.02.23\n(18.00 - 23.55)", date(2023, 2, 11), date(2023, 2, 10)),
        # The year typed wrong in January: the publication's year.
        ("02.02.2023\n(08.00)", date(2024, 2, 2), date(2024, 2, 2)),
        ("Повітряне командування «Південь» станом на 17:00 08 травня 2023 р.",
         date(2023, 5, 8), date(2023, 5, 8)),
        ("Повітряні Сили", date(2023, 5, 4), date(2023, 5, 4)),
    ],
)
def test_header_date(resources: Resources, header: str, today: date, expected: date) -> None:
    """The date of a list's claims: the header's latest date, a mistyped year mended."""
    report = Report(text=f"{header}\n\nЗНИЩЕНО:\n- 3 ударних БПЛА", lang="uk", source=SOURCE,
                    published=datetime(today.year, today.month, today.day, 9))
    (claim,) = read_report(report, "uk", resources).claims
    assert claim.date == expected.isoformat()


def test_dates_come_from_the_picture(resources: Resources) -> None:
    report = Report(text="17.05.2023\n(21.00) -\n18.05.2023\n(05.30)\n\nЗНИЩЕНО:\n"
                         "- 3 крилаті ракети \"Калібр\"\n", lang="uk", source=SOURCE,
                    published=datetime.fromisoformat("2023-05-18T09:00:00+00:00"))
    (claim,) = read_report(report, "uk", resources).claims
    assert claim.date == "2023-05-18"
    assert claim.spans["number"].text == "3"
    assert claim.spans["weapon"].text == "крилаті ракети \"Калібр\""

"""Ukrainian reports -> claims, end to end (own sentences modelled on the real genres).

Each row: a report text, its publication time (UTC) and the claims expected from it as
(action, weapon, model, quantity, qualifier, location, claimant, attacker, date).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract import Extractor
from claimledger.extract.pipeline import read_report
from claimledger.model import Claim, Report
from claimledger.resources import Resources

AF = "Ukrainian Air Force"
OUT = "unknown outlet"
Row = tuple[str, str | None, str | None, int, str, str | None, str | None, str | None, str | None]


def read(resources: Resources, text: str, published: str, source: str | None = None) -> list[Claim]:
    report = Report(text=text, published=datetime.fromisoformat(published), lang="uk",
                    source=source)
    return read_report(report, "uk", resources).claims


def row(claim: Claim) -> Row:
    return (claim.action, claim.weapon, claim.model, claim.quantity, claim.qualifier,
            claim.location, claim.claimant, claim.attacker_side, claim.date)


CASES: list[tuple[str, str, str | None, list[Row]]] = [
    # Air Force overnight posts.
    ("У ніч на 14 березня (з 18:00 13 березня) противник атакував 62 ударними БпЛА типу Shahed"
     " з напрямків Орел, Курськ. Станом на 09:00 збито 41, ще 19 локаційно втрачено (ймовірно,"
     " внаслідок активної протидії РЕБ).",
     "2025-03-14T07:40:00+00:00", "Повітряні Сили ЗС України",
     [("launched", "uav", "Shahed-136", 62, "exact", "UA", AF, "ru", "2025-03-14"),
      ("intercepted", "uav", "Shahed-136", 41, "exact", "UA", AF, "ru", "2025-03-14"),
      ("suppressed", "uav", "Shahed-136", 19, "exact", "UA", AF, "ru", "2025-03-14")]),
    ("У ніч на вівторок ворог запустив 4 крилаті ракети Х-101 та 30 ударних БпЛА. Збито 3 ракети"
     " і 22 дрони у Київській, Черкаській, Вінницькій областях.",
     "2025-02-04T06:15:00+00:00", "Повітряні Сили ЗС України",
     [("launched", "cruise_missile", "Kh-101", 4, "exact", "UA", AF, "ru", "2025-02-04"),
      ("launched", "uav", None, 30, "exact", "UA", AF, "ru", "2025-02-04"),
      ("intercepted", "missile", None, 3, "exact", "UA", AF, "ru", "2025-02-04"),
      ("intercepted", "uav", None, 22, "exact", "UA", AF, "ru", "2025-02-04")]),
    ("Станом на 08:00 збито/подавлено 54 ворожих БпЛА на півночі та сході країни. Зафіксовано"
     " влучання 6 ударних БпЛА на 4 локаціях.",
     "2025-01-20T06:30:00+00:00", "Повітряні Сили ЗС України",
     [("intercepted", "uav", None, 54, "exact", "UA", AF, "ru", "2025-01-20"),
      ("hit", "uav", None, 6, "exact", "UA", AF, "ru", "2025-01-20")]),
    ("Зранку 17 листопада ворог завдав комбінованого удару: 210 засобів повітряного нападу."
     " З них збито 144: 104 крилаті ракети Х-101/Х-555 та 40 ударних БпЛА.",
     "2024-11-17T09:00:00+00:00", "Повітряні Сили ЗС України",
     [("launched", None, None, 210, "exact", "UA", AF, "ru", "2024-11-17"),
      ("intercepted", None, None, 144, "exact", "UA", AF, "ru", "2024-11-17"),
      ("intercepted", "cruise_missile", "Kh-101/Kh-555", 104, "exact", "UA", AF, "ru",
       "2024-11-17"),
      ("intercepted", "uav", None, 40, "exact", "UA", AF, "ru", "2024-11-17")]),
    ("Противник атакував Дніпропетровщину трьома ракетами ОТРК «Іскандер-М» з Курської"
     " області. Усі три збиті.",
     "2024-10-02T05:00:00+00:00", "Повітряні Сили ЗС України",
     [("launched", "ballistic_missile", "Iskander-M", 3, "exact", "UA-12", AF, "ru",
       "2024-10-02"),
      ("intercepted", "ballistic_missile", "Iskander-M", 3, "exact", "UA", AF, "ru",
       "2024-10-02")]),
    # Relays by news channels: the claim belongs to its origin.
    ("Повітряні сили повідомили, що у ніч на 3 січня росіяни атакували Україну 81 дроном."
     " Над Київщиною та Житомирщиною збили 50 з них, ще 30 — локаційно втрачені.",
     "2025-01-03T08:10:00+00:00", None,
     [("launched", "uav", None, 81, "exact", "UA", AF, "ru", "2025-01-03"),
      ("intercepted", "uav", None, 50, "exact", "UA", AF, "ru", "2025-01-03"),
      ("suppressed", "uav", None, 30, "exact", "UA", AF, "ru", "2025-01-03")]),
    ("За даними Повітряних сил, сили ППО вночі знешкодили 16 шахедів. **Уламки впали на"
     " Чернігівщині.**",
     "2024-12-01T06:00:00+00:00", None,
     [("intercepted", "uav", "Shahed-136", 16, "exact", "UA", AF, "ru", "2024-12-01")]),
    ("Цієї ночі росіяни випустили по Україні дев'ять ракет Х-59, сім з них збили над"
     " Одещиною.\n— Ігнат",
     "2024-09-09T07:00:00+00:00", None,
     [("launched", "cruise_missile", "Kh-59", 9, "exact", "UA", "Yurii Ihnat", "ru",
       "2024-09-09"),
      ("intercepted", "cruise_missile", "Kh-59", 7, "exact", "UA-51", "Yurii Ihnat", "ru",
       "2024-09-09")]),
    ("Як повідомляє Генштаб, минулої доби противник скинув 87 КАБів та застосував 12 ракет.",
     "2024-08-20T05:00:00+00:00", None,
     [("launched", "guided_bomb", None, 87, "exact", "UA", "Ukrainian General Staff", "ru",
       "2024-08-20"),
      ("launched", "missile", None, 12, "exact", "UA", "Ukrainian General Staff", "ru",
       "2024-08-20")]),
    ("Міноборони РФ заявило, що вночі над Брянською областю збили 23 українських безпілотники.",
     "2024-11-20T05:30:00+00:00", None,
     [("intercepted", "uav", None, 23, "exact", "RU-BRY", "Russian Ministry of Defence", "ua",
       "2024-11-20")]),
    ("Російське Міноборони заявило про знищення 14 дронів над Курською, Бєлгородською та"
     " Орловською областями.",
     "2024-11-21T05:30:00+00:00", None,
     [("intercepted", "uav", None, 14, "exact", "RU", "Russian Ministry of Defence", "ua",
       "2024-11-21")]),
    ("Над Чорним морем збили 5 безпілотників, повідомило Міноборони РФ.",
     "2024-11-22T05:30:00+00:00", None,
     [("intercepted", "uav", None, 5, "exact", "sea:black", "Russian Ministry of Defence", "ua",
       "2024-11-22")]),
    ("Міноборони РФ заявило про знищення 30 дронів.",
     "2024-11-23T05:30:00+00:00", None,
     [("intercepted", "uav", None, 30, "exact", "RU", "Russian Ministry of Defence", "ua",
       "2024-11-23")]),
    # A source's reach: its sentence, its paragraph, or the whole report when it heads it.
    ("Міноборони РФ заявило про знищення 12 дронів.\n\nТим часом у Києві уламки поранили"
     " 2 людей.",
     "2024-11-24T05:30:00+00:00", None,
     [("intercepted", "uav", None, 12, "exact", "RU", "Russian Ministry of Defence", "ua",
       "2024-11-24"),
      ("injured", None, None, 2, "exact", "UA-30", OUT, "ru", "2024-11-24")]),
    ("**Повітряні сили:** вночі противник атакував 30 дронами.\n\nЗбито 20.",
     "2024-11-25T05:30:00+00:00", None,
     [("launched", "uav", None, 30, "exact", "UA", AF, "ru", "2024-11-25"),
      ("intercepted", "uav", None, 20, "exact", "UA", AF, "ru", "2024-11-25")]),
    # Regional military administrations.
    ("Вночі над Дніпропетровщиною сили ППО знищили 9 ударних БпЛА. Загиблих та постраждалих"
     " немає. — Лисак",
     "2024-07-10T05:00:00+00:00", None,
     [("intercepted", "uav", None, 9, "exact", "UA-12", "Serhiy Lysak", "ru", "2024-07-10"),
      ("killed", None, None, 0, "exact", "UA-12", "Serhiy Lysak", "ru", "2024-07-10"),
      ("injured", None, None, 0, "exact", "UA-12", "Serhiy Lysak", "ru", "2024-07-10")]),
    ("Ворог атакував Одесу ударними дронами. Загинули троє людей, ще семеро поранені.\n— Кіпер",
     "2024-06-15T04:00:00+00:00", None,
     [("killed", None, None, 3, "exact", "city:Odesa", "Oleh Kiper", "ru", "2024-06-15"),
      ("injured", None, None, 7, "exact", "city:Odesa", "Oleh Kiper", "ru", "2024-06-15")]),
    ("Синєгубов: внаслідок удару КАБом по Харківщині поранено п'ятьох цивільних.",
     "2024-05-05T12:00:00+00:00", None,
     [("injured", None, None, 5, "exact", "UA-63", "Oleh Syniehubov", "ru",
       "2024-05-05")]),
    ("Терехов: вчора ввечері росіяни вдарили по Харкову двома КАБами, постраждали 4 людини.",
     "2024-05-06T06:00:00+00:00", None,
     [("launched", "guided_bomb", None, 2, "exact", "city:Kharkiv", "Ihor Terekhov", "ru",
       "2024-05-05"),
      ("injured", None, None, 4, "exact", "city:Kharkiv", "Ihor Terekhov", "ru", "2024-05-05")]),
    ("Кличко: у столиці через падіння уламків ракети загинула жінка, поранено двох чоловіків.",
     "2024-03-21T05:00:00+00:00", None,
     [("killed", None, None, 1, "exact", "UA-30", "Vitali Klitschko", "ru", "2024-03-21"),
      ("injured", None, None, 2, "exact", "UA-30", "Vitali Klitschko", "ru", "2024-03-21")]),
    ("Над Миколаївщиною збили вісім дронів, над Херсонщиною — двох. — Кім",
     "2024-04-02T05:00:00+00:00", None,
     [("intercepted", "uav", None, 8, "exact", "UA-48", "Vitaliy Kim", "ru", "2024-04-02"),
      ("intercepted", "uav", None, 2, "exact", "UA-65", "Vitaliy Kim", "ru", "2024-04-02")]),
    ("Одна балістична ракета влучила в підприємство у Кривому Розі. Без постраждалих. — Вілкул",
     "2024-02-12T10:00:00+00:00", None,
     [("hit", "ballistic_missile", None, 1, "exact", "city:Kryvyi Rih", "Oleksandr Vilkul", "ru",
       "2024-02-12"),
      ("killed", None, None, 0, "exact", "city:Kryvyi Rih", "Oleksandr Vilkul", "ru",
       "2024-02-12"),
      ("injured", None, None, 0, "exact", "city:Kryvyi Rih", "Oleksandr Vilkul", "ru",
       "2024-02-12")]),
    ("КМВА: вночі ворог атакував Київ балістичними ракетами KN-23, усі чотири збиті.",
     "2024-01-02T04:00:00+00:00", None,
     [("intercepted", "ballistic_missile", "KN-23", 4, "exact", "UA-30",
       "Kyiv City Military Administration", "ru", "2024-01-02")]),
    ("Харківська ОВА: вночі ворог атакував область 12 ударними БпЛА.",
     "2024-06-01T05:00:00+00:00", None,
     [("launched", "uav", None, 12, "exact", "UA-63", "Kharkiv Oblast Military Administration",
       "ru", "2024-06-01")]),
    ("Противник атакував Одещину 5 дронами. Усі збиті.",
     "2024-06-02T05:00:00+00:00", None,
     [("launched", "uav", None, 5, "exact", "UA-51", OUT, "ru", "2024-06-02"),
      ("intercepted", "uav", None, 5, "exact", "UA-51", OUT, "ru", "2024-06-02")]),
    # Attacks on Russia reported in Ukrainian: the attacker is Ukraine.
    ("У Бєлгороді після атаки дронів загинули 2 людини, повідомив Гладков.",
     "2024-06-03T09:00:00+00:00", None,
     [("killed", None, None, 2, "exact", "city:Belgorod", "Vyacheslav Gladkov", "ua",
       "2024-06-03")]),
    # Numbers in words and qualifiers.
    ("Щонайменше п'ятеро людей загинули внаслідок ракетного удару по Дніпру.",
     "2024-04-19T09:00:00+00:00", None,
     [("killed", None, None, 5, "at_least", "city:Dnipro", OUT, "ru", "2024-04-19")]),
    ("Понад 40 ударних дронів атакували Київщину вночі.",
     "2024-09-01T06:00:00+00:00", None,
     [("launched", "uav", None, 40, "at_least", "UA-32", OUT, "ru", "2024-09-01")]),
    ("До 10 КАБів скинули окупанти на Запоріжжя протягом дня.",
     "2024-09-02T16:00:00+00:00", None,
     [("launched", "guided_bomb", None, 10, "at_most", "city:Zaporizhzhia", OUT, "ru",
       "2024-09-02")]),
    ("Близько двадцяти шахедів збили вночі над Полтавщиною.",
     "2024-09-03T06:00:00+00:00", None,
     [("intercepted", "uav", "Shahed-136", 20, "approx", "UA-53", OUT, "ru", "2024-09-03")]),
    ("Внаслідок нічної атаки на Київщині загинула одна людина, ще четверо отримали поранення.",
     "2024-09-04T06:00:00+00:00", None,
     [("killed", None, None, 1, "exact", "UA-32", OUT, "ru", "2024-09-04"),
      ("injured", None, None, 4, "exact", "UA-32", OUT, "ru", "2024-09-04")]),
    ("Кількість загиблих унаслідок удару по Сумах зросла до 11.",
     "2024-09-05T10:00:00+00:00", None,
     [("killed", None, None, 11, "exact", "city:Sumy", OUT, "ru", "2024-09-05")]),
    ("Зафіксовано 5 влучань ракет у Харкові.",
     "2024-09-06T10:00:00+00:00", None,
     [("hit", "missile", None, 5, "exact", "city:Kharkiv", OUT, "ru", "2024-09-06")]),
    # Models in Cyrillic and Latin, Telegram markup.
    ("❗️**Вночі ворог запустив 25 «Геранів» та 4 Kh-101.**\n\n[Деталі](https://t.me/x/123)",
     "2024-10-10T05:00:00+00:00", None,
     [("launched", "uav", "Shahed-136", 25, "exact", "UA", OUT, "ru", "2024-10-10"),
      ("launched", "cruise_missile", "Kh-101", 4, "exact", "UA", OUT, "ru", "2024-10-10")]),
    ("Ворог випустив по Харківщині 3 ракети ЗРК С-300 з Бєлгородської області.",
     "2024-10-11T05:00:00+00:00", None,
     [("launched", "missile", "S-300", 3, "exact", "UA-63", OUT, "ru", "2024-10-11")]),
    ("Знищено:\n– 12 ударних БпЛА Shahed-136/131;\n– 3 крилаті ракети «Калібр».",
     "2024-10-12T05:00:00+00:00", "Повітряні Сили ЗС України",
     [("intercepted", "uav", "Shahed-136", 12, "exact", "UA", AF, "ru", "2024-10-12"),
      ("intercepted", "cruise_missile", "Kalibr", 3, "exact", "UA", AF, "ru", "2024-10-12")]),
    ("Вчора ввечері противник атакував Сумщину однією ракетою «Іскандер-М».",
     "2024-10-13T05:00:00+00:00", None,
     [("launched", "ballistic_missile", "Iskander-M", 1, "exact", "UA-59", OUT, "ru",
       "2024-10-12")]),
]


@pytest.mark.parametrize(
    ("text", "published", "source", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_claims(
    resources: Resources, text: str, published: str, source: str | None, expected: list[Row]
) -> None:
    assert [row(c) for c in read(resources, text, published, source)] == expected


NO_CLAIMS: list[str] = [
    # General Staff loss tally: a whole war's count, not an attack.
    "Загальні бойові втрати противника з 24.02.22 по 01.12.24 орієнтовно склали: особового"
    " складу - близько 700 000 (+1 400) осіб, танків - 9 500 (+12) од, літаків - 369 (+0) од,"
    " БпЛА оперативно-тактичного рівня - 19 700 (+60), крилатих ракет - 2 900 (+0).",
    # Ground combat: FPV drones on troops.
    "Протягом доби противник залучив для ураження 1 500 дронів-камікадзе та здійснив 4 000"
    " обстрілів.",
    "Наші бійці FPV-дронами знищили 3 танки та 12 одиниць техніки ворога.",
    # Threats and alerts.
    "Увага! Загроза застосування балістичних ракет з півночі.",
    "Група з 8 ударних БпЛА рухається у напрямку Києва.",
    "Зафіксовано зліт 2 МіГ-31К, можливі пуски ракет «Кинджал».",
    # History.
    "З початку повномасштабного вторгнення росія випустила по Україні понад 10 000 ракет.",
    "У жовтні ворог атакував Україну 2 000 шахедами.",
    # Numbers that count nothing of the air war.
    "Станом на 09:00 25 листопада у 12 областях оголошено тривогу.",
    "Пошкоджено 14 будинків, 3 автомобілі та лінію електропередач.",
]


@pytest.mark.parametrize("text", NO_CLAIMS, ids=[f"{i:02d}" for i in range(len(NO_CLAIMS))])
def test_no_claims(resources: Resources, text: str) -> None:
    assert read(resources, text, "2024-12-01T08:00:00+00:00") == []


def test_evidence_and_spans_are_slices_of_the_text(resources: Resources) -> None:
    text = ("У ніч на 5 травня ворог атакував 20 ударними БпЛА типу Shahed. Станом на 08:30"
            " збито 17 над Київщиною.\n— Повітряні сили")
    claims = read(resources, text, "2024-05-05T06:00:00+00:00")
    assert claims
    for claim in claims:
        spans = [claim.evidence, *claim.spans.values()]
        assert all(text[s.start : s.end] == s.text for s in spans)
    intercepted = next(c for c in claims if c.action == "intercepted")
    assert intercepted.spans["number"].text == "17"
    assert intercepted.spans["action"].text == "збито"
    assert intercepted.spans["place"].text == "Київщиною"
    assert intercepted.spans["date"].text == "У ніч на 5 травня"


def test_extractor_detects_ukrainian(resources: Resources) -> None:
    report = Report(text="Вночі сили ППО збили 7 ударних дронів над Черкащиною.",
                    published=datetime.fromisoformat("2024-06-04T05:00:00+00:00"))
    (claim,) = Extractor(resources).extract(report).claims
    assert report.lang == "uk"
    assert (claim.action, claim.quantity, claim.location) == ("intercepted", 7, "UA-71")

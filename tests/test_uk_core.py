"""Ukrainian reports on the extraction core: the error classes of issue 15, each as rows of our
own sentences. Each row: a report text, the page it was published on (or None), and the claims
as (action, weapon, quantity, location, claimant, claimant side, claimant kind, attacker side).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Claim, Report
from claimledger.resources import Resources

OUT = "unknown outlet"
RU_MOD = "Russian Ministry of Defence"
Row = tuple[str, str | None, int, str | None, str | None, str | None, str | None, str | None]


def read(resources: Resources, text: str, url: str | None) -> list[Claim]:
    report = Report(text=text, lang="uk", url=url,
                    published=datetime.fromisoformat("2025-03-14T07:40:00+00:00"))
    return read_report(report, "uk", resources).claims


def row(claim: Claim) -> Row:
    return (claim.action, claim.weapon, claim.quantity, claim.location, claim.claimant,
            claim.claimant_side, claim.claimant_kind, claim.attacker_side)


CASES: dict[str, tuple[str, str | None, list[Row]]] = {
    # Places: Russian regions and Crimea in Ukrainian forms; several regions under one number.
    "region-in-ukrainian": (
        "Уночі над Калузькою областю збили 4 українські безпілотники, повідомили в Міноборони РФ.",
        None,
        [("intercepted", "uav", 4, "RU-KLU", RU_MOD, "ru", "military", "ua")]),
    "crimea": (
        "Уночі над Кримом знищили 6 дронів, заявили в Міноборони РФ.",
        None,
        [("intercepted", "uav", 6, "UA-43", RU_MOD, "ru", "military", "ua")]),
    "regions-under-one-number": (
        "Сили ППО збили 14 дронів над Миколаївщиною, Херсонщиною, Полтавщиною та Хмельниччиною.",
        None,
        [("intercepted", "uav", 14, "UA", OUT, None, "outlet", "ru")]),
    "origins-are-no-place": (
        "Ворог запустив 40 дронів з напрямків Брянськ, Орел та Міллерово.",
        None,
        [("launched", "uav", 40, "UA", OUT, None, "outlet", "ru")]),
    # Air Force totals: a total of mixed air targets and its breakdown.
    "total-and-breakdown": (
        "Загалом противник застосував 58 засобів повітряного нападу: 4 ракети і 54 дрони.",
        None,
        [("launched", None, 58, "UA", OUT, None, "outlet", "ru"),
         ("launched", "missile", 4, "UA", OUT, None, "outlet", "ru"),
         ("launched", "uav", 54, "UA", OUT, None, "outlet", "ru")]),
    # Launch and interception pairs: "N з M".
    "n-of-m": (
        "Уночі противник атакував Україну дронами. ППО збила 21 з 27 запущених дронів.",
        None,
        [("intercepted", "uav", 21, "UA", OUT, None, "outlet", "ru"),
         ("launched", "uav", 27, "UA", OUT, None, "outlet", "ru")]),
    "one-of-them": (
        "Уночі ворог атакував Дніпро трьома ракетами, одну з них збили захисники.",
        None,
        [("launched", "missile", 3, "city:Dnipro", OUT, None, "outlet", "ru"),
         ("intercepted", "missile", 1, "city:Dnipro", OUT, None, "outlet", "ru")]),
    "n-of-m-by-a-commander": (
        "Головнокомандувач Олександр Сирський повідомив про збиття 12 з 15 ракет.",
        None,
        [("intercepted", "missile", 12, "UA", "Oleksandr Syrskyi", "ua", "military", "ru"),
         ("launched", "missile", 15, "UA", "Oleksandr Syrskyi", "ua", "military", "ru")]),
    # Casualty denials of a named official inside a relay: the official's, in the region.
    "denial-of-an-official": (
        "Ворог атакував дронами Одещину, повідомив Олег Кіпер. Загиблих і постраждалих немає.",
        "https://www.unian.ua/war/1.html",
        [("killed", None, 0, "UA-51", "Oleh Kiper", "ua", "official", "ru"),
         ("injured", None, 0, "UA-51", "Oleh Kiper", "ua", "official", "ru")]),
    "denial-after-his-words": (
        "Вночі окупанти атакували Одещину ударними дронами. Про це повідомив голова ОВА Олег "
        "Кіпер.\n\nЗа його словами, постраждалих серед мешканців немає.",
        "https://www.unian.ua/war/1.html",
        [("killed", None, 0, "UA-51", "Oleh Kiper", "ua", "official", "ru"),
         ("injured", None, 0, "UA-51", "Oleh Kiper", "ua", "official", "ru")]),
    "no-one-was": (
        "Уночі ворог атакував Київ безпілотниками. Обійшлося без потерпілих.",
        None,
        [("killed", None, 0, "UA-30", OUT, None, "outlet", "ru"),
         ("injured", None, 0, "UA-30", OUT, None, "outlet", "ru")]),
    "no-hits-either": (
        "Вночі дрони атакували Київщину. Постраждалих серед мешканців немає. Влучань в об'єкти "
        "інфраструктури не зафіксовано.",
        None,
        [("killed", None, 0, "UA-32", OUT, None, "outlet", "ru"),
         ("injured", None, 0, "UA-32", OUT, None, "outlet", "ru"),
         ("hit", "uav", 0, "UA-32", OUT, None, "outlet", "ru")]),
    # Outlet voice from the report's page: the registry's outlet, else the site's country.
    "outlet-of-the-page": (
        "Вночі ворог атакував Харківщину 20 дронами.",
        "https://www.unian.ua/war/123.html",
        [("launched", "uav", 20, "UA-63", "UNIAN", "ua", "outlet", "ru")]),
    "unknown-ukrainian-site": (
        "Вночі ворог атакував Харківщину 20 дронами.",
        "https://example-news.com.ua/war/123.html",
        [("launched", "uav", 20, "UA-63", "example-news.com.ua", "ua", "outlet", "ru")]),
    "administration-site": (
        "Вночі ворог атакував Харківщину 20 дронами.",
        "https://oda.gov.ua/news/1",
        [("launched", "uav", 20, "UA-63", "oda.gov.ua", "ua", "official", "ru")]),
    # The report's official speaks where the report names no one else; a list under a header.
    "the-reports-official": (
        "Олег Кіпер повідомив про нічну атаку на Одещину.\n\nЗа ніч ворог застосував:\n\n"
        "- 12 ударних дронів;\n\n- 2 ракети.",
        None,
        [("launched", "uav", 12, "UA-51", "Oleh Kiper", "ua", "official", "ru"),
         ("launched", "missile", 2, "UA-51", "Oleh Kiper", "ua", "official", "ru")]),
    "head-of-the-region-before": (
        "Вночі на Черкащині лунали вибухи. Про це повідомив начальник ОВА. Сили ППО знешкодили 7 "
        "дронів.",
        None,
        [("intercepted", "uav", 7, "UA-71", "regional governor", "ua", "official", "ru")]),
    "office-named-whole": (
        "Президент України повідомив, що вночі ППО збила 10 ракет.",
        None,
        [("intercepted", "missile", 10, "UA", "Volodymyr Zelensky", "ua", "official", "ru")]),
    "what-struck-the-region": (
        "За добу по області вдарили:\n▪️три БпЛА типу «Герань-2»;\n▪️БпЛА типу «Молнія».\n\n"
        "Олег Синєгубов",
        None,
        [("hit", "uav", 3, "UA-63", "Oleh Syniehubov", "ua", "official", "ru"),
         ("hit", "uav", 1, "UA-63", "Oleh Syniehubov", "ua", "official", "ru")]),
    "signed-below": (
        "ЗНИЩЕНО:\n- 9 ударних БПЛА\n- вертоліт Мі-8\n\nПовітряні Сили\nУкраїни",
        None,
        [("intercepted", "uav", 9, "UA", "Ukrainian Air Force", "ua", "military", "ru"),
         ("intercepted", "helicopter", 1, "UA", "Ukrainian Air Force", "ua", "military", "ru")]),
    # Drones that strike towns, whatever their kind; one drone as an object; a drone that fell.
    "fpv-drones-on-a-town": (
        "Ворог атакував Нікополь 5 FPV-дронами.",
        None,
        [("launched", "uav", 5, "city:Nikopol", OUT, None, "outlet", "ru")]),
    "one-drone-downed": (
        "Над Черкащиною збили ворожий безпілотник.",
        None,
        [("intercepted", "uav", 1, "UA-71", OUT, None, "outlet", "ru")]),
    "a-drone-fell": (
        "Через падіння дрона у Броварах пошкоджено гараж.",
        None,
        [("hit", "uav", 1, "city:Brovary", OUT, None, "outlet", "ru")]),
    "hits-counted": (
        "Ворог завдав удару трьома ракетами по Дрогобичу. Два прильоти – по промисловому "
        "об'єкту.",
        None,
        [("launched", "missile", 3, "city:Drohobych", OUT, None, "outlet", "ru"),
         ("hit", "missile", 2, "city:Drohobych", OUT, None, "outlet", "ru")]),
    "houses-are-no-drones": (
        "Вночі ворог атакував Очаківську громаду 17 дронами. Пошкоджено два приватні будинки, а "
        "в Дмитрівці — один.",
        None,
        # a hromada is its town's territory (the gold codes "Сумська громада" city:Sumy)
        [("launched", "uav", 17, "city:Ochakiv", OUT, None, "outlet", "ru")]),
    "its-debris-fell": (
        "Уламки дрона впали на дах будинку в Броварах.",
        None,
        []),
    # Victims named one by one; who the victims counted were; a town after "м.".
    "victims-one-by-one": (
        "Унаслідок удару дронів по Сумах постраждали 60-річний чоловік і 58-річна жінка.",
        None,
        [("injured", None, 2, "city:Sumy", OUT, None, "outlet", "ru")]),
    "victims-and-who-they-were": (
        "Внаслідок ракетного удару по Дніпру постраждали 5 людей – двоє чоловіків і троє жінок.",
        None,
        [("injured", None, 5, "city:Dnipro", OUT, None, "outlet", "ru")]),
    "town-abbreviated": (
        "Вночі ворог атакував Суми дронами. У м. Суми постраждав 40-річний чоловік.",
        None,
        [("injured", None, 1, "city:Sumy", OUT, None, "outlet", "ru")]),
}


@pytest.mark.parametrize(("text", "url", "expected"), CASES.values(), ids=CASES.keys())
def test_claims(
    resources: Resources, text: str, url: str | None, expected: list[Row]
) -> None:
    assert [row(c) for c in read(resources, text, url)] == expected

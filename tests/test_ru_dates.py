"""Dates of Russian claims, relative to the post's Moscow publication time."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract.pipeline import read_report
from claimledger.model import Report
from claimledger.resources import Resources, default_resources

FRIDAY_MORNING = "2024-11-22T05:00:00+00:00"  # 08:00 in Moscow, Friday 22 November
THURSDAY_EVENING = "2024-11-21T19:30:00+00:00"  # 22:30 in Moscow, Thursday 21 November
AFTER_MIDNIGHT = "2024-11-30T21:47:00+00:00"  # 00:47 in Moscow, Sunday 1 December


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def date_of(resources: Resources, text: str, published: str) -> str | None:
    report = Report(text=text, published=datetime.fromisoformat(published), lang="ru")
    (claim,) = read_report(report, "ru", resources).claims
    return claim.date


CASES: list[tuple[str, str, str | None]] = [
    ("В ночь на пятницу над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-22"),
    (
        "В ночь на пятницу над Курской областью сбиты 7 беспилотников.",
        THURSDAY_EVENING,
        "2024-11-22",
    ),
    ("В ночь на среду над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-20"),
    ("Накануне вечером над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-21"),
    ("Вчера над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-21"),
    ("За прошедшую ночь над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-22"),
    ("Сегодня утром над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-22"),
    ("За сутки над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-22"),
    (
        "В ночь с 19 на 20 ноября над Курской областью сбиты 7 беспилотников.",
        FRIDAY_MORNING,
        "2024-11-20",
    ),
    (
        "В ночь на 1 декабря над Курской областью сбиты 7 беспилотников.",
        AFTER_MIDNIGHT,
        "2024-12-01",
    ),
    ("18 ноября над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-18"),
    ("Утром в среду над Курской областью сбиты 7 беспилотников.", FRIDAY_MORNING, "2024-11-20"),
    ("Над Курской областью сбиты 7 беспилотников.", AFTER_MIDNIGHT, "2024-12-01"),
    (
        "За последние три дня над Курской областью сбиты 7 беспилотников.",
        FRIDAY_MORNING,
        None,
    ),
    ("За два дня над Курской областью сбиты 70 беспилотников.", FRIDAY_MORNING, None),
    (
        "С 8.30 до 10.30 мск над Курской областью сбиты 7 беспилотников.",
        FRIDAY_MORNING,
        "2024-11-22",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_date(resources: Resources, text: str, published: str, expected: str | None) -> None:
    assert date_of(resources, text, published) == expected


def test_date_carries_from_an_earlier_sentence(resources: Resources) -> None:
    text = "Атака продолжалась в ночь на 19 ноября. Минобороны сообщало о 34 сбитых дронах."
    assert date_of(resources, text, FRIDAY_MORNING) == "2024-11-19"


def test_date_of_its_own_clause(resources: Resources) -> None:
    report = Report(
        text=(
            "Путин заявил, что Россия нанесла удар 90 ракетами по Украине, всего за два дня "
            "были использованы 466 беспилотников."
        ),
        published=datetime.fromisoformat(FRIDAY_MORNING),
        lang="ru",
    )
    dates = {c.quantity: c.date for c in read_report(report, "ru", resources).claims}
    assert dates == {90: "2024-11-22", 466: None}

from datetime import UTC, date, datetime

import pytest

from claimledger.extract.dates import (
    local_date,
    resolve_day_month,
    shift,
    weekday_on_or_before,
)


@pytest.mark.parametrize(
    ("utc", "lang", "expected"),
    [
        # 22:30 UTC is already the next day in Moscow (UTC+3) and in Kyiv in summer (UTC+3).
        (datetime(2024, 11, 21, 22, 30, tzinfo=UTC), "ru", date(2024, 11, 22)),
        (datetime(2024, 11, 21, 22, 30, tzinfo=UTC), "uk", date(2024, 11, 22)),
        (datetime(2024, 11, 21, 21, 30, tzinfo=UTC), "uk", date(2024, 11, 21)),
        (datetime(2024, 7, 1, 21, 30, tzinfo=UTC), "uk", date(2024, 7, 2)),
        (datetime(2024, 11, 21, 22, 30), "en", date(2024, 11, 21)),
    ],
)
def test_local_date(utc: datetime, lang: str, expected: date) -> None:
    assert local_date(utc, lang) == expected


def test_local_date_without_publication() -> None:
    assert local_date(None, "ru") is None
    assert shift(None, -1) is None


def test_shift_and_weekdays() -> None:
    assert shift(date(2024, 11, 20), -1) == "2024-11-19"
    # 2024-11-22 is a Friday; "on Tuesday" in Friday's paper is 2024-11-19.
    assert weekday_on_or_before(date(2024, 11, 22), 1) == date(2024, 11, 19)
    assert weekday_on_or_before(date(2024, 11, 22), 4) == date(2024, 11, 22)


def test_resolve_day_month_crosses_new_year() -> None:
    assert resolve_day_month(date(2025, 1, 1), 31, 12) == date(2024, 12, 31)
    assert resolve_day_month(date(2024, 11, 25), 25, 11) == date(2024, 11, 25)
    assert resolve_day_month(date(2024, 11, 25), 31, 2) is None
    # a day half a year ahead is last year's: a report tells what has happened
    assert resolve_day_month(date(2025, 3, 14), 7, 9) == date(2024, 9, 7)
    assert resolve_day_month(date(2025, 3, 14), 16, 3) == date(2025, 3, 16)

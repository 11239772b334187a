"""Dates of Ukrainian reports: nights by their morning, relative words, history."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.extract.uk.dating import find_date_cues
from claimledger.extract.uk.text import fold

TODAY = date(2024, 11, 26)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У ніч на 25 листопада противник атакував", (date(2024, 11, 25), False)),
        ("у ніч проти 26 листопада", (date(2024, 11, 26), False)),
        ("в ніч з 25 на 26 листопада", (date(2024, 11, 26), False)),
        ("У ніч на вівторок ворог запустив", (date(2024, 11, 26), False)),
        ("у ніч на неділю", (date(2024, 11, 24), False)),
        ("Вночі над областю збили", (date(2024, 11, 26), False)),
        ("Минулої доби противник скинув", (date(2024, 11, 26), False)),
        ("вчора ввечері", (date(2024, 11, 25), False)),
        ("Напередодні росіяни атакували", (date(2024, 11, 25), False)),
        ("31 грудня 2023 року", (date(2023, 12, 31), True)),
        ("25.11.2024 противник", (date(2024, 11, 25), False)),
        ("З початку року ворог випустив", (None, True)),
        ("У жовтні росіяни запустили", (None, True)),
        ("торік", (None, True)),
    ],
)
def test_first_cue(text: str, expected: tuple[date | None, bool]) -> None:
    cue = find_date_cues(fold(text), TODAY)[0]
    assert (cue.date, cue.history) == expected


def test_window_start_is_not_the_date() -> None:
    text = "У ніч на 26 листопада (з 18:00 25 листопада) противник атакував"
    assert [c.date for c in find_date_cues(fold(text), TODAY)] == [date(2024, 11, 26)]


def test_no_publication_date() -> None:
    (cue,) = find_date_cues(fold("вночі"), None)
    assert cue.date is None

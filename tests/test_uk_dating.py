"""Dates of Ukrainian reports on the extraction core: nights by their morning, relative words,
history."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimledger.extract.document.tokens import analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.types import DateMention
from claimledger.resources import default_resources

TODAY = date(2024, 11, 26)  # a Tuesday


def date_mentions(text: str, today: date | None) -> list[DateMention]:
    """The date expressions of a text published at noon of `today` (Kyiv time)."""
    resources = default_resources()
    doc = analyse(text, resources.lexer("uk"), resources.splitter("uk"))
    published = datetime(today.year, today.month, today.day, 12) if today else None
    reader = DateReader(doc, lexicon("uk"), published)
    return [m for sentence in doc.sentences for m in reader.find(sentence)]


def value(mention: DateMention) -> date | None:
    return date.fromisoformat(mention.value) if mention.value else None


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
    mention = date_mentions(text, TODAY)[0]
    assert (value(mention), mention.history) == expected


def test_window_start_is_not_the_date() -> None:
    text = "У ніч на 26 листопада (з 18:00 25 листопада) противник атакував"
    mentions = date_mentions(text, TODAY)
    assert [value(m) for m in mentions if not m.opens] == [date(2024, 11, 26)]


def test_no_publication_date() -> None:
    (mention,) = date_mentions("вночі", None)
    assert mention.value is None

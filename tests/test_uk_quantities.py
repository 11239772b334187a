"""Ukrainian quantities: digits and number words in any case, with their qualifiers."""

from __future__ import annotations

import pytest

from claimledger.extract.uk.quantities import QuantityReader
from claimledger.extract.uk.text import Document
from claimledger.morph import Morphology


@pytest.fixture(scope="module")
def morph() -> Morphology:
    return Morphology("uk")


def first_quantity(morph: Morphology, text: str) -> tuple[int, str] | None:
    doc = Document(text)
    reader = QuantityReader(doc, morph)
    for index in range(len(doc.tokens)):
        quantity = reader.read(index)
        if quantity is not None:
            return quantity.value, quantity.qualifier
    return None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("збито 75 дронів", (75, "exact")),
        ("знищено 1 200 цілей", (1200, "exact")),
        ("збили дев'ять ракет", (9, "exact")),
        ("збили дев’ять ракет", (9, "exact")),
        ("поранено двох людей", (2, "exact")),
        ("поранено п'ятьох цивільних", (5, "exact")),
        ("атакував сорока двома дронами", (42, "exact")),
        ("загинули двоє людей", (2, "exact")),
        ("одну ракету збили", (1, "exact")),
        ("близько двадцяти шахедів", (20, "approx")),
        ("понад 40 ударних БпЛА", (40, "at_least")),
        ("щонайменше п'ятеро людей", (5, "at_least")),
        ("не менше 12 ракет", (12, "at_least")),
        ("до 10 КАБів", (10, "at_most")),
        ("кількість загиблих зросла до 7", (7, "exact")),
        ("двісті сорок вісім дронів", (248, "exact")),
        # Not counts: times, dates, years, ages, percentages, increments, distances.
        ("станом на 09:00", None),
        ("(07.00)", None),
        ("25 листопада", None),
        ("у 2024 році", None),
        ("65-річна жінка", None),
        ("на 30 км", None),
        ("70% цілей", None),
        ("(+58)", None),
        ("дата 25.11.2024", None),
    ],
)
def test_quantities(morph: Morphology, text: str, expected: tuple[int, str] | None) -> None:
    assert first_quantity(morph, text) == expected

"""Ukrainian quantities on the extraction core: digits and number words in any case, with their
qualifiers; numbers that count nothing of the air war are no counts."""

from __future__ import annotations

import pytest

from claimledger.extract.document.tokens import analyse
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.models import find_models
from claimledger.extract.mentions.quantities import find_quantities
from claimledger.extract.mentions.types import Quantity
from claimledger.extract.mentions.weapons import find_phrases
from claimledger.resources import Resources, default_resources


@pytest.fixture(scope="module")
def resources() -> Resources:
    return default_resources()


def quantities(resources: Resources, text: str) -> list[Quantity]:
    """The numbers of the text as the core reads them; dates and model names are none."""
    lex = lexicon("uk")
    doc = analyse(text, resources.lexer("uk"), resources.splitter("uk"))
    models = find_models(doc.clean, "uk")
    dates = DateReader(doc, lex, None)
    found: list[Quantity] = []
    for sentence in doc.sentences:
        blocked = {i for d in dates.find(sentence) for i in range(d.first, d.last)}
        blocked |= {
            t.index for t in doc.tokens for m in models if t.start < m.end and t.end > m.start
        }
        phrases = find_phrases(doc, lex, sentence, models)
        found.extend(find_quantities(doc, lex, sentence, phrases, blocked))
    return found


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
def test_quantities(resources: Resources, text: str, expected: tuple[int, str] | None) -> None:
    """The first number read with its qualifier; None: nothing that counts (a number of years,
    kilometres or per cent counts something else)."""
    found = quantities(resources, text)
    if expected is None:
        assert [(q.value, q.qualifier) for q in found if not q.other] == []
    else:
        assert (found[0].value, found[0].qualifier) == expected

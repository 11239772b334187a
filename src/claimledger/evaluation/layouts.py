"""Texts laid out another way: whether a report's claims depend on how its page breaks lines.

Sites and text extractors lay the same report out differently: one puts a blank line between
paragraphs, another a single newline, another breaks every line as a paragraph. The reading of
a report should not hang on which. `relaid` lays a text out as `lines` (every paragraph break a
single newline) or as `paragraphs` (every line its own paragraph, blank lines between), and
`score_relaid` scores the reading of each layout against the same gold. What a layout may
rightly change: a wrapped sentence laid out as two paragraphs is read as two. `bench/layouts.py`
prints the figures; the eval gate holds floors on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, get_args

from claimledger.evaluation.gold import GoldText
from claimledger.evaluation.run import gold_report, read_claims
from claimledger.evaluation.score import Score, score_report
from claimledger.extract import Extractor

Layout = Literal["lines", "paragraphs"]
LAYOUTS: tuple[Layout, ...] = get_args(Layout)

_BLANK = re.compile(r"\n[ \t\u00a0]*\n[\n \t\u00a0]*")
_SINGLE = re.compile(r"(?<!\n)\n(?!\n)")


def relaid(text: str, layout: Layout) -> str:
    """The text with its paragraph breaks made single newlines (`lines`), or its single newlines
    made blank lines (`paragraphs`)."""
    if layout == "lines":
        return _BLANK.sub("\n", text)
    return _SINGLE.sub("\n\n", text)


@dataclass
class Relaid:
    """The scores of the texts as written and laid out another way."""

    before: Score = field(default_factory=Score)
    after: Score = field(default_factory=Score)
    texts: int = 0  # the texts the layout changed


def score_relaid(
    texts: Iterable[GoldText],
    extractor: Extractor | None = None,
    layouts: Iterable[Layout] = LAYOUTS,
) -> dict[Layout, Relaid]:
    """Score every text as written and in each of `layouts`; a text a layout leaves as it is
    counts on both sides alike."""
    extractor = extractor or Extractor()
    out = {layout: Relaid() for layout in layouts}
    for gold in texts:
        report = gold_report(gold)
        first = read_claims(extractor, report)
        for layout, result in out.items():
            text = relaid(gold.text, layout)
            second = first
            if text != gold.text:
                result.texts += 1
                moved = gold_report(gold)
                moved.text = text
                second = read_claims(extractor, moved)
            score_report(result.before, gold.id, gold.claims, first)
            score_report(result.after, gold.id, gold.claims, second)
    return out

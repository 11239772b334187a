"""A report's text cut into pieces by its evidence spans, each piece with the kinds covering it.

The page renders every piece as escaped text inside an element whose classes are the kinds:
the text is never parsed as HTML or markdown, so `<script>`, `[a](javascript:...)` and the
like show as the characters they are. Spans are half-open character offsets into the text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from claimledger.model import Extraction, Span

# Field spans of claims (Claim.spans keys), then the wider kinds they sit inside.
FIELD_KINDS = ("number", "action", "weapon", "place", "claimant", "date")
KINDS = (*FIELD_KINDS, "evidence", "quote", "speaker", "marker", "check")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    kinds: tuple[str, ...]  # in KINDS order; empty for plain text


def spans_by_kind(extraction: Extraction) -> list[tuple[str, Span]]:
    found: list[tuple[str, Span]] = []
    for claim in extraction.claims:
        found.append(("evidence", claim.evidence))
        found.extend(
            (kind if kind in FIELD_KINDS else "evidence", s) for kind, s in claim.spans.items()
        )
    for quote in extraction.quotes:
        found.extend(("quote", s) for s in quote.spans)
        if quote.speaker_span is not None:
            found.append(("speaker", quote.speaker_span))
    found.extend(("marker", m.evidence) for m in extraction.markers)
    found.extend(("check", c.evidence) for c in extraction.checks)
    return found


def pieces(text: str, spans: list[tuple[str, Span]]) -> list[Piece]:
    """`text` cut at every span boundary; offsets outside the text are clipped, empty and
    inverted spans are dropped."""
    size = len(text)
    ranges = [
        (kind, max(0, s.start), min(size, s.end))
        for kind, s in spans
        if min(size, s.end) > max(0, s.start)
    ]
    cuts = sorted({0, size, *(r[1] for r in ranges), *(r[2] for r in ranges)})
    order = {kind: n for n, kind in enumerate(KINDS)}
    found: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        kinds = {kind for kind, a, b in ranges if a <= start and end <= b}
        found.append(Piece(text[start:end], tuple(sorted(kinds, key=order.__getitem__))))
    return found


def highlighted(extraction: Extraction) -> list[Piece]:
    return pieces(extraction.report.text, spans_by_kind(extraction))

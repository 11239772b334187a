"""Long texts read in windows: the work on one report stays bounded whatever its length.

A text of at most `MAX_EXTRACT_CHARS` characters is read whole, as it always was. A longer one
(a book-length export, a page of logs, hostile input; it is still stored and searchable whole) is
cut into windows of at most that many characters, each read on its own as if it were a report of
its own with the same source, date and language, and what they yield is put back together with
every span shifted to offsets of the whole text.

Where a window ends: at the last paragraph break (a blank line) in the second half of the window,
else the last line break there, else the last end of a sentence, else the last space; only a run
of half a window without a single space is cut where it reaches the limit. The whitespace of the
cut stays with the window before, so the windows cover the text exactly, one after another.

Why cuts and not overlapping windows: a claim is read within its sentence (with the list it is an
item of), and a paragraph break ends both, so a cut at a paragraph break splits no claim. What is
carried over from earlier sentences (the speaker of the paragraphs before, the last place or date
said, a list's header) does not cross a cut: the first claims of a window take the report's own
voice and date, as the first claims of a report do. Overlapping windows would find the claims of
the overlap twice and still lose the context before the overlap. A claim whose key
(`Claim.key()`) a window before already gave is the same claim repeated, and is kept once, as
within a text read whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from claimledger.extract.document.split import last_boundary
from claimledger.model import Claim, Extraction, Report, Span

# The longest text read whole, in characters (documented in docs/errors.md, "Limits on input").
# The longest report of the corpora under shared/ is about 27,000 characters; a text four times
# that long is read in windows.
MAX_EXTRACT_CHARS = 100_000

# Where a window may end, best first: after a blank line, a line break, the end of a sentence,
# any space.
_BOUNDARIES = (
    re.compile(r"\n[ \t\u00a0]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?…]+[\"”’»')\]]*\s+"),
    re.compile(r"\s+"),
)


def windows(text: str, limit: int = MAX_EXTRACT_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the windows of `text`: one for a text of at most `limit` characters;
    else consecutive windows of at most `limit` characters covering the whole text."""
    if limit < 2:
        raise ValueError(f"a window holds at least 2 characters, not {limit}")
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = last_boundary(text, _BOUNDARIES, start + limit // 2, start + limit)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def read_in_windows(
    report: Report, read: Callable[[Report], Extraction], limit: int = MAX_EXTRACT_CHARS
) -> Extraction:
    """`read` (one language's extractor) over each window of `report`, put together."""
    spans = windows(report.text, limit)
    if len(spans) == 1:
        return read(report)
    whole = Extraction(report)
    keys: set[tuple[Any, ...]] = set()
    for start, end in spans:
        part = Report(
            text=report.text[start:end],
            id=report.id,
            source=report.source,
            published=report.published,
            lang=report.lang,
            url=report.url,
            meta=report.meta,
        )
        found = read(part)
        window_keys = set()
        for claim in found.claims:
            if claim.key() not in keys:
                whole.claims.append(_claim_at(claim, start))
                window_keys.add(claim.key())
        keys |= window_keys
        whole.quotes += [
            replace(
                quote,
                spans=[_at(span, start) for span in quote.spans],
                speaker_span=_at(quote.speaker_span, start) if quote.speaker_span else None,
            )
            for quote in found.quotes
        ]
        whole.markers += [replace(m, evidence=_at(m.evidence, start)) for m in found.markers]
        whole.checks += [replace(c, evidence=_at(c.evidence, start)) for c in found.checks]
        whole.media += [replace(m, evidence=_at(m.evidence, start)) for m in found.media]
    return whole


def _claim_at(claim: Claim, offset: int) -> Claim:
    return replace(
        claim,
        evidence=_at(claim.evidence, offset),
        spans={name: _at(span, offset) for name, span in claim.spans.items()},
    )


def _at(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)

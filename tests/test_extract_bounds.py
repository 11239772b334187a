"""Bounded work per report (issue 19): long texts extracted in windows, spans at offsets of the
whole text, and texts that made extraction quadratic (finding 6) read. Nothing here is timed:
bench/extract_scaling.py measures the time and memory against length."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise

import pytest

from claimledger.extract import MAX_EXTRACT_CHARS, Extractor
from claimledger.extract.document.split import MAX_SENTENCE_CHARS
from claimledger.extract.document.tokens import analyse
from claimledger.extract.pipeline import read_report
from claimledger.extract.windows import read_in_windows, windows
from claimledger.model import Extraction, Report, Span
from claimledger.resources import Resources

PUBLISHED = datetime(2024, 11, 22, 8, tzinfo=UTC)
FINDING_6 = "сбито 12 345 678 беспилотников и ракет. "
REGIONS = ("Брянской", "Курской", "Белгородской", "Орловской", "Смоленской", "Тульской")
FILLER = "Погода на выходные: облачно, местами дождь, ветер северо-западный.\n\n"


@pytest.fixture(scope="module")
def extractor(resources: Resources) -> Extractor:
    return Extractor(resources)


def post(index: int) -> str:
    """A paragraph with one claim of its own count (index + 2) and its own speaker."""
    return (
        f"Минобороны России сообщило, что над {REGIONS[index % len(REGIONS)]} областью сбиты "
        f"{index + 2} беспилотников. Информация не подтверждена.\n\n"
    )


def spans(extraction: Extraction) -> Iterator[Span]:
    for claim in extraction.claims:
        yield claim.evidence
        yield from claim.spans.values()
    for quote in extraction.quotes:
        yield from quote.spans
        if quote.speaker_span is not None:
            yield quote.speaker_span
    yield from (m.evidence for m in extraction.markers)
    yield from (c.evidence for c in extraction.checks)
    yield from (m.evidence for m in extraction.media)


def assert_exact(text: str, extraction: Extraction) -> None:
    for span in spans(extraction):
        assert text[span.start : span.end] == span.text, span


def assert_cover(text: str, cuts: list[tuple[int, int]], limit: int) -> None:
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(one[1] == two[0] for one, two in pairwise(cuts))
    assert all(0 < end - start <= limit for start, end in cuts)


# -- windows ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("".join(post(i) for i in range(40)), 500),  # paragraphs
        ("".join(post(i) for i in range(40)).replace("\n\n", " "), 500),  # one paragraph
        (FINDING_6 * 300, 700),  # sentences the splitter does not cut
        ("Air defence shot down 12 drones over Kharkiv. " * 200, 1000),
        ("слово " * 5000 + "конец", 333),  # words alone
        ("Строка без точки\n" * 700, 250),  # lines
    ],
)
def test_windows_cover_the_text_and_cut_no_word(text: str, limit: int) -> None:
    cuts = windows(text, limit)
    assert len(cuts) > 1
    assert_cover(text, cuts, limit)
    for _, end in cuts[:-1]:
        assert text[end - 1].isspace() and not text[end].isspace()  # after the space, never in


def test_windows_cut_at_a_paragraph_before_a_sentence() -> None:
    text = "".join(post(i) for i in range(40))
    for _, end in windows(text, 500)[:-1]:
        assert text[end - 2 : end] == "\n\n"


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    text = "ы" * 1000
    cuts = windows(text, 300)
    assert_cover(text, cuts, 300)
    assert cuts[:3] == [(0, 300), (300, 600), (600, 900)]


@pytest.mark.parametrize(
    ("length", "count"),
    [(1, 1), (MAX_EXTRACT_CHARS - 1, 1), (MAX_EXTRACT_CHARS, 1), (MAX_EXTRACT_CHARS + 1, 2)],
)
def test_the_limit_is_the_longest_text_read_whole(length: int, count: int) -> None:
    text = ("слово " * (length // 6 + 1))[:length]
    cuts = windows(text)
    assert len(cuts) == count
    assert_cover(text, cuts, MAX_EXTRACT_CHARS)


# -- extraction in windows ----------------------------------------------------------------------


def test_windows_find_every_claim_at_its_offset(resources: Resources) -> None:
    count = 24
    text = "".join(post(i) for i in range(count))
    report = Report(text=text, lang="ru", published=PUBLISHED)
    whole = read_report(report, "ru", resources)
    assert len(windows(text, 700)) == 4
    parts = read_in_windows(report, lambda part: read_report(part, "ru", resources), 700)
    assert sorted(c.quantity for c in parts.claims) == list(range(2, count + 2))
    assert_exact(text, parts)
    assert [c.to_dict() for c in parts.claims] == [c.to_dict() for c in whole.claims]
    assert [m.to_dict() for m in parts.markers] == [m.to_dict() for m in whole.markers]


def test_a_claim_repeated_in_a_later_window_is_kept_once(resources: Resources) -> None:
    text = post(0) * 12
    report = Report(text=text, lang="ru", published=PUBLISHED)
    parts = read_in_windows(report, lambda part: read_report(part, "ru", resources), 400)
    assert len(windows(text, 400)) > 3
    assert [(c.quantity, c.evidence.start) for c in parts.claims] == [(2, text.index("сбиты"))]


@pytest.mark.parametrize(("length", "count"), [(MAX_EXTRACT_CHARS, 1), (MAX_EXTRACT_CHARS + 1, 2)])
def test_a_claim_at_the_end_of_a_long_text(extractor: Extractor, length: int, count: int) -> None:
    """Just under the limit: read whole; just over: the claim is in the last window."""
    last = post(7)
    head = FILLER * (length // len(FILLER) + 1)
    text = head[: length - len(last)] + last
    assert len(text) == length and len(windows(text)) == count
    extraction = extractor.extract(Report(text=text, lang="ru", published=PUBLISHED))
    assert [c.quantity for c in extraction.claims] == [9]
    claim = extraction.claims[0]
    assert claim.evidence.start > length - len(last)
    assert_exact(text, extraction)


# -- finding 6: repeated numbers ----------------------------------------------------------------


def test_repeated_numbers_of_256_kb_extract(extractor: Extractor) -> None:
    text = FINDING_6 * (256 * 1024 // len(FINDING_6.encode()))
    assert len(windows(text)) == 2
    extraction = extractor.extract(Report(text=text, lang="ru"))
    sample = extractor.extract(Report(text=FINDING_6 * 3, lang="ru"))
    assert [c.key() for c in extraction.claims] == [c.key() for c in sample.claims]
    assert extraction.claims
    assert_exact(text, extraction)


def test_no_sentence_outgrows_the_bound(resources: Resources) -> None:
    text = FINDING_6 * 500
    doc = analyse(text, resources.lexer("ru"), resources.splitter("ru"))
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)
    for one, two in pairwise(doc.sentences):
        assert not text[one.end : two.start].strip()  # nothing between them is lost
        assert text[one.end - 1] == "."  # cut after a full stop, the best boundary there

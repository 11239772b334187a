"""Direct speech: «...», “...”, "..." with who said it and how the report describes them.

The marks are the language's `quote_marks` pairs, tried in the table's order; a mark inside a
quote found already belongs to that quote ("«Мы видели „Шахед“ над домом»"). A quote may run
over several paragraphs, each piece a span of its own: a paragraph that ends with the quote
still open goes on into the next, which may or may not reopen with a mark. Short quoted words
(«Герань», "terrifying") are names or the report's own wording, not a statement, and are left
out. The speaker is read by `speakers.QuoteSpeakers`; a quote with none right after one of the
same paragraph goes on in the same voice.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.outputs.speakers import QuoteSpeakers, Said
from claimledger.model import Quote, Span

MIN_WORDS = 3  # fewer quoted words are a name or the report's own wording
# A quote open over more paragraphs than this lost its closing mark.
_MAX_PARAGRAPHS = 6
# A quote with no speaker of its own goes on in the voice of one this close before it.
_CONTINUES = 160
_ENDS = frozenset({".", "!", "?", "…"})  # punctuation: the same marks in every language


@dataclass(frozen=True, slots=True)
class _Found:
    """A quote found, with its marks' offsets, its verb of speech and its paragraph."""

    quote: Quote
    start: int  # the opening mark
    end: int  # after the closing mark
    said: Said | None
    paragraph: int


def find_quotes(doc: Document, lex: Lexicon, speakers: QuoteSpeakers) -> list[Quote]:
    """The quotes of a document in text order."""
    paragraphs = _paragraphs(doc)
    out: list[_Found] = []
    for open_at, close_at in _pairs(doc.clean, lex.outputs.quote_marks, paragraphs):
        pieces = _pieces(doc, open_at + 1, close_at, paragraphs, lex)
        if sum(len(doc.text[s:e].split()) for s, e in pieces) < MIN_WORDS:
            continue
        said = speakers.before(open_at) or speakers.after(close_at + 1)
        paragraph = _paragraph_of(paragraphs, open_at)
        previous = out[-1] if out else None
        if (
            said is None
            and previous is not None
            and previous.said is not None
            and previous.paragraph == paragraph
            and open_at - previous.end < _CONTINUES
        ):
            said = previous.said
        if said is None and not _sentences_inside(doc, open_at, close_at):
            continue  # «Северный ветер», «уклонение от службы»: a name, a title, a phrase
        spans = [Span.of(doc.text, s, e) for s, e in pieces]
        quote = Quote(
            speaker=said.name if said else None,
            speaker_description=said.description if said else None,
            text="\n\n".join(span.text for span in spans),
            spans=spans,
            speaker_span=Span.of(doc.text, said.start, said.end) if said else None,
        )
        out.append(_Found(quote, open_at, close_at + 1, said, paragraph))
        speakers.heard(said)
    return [found.quote for found in out]


def _sentences_inside(doc: Document, start: int, end: int) -> bool:
    """Whether quoted words with no speaker are speech: they end a sentence inside the marks
    ("«Генералы должны быть в окопах.»"), as titles and names do not."""
    first = bisect_right([t.start for t in doc.tokens], start)
    for token in doc.tokens[first:]:
        if token.start >= end:
            return False
        if token.text in _ENDS:
            return True
    return False


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, from its sentences."""
    bounds: dict[int, tuple[int, int]] = {}
    for sentence in doc.sentences:
        start, end = bounds.get(sentence.paragraph, (sentence.start, sentence.end))
        bounds[sentence.paragraph] = (min(start, sentence.start), max(end, sentence.end))
    return [bounds[key] for key in sorted(bounds)]


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect_right([start for start, _ in paragraphs], offset) - 1)


def _pairs(
    text: str, marks: tuple[tuple[str, str], ...], paragraphs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(opening, closing) mark offsets of every quote, outermost only."""
    taken: list[tuple[int, int]] = []
    starts = {start for start, _ in paragraphs}
    for opening, closing in marks:
        for pair in _pairs_of(text, opening, closing, starts):
            if not any(s <= pair[0] <= e or s <= pair[1] <= e for s, e in taken):
                taken.append(pair)
    return sorted(taken)


def _pairs_of(text: str, opening: str, closing: str, starts: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    position = text.find(opening)
    while position >= 0:
        close = _closing(text, position, opening, closing, starts)
        if close is None:
            position = text.find(opening, position + 1)
            continue
        out.append((position, close))
        position = text.find(opening, close + 1)
    return out


def _closing(text: str, open_at: int, opening: str, closing: str, starts: set[int]) -> int | None:
    """The mark that closes the quote opened at `open_at`, counting marks nested inside (when
    the two marks differ) and passing a paragraph's reopening mark; None when it is unbalanced."""
    depth = 1
    crossed = 0
    cursor = open_at + 1
    while cursor < len(text):
        char = text[cursor]
        if cursor in starts:
            crossed += 1
            if crossed > _MAX_PARAGRAPHS:
                return None
        if char == closing and (opening != closing or not _reopens(cursor, text, starts)):
            depth -= 1
            if depth == 0:
                return cursor
        elif char == opening and opening != closing and not _reopens(cursor, text, starts):
            depth += 1
        cursor += 1
    return None


def _reopens(offset: int, text: str, starts: set[int]) -> bool:
    """A mark at the start of a paragraph inside an open quote goes on with it."""
    return offset in starts and offset > 0 and "\n" in text[max(0, offset - 3) : offset]


def _pieces(
    doc: Document, start: int, end: int, paragraphs: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """The quote's text per paragraph, without the marks that reopen a paragraph."""
    openings = {opening for opening, _ in lex.outputs.quote_marks}
    text = doc.text
    pieces: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        s, e = max(start, p_start), min(end, p_end)
        if s >= e:
            continue
        while s < e and (text[s].isspace() or (s == p_start and text[s] in openings)):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    return pieces

"""Direct speech: “...” or "..." with who said it and how the report describes them.

A quote may run over several paragraphs, each piece a span of its own; continuation paragraphs
may or may not reopen with a quote mark. Short quoted words ("terrifying", "united") are the
report's wording, not a statement, and are left out. The speaker is read before the quote
("X noted, “", "She recounted, “", "..., stating, “") or after it ("”, the governor said").
An unnamed speaker ("a Ukrainian defense official") keeps no name, only its description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.en.claimants import subject_phrase
from claimledger.extract.en.document import Document
from claimledger.extract.en.segments import paragraphs
from claimledger.extract.en.speakers import People, Speaker, parse_speaker
from claimledger.model import Quote, Span

_MIN_WORDS = 3
_SPEECH = (
    r"(?:said|says|stated|states|noted|notes|added|adds|recounted|wrote|writes|told(?:\s+\w+)?"
    r"|explained|declared|warned|emphasi[sz]ed|insisted|continued|remarked|recalled|commented"
    r"|posted|tweeted|asked|answered|replied|described|stressed|argued|concluded|observed"
    r"|shared|announced|claimed|reported|responded|urged|vowed|promised)"
)
_BEFORE_VERB = re.compile(rf"\b{_SPEECH}(?:\s+[\w’'-]+){{0,4}}?\s*[,:]\s*$", re.IGNORECASE)
_PARTICIPLE = re.compile(
    r",\s*(?:stating|saying|adding|noting|writing|declaring|explaining|warning|telling\s+\w+)"
    r"\s*[,:]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_SUBJECT = re.compile(
    r"^\s*(?P<np>(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b"
)
_AFTER = re.compile(
    rf"\s*[,.!?]?\s*(?:(?P<verb>{_SPEECH})\s+(?P<np1>[^,.;:“”\"]{{2,80}}?)"
    rf"|(?P<np2>[^,.;:“”\"]{{2,80}}?)\s+{_SPEECH})"
    r"(?:\s+(?:on|in|via|at|during|to)\b[^,.;:“”\"]{0,40})?\s*(?:[,.;:]|$)",
    re.IGNORECASE,
)
_CONTINUATION_MARKS = '“"'


@dataclass(frozen=True, slots=True)
class Found:
    quote: Quote
    start: int  # the opening mark
    end: int  # after the closing mark
    speaker: Speaker | None


def find_quotes(doc: Document, people: People) -> list[Found]:
    text = doc.text
    blocks = paragraphs(text)
    out: list[Found] = []
    previous: Found | None = None
    for open_at, close_at in _pairs(text, blocks):
        pieces = _pieces(text, open_at + 1, close_at, blocks)
        inner = " ".join(text[s:e] for s, e in pieces)
        if len(inner.split()) < _MIN_WORDS:
            continue
        speaker, name, description = _speaker(doc, people, open_at, close_at + 1)
        if speaker is None and previous is not None and _continues(doc, previous, open_at):
            speaker, name = previous.speaker, previous.quote.speaker
            description = previous.quote.speaker_description
        spans = [Span.of(text, s, e) for s, e in pieces]
        quote = Quote(
            speaker=name,
            speaker_description=description,
            text="\n\n".join(span.text for span in spans),
            spans=spans,
            speaker_span=Span.of(text, speaker.start, speaker.end) if speaker else None,
        )
        previous = Found(quote, open_at, close_at + 1, speaker)
        out.append(previous)
    return out


def _continues(doc: Document, previous: Found, open_at: int) -> bool:
    """A quote right after another in the same paragraph, with no speaker of its own, goes on
    with the same speaker."""
    same = doc.sentence_at(previous.start).paragraph == doc.sentence_at(open_at).paragraph
    return same and open_at - previous.end < 120 and previous.speaker is not None


def _pairs(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Opening and closing mark positions; curly marks first, then straight ones."""
    pairs = _curly_pairs(text, blocks)
    taken = [(a, b) for a, b in pairs]
    for a, b in _straight_pairs(text, blocks):
        if not any(s <= a <= e for s, e in taken):
            pairs.append((a, b))
    return sorted(pairs)


def _paragraph_starts(text: str, blocks: list[tuple[int, int]]) -> set[int]:
    return {start for start, _ in blocks}


def _curly_pairs(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    starts = _paragraph_starts(text, blocks)
    pairs: list[tuple[int, int]] = []
    position = 0
    while True:
        open_at = text.find("“", position)
        if open_at < 0:
            return pairs
        cursor = open_at + 1
        close_at = -1
        while True:
            next_close = text.find("”", cursor)
            next_open = text.find("“", cursor)
            if next_close < 0:
                break
            if 0 <= next_open < next_close and next_open not in starts:
                break
            if 0 <= next_open < next_close:
                cursor = next_open + 1
                continue
            close_at = next_close
            break
        if close_at < 0:
            position = open_at + 1
            continue
        pairs.append((open_at, close_at))
        position = close_at + 1


def _straight_pairs(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    marks = [m.start() for m in re.finditer(r"\"", text)]
    starts = _paragraph_starts(text, blocks)
    pairs: list[tuple[int, int]] = []
    index = 0
    while index + 1 < len(marks):
        open_at = marks[index]
        following = index + 1
        # A continuation paragraph reopens with a mark at its start: not a closing one.
        while (
            following < len(marks)
            and marks[following] in starts
            and _crosses(text, open_at, marks[following])
        ):
            following += 1
        if following >= len(marks):
            break
        pairs.append((open_at, marks[following]))
        index = following + 1
    return pairs


def _crosses(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def _pieces(
    text: str, start: int, end: int, blocks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        s, e = max(start, b_start), min(end, b_end)
        if s >= e:
            continue
        while s < e and (text[s].isspace() or (s == b_start and text[s] in _CONTINUATION_MARKS)):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    return pieces


def _speaker(
    doc: Document, people: People, open_at: int, after: int
) -> tuple[Speaker | None, str | None, str | None]:
    """The speaker, the name a quote gives it, and its description."""
    text = doc.text
    sentence = doc.sentence_at(open_at)
    left = text[sentence.start : open_at]
    speaker = _before(text, people, sentence.start, left)
    if speaker is None:
        speaker = _after(text, people, after)
    if speaker is None:
        return None, None, None
    if speaker.person or speaker.kind not in ("anonymous", "witness", "expert"):
        return speaker, speaker.name, speaker.description
    return speaker, None, text[speaker.start : speaker.end]


def _before(text: str, people: People, start: int, left: str) -> Speaker | None:
    if _PARTICIPLE.search(left):
        subject = _SENTENCE_SUBJECT.match(left)
        if subject is None:
            return None
        return parse_speaker(subject.group("np"), start + subject.start("np"), people)
    verb = _BEFORE_VERB.search(left)
    if verb is None:
        return None
    offset, phrase = subject_phrase(left[: verb.start()])
    if not phrase.strip():
        return None
    return parse_speaker(phrase, start + offset, people)


def _after(text: str, people: People, after: int) -> Speaker | None:
    match = _AFTER.match(text, after, min(len(text), after + 120))
    if match is None:
        return None
    group = "np1" if match.group("np1") else "np2"
    return parse_speaker(match.group(group), match.start(group), people)

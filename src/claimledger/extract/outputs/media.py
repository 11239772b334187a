"""Photos and videos a report says accompany its claims: "опубликовал видео", "на відео видно",
"accompanied by a video showing ...", read from the language's `[[media]]` rows.

A row names its kind, or leaves it to the noun it matched (a word of `video_nouns` or of
`photo_nouns`). The mention's claimant is whoever the caller says speaks at that point; its
provenance is "unclear" when a `media_provenance_unclear` marker stands in the same or the next
sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.outputs.cues import CueMatch, find_cues
from claimledger.model import Marker, MediaKind, MediaMention, Span


def find_media(
    doc: Document,
    lex: Lexicon,
    markers: Sequence[Marker],
    claimant_at: Callable[[int], str | None],
) -> list[MediaMention]:
    """The media mentions of a document; `claimant_at(offset)` names who speaks there."""
    unclear = {
        _sentence_of(doc, m.evidence.start) for m in markers if m.kind == "media_provenance_unclear"
    }
    out: list[MediaMention] = []
    for match in find_cues(doc, lex, lex.outputs.media):
        kind = _kind(doc, lex, match)
        if kind is None:
            continue
        start = match.start(doc)
        sentence = doc.tokens[match.first].sentence
        out.append(
            MediaMention(
                kind=kind,
                evidence=Span.of(doc.text, start, match.end(doc)),
                claimant=claimant_at(start),
                provenance="unclear" if {sentence, sentence + 1} & unclear else None,
            )
        )
    return out


def _kind(doc: Document, lex: Lexicon, match: CueMatch) -> MediaKind | None:
    if match.cue.kind in ("video", "photo"):
        return match.cue.kind  # type: ignore[return-value]  # checked on loading
    for token in doc.tokens[match.first : match.last]:
        forms = {token.low, token.lemma}
        if forms & lex.outputs.video_nouns:
            return "video"
        if forms & lex.outputs.photo_nouns:
            return "photo"
    return None


def _sentence_of(doc: Document, offset: int) -> int:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.index
    return -1

"""Phrases that qualify a report's claims: unverified, no comment, footage of unclear origin,
denials and hedges, read from the language's `[[markers]]` rows.

Hedges ("предположительно", "нібито", "reportedly") are everyday words, so they count only in a
sentence that carries a claim; the other kinds speak about the report as a whole and count
anywhere in it.
"""

from __future__ import annotations

from collections.abc import Collection

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Cue, Lexicon
from claimledger.extract.outputs.cues import find_cues
from claimledger.model import Marker, MarkerKind, Span

# Kinds that qualify only the claims of their own sentence.
CLAIM_BOUND: frozenset[str] = frozenset({"hedged"})


def find_markers(doc: Document, lex: Lexicon, claim_sentences: Collection[int]) -> list[Marker]:
    """The markers of a document; `claim_sentences` are the indexes of sentences with claims."""

    def usable(cue: Cue, sentence: Sentence) -> bool:
        return cue.kind not in CLAIM_BOUND or sentence.index in claim_sentences

    out: list[Marker] = []
    for match in find_cues(doc, lex, lex.outputs.markers, usable=usable):
        kind: MarkerKind = match.cue.kind  # type: ignore[assignment]  # checked on loading
        out.append(Marker(kind, Span.of(doc.text, match.start(doc), match.end(doc))))
    return out

"""Everything a report yields besides claims, in any language: quotes (speaker, description,
spans), markers (unverified, no comment, denied, hedged, footage of unclear origin), distance
and direction checks, and the photos and videos it mentions.

`read_outputs(doc, report, lang, resources, claims)` reads them over the same analysed
`Document` the claims are read from; the words come from the language's lexicon (`[outputs]`,
`[[markers]]`, `[[media]]`), the code names none. `may_hold_outputs(text, lang)` is the cheap
look that spares a report with no cue of any of them the analysis.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache

from claimledger.extract.dates import local_date
from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon, lexicon
from claimledger.extract.mentions.places import find_places
from claimledger.extract.mentions.speakers import Attribution
from claimledger.extract.mentions.types import ActorMention, PlaceRef
from claimledger.extract.outputs.checks import find_checks
from claimledger.extract.outputs.cues import holds_any, trigger_stems
from claimledger.extract.outputs.markers import find_markers
from claimledger.extract.outputs.media import find_media
from claimledger.extract.outputs.quotes import find_quotes
from claimledger.extract.outputs.speakers import QuoteSpeakers
from claimledger.model import Check, Claim, Language, Marker, MediaMention, Quote, Report
from claimledger.resources import Resources

__all__ = ["OUTPUT_FIELDS", "ReportOutputs", "may_hold_outputs", "read_outputs"]
OUTPUT_FIELDS = frozenset({"quotes", "markers", "checks", "media"})


@dataclass(slots=True)
class ReportOutputs:
    quotes: list[Quote] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    media: list[MediaMention] = field(default_factory=list)


def may_hold_outputs(text: str, lang: Language) -> bool:
    """Whether a text holds a cue of any output: a quote mark, or a stem of a marker, media or
    distance word. False means reading it would find nothing."""
    lex = lexicon(lang)
    if any(opening in text for opening, _ in lex.outputs.quote_marks):
        return True
    return holds_any(text.lower().replace("ё", "е"), _stems(lex))


@cache
def _stems(lex: Lexicon) -> frozenset[str]:
    outputs = lex.outputs
    units = {unit.lower() for unit in outputs.distance_units}
    return trigger_stems(lex, outputs.markers) | trigger_stems(lex, outputs.media) | units


def read_outputs(
    doc: Document,
    report: Report,
    lang: Language,
    resources: Resources,
    claims: Sequence[Claim] = (),
    places: list[PlaceRef] | None = None,
    fields: Collection[str] = OUTPUT_FIELDS,
) -> ReportOutputs:
    """The quotes, markers, checks and media of one analysed report; `claims` are its claims
    (hedges count in their sentences; media take their claimant), `places` its place mentions
    when the claims' reader found them already; `fields` the outputs wanted (the rest stay
    empty)."""
    if not doc.sentences:
        return ReportOutputs()
    lex = lexicon(lang)
    if places is None:
        places = find_places(doc, lex, resources.gazetteer, resources.place_morph(lang))
    claim_sentences = {_sentence_at(doc, c.evidence.start) for c in claims}
    markers = find_markers(doc, lex, claim_sentences)
    own = resources.registry.voice(report.meta.get("channel_id"), report.source)
    attribution = Attribution(doc, lex, resources.registry, own, local_date(report.published, lang))
    actors: dict[int, list[ActorMention]] = {}

    def actors_of(sentence: Sentence) -> list[ActorMention]:
        if sentence.index not in actors:
            actors[sentence.index] = attribution.actors(sentence, places)
        return actors[sentence.index]

    def claimant_at(offset: int) -> str | None:
        """Who publishes at an offset: the sentence's speaker, else the actor named last
        before it in the sentence ("Минобороны опубликовало видео"), else the claim before's."""
        sentence = doc.sentences[_sentence_at(doc, offset)]
        found = actors_of(sentence)
        said = attribution.speaker(sentence, found).speaker
        if said is not None:
            return said.name
        before = [a.speaker for a in found if a.speaker and doc.tokens[a.first].start < offset]
        if before:
            return before[-1].name
        earlier = [c for c in claims if c.evidence.start < offset]
        return earlier[-1].claimant if earlier else None

    out = ReportOutputs(markers=markers if "markers" in fields else [])
    if "quotes" in fields and any(a in doc.clean for a, _ in lex.outputs.quote_marks):
        out.quotes = find_quotes(doc, lex, QuoteSpeakers(doc, lex, places, actors_of))
    if "checks" in fields:
        out.checks = find_checks(doc, lex, places)
    if "media" in fields:
        out.media = find_media(doc, lex, markers, claimant_at)
    return out


def _sentence_at(doc: Document, offset: int) -> int:
    """The index of the sentence holding an offset (the last one starting before it)."""
    found = 0
    for sentence in doc.sentences:
        if sentence.start > offset:
            break
        found = sentence.index
    return found

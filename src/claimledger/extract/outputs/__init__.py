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
from claimledger.extract.outputs.cues import Triggers, holds_any, trigger_stems
from claimledger.extract.outputs.markers import CLAIM_BOUND, find_markers
from claimledger.extract.outputs.media import find_media
from claimledger.extract.outputs.quotes import MIN_WORDS, find_quotes
from claimledger.extract.outputs.speakers import QuoteSpeakers, Said
from claimledger.model import Check, Claim, Language, Marker, MediaMention, Quote, Report
from claimledger.resources import Resources

__all__ = ["OUTPUT_FIELDS", "ReportOutputs", "may_hold_outputs", "read_outputs"]
OUTPUT_FIELDS = frozenset({"quotes", "markers", "checks", "media"})
# How many sentences back "он", "в ведомстве" may find the one who spoke.
_VOICE_REACH = 3


@dataclass(slots=True)
class ReportOutputs:
    """What a report holds beside its claims: quotes, markers, checks and media mentions."""

    quotes: list[Quote] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    media: list[MediaMention] = field(default_factory=list)


def may_hold_outputs(text: str, lang: Language) -> bool:
    """Whether a text may hold an output: a marker, a photo or video, a distance, or a quote
    of a few words (with a verb of speech or without: a quote of whole sentences stands on its
    own). False means reading it would find none of them (hedges count only beside claims, so
    only a report with a cue of a claim gets them)."""
    low = text.lower().replace("ё", "е")
    return holds_any(low, _triggers(lexicon(lang))) or _quoted(
        text, lexicon(lang).outputs.quote_marks
    )


@cache
def _triggers(lex: Lexicon) -> Triggers:
    outputs = lex.outputs
    markers = tuple(cue for cue in outputs.markers if cue.kind not in CLAIM_BOUND)
    units = tuple((frozenset({unit.lower()}),) for unit in outputs.distance_units)
    return trigger_stems(lex, markers) + trigger_stems(lex, outputs.media) + units


def _quoted(text: str, marks: tuple[tuple[str, str], ...]) -> bool:
    """Whether a pair of quote marks holds enough words to be a quote."""
    for opening, closing in marks:
        start = text.find(opening)
        while start >= 0:
            end = text.find(closing, start + 1)
            if end < 0:
                break
            if len(text[start + 1 : end].split()) >= MIN_WORDS:
                return True
            start = text.find(opening, end + 1)
    return False


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

    def voice_before(index: int) -> Said | None:
        """The speaker the sentences just before sentence `index` name ("Об этом сообщили в
        Минобороны. «...», — говорится в сообщении ведомства")."""
        for sentence in reversed(doc.sentences[max(0, index - _VOICE_REACH) : index]):
            said = attribution.speaker(sentence, actors_of(sentence))
            if said.speaker is not None and said.mention is not None:
                first, last = doc.tokens[said.mention.first], doc.tokens[said.mention.last - 1]
                return Said(said.speaker.name, None, first.start, last.end)
        return None

    out = ReportOutputs(markers=markers if "markers" in fields else [])
    if "quotes" in fields and any(a in doc.clean for a, _ in lex.outputs.quote_marks):
        speakers = QuoteSpeakers(doc, lex, places, actors_of, voice_before)
        out.quotes = find_quotes(doc, lex, speakers)
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

"""One report through the stages, in any language: document, mentions, drafts, settled claims.

Stage 1 (`document`) cuts the text into sentences and tokens with lemmas; stage 2 (`mentions`)
finds places, named weapon models, actors and dates; stage 3 (`grammar`) reads each sentence's
counts, weapons and actions into drafts; stage 4 (`resolve`) carries speakers over, settles each
draft's claimant, place, date and attacking side, and makes the claims. The language decides only
which lexicon, splitter and morphology are used.

`read_report` reads the claims and everything else a report yields (quotes, markers, checks,
media: `outputs.read_outputs`) over one analysed document; `add_outputs` gives the outputs to an
extraction whose claims another reader made.
"""

from __future__ import annotations

from collections.abc import Collection

from claimledger.catalog.actors import actors
from claimledger.extract.dates import local_datetime
from claimledger.extract.document.tokens import Document, analyse
from claimledger.extract.fastpath import may_hold_claims
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import Lexicon, lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.models import ModelMention, find_models
from claimledger.extract.mentions.places import find_places
from claimledger.extract.mentions.speakers import Attribution
from claimledger.extract.mentions.types import PlaceRef, Speaker
from claimledger.extract.mentions.villages import known_with_villages
from claimledger.extract.outputs import OUTPUT_FIELDS, may_hold_outputs, read_outputs
from claimledger.extract.outputs.cues import find_cues
from claimledger.extract.resolve.claims import claims_of
from claimledger.extract.resolve.settle import settle
from claimledger.extract.resolve.voices import voices_of
from claimledger.model import Claim, Extraction, Language, Report
from claimledger.resources import Resources
from claimledger.sources.registry import site_voice, syndicated_voice

__all__ = ["add_outputs", "read_claims", "read_outputs", "read_report"]


def read_claims(report: Report, lang: Language, resources: Resources) -> list[Claim]:
    """The claims of one report in `lang`."""
    doc = analyse(report.text, resources.lexer(lang), resources.splitter(lang))
    models = find_models(doc.clean, lang)
    return claims_in(doc, report, lang, resources, _places(doc, lang, resources, models), models)


def read_report(report: Report, lang: Language, resources: Resources) -> Extraction:
    """Claims and outputs of one report, over one analysed document. A report the fast path
    rejects (no weapon or air attack, or no word of action or harm) yields nothing: its quotes
    and markers would speak of no claim."""
    if not may_hold_claims(report.text, lang):
        return Extraction(report)
    doc = analyse(report.text, resources.lexer(lang), resources.splitter(lang))
    models = find_models(doc.clean, lang)  # read once: for the places and for the claims
    places = _places(doc, lang, resources, models)
    found = claims_in(doc, report, lang, resources, places, models)
    if found and lexicon(lang).outputs.media_hides_claims:
        found = _outside_media(doc, lexicon(lang), found)
    outputs = read_outputs(doc, report, lang, resources, found, places)
    return Extraction(report, found, outputs.quotes, outputs.markers, outputs.checks, outputs.media)


def add_outputs(
    extraction: Extraction,
    lang: Language,
    resources: Resources,
    fields: Collection[str] = OUTPUT_FIELDS,
) -> Extraction:
    """The quotes, markers, checks and media (or the `fields` named) of a report whose claims
    another reader made; the outputs not named stay as that reader left them."""
    report = extraction.report
    if not (extraction.claims or may_hold_outputs(report.text, lang)):
        for name in fields:
            setattr(extraction, name, [])
        return extraction
    doc = analyse(report.text, resources.lexer(lang), resources.splitter(lang))
    outputs = read_outputs(doc, report, lang, resources, extraction.claims, fields=fields)
    for name in fields:
        setattr(extraction, name, getattr(outputs, name))
    return extraction


def _outside_media(doc: Document, lex: Lexicon, claims: list[Claim]) -> list[Claim]:
    """The claims whose evidence does not start inside a media mention: what a photo or video
    is said to show is a description of it, not a claim."""
    depicted = [(m.start(doc), m.end(doc)) for m in find_cues(doc, lex, lex.outputs.media)]
    return [c for c in claims if not any(s <= c.evidence.start < e for s, e in depicted)]


def _places(
    doc: Document, lang: Language, resources: Resources, models: list[ModelMention]
) -> list[PlaceRef]:
    if not doc.sentences:
        return []
    found = find_places(doc, lexicon(lang), resources.gazetteer, resources.place_morph(lang))
    # a weapon named after a place ("ракета «Палестина-2»") is the model's name, not a place
    named = [(m.start, m.end) for m in models]
    return [p for p in found if not any(s <= p.start and p.end <= e for s, e in named)]


def claims_in(
    doc: Document,
    report: Report,
    lang: Language,
    resources: Resources,
    places: list[PlaceRef],
    models: list[ModelMention],
) -> list[Claim]:
    """The claims of an analysed report, with its place and weapon-model mentions."""
    if not doc.sentences:
        return []
    lex = lexicon(lang)
    known = known_with_villages(resources.gazetteer.places, places)
    # the officials' home cities, which their words with no place are of (located.speaker_place),
    # known whether or not the text names them
    homes = actors().home_cities
    missing = {code: resources.gazetteer.get(code) for code in homes if code not in known}
    if missing:
        known = {**known, **{code: place for code, place in missing.items() if place is not None}}
    published = local_datetime(report.published, lang)
    # The report's own voice: its channel, its source's name, else the site of its address.
    registry = resources.registry
    channel = report.meta.get("channel_id")
    own = registry.lookup(channel, report.source) or (
        registry.lookup(report.url) if report.url else None
    )
    if own is None:
        named = channel or report.source
        own = syndicated_voice(report.text) or (
            registry.voice(channel, report.source)
            if named
            else site_voice(report.url, report.id, lang)
        )
    day = published.date() if published else None
    attribution = Attribution(doc, lex, resources.registry, own, day)
    reader = SentenceReader(
        doc,
        lex,
        models,
        places,
        known,
        attribution,
        DateReader(doc, lex, published),
    )
    for sentence in doc.sentences:
        reader.read(sentence)
    # a national force's own channel speaks nationally ("Усі три збиті" of the Air Force is
    # its own count, not of the region named before: resolve/settle.py)
    national = own.name in actors().national_names
    outlet = Speaker(own.name, own.side, own.kind, national=national)
    drafts = settle(reader, voices_of(reader), outlet, published)
    return claims_of(
        doc, drafts, known, lex.headline_claims, lex.words.fresh_words, lex.words.verb_particles
    )

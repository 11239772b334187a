"""One report through the stages, in any language: document, mentions, drafts, settled claims.

Stage 1 (`document`) cuts the text into sentences and tokens with lemmas; stage 2 (`mentions`)
finds places, named weapon models, actors and dates; stage 3 (`grammar`) reads each sentence's
counts, weapons and actions into drafts; stage 4 (`resolve`) carries speakers over, settles each
draft's claimant, place, date and attacking side, and makes the claims. The language decides only
which lexicon, splitter and morphology are used.
"""

from __future__ import annotations

from claimledger.extract.dates import local_datetime
from claimledger.extract.document.tokens import analyse
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.models import find_models
from claimledger.extract.mentions.places import find_places
from claimledger.extract.mentions.speakers import Attribution
from claimledger.extract.mentions.types import Speaker
from claimledger.extract.resolve.claims import claims_of
from claimledger.extract.resolve.settle import settle
from claimledger.extract.resolve.voices import voices_of
from claimledger.model import Claim, Language, Report
from claimledger.resources import Resources
from claimledger.sources.registry import site_voice


def read_claims(report: Report, lang: Language, resources: Resources) -> list[Claim]:
    """The claims of one report in `lang`."""
    lex = lexicon(lang)
    doc = analyse(report.text, resources.lexer(lang), resources.splitter(lang))
    if not doc.sentences:
        return []
    gazetteer = resources.gazetteer
    places = find_places(doc, lex, gazetteer, resources.place_morph(lang))
    published = local_datetime(report.published, lang)
    # The report's own voice: its channel, its source's name, else the site of its address.
    registry = resources.registry
    channel = report.meta.get("channel_id")
    own = registry.lookup(channel, report.source) or (
        registry.lookup(report.url) if report.url else None
    )
    if own is None:
        named = channel or report.source
        own = registry.voice(channel, report.source) if named else site_voice(report.url)
    day = published.date() if published else None
    attribution = Attribution(doc, lex, resources.registry, own, day)
    reader = SentenceReader(
        doc,
        lex,
        find_models(doc.clean, lang),
        places,
        gazetteer.places,
        attribution,
        DateReader(doc, lex, published),
    )
    for sentence in doc.sentences:
        reader.read(sentence)
    outlet = Speaker(own.name, own.side, own.kind)
    drafts = settle(reader, voices_of(reader), outlet, published)
    return claims_of(doc, drafts, gazetteer.places, lex.headline_claims)

"""One report through the stages, in any language: document, mentions, drafts, settled claims.

Stage 1 (`document`) cuts the text into sentences and tokens with lemmas; stage 2 (`mentions`)
finds places, named weapon models, actors and dates; stage 3 (`grammar`) reads each sentence's
counts, weapons and actions into drafts; stage 4 (`resolve`) carries speakers over, settles each
draft's claimant, place, date and attacking side, and makes the claims. The language decides only
which lexicon, splitter and morphology are used.
"""

from __future__ import annotations

from urllib.parse import urlsplit

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
from claimledger.sources.registry import SourceInfo


def _voice(report: Report, resources: Resources) -> SourceInfo:
    """The report's own voice: its channel or source, else the site of its page (the registry
    knows outlets by their sites; an unknown one is named by its domain)."""
    registry = resources.registry
    channel = report.meta.get("channel_id")
    found = registry.lookup(channel, report.source, report.url)
    if found is not None:
        return found
    site = urlsplit(report.url).hostname if report.url else None
    if site and not report.source:
        site = site.removeprefix("www.").removeprefix("amp.")
        return _site_voice(site) or registry.voice(channel, site)
    return registry.voice(channel, report.source)


# A site the registry does not know speaks for the country of its domain: a news site under .ua
# is a Ukrainian outlet, one under .gov.ua a Ukrainian authority (a region's administration).
_DOMAINS: tuple[tuple[str, str, str], ...] = (
    (".gov.ua", "official", "ua"),
    (".ua", "outlet", "ua"),
    (".gov.ru", "official", "ru"),
    (".ru", "outlet", "ru"),
)


def _site_voice(site: str) -> SourceInfo | None:
    for suffix, kind, side in _DOMAINS:
        if site.endswith(suffix):
            return SourceInfo(site, kind, side)
    return None


def read_claims(report: Report, lang: Language, resources: Resources) -> list[Claim]:
    """The claims of one report in `lang`."""
    lex = lexicon(lang)
    doc = analyse(report.text, resources.lexer(lang), resources.splitter(lang))
    if not doc.sentences:
        return []
    gazetteer = resources.gazetteer
    places = find_places(doc, lex, gazetteer, resources.place_morph(lang))
    published = local_datetime(report.published, lang)
    own = _voice(report, resources)
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
    return claims_of(doc, drafts, gazetteer.places)

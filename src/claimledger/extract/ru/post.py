"""A whole post: sentences read in order, then speakers, dates and sides settled, claims made.

Speakers carry over from sentence to sentence within a paragraph, and into the next paragraph
when the speaker was talking about the air war; a bulleted item starts afresh. A trailing
attribution ("..., — Собянин") also covers the sentences of its paragraph before it. A speaker
who stands for one region (a governor, local authorities) does not carry over to a claim about
another region: that claim is the outlet's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from claimledger.extract.dates import local_datetime
from claimledger.extract.document.morphology import lexer_for
from claimledger.extract.document.tokens import Document, analyse
from claimledger.extract.grammar.draft import WEAPON_ACTIONS, Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import lexicon
from claimledger.extract.mentions.dates import DateReader
from claimledger.extract.mentions.types import DateMention, Speaker
from claimledger.extract.ru.attribution import (
    SPEECH_VERBS,
    Attribution,
    SentenceSpeaker,
    official_of,
    speaker_of,
)
from claimledger.extract.ru.governors import APPROACHES, mayor_for
from claimledger.extract.ru.places import country_of_code, find_places, region_of_code
from claimledger.extract.slavic.weapons import find_models
from claimledger.model import MISSILE_KINDS, Claim, Report, Span
from claimledger.places.model import Place
from claimledger.resources import Resources

LANG = "ru"
# Regions of Ukraine whose air defence Russian reports speak for: attacks there are Ukrainian.
HELD_BY_RU = frozenset({"UA-43", "UA-40", "UA-14", "UA-09"})
SUBJECT_SIDES: dict[str, str] = {"всу": "ua", "украина": "ua", "россия": "ru", "рф": "ru"}
FORCE_WORDS = frozenset({"военный", "войско", "армия", "сила", "вс"})
SIDE_ADJECTIVES = {"украинский": "ua", "российский": "ru"}


@cache
def _unnamed() -> Speaker:
    """ "Сообщается", "появились сообщения": no one named."""
    return speaker_of("unnamed_reports", None)


@dataclass(slots=True)
class Voice:
    """The speaker of one sentence after carrying over, and whether it was carried."""

    speaker: Speaker | None
    source: SentenceSpeaker | None
    inherited: bool
    official: Speaker | None = None  # the last regional official named before this sentence


def read_post(report: Report, resources: Resources) -> list[Claim]:
    morph = resources.morph(LANG)
    doc = analyse(report.text, lexer_for(morph))
    if not doc.sentences:
        return []
    gazetteer = resources.gazetteer
    places = find_places(doc, gazetteer, morph)
    published = local_datetime(report.published, LANG)
    own = resources.registry.voice(report.meta.get("channel_id"), report.source)
    attribution = Attribution(doc, resources.registry, own, published.date() if published else None)
    lex = lexicon(LANG)
    reader = SentenceReader(
        doc,
        lex,
        find_models(doc.clean),
        places,
        gazetteer.places,
        attribution,
        DateReader(doc, lex, published),
    )
    for sentence in doc.sentences:
        reader.read(sentence)
    outlet = Speaker(own.name, own.side, own.kind)
    voices = _voices(reader)
    drafts = _settle(reader, voices, outlet, published)
    return _claims(doc, drafts, gazetteer.places)


def _voices(reader: SentenceReader) -> list[Voice]:
    doc = reader.doc
    voices: list[Voice] = []
    current: SentenceSpeaker | None = None
    current_air = False
    previous_paragraph: int | None = None
    official: Speaker | None = None
    for index, sentence in enumerate(doc.sentences):
        facts = reader.facts[index]
        own = facts.speaker
        if voices:
            voices[-1].official = voices[-1].official or official
        official = _named_official(own) or official
        new_paragraph = previous_paragraph is not None and sentence.paragraph != previous_paragraph
        carries = current_air or (current is not None and current.header)
        if new_paragraph and (sentence.bullet or not carries):
            current = None
        previous_paragraph = sentence.paragraph
        air = bool(facts.phrases or reader.drafts[index])
        if own.reset:
            current, current_air = None, False
            voices.append(Voice(None, None, False))
            continue
        if own.explicit:
            same = current is not None and current.speaker == own.speaker
            own = _localised(reader, index, own)
            current, current_air = own, air or (same and current_air)
            voices.append(Voice(own.speaker, own, False))
            continue
        if own.back or own.unnamed:
            if current is not None:
                voices.append(Voice(current.speaker, current, False))
            else:
                voices.append(Voice(_unnamed() if own.unnamed else None, None, False))
            current_air = current_air or air
            continue
        voices.append(Voice(current.speaker if current else None, current, current is not None))
        current_air = current_air or air
    if voices:
        voices[-1].official = voices[-1].official or official
    _backfill(reader, voices)
    return voices


def _named_official(own: SentenceSpeaker) -> Speaker | None:
    """A governor or mayor named in person ("Губернатор ... Андрей Воробьев написал")."""
    if (
        own.speaker is not None
        and own.speaker.region
        and own.mention is not None
        and not (own.mention.role or own.mention.local)
    ):
        return own.speaker
    return None


def _localised(reader: SentenceReader, index: int, own: SentenceSpeaker) -> SentenceSpeaker:
    """Local authorities speak for the region of their own sentence's claims or places."""
    if own.mention is None or not own.mention.local or own.speaker is None:
        return own
    places = reader.gazetteer_places
    locations = [d.location for d in reader.drafts[index] if d.location]
    locations += [p.place.code for p in reader.facts[index].places]
    location = locations[0] if locations else None
    speaker = _local_side(own.speaker, location, places)
    return SentenceSpeaker(
        speaker, own.mention, own.back, own.reset, own.trailing, own.header, own.unnamed
    )


def _backfill(reader: SentenceReader, voices: list[Voice]) -> None:
    """A trailing "— Собянин" covers its paragraph; "Об этом сообщил X" the sentence before."""
    doc = reader.doc
    for index, sentence in enumerate(doc.sentences):
        own = reader.facts[index].speaker
        opens_with_this = [t.low for t in doc.sentence_tokens(sentence)[:2]] == ["об", "этом"]
        if not (own.trailing or opens_with_this) or not own.explicit:
            continue
        alone = own.trailing and _attribution_only(reader, index)
        back = index - 1
        while back >= 0:
            earlier = doc.sentences[back]
            if not (opens_with_this or alone) and earlier.paragraph != sentence.paragraph:
                break
            if alone and earlier.bullet:
                break
            theirs = reader.facts[back].speaker
            if theirs.explicit or theirs.reset:
                break
            voices[back] = Voice(_localised(reader, index, own).speaker, own, False)
            if opens_with_this:
                break
            back -= 1


def _attribution_only(reader: SentenceReader, index: int) -> bool:
    """A line that is nothing but "— губернатор области.": it signs the paragraphs above it."""
    sentence = reader.doc.sentences[index]
    mention = reader.facts[index].speaker.mention
    if mention is None:
        return False
    words = [t for t in reader.doc.sentence_tokens(sentence) if t.is_word]
    return all(mention.first <= t.index < mention.last or t.lemma in SPEECH_VERBS for t in words)


def _settle(
    reader: SentenceReader, voices: list[Voice], outlet: Speaker, published: datetime | None
) -> list[Draft]:
    places = reader.gazetteer_places
    today = published.date() if published else None
    out: list[Draft] = []
    last_date: tuple[str | None, tuple[int, int]] | None = None
    for index, drafts in enumerate(reader.drafts):
        facts = reader.facts[index]
        voice = voices[index]
        if (
            voice.inherited
            and voice.speaker is not None
            and not all(_fits(voice.speaker, d.location, places, voice.source) for d in drafts)
        ):
            voice = Voice(None, None, False)  # one sentence, one voice: the outlet's
        for draft in drafts:
            speaker = _speaker_for(draft, voice, places, today) or outlet
            draft.speaker = speaker
            if (
                voice.source is not None
                and voice.source.mention is not None
                and speaker is not outlet
            ):
                mention = voice.source.mention
                draft.speaker_span = (mention.first, mention.last)
                draft.speaker_named = not (mention.role or mention.local or mention.back)
            explicit = facts.speaker.explicit
            if speaker.region and (
                (draft.location is None and draft.speaker_region)
                or (
                    explicit
                    and draft.location_source in (None, "context")
                    and not _within(draft.location, speaker.region, places)
                )
            ):
                draft.location, draft.location_source = speaker.region, "speaker"
            if (
                explicit
                and speaker.region is None
                and speaker.kind == "military"
                and (draft.location_source == "context")
            ):
                draft.location = None  # a ministry's count is its own, not the last place said
            _date(reader, draft, facts.dates, last_date, today)
            draft.side = _attacker(reader, draft, speaker, places)
            if draft.location is None:
                draft.location = _default_location(draft, speaker)
            out.append(draft)
        if facts.dates:
            said = facts.dates[-1]
            last_date = (said.value, (said.first, said.last))
    return out


def _speaker_for(
    draft: Draft, voice: Voice, places: dict[str, Place], today: date | None
) -> Speaker | None:
    source = voice.source
    speaker = voice.speaker
    if (
        source is not None
        and source.mention is not None
        and source.mention.role
        and speaker is None
    ):
        speaker = _role_speaker(draft, source.mention.role_word, voice.official, places, today)
    if speaker is None:
        return None
    if (
        source is not None
        and source.mention is not None
        and source.mention.local
        and (speaker.region is None)
    ):
        speaker = _local_side(speaker, draft.location, places)
    if voice.inherited and not _fits(speaker, draft.location, places, source):
        return None
    return speaker


def _within(location: str | None, region: str, places: dict[str, Place]) -> bool:
    """A claim's place lies in the official's region, or on its city's approaches."""
    claimed = region_of_code(location, places) if location else None
    return claimed is not None and claimed in (region, APPROACHES.get(region))


def _role_speaker(
    draft: Draft, role: str, official: Speaker | None, places: dict[str, Place], today: date | None
) -> Speaker:
    """A role ("сообщил губернатор", "— мэр"): the official of the claim's region,
    or the official the post named before when the claim has no region of its own."""
    region = region_of_code(draft.location, places) if draft.location else None
    if official is not None and (region is None or _fits(official, draft.location, places, None)):
        return official
    if role == "мэр":
        region = mayor_for(region)
    speaker = official_of(region, today)
    if speaker is None:
        speaker = Speaker(
            "regional governor", _place_side(draft.location, places), "official", region
        )
    return speaker


def _local_side(speaker: Speaker, location: str | None, places: dict[str, Place]) -> Speaker:
    side = _place_side(location, places)
    region = region_of_code(location, places) if location else None
    return Speaker(speaker.name, side, speaker.kind, region)


def _place_side(location: str | None, places: dict[str, Place]) -> str | None:
    """Whose authorities speak for a place: Russian for Russia and the regions it holds."""
    if location is None:
        return None
    region = region_of_code(location, places)
    if region in HELD_BY_RU:
        return "ru"
    country = country_of_code(location, places)
    return {"RU": "ru", "UA": "ua"}.get(country or "")


def _fits(
    speaker: Speaker, location: str | None, places: dict[str, Place], source: SentenceSpeaker | None
) -> bool:
    """An official of one region speaks only for claims about that region."""
    region = speaker.region
    if region is None or location is None:
        return True
    claimed = region_of_code(location, places)
    return claimed is not None and claimed in (region, APPROACHES.get(region))


def _default_location(draft: Draft, speaker: Speaker) -> str | None:
    """A count with no place of its own: the country the attacker struck at."""
    if draft.action not in WEAPON_ACTIONS:
        return None
    return {"ua": "RU", "ru": "UA"}.get(draft.side or "")


def _date(
    reader: SentenceReader,
    draft: Draft,
    dates: list[DateMention],
    last_date: tuple[str | None, tuple[int, int]] | None,
    today: date | None,
) -> None:
    clause = next(
        (
            c
            for c in reader.facts[reader.doc.tokens[draft.first].sentence].clauses
            if c[0] <= draft.first < c[1]
        ),
        (draft.first, draft.last),
    )
    in_clause = [d for d in dates if clause[0] <= d.first < clause[1]]
    before = [d for d in dates if d.first < draft.first]
    chosen = in_clause[-1] if in_clause else (before[-1] if before else None)
    if chosen is not None and chosen.history:
        draft.history = True
    if chosen is not None:
        draft.date, draft.date_span = chosen.value, (chosen.first, chosen.last)
    elif last_date is not None:
        draft.date = last_date[0]
    else:
        draft.date = today.isoformat() if today else None


def _attacker(
    reader: SentenceReader, draft: Draft, speaker: Speaker, places: dict[str, Place]
) -> str | None:
    opposite = {"ru": "ua", "ua": "ru"}
    if draft.side is not None:
        return draft.side
    if draft.hostile and speaker.side in opposite:
        return opposite[speaker.side or ""]
    subject = _subject_side(reader, draft)
    if subject is not None:
        return subject
    if speaker.side in opposite:
        return opposite[speaker.side or ""]
    side = _place_side(draft.location, places)
    return opposite.get(side or "")


def _subject_side(reader: SentenceReader, draft: Draft) -> str | None:
    """The acting side: "ВСУ выпустили", "Россия атаковала", "российские военные применили"."""
    doc = reader.doc
    sentence = draft.sentence
    speaker = reader.facts[sentence.index].speaker.mention
    end = draft.action_token if draft.action_token is not None else draft.first
    for index in range(sentence.first, min(end, sentence.last)):
        token = doc.tokens[index]
        if speaker is not None and speaker.first <= index < speaker.last:
            continue
        side = SUBJECT_SIDES.get(token.low)
        if side is not None and (token.low in ("всу",) or "nomn" in token.info.grams):
            if token.low == "рф" and (index == 0 or doc.tokens[index - 1].low != "вс"):
                continue
            return side
        adjective = SIDE_ADJECTIVES.get(token.lemma)
        if adjective and index + 1 < sentence.last and doc.tokens[index + 1].lemma in FORCE_WORDS:
            return adjective
    return None


def _claims(doc: Document, drafts: list[Draft], places: dict[str, Place]) -> list[Claim]:
    """One claim per (action, weapon, quantity, location); two towns make two claims."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.history:
            continue  # "в 2023 году было сбито ...": another event, told as background
        twin = next((k for k in kept if _same(k, draft, places)), None)
        if twin is None:
            kept.append(draft)
        elif (
            _detail(twin) is None and _detail(draft) is not None and draft.location == twin.location
        ):
            kept[kept.index(twin)] = draft
        elif twin.location != draft.location and _inside(twin.location, draft.location, places):
            kept[kept.index(twin)] = draft  # the town said first, its region said after
        elif _country_of(twin.location, draft.location, places):
            kept[kept.index(twin)] = draft  # "семь ракет сбито", then where: over Kursk Oblast
        elif _named(draft) and not _named(twin) and draft.location == twin.location:
            kept[kept.index(twin)] = draft  # a headline's "— мэр" restated with the mayor's name
        elif _regional(draft) and _group(twin) and draft.location == twin.location:
            kept[kept.index(twin)] = draft  # "— заявления губернаторов", then the governor by name
    return [_claim(doc, draft) for draft in sorted(kept, key=lambda d: d.first)]


def _named(draft: Draft) -> bool:
    return draft.speaker_named


def _regional(draft: Draft) -> bool:
    """Said by one region's official named in person."""
    speaker = draft.speaker
    return draft.speaker_named and speaker is not None and speaker.region is not None


def _group(draft: Draft) -> bool:
    """Said by officials of several regions at once ("губернаторы двух областей")."""
    speaker = draft.speaker
    return speaker is not None and speaker.kind == "official" and speaker.region is None


def _inside(town: str | None, region: str | None, places: dict[str, Place]) -> bool:
    place = places.get(town or "")
    return place is not None and place.kind in ("city", "district") and place.region == region


def _country_of(country: str | None, code: str | None, places: dict[str, Place]) -> bool:
    """`country` is the country that holds `code` ("RU" holds "RU-KRS" and "city:Kursk")."""
    place = places.get(country or "")
    if place is None or place.kind != "country" or code is None or code == country:
        return False
    return country_of_code(code, places) == country


def _same(one: Draft, other: Draft, places: dict[str, Place]) -> bool:
    if (one.action, one.quantity) != (other.action, other.quantity):
        return False
    if one.weapon != other.weapon and not (
        {one.weapon, other.weapon} <= MISSILE_KINDS and "missile" in (one.weapon, other.weapon)
    ):
        return False
    if one.location != other.location:
        if one.sentence.index != other.sentence.index and (
            _country_of(one.location, other.location, places)
            or _country_of(other.location, one.location, places)
        ):
            return True  # a restatement that names the region the first one left out
        return _inside(one.location, other.location, places) or _inside(
            other.location, one.location, places
        )
    detail, other_detail = _detail(one), _detail(other)
    return detail is None or other_detail is None or detail == other_detail


def _detail(draft: Draft) -> str | None:
    """The town a claim names, finer than its location code ("в Раменском" within RU-MOS)."""
    for ref in draft.places or draft.location_refs:
        if ref.place.kind in ("city", "district"):
            return ref.place.code.split(":", 1)[-1]
    return None


def _span(doc: Document, first: int, last: int) -> Span:
    return Span.of(doc.text, doc.tokens[first].start, doc.tokens[last - 1].end)


def _claim(doc: Document, draft: Draft) -> Claim:
    speaker = draft.speaker
    spans: dict[str, Span] = {}
    if draft.number is not None:
        spans["number"] = _span(doc, *draft.number)
    if draft.action_token is not None:
        spans["action"] = _span(doc, draft.action_token, draft.action_token + 1)
    if draft.phrase is not None:
        spans["weapon"] = _span(doc, draft.phrase.first, draft.phrase.last)
    if draft.places:
        place = draft.places[0]
        spans["place"] = Span.of(doc.text, place.start, place.end)
    if draft.speaker_span is not None:
        spans["claimant"] = _span(doc, *draft.speaker_span)
    if draft.date_span is not None:
        spans["date"] = _span(doc, *draft.date_span)
    return Claim(
        action=draft.action,  # type: ignore[arg-type]
        quantity=draft.quantity,
        evidence=_span(doc, draft.first, draft.last),
        weapon=draft.weapon,  # type: ignore[arg-type]
        model=draft.model,
        qualifier=draft.qualifier,  # type: ignore[arg-type]
        location=draft.location,
        claimant=speaker.name if speaker else None,
        claimant_side=speaker.side if speaker else None,  # type: ignore[arg-type]
        claimant_kind=speaker.kind if speaker else None,  # type: ignore[arg-type]
        attacker_side=draft.side,  # type: ignore[arg-type]
        date=draft.date,
        spans=spans,
    )

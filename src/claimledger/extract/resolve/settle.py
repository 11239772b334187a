"""Settling a post's drafts: the speaker of each (its sentence's voice, an office named by
role, or the outlet), a place from the speaker's region, the date, the attacking side.

A speaker who stands for one region (a governor, local authorities) does not carry over to a claim
about another region: that claim is the outlet's own.
"""

from __future__ import annotations

from datetime import date, datetime

from claimledger.extract.grammar.draft import WEAPON_ACTIONS, Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.actors import official_of
from claimledger.extract.mentions.places import APPROACHES, mayor_for, region_of_code
from claimledger.extract.mentions.types import DateMention, SentenceSpeaker, Speaker
from claimledger.extract.resolve.sides import attacker, local_side, place_side
from claimledger.extract.resolve.voices import Voice
from claimledger.places.model import Place


def settle(
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
            speaker = _speaker_for(draft, voice, places, today, reader.lex) or outlet
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
            draft.side = attacker(reader, draft, speaker, places)
            if draft.location is None:
                draft.location = _default_location(draft, speaker)
            out.append(draft)
        if facts.dates:
            said = facts.dates[-1]
            last_date = (said.value, (said.first, said.last))
    return out


def _speaker_for(
    draft: Draft, voice: Voice, places: dict[str, Place], today: date | None, lex: Lexicon
) -> Speaker | None:
    source = voice.source
    speaker = voice.speaker
    if (
        source is not None
        and source.mention is not None
        and source.mention.role
        and speaker is None
    ):
        speaker = _role_speaker(draft, source.mention.role_word, voice.official, places, today, lex)
    if speaker is None:
        return None
    if (
        source is not None
        and source.mention is not None
        and source.mention.local
        and (speaker.region is None)
    ):
        speaker = local_side(speaker, draft.location, places)
    if voice.inherited and not _fits(speaker, draft.location, places, source):
        return None
    return speaker


def _within(location: str | None, region: str, places: dict[str, Place]) -> bool:
    """A claim's place lies in the official's region, or on its city's approaches."""
    claimed = region_of_code(location, places) if location else None
    return claimed is not None and claimed in (region, APPROACHES.get(region))


def _role_speaker(
    draft: Draft,
    role: str,
    official: Speaker | None,
    places: dict[str, Place],
    today: date | None,
    lex: Lexicon,
) -> Speaker:
    """A role ("сообщил губернатор", "— мэр"): the official of the claim's region,
    or the official the post named before when the claim has no region of its own."""
    region = region_of_code(draft.location, places) if draft.location else None
    if official is not None and (region is None or _fits(official, draft.location, places, None)):
        return official
    if role in lex.words.mayor_words:
        region = mayor_for(region)
    speaker = official_of(region, today)
    if speaker is None:
        speaker = Speaker(
            "regional governor", place_side(draft.location, places), "official", region
        )
    return speaker


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

"""Who speaks for a draft: the voice of its clause, an office named by role, and whether a
speaker carried over from the sentences before fits the claim (an official of one region speaks
only for that region; a party does not speak for the victims in the other side's country)."""

from __future__ import annotations

from datetime import date

from claimledger.catalog.actors import actors
from claimledger.extract.grammar.draft import Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.named import held_by
from claimledger.extract.mentions.officials import official_of, town_mayor
from claimledger.extract.mentions.place_codes import APPROACHES, mayor_for, region_of_code
from claimledger.extract.mentions.types import ActorMention, SentenceSpeaker, Speaker
from claimledger.extract.mentions.villages import is_village
from claimledger.extract.resolve.sides import OPPOSITE, local_side, place_side
from claimledger.extract.resolve.voices import Voice, refers_to_before
from claimledger.places.model import Place

DEFENCE = frozenset({"intercepted", "suppressed"})


def clause_voice(voice: Voice, own: SentenceSpeaker, draft: Draft) -> Voice:
    """The speaker of a later clause for a claim inside it ("..., while a US official said")."""
    later = [spoken for start, spoken in own.later if start <= draft.first]
    if not later:
        return voice
    return Voice(later[-1].speaker, later[-1], False, voice.official)


def speaker_for(
    draft: Draft,
    voice: Voice,
    places: dict[str, Place],
    today: date | None,
    lex: Lexicon,
    defender: str | None = None,
    home: str | None = None,
) -> Speaker | None:
    source = voice.source
    speaker = voice.speaker
    if (
        source is not None
        and source.mention is not None
        and source.mention.role
        and speaker is None
    ):
        speaker = _role_speaker(
            draft, source.mention, voice.official, places, today, lex, defender, home
        )
        if source.mention.holder is not None:  # named in the text, unknown to the registry
            speaker = held_by(speaker, source.mention.holder, lex.lang)
    if speaker is None:
        return None
    if (
        source is not None
        and source.mention is not None
        and source.mention.local
        and (speaker.region is None)
        and (draft.location is not None or speaker.side is None)  # a dateline's side stays
    ):
        speaker = local_side(speaker, draft.location, places)
    if voice.inherited and (
        not fits(speaker, draft.location, places, source) or other_side(speaker, draft, places)
    ):
        return None
    return speaker


def _role_speaker(
    draft: Draft,
    mention: ActorMention,
    official: Speaker | None,
    places: dict[str, Place],
    today: date | None,
    lex: Lexicon,
    defender: str | None = None,
    home: str | None = None,
) -> Speaker:
    """A role ("сообщил губернатор", "— мэр"): the official of the claim's region,
    or the official the post named before when the claim has no region of its own; a role
    whose region the text gave ("начальник ОВА" after "Черкащина ...", "the governor of the
    Mykolaiv region") is of that region, whether or not its holder is recorded."""
    region = region_of_code(draft.location, places) if draft.location else None
    if (
        official is not None
        and (region is None or fits(official, draft.location, places, None))
        # "the governor of the Mykolaiv region" after the Kyiv governor: not the one before
        and mention.region in (None, official.region)
    ):
        return official
    if mention.region is not None and region is None:
        region = mention.region
    mayor = town_mayor(lex, mention.role_word, places.get(draft.location or ""), today)
    if mayor is not None:
        return mayor
    if mention.role_word in lex.words.mayor_words:
        region = mayor_for(region)
    region = region or mention.region
    # the side attacked, where two name heads of an occupied region; with none told, the
    # outlet's own side, else the side that holds the claim's place ("a drone struck
    # Zaporizhzhia, the regional governor said": Kyiv's governor, not the Russian-installed one)
    side = defender or (home if home in OPPOSITE else place_side(draft.location, places))
    speaker = official_of(region, today, side)
    if speaker is None:
        # "глава региона сообщил" with no region in sight: a head of the outlet's own country
        side = place_side(draft.location or region, places) or (home if home in OPPOSITE else None)
        speaker = Speaker("regional governor", side, "official", region)
    return speaker


def other_side(speaker: Speaker, draft: Draft, places: dict[str, Place]) -> bool:
    """Victims and hits in the other side's country are no word of a party carried over from
    the sentences before ("Минобороны: сбито 12 дронов. ... В Киеве ранены двое")."""
    if draft.action in DEFENCE or draft.action == "launched" or speaker.side not in OPPOSITE:
        return False
    if speaker.region is not None and region_of_code(draft.location or "", places) == (
        speaker.region
    ):
        return False  # "the Donetsk oblast head: in Sloviansk a man was killed": his own region,
        # though the other side holds part of it
    return place_side(draft.location, places) == OPPOSITE[speaker.side or ""]


def region_in_attribution(
    reader: SentenceReader,
    source: SentenceSpeaker | None,
    draft: Draft,
    speaker: Speaker,
    same_sentence: bool = False,
    by_context: bool = True,
) -> bool:
    """A claim placed at a town of its speaker's region, where the words that name the speaker
    name the region too: by context (a language's `attribution_widens_towns`), or, with
    `same_sentence`, in the claim's own sentence whatever placed it ("в Кривом Роге ..., сообщил
    глава Днепропетровской ОВА": ANNOTATION.md's town named with its region, as the review
    read it; "По его словам, в Таганроге ..." after that sentence keeps the town)."""
    places = reader.gazetteer_places
    town = places.get(draft.location or "")
    if (
        source is None
        or source.mention is None
        or speaker.region is None
        or town is None
        or town.kind not in ("city", "district")
        or (town.region != speaker.region and not _unplaced_village(town, speaker))
    ):
        return False
    actor = actors().get(speaker.actor) if speaker.actor else None
    if speaker.home is not None or speaker.town_head or (
        actor is not None and (actor.home is not None or actor.role == "mayor")
    ):
        return False  # a city's own head (a mayor) speaks of the city
    if source.mention.role_word in reader.lex.words.mayor_words:
        return False  # "Мэр Одессы": the city the mayor is named with is no region
    said = _attributions(reader, source.mention, draft, speaker, same_sentence, by_context)
    return any(_names_region(reader, mention, speaker.region) for mention in said)


def _unplaced_village(town: Place, speaker: Speaker) -> bool:
    """A village the gazetteer does not know, with no region named before it: where the
    official of a region tells of it, it lies in that region ("в районе населенного пункта
    Лотаревка сбит беспилотник, сообщил губернатор Курской области")."""
    region = speaker.region or ""
    return is_village(town) and town.region is None and town.country in (None, region[:2])


def _attributions(
    reader: SentenceReader,
    mention: ActorMention,
    draft: Draft,
    speaker: Speaker,
    same_sentence: bool,
    by_context: bool,
) -> list[ActorMention]:
    """The words naming the claim's speaker that attribute the claim: the voice's own, and the
    next sentence's where it signs the claim's sentence and names the same speaker ("...
    взорвался упавший дрон. Об этом стало известно из сообщения главы Удмуртии ..." where a
    later "..., написал Бречалов" carried the claim's voice)."""
    found = []
    if (
        (
            by_context
            and draft.location_source == "context"
            and _in_paragraph_of(reader, mention, draft)
        )
        or (same_sentence and _in_sentence_of(reader, mention, draft))
        or (same_sentence and _signs_sentence_of(reader, mention, draft))
    ):
        found.append(mention)
    after = reader.doc.tokens[draft.first].sentence + 1
    if (
        same_sentence
        and speaker.actor
        and after < len(reader.facts)
        and refers_to_before(reader, after)
    ):
        found.extend(
            signing
            for signing in reader.facts[after].actors
            if signing is not mention
            and signing.speaker is not None
            and signing.speaker.actor == speaker.actor
        )
    return found


def _names_region(reader: SentenceReader, mention: ActorMention, region: str) -> bool:
    places = reader.gazetteer_places
    sentence = reader.doc.tokens[mention.first].sentence
    # "Dnipropetrovsk Governor": a region's name that is also its capital's old name; "врио
    # ростовского губернатора": the region's adjective before the role word; "said Oleh
    # Syniehubov, the governor of the Kharkiv region": the office in apposition after the name
    return any(
        (
            mention.first <= p.first < mention.last
            or (p.in_actor and p.last in (mention.first, mention.first - 1))
            or (p.in_actor and _in_apposition(reader, mention, p.first))
        )
        and region_of_code(p.place.code, places) == region
        for p in reader.facts[sentence].places
    )


_APPOSITION_REACH = 5  # words from the comma after a name to the region its office names


def _in_apposition(reader: SentenceReader, mention: ActorMention, first: int) -> bool:
    """A place that opens within a few words after the comma that follows a speaker's name."""
    tokens = reader.doc.tokens
    return (
        mention.last < len(tokens)
        and tokens[mention.last].text == ","
        and 0 < first - mention.last <= _APPOSITION_REACH
    )


def _in_paragraph_of(reader: SentenceReader, mention: ActorMention, draft: Draft) -> bool:
    """The words naming the speaker attribute the claim: they stand in its paragraph, or its
    sentence has no attribution of its own (a post quoted under the line that named its author's
    office). An office named paragraphs before a claim attributed anew ("начальник Полтавської
    ОВА" in the lede, then "«У Кременчуці ... Загинула одна людина», – написав він") does not
    make the town its region."""
    tokens, sentences = reader.doc.tokens, reader.doc.sentences
    here = tokens[draft.first].sentence
    own = reader.facts[here].speaker
    said = sentences[tokens[mention.first].sentence].paragraph
    return not (own.back or own.explicit) or said == sentences[here].paragraph


def _in_sentence_of(reader: SentenceReader, mention: ActorMention, draft: Draft) -> bool:
    tokens = reader.doc.tokens
    return tokens[mention.first].sentence == tokens[draft.first].sentence


def _signs_sentence_of(reader: SentenceReader, mention: ActorMention, draft: Draft) -> bool:
    """The attribution is the next sentence, and signs the claim's: "... травмовано трьох
    людей. Про це повідомив начальник Одеської ОВА" names the region as "..., повідомив
    начальник Одеської ОВА" does (the review's convention: a town is its region where its
    attribution names the region)."""
    tokens = reader.doc.tokens
    said = tokens[mention.first].sentence
    return said == tokens[draft.first].sentence + 1 and refers_to_before(reader, said)


def fits(
    speaker: Speaker, location: str | None, places: dict[str, Place], source: SentenceSpeaker | None
) -> bool:
    """An official of one region speaks only for claims about that region."""
    region = speaker.region
    if region is None or location is None:
        return True
    claimed = region_of_code(location, places)
    return claimed is not None and claimed in (region, APPROACHES.get(region))

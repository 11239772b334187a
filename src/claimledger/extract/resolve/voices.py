"""Who speaks in each sentence of a post, after carrying speakers over.

Speakers carry over from sentence to sentence within a paragraph, and into the next paragraph
when the speaker was talking about the air war; a bulleted item starts afresh. A trailing
attribution ("..., — Собянин") also covers the sentences of its paragraph before it; "Об этом
сообщил X" covers the sentence before.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon.roles import opens_with
from claimledger.extract.mentions.actors import speaker_of
from claimledger.extract.mentions.types import SentenceSpeaker, Speaker
from claimledger.extract.resolve.sides import local_side


def _unnamed(reader: SentenceReader) -> Speaker:
    """ "Сообщается", "появились сообщения": no one named."""
    return speaker_of(reader.lex.actor_ids.unnamed, None)


@dataclass(slots=True)
class Voice:
    """The speaker of one sentence after carrying over, and whether it was carried."""

    speaker: Speaker | None
    source: SentenceSpeaker | None
    inherited: bool
    official: Speaker | None = None  # the last regional official named before this sentence
    lead: bool = False  # the report's official, for a sentence that names no one


def voices_of(reader: SentenceReader) -> list[Voice]:
    doc = reader.doc
    voices: list[Voice] = []
    current: SentenceSpeaker | None = None
    current_air = False
    previous_paragraph: int | None = None
    official: Speaker | None = None
    named: SentenceSpeaker | None = None  # the last speaker a sentence named
    listing = False  # the current speaker's sentence ends with a colon above a list
    for index, sentence in enumerate(doc.sentences):
        facts = reader.facts[index]
        own = facts.speaker
        if voices:
            voices[-1].official = voices[-1].official or official
        official = _named_official(own) or official
        new_paragraph = previous_paragraph is not None and sentence.paragraph != previous_paragraph
        carries = current_air or (current is not None and current.header)
        if new_paragraph and sentence.bullet and listing:
            pass  # an item of the list its speaker opened: "..., сообщили в Минобороны:"
        elif new_paragraph and (sentence.bullet or not carries):
            current = None
        if new_paragraph and not sentence.bullet:
            listing = False
        previous_paragraph = sentence.paragraph
        air = bool(facts.phrases or reader.drafts[index])
        if own.reset:
            current, current_air = None, False
            voices.append(Voice(None, None, False))
            continue
        if own.explicit:
            same = current is not None and current.speaker == own.speaker
            own = localised(reader, index, own)
            current, current_air = own, air or (same and current_air)
            named = own
            listing = _opens_list(reader, index)
            voices.append(Voice(own.speaker, own, False))
            continue
        if own.back and current is None and named is not None and reader.lex.back_over_paragraphs:
            # a cue that refers back ("..., — сказали там") reaches over paragraphs to the last
            # speaker named
            current = named
        if own.back or own.unnamed:
            if current is not None:
                voices.append(Voice(current.speaker, current, False))
            else:
                voices.append(Voice(_unnamed(reader) if own.unnamed else None, None, False))
            current_air = current_air or air
            continue
        voices.append(Voice(current.speaker if current else None, current, current is not None))
        current_air = current_air or air
        if current is not None and _names_statement(reader, index):
            listing = True  # "Главное из заявления ведомства:": the points below are its own
    if voices:
        voices[-1].official = voices[-1].official or official
    _backfill(reader, voices)
    _lead_official(reader, voices)
    return voices


def _lead_official(reader: SentenceReader, voices: list[Voice]) -> None:
    """A report that relays a region's official in person speaks with the official's voice
    wherever it names no one else: "Синєгубов прокоментував ... \n\n За добу ворог
    застосував: ..."; only of places in the region (the inherited voice's test)."""
    lead = next((f.speaker for f in reader.facts if _named_official(f.speaker) is not None), None)
    if lead is None:
        return
    for index, voice in enumerate(voices):
        own = reader.facts[index].speaker
        # an office named by role ("the governor of the Mykolaiv region said") is its own
        # voice, and the voice of the sentences it carries over to
        carried = voice.source is not None and voice.source.explicit
        if voice.speaker is None and not own.reset and not own.explicit and not carried:
            voices[index] = Voice(lead.speaker, lead, True, voice.official, lead=True)


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


def localised(reader: SentenceReader, index: int, own: SentenceSpeaker) -> SentenceSpeaker:
    """Local authorities speak for the region of their own sentence's claims or places."""
    if own.mention is None or not own.mention.local or own.speaker is None:
        return own
    places = reader.gazetteer_places
    locations = [d.location for d in reader.drafts[index] if d.location]
    locations += [p.place.code for p in reader.facts[index].places]
    location = locations[0] if locations else None
    speaker = local_side(own.speaker, location, places)
    return SentenceSpeaker(
        speaker, own.mention, own.back, own.reset, own.trailing, own.header, own.unnamed
    )


def _backfill(reader: SentenceReader, voices: list[Voice]) -> None:
    """A trailing "— Собянин" covers its paragraph; "Об этом сообщил X" the sentence before."""
    doc = reader.doc
    for index, sentence in enumerate(doc.sentences):
        own = reader.facts[index].speaker
        opens_with_this = _opens_with_this(reader, index)
        if own.explicit and not (own.trailing or opens_with_this) and index > 0:
            # "Russia attacked with 60 drones. Thirty-nine of them were downed, the air force
            # said": a part of the count before, told by its speaker, who told the whole too
            theirs = reader.facts[index - 1].speaker
            if _part_of_before(reader, index) and not (theirs.explicit or theirs.reset):
                voices[index - 1] = Voice(localised(reader, index, own).speaker, own, False)
            continue
        if not (own.trailing or opens_with_this) or not own.explicit:
            continue
        alone = own.trailing and _attribution_only(reader, index)
        # "Про це повідомили у Генштабі." opening a line signs the whole line above it
        opens_line = index > 0 and doc.sentences[index - 1].line != sentence.line
        back = index - 1
        while back >= 0:
            earlier = doc.sentences[back]
            if not (opens_with_this or alone) and earlier.paragraph != sentence.paragraph:
                break
            if opens_with_this and back < index - 1 and (
                not opens_line or earlier.line != doc.sentences[index - 1].line
            ) and not (reader.lex.this_signs_paragraph and earlier.paragraph == sentence.paragraph):
                break
            if alone and earlier.bullet:
                break
            theirs = reader.facts[back].speaker
            if theirs.explicit or theirs.reset:
                break
            voices[back] = Voice(localised(reader, index, own).speaker, own, False)
            back -= 1


_PART_REACH = 6  # words from a sentence's start to its "of them"


def _part_of_before(reader: SentenceReader, index: int) -> bool:
    """The sentence counts a part of what the one before counted: "Thirty-nine of them",
    "All of them", "Of these, 41", "39 из них" near its start."""
    words = reader.lex.words
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])[:_PART_REACH]
    lows = [t.low for t in tokens]
    return any(
        a in words.from_words and (b in words.relative_pronouns or b in words.demonstratives)
        for a, b in pairwise(lows)
    )


def _opens_list(reader: SentenceReader, index: int) -> bool:
    """A sentence that ends with a colon: the list below it is what it says."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    return bool(tokens) and tokens[-1].text == ":"


def _names_statement(reader: SentenceReader, index: int) -> bool:
    """A line above a list that names a statement: "Главное из заявления:", "Key points of the
    statement:"."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = reader.lex.words.statement_nouns
    return _opens_list(reader, index) and any(t.lemma in words for t in tokens)


def _opens_with_this(reader: SentenceReader, index: int) -> bool:
    """A sentence that opens "Об этом ..." and so speaks of the sentence before."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = tuple(t.low for t in tokens[:4])
    return opens_with(words, reader.lex.sequences.this_refs)


def _attribution_only(reader: SentenceReader, index: int) -> bool:
    """A line that is nothing but "— губернатор области.": it signs the paragraphs above it."""
    sentence = reader.doc.sentences[index]
    mention = reader.facts[index].speaker.mention
    if mention is None:
        return False
    words = [t for t in reader.doc.sentence_tokens(sentence) if t.is_word]
    return all(
        mention.first <= t.index < mention.last or t.lemma in reader.lex.words.speech_verbs
        for t in words
    )

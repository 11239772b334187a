"""Which speaker leads a report: a region's official it relays in person, or an armed force
of its opening, whose words its unsigned sentences are (read by `voices._lead_official`)."""

from __future__ import annotations

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.mentions.types import SentenceSpeaker, Speaker

_LEDE = 1  # the paragraphs of a headline and its lede


def lede_force(reader: SentenceReader, own: SentenceSpeaker, sentence: Sentence) -> bool:
    """An armed force named in the headline or lede ("..., повідомив Генеральний штаб ЗСУ у
    ранковому зведенні", "Речник Повітряних сил ... розповів в ефірі"): the report relays its
    summary or interview, whose unsigned paragraphs below are its words; where a speaker's
    words reach over paragraphs (`back_over_paragraphs`: Russian and Ukrainian news), not in
    English wire copy, whose own paragraphs follow a lede's source (dev: claimant accuracy)."""
    return (
        reader.lex.back_over_paragraphs
        and sentence.paragraph <= _LEDE
        and own.explicit
        and own.speaker is not None
        and own.speaker.kind == "military"
        and own.mention is not None
        and not (own.mention.role or own.mention.local or own.mention.back)
    )


def lead_of(reader: SentenceReader) -> tuple[SentenceSpeaker, int] | None:
    """The report's leading speaker and the sentence that first names it: no bulleted line's
    (an item of a digest, a signature)."""
    for index, (facts, sentence) in enumerate(zip(reader.facts, reader.doc.sentences,
                                                  strict=True)):
        own = facts.speaker
        if not sentence.bullet and (
            named_official(own) is not None or lede_force(reader, own, sentence)
        ):
            return own, index
    return None


def named_official(own: SentenceSpeaker) -> Speaker | None:
    """A governor or mayor named in person ("Губернатор ... Андрей Воробьев написал")."""
    if (
        own.speaker is not None
        and own.speaker.region
        and own.mention is not None
        and not (own.mention.role or own.mention.local)
    ):
        return own.speaker
    return None


def leads_back(reader: SentenceReader, index: int, official: Speaker | None) -> bool:
    """Whether an official named later speaks for a sentence before: where the language's
    reports open with the official's words unsigned, or the sentence names a place of the
    official's region ("A drone struck a warehouse in Kharkiv. Three workers were wounded,
    said Kharkiv regional governor ..."), not a wire's national lede."""
    region = official.region if official is not None else None
    return reader.lex.official_leads_back or any(
        region in (p.place.code, p.place.region) for p in reader.facts[index].places
        if not p.in_actor)

"""Which speaker of a report's opening leads it: its unsigned paragraphs below are that
speaker's words (read by `voices._lead_official`)."""

from __future__ import annotations

from claimledger.extract.document.tokens import Sentence
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.mentions.types import SentenceSpeaker

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

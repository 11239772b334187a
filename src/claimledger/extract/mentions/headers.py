"""Where the speaker of a header line ("Повітряні сили: ...") may start: after a live blog's
time stamp ("09:40 – Зеленський: ..."), and over the office before the name ("Міський голова
Андрій Садовий: ...", "Начальник Дніпропетровської ОВА Сергій Лисак: ...")."""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.document.tokens import Sentence, Token
from claimledger.extract.lexicon.words import Words

_TIME_MARKS = frozenset({":", "."})


def _after_time(tokens: Sequence[Token], sentence: Sentence, dashes: frozenset[str]) -> int:
    """The token after a leading "09:40" (or "09.40") and the dash after it, if any."""
    first = sentence.first
    if not (
        first + 2 < sentence.last
        and tokens[first].is_digits
        and tokens[first + 1].text in _TIME_MARKS
        and tokens[first + 2].is_digits
        and len(tokens[first + 2].text) == 2
    ):
        return first
    lead = first + 3
    while lead < sentence.last and tokens[lead].text in dashes:
        lead += 1
    return lead


def header_lead(tokens: Sequence[Token], sentence: Sentence, words: Words) -> int:
    """The first token a header's speaker may start at: past a time stamp, then past the
    office words (a role and the adjectives of it) before the speaker's name."""
    lead = _after_time(tokens, sentence, words.dashes)
    probe = lead
    while probe < sentence.last and (
        tokens[probe].lemma in words.role_words or tokens[probe].info.pos == "ADJF"
    ):
        probe += 1
        if tokens[probe - 1].lemma in words.role_words:
            lead = probe  # adjectives count only before a role: "Міський голова"
    return lead

"""Where the speaker of a header line ("Повітряні сили: ...") may start: after a live blog's
time stamp ("09:40 – Зеленський: ..."), and over the office before the name ("Міський голова
Андрій Садовий: ...", "Начальник Дніпропетровської ОВА Сергій Лисак: ...")."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.stamps import after_stamp


def header_lead(doc: Document, lex: Lexicon, sentence: Sentence) -> int:
    """The first token a header's speaker may start at: past a time stamp, then past the
    office words (a role and the adjectives of it) before the speaker's name."""
    tokens, words = doc.tokens, lex.words
    lead = after_stamp(doc, lex, sentence)  # "09:40 – ...", "9.25 | ...": stamps.py
    probe = lead
    while probe < sentence.last and (
        tokens[probe].lemma in words.role_words or tokens[probe].info.pos == "ADJF"
    ):
        probe += 1
        if tokens[probe - 1].lemma in words.role_words:
            lead = probe  # adjectives count only before a role: "Міський голова"
    return lead

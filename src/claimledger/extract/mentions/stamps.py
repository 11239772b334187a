"""A live blog's time stamp opening an entry: "09:10 — Повітряні сили: ...", "9.25 | Кличко:
...", "08:15 Minobороны: ...". The header speaker of the entry stands after it, as it stands
first in an entry without one (speakers.SpeakerReader._header). So does a post's update mark
("UPD 2: Губернатор Тульской области Дмитрий Миляев: ...")."""

from __future__ import annotations

import re

from claimledger.extract.document.tokens import Document, Sentence
from claimledger.extract.lexicon import Lexicon

_CLOCK = re.compile(r"[0-2]?\d[:.][0-5]\d")
_MARKS = frozenset({"|", "•"})  # besides the lexicon's dashes
_CLOCK_TOKENS = 3  # "09", ":", "10"


def after_stamp(doc: Document, lex: Lexicon, sentence: Sentence) -> int:
    """The first token after a clock time and its marks at the start of `sentence` (after an
    update's mark: "UPD 2: 09:10 — ..."), or the sentence's first token where it opens with
    none."""
    tokens = doc.tokens
    end = _after_update(doc, lex, sentence)
    start = end
    text = ""
    while end < min(sentence.last, start + _CLOCK_TOKENS):  # counted after an update's mark
        token = tokens[end]
        if not (token.is_digits or token.text in (":", ".") or _CLOCK.fullmatch(token.text)):
            break
        text += token.text
        end += 1
    if not _CLOCK.fullmatch(text):
        return start
    marks = _MARKS | lex.words.dashes
    while end < sentence.last and tokens[end].text in marks:
        end += 1
    return end


def _after_update(doc: Document, lex: Lexicon, sentence: Sentence) -> int:
    """The first token after an update's mark and its number ("UPD:", "UPD 2:", "Обновлено."),
    or the sentence's first token where it opens with none."""
    tokens = doc.tokens
    end = sentence.first
    if end >= sentence.last or tokens[end].low not in lex.words.update_labels:
        return end
    end += 1
    while end < sentence.last and tokens[end].is_digits:
        end += 1
    if end >= sentence.last or (
        tokens[end].text not in (":", ".") and tokens[end].text not in lex.words.dashes
    ):
        return sentence.first  # "Обновлено расписание ...": a word of the sentence
    return end + 1

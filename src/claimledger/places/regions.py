"""The first-level regions of Russia and Ukraine: `data/regions.tsv` and pycountry -> patterns.

- pycountry: every ISO 3166-2 code of Russia and Ukraine and its romanized name
  ("Kaluzhskaya oblast'" gives the English-text adjective "Kaluzhskaya"), and the Russian
  translation where the iso-codes project has one.
- `data/regions.tsv` (hand table, one row per region): English, Russian and Ukrainian names,
  nicknames ("Подмосковье"), the claimant's wording ("ДНР") and the capital.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from claimledger.places import lexicon
from claimledger.places.builder import RANK_ELLIPTIC, RANK_REGION, Builder
from claimledger.places.model import GUARD_ADJ_F, GUARD_ADJ_M
from claimledger.places.translit import latin_key

CYRILLIC_NAME = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’ -]+$")


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    en: str
    en_stems: tuple[str, ...]
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    capital: str
    anchor: str


def split_cell(cell: str) -> tuple[str, ...]:
    """A table cell of names separated by ";"."""
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated table in `data/`, without comments and the header row."""
    text = resources.files("claimledger.places").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def read_regions() -> list[RegionRow]:
    return [
        RegionRow(
            code=r[0], en=r[1], en_stems=split_cell(r[2]),
            names={"ru": r[3], "uk": r[5]},
            aliases={"ru": split_cell(r[4]), "uk": split_cell(r[6])},
            capital=r[7], anchor=r[8] or r[7],
        )
        for r in read_table("regions.tsv")
    ]


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


def region_adjective(name: str, kind: str) -> str | None:
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
        for other in lexicon.REGION_ADJECTIVES[lang].get(row.code, ()):
            for nouns in alternatives(lexicon.REGION_ADJ_CONTEXT[lang]):
                b.add(lang, other, row.code, explicit=True, rank=RANK_ELLIPTIC, context=nouns)
        adjective = region_adjective(name, kind)
        if adjective is None:
            continue
        for nouns in alternatives(lexicon.REGION_NOUNS[lang][kind]):
            b.add(lang, f"{adjective} {nouns}", row.code, explicit=True, rank=RANK_REGION)
        if kind in ("oblast", "krai") and " " not in adjective:
            guard = GUARD_ADJ_F if kind == "oblast" else GUARD_ADJ_M
            b.add(lang, adjective, row.code, guard=guard, explicit=True, rank=RANK_ELLIPTIC)
            for nouns in alternatives(lexicon.REGION_ADJ_CONTEXT[lang]):
                b.add(lang, adjective, row.code, explicit=True, rank=RANK_ELLIPTIC,
                      context=nouns)
    ru_translation = pycountry_names.get(row.code)
    if ru_translation and CYRILLIC_NAME.match(ru_translation):
        b.add("ru", ru_translation, row.code, explicit=kind != "city", rank=RANK_REGION)
    add_english_region_patterns(b, row, kind, pycountry_names.get("en:" + row.code, ""))


def add_english_region_patterns(b: Builder, row: RegionRow, kind: str, romanized: str) -> None:
    b.add("en", row.en, row.code, explicit=kind != "city", rank=RANK_REGION, caps=True)
    if kind == "city":
        for stem in row.en_stems:
            b.add("en", stem, row.code, rank=RANK_REGION, caps=True)
        return
    words = "|".join(lexicon.EN_REGION_WORDS)
    modifiers = "|".join(lexicon.EN_REGION_MODIFIERS)
    for stem in row.en_stems:
        b.add("en", f"{stem} {words}", row.code, explicit=True, rank=RANK_REGION)
        b.add("en", f"{stem} {modifiers} {words}", row.code, explicit=True, rank=RANK_REGION)
        if kind == "republic":
            b.add("en", f"Republic of {stem}", row.code, explicit=True, rank=RANK_REGION)
        b.tables.aliases.setdefault("en-stem:" + latin_key(stem), row.code)
    if romanized:
        # pycountry's "Kaluzhskaya oblast'" -> "Kaluzhskaya", used alone in English texts.
        first = romanized.replace("'", "").split(",")[0].split()[0]
        if first.lower() not in ("respublika", "avtonomna"):
            b.add("en", first, row.code, explicit=True, rank=RANK_REGION, caps=True)
            b.add("en", f"{first} {words}", row.code, explicit=True, rank=RANK_REGION)


def alternatives(phrases: Iterable[str]) -> list[str]:
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

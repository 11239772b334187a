"""Weapon words of a language: nouns, abbreviations, class adjectives, named models.

The words are the weapon catalogue's (claimledger/catalog/weapons.toml, names per language); this
module reads them:
- nouns and adjectives by lemma ("беспилотник" -> uav, "крылатый" narrows a "ракета");
- abbreviations by their upper-case form, with case endings glued on ("КАБами"), and those
  that are ordinary words in lower case ("каб") only in capitals;
- models as one pattern over the blanked text, in Cyrillic or Latin script, case-sensitive,
  with the model's Latin name and class ("Х-101" -> Kh-101; "Шахед", "Герань-2" -> Shahed-136).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.catalog import forms
from claimledger.catalog.weapons import Family, Model, weapons
from claimledger.extract.lexicon import lexicon
from claimledger.model import Language

# How the Russian grammar reads the catalogue's marks: an ending is any word characters, a
# hyphen may be left out ("Х101").
_READING = forms.Reading(letters=r"\w", optional_hyphen="-?", hyphen="-", space=r"\s+")


@dataclass(frozen=True, slots=True)
class ModelMention:
    start: int
    end: int
    model: Model


@cache
def _models(lang: Language) -> tuple[tuple[Model, ...], tuple[Family, ...], re.Pattern[str]]:
    """Every model with names in `lang`, every numbered family with names in `lang`, and one
    pattern with a group per model (m0, m1, ...) and per family (f0, ...): models first, so that
    "Geran-2" is the Shahed-136 before it is a Geran of some number. The patterns run over the
    cleaned text; Python's re is Unicode-aware, so a boundary sees Cyrillic letters. A name may
    take the lexicon's plural endings ("Shaheds")."""
    endings = "|".join(re.escape(e) for e in sorted(lexicon(lang).words.model_plurals))
    tail = f"(?:{endings})?(?![\\w])" if endings else "(?![\\w])"
    models = tuple(model for model in weapons().models if model.names(lang))
    families = tuple(family for family in weapons().families if family.names(lang))
    groups = [
        f"(?P<m{index}>(?<![\\w-]){forms.alternation(model.names(lang), _READING)}{tail})"
        for index, model in enumerate(models)
    ]
    for index, family in enumerate(families):
        # A number, and others of the family after a slash: "Shahed-136/131".
        numbered = r"-?\d+[A-Za-z\d]*(?:/\d+[A-Za-z\d]*)*"
        number = f"(?:{numbered})?" if family.bare else numbered
        prefixes = forms.alternation(family.names(lang), _READING)
        groups.append(f"(?P<f{index}>(?<![\\w-]){prefixes}{number}{tail})")
    return models, families, re.compile("|".join(groups))


def find_models(text: str, lang: Language) -> list[ModelMention]:
    """Named weapon types in `text`, with offsets."""
    models, families, pattern = _models(lang)
    out: list[ModelMention] = []
    for match in pattern.finditer(text):
        group = match.lastgroup
        if group is None:
            continue
        if group.startswith("m"):
            out.append(ModelMention(match.start(), match.end(), models[int(group[1:])]))
            continue
        model = _member(families[int(group[1:])], match.group(), lang)
        if model is not None:
            out.append(ModelMention(match.start(), match.end(), model))
    return out


def _member(family: Family, written: str, lang: Language) -> Model | None:
    """The model a family's name with its number stands for: the catalogue's model of that
    number ("Kh-101"), else the model as written in the ledger's spelling ("Su-34"); the bare
    prefix stands for the family's default model."""
    number = re.search(r"\d+[A-Za-z\d]*", written)
    catalog = weapons()
    if number is None:
        default = catalog.default(family.id)
        return default or Model(family.name, family.weapon, family.side, family.id)
    digits = re.match(r"\d+", number.group())
    listed = catalog.member(family.id, digits.group()) if digits else None
    if listed is not None:
        return listed
    suffix = number.group()
    for ending in lexicon(lang).words.model_plurals:  # "Su-34s": the plural of the Su-34
        if suffix.endswith(ending) and suffix[: -len(ending)][-1:].isdigit():
            suffix = suffix[: -len(ending)]
    return Model(f"{family.name}-{suffix}", family.weapon, family.side, family.id)


@cache
def _nouns(lang: Language) -> dict[str, str]:
    """Lemma -> class of every head noun, those that need a narrowing word included."""
    catalog = weapons()
    return {**catalog.words("nouns", lang), **catalog.words("needs_kind", lang)}


def noun_weapon(lemma: str, lang: Language) -> str | None:
    return _nouns(lang).get(lemma)


@cache
def _abbreviations(lang: Language) -> tuple[dict[str, str], frozenset[str]]:
    """Upper-case abbreviation -> class, and those that count only in capitals (in lower case
    they are ordinary words: "каб" in "кабы")."""
    catalog = weapons()
    capitals = catalog.words("capitals", lang)
    return {**catalog.words("abbreviations", lang), **capitals}, frozenset(capitals)


def abbreviation_weapon(text: str, lang: Language) -> str | None:
    """The weapon of an abbreviation token ("БПЛА", "БпЛА", "КАБ"), or None."""
    abbreviations, capitals_only = _abbreviations(lang)
    key = text.upper()
    kind = abbreviations.get(key)
    if kind is None:
        stem = _inflected_stem(text)
        return abbreviations.get(stem) if stem else None
    if key in capitals_only and not text.isupper():
        return None
    return kind


# Case endings glued to an abbreviation: "КАБов", "БПЛАми", "КАБами".
_ENDINGS = ("ами", "ов", "ах", "ам", "ом", "ы", "а", "у", "е", "и")


def _inflected_stem(text: str) -> str | None:
    for ending in _ENDINGS:
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 3 and stem.isupper():
            return stem
    return None


def adjective_kind(lemma: str, lang: Language) -> str | None:
    return weapons().words("adjectives", lang).get(lemma)


def combine_models(models: list[Model]) -> str | None:
    """The model field for several named types of one count: "Kh-101/Kalibr"."""
    names: list[str] = []
    for model in models:
        if model.name not in names:
            names.append(model.name)
    return "/".join(names) or None

"""Weapon words of a language: nouns, abbreviations, class adjectives, named models.

The words are the weapon catalogue's (claimledger/catalog/weapons.toml, names per language); this
module reads them:
- nouns and adjectives by lemma ("беспилотник" -> uav, "крылатая" narrows a "ракета");
- abbreviations by their upper-case form, with case endings glued on ("КАБами"), and those
  that are ordinary words in lower case ("каб") only in capitals;
- models as patterns over the blanked text, in Cyrillic or Latin script, with the model's Latin
  name and class ("Х-101" -> Kh-101; "Шахед", "Герань-2" -> Shahed-136), leftmost-longest;
- numbered families, where the catalogue names them in the language: a prefix with variant
  numbers ("Shahed-136/131"), with a list of numbers ("Х-101/Х-555/Х-55", "Х-59/69": a model
  each), or with a type number ("Су-30 СМ", "Ка-52": the family's member by that number).

The catalogue says how each language's names are read: Russian names with their case and a
hyphen that may be missing; Ukrainian and English ones in any case, where a space may stand
for the hyphen and a model ends at any letter or digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from claimledger.catalog import forms
from claimledger.catalog.weapons import Family, Model, weapons
from claimledger.extract.lexicon import lexicon
from claimledger.model import MISSILE_KINDS, Language


@dataclass(frozen=True, slots=True)
class _Reading:
    """How one language reads the catalogue's names (see the module's docstring)."""

    marks: forms.Reading
    flags: int
    before: str  # what may not stand before a name
    after: str  # what may not stand after it


_STRICT = _Reading(
    forms.Reading(letters=r"\w", optional_hyphen="-?", hyphen="-", space=r"\s+"),
    0,
    r"(?<![\w-])",
    r"(?![\w])",
)
_LOOSE = _Reading(
    forms.Reading(letters=r"[^\W\d_]", optional_hyphen=r"-?\s?", hyphen=r"-\s?", space=r"\s+"),
    re.IGNORECASE,
    r"(?<![^\W\d_])",
    r"(?![^\W_])",
)
_READINGS: dict[str, _Reading] = {"strict": _STRICT, "loose": _LOOSE}  # a lexicon's model_reading

# Suffix letters of a type number, Cyrillic or Latin, in the ledger's Latin capitals.
_SUFFIX = str.maketrans("мспдкаmspdkacеeтtр", "MSPDKAMSPDKASEETTR")
# Cyrillic letters with a Latin twin that mixed-script prefixes carry ("Cу-34", "Mi-8").
_LOOKALIKES = {"а": "a", "с": "c", "у": "y", "т": "t", "м": "m", "і": "i", "к": "k", "г": "g"}
# The type numbers of numbered families after their prefix, and the hyphen before them: a Ka or
# Mi needs its hyphen ("а 50" is a conjunction and a count) and one of the types in service.
_NUMBERED: dict[str, tuple[str, str]] = {
    "su": (r"-?\s?", r"(?P<v>\d{2}(?:\s?(?:см|cm|сm)\d?|[мсmc](?:[сcs])?)?)"),
    "tu": (r"-?\s?", r"(?P<v>\d{2,3}(?:[мmсcs]{1,2}\d?)?)"),
    "mig": (r"-?\s?", r"(?P<v>\d{2})"),
    "il": (r"-?\s?", r"(?P<v>\d{2})"),
    "ka": (r"-\s?", r"(?P<v>52|50|27|29|31)(?!\d)"),
    "mi": (r"-\s?", r"(?P<v>8|24|28|35|26)(?!\d)"),
    "kab": (r"-\s?", r"(?P<v>\d{3,4}(?:LG|KR|L|M)?)"),  # not S: "KAB-500s" is a plural
}
# Families whose every prefix is a type of its own: "FAB-500" is no KAB, so the model is
# written with the prefix the text gives.
_OWN_PREFIXES = frozenset({"kab"})
# Families read by their own shape: variants of one drone, lists of missile numbers.
_VARIANTS = "shahed"
_LISTS = "kh"


@dataclass(frozen=True, slots=True)
class ModelMention:
    """A named type in the text: [start, end), its models (several for "Х-101/Х-555") and the
    class they make together."""

    start: int
    end: int
    models: tuple[Model, ...]
    weapon: str

    @property
    def model(self) -> Model:
        return self.models[0]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(model.name for model in self.models)


Builder = Callable[[re.Match[str]], tuple[tuple[Model, ...], str]]


class _Probed:
    """One pattern of `_patterns` with its probe (the pattern less its leading look-behind), how
    a match becomes models, and the heads of its names (or None). A pattern that opens with a
    look-behind is tried at every offset of the text, while the probe opens with the name's
    letters and is scanned for in C; wherever the pattern matches, its probe does too, so a
    text the probe finds nothing in is skipped and no match is lost. Both are compiled when a
    text first holds one of the heads: most models are never named in a run, and compiling
    all of them cost its first report some 10 ms."""

    __slots__ = ("_compiled", "_flags", "_source", "build", "heads")

    def __init__(
        self, source: str, flags: int, build: Builder, heads: frozenset[str] | None
    ) -> None:
        self._source, self._flags = source, flags
        self.build, self.heads = build, heads
        self._compiled: tuple[re.Pattern[str], re.Pattern[str]] | None = None

    def compiled(self, before: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The pattern and its probe (`before`: the look-behind the pattern opens with)."""
        if self._compiled is None:
            assert self._source.startswith(before), self._source
            self._compiled = (
                re.compile(self._source, self._flags),
                re.compile(self._source[len(before) :], self._flags),
            )
        return self._compiled


@cache
def _probed(lang: Language) -> tuple[_Probed, ...]:
    """The patterns of `lang`'s models and families, to be compiled on first use."""
    return tuple(_Probed(source, flags, build, heads) for source, flags, build, heads in
                 _patterns(lang))


@cache
def _all_heads(lang: Language) -> Any:
    """An automaton of the heads of every model's names (`_heads`), each its own value: one
    scan of a text finds all that stand in it, where a substring test for each of a hundred
    heads cost a report some 0.15 ms."""
    automaton = ahocorasick.Automaton()
    for head in {h for p in _probed(lang) if p.heads is not None for h in p.heads}:
        automaton.add_word(head, head)
    automaton.make_automaton()
    return automaton


def _present_heads(text: str, lang: Language) -> set[str]:
    """The heads that stand in `text` (`head in text` for each)."""
    automaton = _all_heads(lang)
    if not len(automaton):  # no model of the language has heads (make_automaton left it empty)
        return set()
    return {head for _, head in automaton.iter(text)}


# A pattern's source and flags, how a match becomes models, and its names' heads (or None)
_Source = tuple[str, int, Builder, frozenset[str] | None]


@cache
def _patterns(lang: Language) -> tuple[_Source, ...]:
    """One pattern per model named in `lang`, and per numbered family the catalogue names in it,
    with the heads a text must hold for a model's pattern to match (`_heads`; None for the
    families, whose patterns are their own). The patterns run over the cleaned text; Python's re
    is Unicode-aware, so a boundary sees Cyrillic letters."""
    reading = _READINGS[lexicon(lang).model_reading]
    catalog = weapons()
    built: list[_Source] = []
    # the models first: where a listed model's name and a family's numbered type match the same
    # words ("Су-30": Su-30SM by its own name), the first found of equal spans is kept
    for model in catalog.models:
        if model.names(lang):
            pattern = reading.before + forms.alternation(model.names(lang), reading.marks)
            pattern += _plural(lang) + reading.after
            heads = _heads(model.names(lang), reading)
            built.append((pattern, reading.flags, _fixed(model), heads))
    for family in catalog.families:
        if not family.names(lang):
            continue
        if family.id == _VARIANTS:
            built.append((_variant_pattern(family, lang, reading), reading.flags, _variant, None))
        elif family.id == _LISTS:
            built.append((_list_pattern(family, lang, reading), reading.flags, _listed, None))
        elif family.id in _NUMBERED:
            built.append((*_numbered(family, lang, reading), None))
    return tuple(built)


def _heads(names: tuple[str, ...], reading: _Reading) -> frozenset[str] | None:
    """The letters each name opens with (`forms.head`): a match of the names' alternation opens
    with one of them. None where a reading ignores case (a substring test would not) or a name
    opens with a mark."""
    heads = frozenset(forms.head(name) for name in names)
    if reading.flags & re.IGNORECASE or "" in heads:
        return None
    return heads


def _plural(lang: Language) -> str:
    """The endings a model's name may take in the plural ("Shaheds", "Su-34s"): the lexicon's."""
    endings = sorted(lexicon(lang).words.model_plurals, key=len, reverse=True)
    return f"(?:{'|'.join(re.escape(e) for e in endings)})?" if endings else ""


def find_models(text: str, lang: Language) -> list[ModelMention]:
    """Named weapon types in `text`, with offsets: leftmost-longest, none overlapping."""
    found: list[ModelMention] = []
    # the heads of the names that stand in the text: a substring test each, where a probe is a
    # scan of the text; a model none of whose heads stands is not scanned for
    present = _present_heads(text, lang)
    before = _READINGS[lexicon(lang).model_reading].before
    for probed in _probed(lang):
        if probed.heads is not None and probed.heads.isdisjoint(present):
            continue
        pattern, probe = probed.compiled(before)
        if probe.search(text) is None:
            continue
        for match in pattern.finditer(text):
            models, weapon = probed.build(match)
            found.append(ModelMention(match.start(), match.end(), models, weapon))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[ModelMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _fixed(model: Model) -> Builder:
    return lambda _: ((model,), model.weapon)


def _prefixes(family: Family, lang: Language, lookalike: bool = False) -> str:
    names = family.names(lang)
    if lookalike:
        return "(?:" + "|".join("".join(_twin(ch) for ch in name) for name in names) + ")"
    return "(?:" + "|".join(re.escape(name) for name in names) + ")"


def _twin(ch: str) -> str:
    latin = _LOOKALIKES.get(ch)
    return f"[{ch}{latin}]" if latin else re.escape(ch)


@cache
def _member(family_id: str, name: str, weapon: str | None = None) -> Model:
    """A family's listed model, or one made for a type the catalogue does not list ("Kh-59M":
    of the class of its listed number, else of the family's)."""
    catalog = weapons()
    listed = catalog.model(name)
    if listed is not None:
        return listed
    family = catalog.family(family_id)
    return Model(name, weapon or family.weapon, family.side, family.id)  # type: ignore[arg-type]


def _variant_pattern(family: Family, lang: Language, reading: _Reading) -> str:
    letters = reading.marks.letters
    # After a space only a listed variant's number is the model's ("Шахед 136"): "із 50
    # шахедів 38 збито" counts 38 of them.
    listed = sorted(
        {n for m in weapons().members(family.id) if (n := m.name.rsplit("-", 1)[-1]).isdigit()}
    )
    spaced = rf"\s(?=(?:{'|'.join(listed)})(?!\d))|" if listed else ""
    return (
        reading.before + _prefixes(family, lang) + f"{letters}*(?:(?:{spaced}-)?(?P<v>\\d{{2,3}})"
        r"(?:/\d{2,3})*)?"
    )


def _variant(match: re.Match[str]) -> tuple[tuple[Model, ...], str]:
    """A variant by its number ("Shahed-238"); the family's default when none is named or the
    default's number is among several ("136/131": the ledger writes the family as 136)."""
    catalog = weapons()
    family = catalog.family(_VARIANTS)
    default = catalog.default(_VARIANTS)
    assert default is not None  # the table's check: the family names its default
    variant = catalog.member(_VARIANTS, match.group("v")) if match.group("v") else None
    number = default.name.rsplit("-", 1)[-1]
    if variant is None or (variant is not default and number in match.group()):
        variant = default
    return (variant,), family.weapon if variant is default else variant.weapon


def _list_pattern(family: Family, lang: Language, reading: _Reading) -> str:
    prefix = _prefixes(family, lang)
    number = r"\d{2,3}(?:[^\W\d_]{1,2}\d?)?"
    return (
        reading.before + prefix + rf"(?:-\s?)?{number}(?:\s?/\s?(?:{prefix}-?\s?)?{number})*"
        r"(?![^\W\d_])"
    )


def _listed(match: re.Match[str]) -> tuple[tuple[Model, ...], str]:
    """Each number of a list is a model ("Х-59/69" is Kh-59 and Kh-69), of its listed class (a
    number the catalogue does not list is the family's class); a listed model with a name of
    its own is written by it (Х-47 is Kinzhal)."""
    catalog = weapons()
    family = catalog.family(_LISTS)
    models: list[Model] = []
    for number, suffix in re.findall(r"(\d{2,3})([^\W\d_]*\d?)", match.group()):
        member = catalog.member(_LISTS, number)
        if member is not None and not member.name.startswith(f"{family.name}-"):
            model = member
        else:
            name = f"{family.name}-{number}{suffix.lower().translate(_SUFFIX).upper()}"
            model = _member(_LISTS, name, member.weapon if member is not None else None)
        if model not in models:
            models.append(model)
    classes = {model.weapon for model in models}
    return tuple(models), classes.pop() if len(classes) == 1 else family.weapon


def _numbered(family: Family, lang: Language, reading: _Reading) -> tuple[str, int, Builder]:
    hyphen, number = _NUMBERED[family.id]
    pattern = (
        reading.before
        + _prefixes(family, lang, lookalike=True)
        + hyphen
        + number
        + _plural(lang)
        + r"(?![^\W\d_])"
    )

    def build(match: re.Match[str]) -> tuple[tuple[Model, ...], str]:
        variant = match.group("v").lower().translate(_SUFFIX).upper().replace(" ", "")
        prefix = family.name
        if family.id in _OWN_PREFIXES:
            prefix = match.string[match.start() : match.start("v")].strip("- ").upper()
        return (_member(family.id, f"{prefix}-{variant}"),), family.weapon

    return pattern, reading.flags, build


@cache
def _nouns(lang: Language) -> dict[str, str]:
    """Lemma -> class of every head noun, those that need a narrowing word included."""
    catalog = weapons()
    return {**catalog.words("nouns", lang), **catalog.words("needs_kind", lang)}


def noun_weapon(lemma: str, lang: Language) -> str | None:
    return _nouns(lang).get(lemma)


def weapon_nouns(lang: Language) -> dict[str, str]:
    """Lemma -> class of every head noun: for a loop over every word, one look-up each."""
    return _nouns(lang)


@cache
def needs_kind(lang: Language) -> Mapping[str, str]:
    """Lemma -> class of the head nouns that need a narrowing word ("снаряд"): made once, not
    for every weapon phrase."""
    return weapons().words("needs_kind", lang)


@cache
def _abbreviations(lang: Language) -> tuple[dict[str, str], frozenset[str]]:
    """Upper-case abbreviation -> class, and those that count only in capitals (in lower case
    they are ordinary words: "каб" in "кабы")."""
    catalog = weapons()
    capitals = catalog.words("capitals", lang)
    return {**catalog.words("abbreviations", lang), **capitals}, frozenset(capitals)


@lru_cache(maxsize=1 << 16)  # asked of every word of every sentence read
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


# The number a case ending glued to an abbreviation shows: "удару КАБу" is one bomb, "КАБів"
# several. Only the genitive's singular endings: "удару КАБом" stays unsaid (tests/
# test_uk_claims.py reads no launch from it).
_SINGULAR_ENDINGS = ("а", "у")
_PLURAL_ENDINGS = ("ами", "ів", "ов", "ах", "ам", "ы", "и")


def abbreviation_number(text: str) -> str | None:
    """ "sing" or "plur" by an abbreviation's glued ending ("КАБу", "КАБами"); None without."""
    for endings, number in ((_PLURAL_ENDINGS, "plur"), (_SINGULAR_ENDINGS, "sing")):
        for ending in endings:
            stem = text[: -len(ending)]
            if text.endswith(ending) and len(stem) >= 3 and stem.isupper():
                return number
    return None


def _inflected_stem(text: str) -> str | None:
    # A stem is three letters or more, all capitals: a small letter among the first three
    # (most words) rules every ending out before the ten are tried.
    if len(text) < 4 or text[0].islower() or text[1].islower() or text[2].islower():
        return None
    for ending in _ENDINGS:
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 3 and stem.isupper():
            return stem
    return None


@cache
def _adjectives(lang: Language) -> dict[str, str]:
    catalog = weapons()
    return {**catalog.words("adjectives", lang), **catalog.words("stems", lang)}


@cache
def stem_adjectives(lang: Language) -> frozenset[str]:
    """The shortened class adjectives of a language's infographics ("аеробал.")."""
    return frozenset(weapons().words("stems", lang))


def adjective_kind(lemma: str, lang: Language) -> str | None:
    """The class an adjective narrows a noun to ("крилатий"), or a shortened adjective of the
    infographics ("аеробал.")."""
    return _adjectives(lang).get(lemma)


def combine_models(models: list[Model]) -> str | None:
    """The model field for several named types of one count: "Kh-101/Kalibr"."""
    names: list[str] = []
    for model in models:
        if model.name not in names:
            names.append(model.name)
    return "/".join(names) or None


def missile_kind(kinds: list[str]) -> str | None:
    """The one missile kind several named types agree on, else None."""
    found = {kind for kind in kinds if kind in MISSILE_KINDS}
    return found.pop() if len(found) == 1 else None

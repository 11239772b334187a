"""The weapon catalogue (weapons.toml): classes with their nouns, named models, numbered families
and the peer table's columns. Loaded once, on first use, and checked row by row.

Every grammar (ru, uk, en) and the peer tables read their weapon words from here; what each does
with a name (inflection, hyphens, look-alike letters) stays with the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from claimledger.catalog import forms
from claimledger.catalog.rows import Row, bundled, parse, rows
from claimledger.errors import CatalogError
from claimledger.model import SIDES, WEAPONS, Language, Side, Weapon

TABLE = "weapons.toml"
Names = tuple[tuple[Language, tuple[str, ...]], ...]
_CLASS_LISTS = ("nouns", "needs_kind", "abbreviations", "capitals", "adjectives", "stems")


def _in(names: Names, lang: Language) -> tuple[str, ...]:
    return next((found for code, found in names if code == lang), ())


@dataclass(frozen=True, slots=True)
class WeaponClass:
    """A weapon class of the catalogue (drone, missile, ...) and its word lists per language."""

    id: Weapon
    lists: tuple[tuple[str, Names], ...] = ()  # ("nouns", (("ru", (...)), ...)), ...

    def words(self, field: str, lang: Language) -> tuple[str, ...]:
        names = next((names for key, names in self.lists if key == field), ())
        return _in(names, lang)


@dataclass(frozen=True, slots=True)
class Model:
    """A named weapon model of the catalogue ("Shahed-136", "Kh-101"): its class, typical side,
    family, peer column and its names per language."""

    name: str  # Latin, as the annotation guide spells it
    weapon: Weapon
    side: Side | None = None  # whose weapon it typically is
    family: str | None = None
    peer: str | None = None  # the peer column counting it when that column names another model
    capitalised: bool = False  # English: a common word too, so it counts only capitalised
    needs_noun: bool = False  # English: counts only with its noun ("Grad rockets")
    forms: Names = ()
    lemma_forms: Names = ()  # lemmas that are the model itself ("шахед")

    def names(self, lang: Language) -> tuple[str, ...]:
        return _in(self.forms, lang)

    def lemmas(self, lang: Language) -> tuple[str, ...]:
        return _in(self.lemma_forms, lang)


@dataclass(frozen=True, slots=True)
class Family:
    """Types written as a prefix and a number: Kh-101, Su-34."""

    id: str
    name: str  # the prefix in the ledger's spelling
    weapon: Weapon  # the class of a member not listed as a model
    side: Side | None = None
    default: str | None = None  # the model the bare prefix names
    bare: bool = False  # the prefix alone names the type ("Lancet", "KAB")
    capitalised: bool = False
    forms: Names = ()

    def names(self, lang: Language) -> tuple[str, ...]:
        return _in(self.forms, lang)


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the peer destroyed-targets table."""

    id: str
    weapon: Weapon
    model: str | None = None


class WeaponCatalog:
    def __init__(
        self,
        classes: tuple[WeaponClass, ...],
        models: tuple[Model, ...],
        families: tuple[Family, ...],
        columns: tuple[Column, ...],
    ) -> None:
        self.classes = classes
        self.models = models
        self.families = families
        self.columns = columns
        self._models = {model.name: model for model in models}
        self._families = {family.id: family for family in families}

    # -- classes ----------------------------------------------------------------------------------

    def words(self, field: str, lang: Language) -> dict[str, Weapon]:
        """One list of every class as word -> class: `words("nouns", "ru")["дрон"] == "uav"`."""
        return {word: c.id for c in self.classes for word in c.words(field, lang)}

    # -- models -----------------------------------------------------------------------------------

    def model(self, name: str) -> Model | None:
        """A model by its name as the ledger writes it."""
        return self._models.get(name)

    def find_model(self, text: str, lang: Language | None = None) -> Model | None:
        """The model `text` names, in any case: its ledger name, one of its names in `lang`
        (any language when None), or a lemma of it."""
        folded = text.strip().casefold()
        for model, lang_of, regex in self._alias_index:
            if (lang is None or lang_of in (lang, None)) and regex.fullmatch(folded):
                return model
        return None

    @cached_property
    def _alias_index(self) -> list[tuple[Model, Language | None, re.Pattern[str]]]:
        index: list[tuple[Model, Language | None, re.Pattern[str]]] = []
        for model in self.models:
            index.append((model, None, re.compile(re.escape(model.name.casefold()))))
            for lang, names in (*model.forms, *model.lemma_forms):
                index.append((model, lang, re.compile(forms.alternation(names), re.IGNORECASE)))
        return index

    def family(self, family_id: str) -> Family:
        return self._families[family_id]

    def members(self, family_id: str) -> tuple[Model, ...]:
        return tuple(m for m in self.models if m.family == family_id)

    def member(self, family_id: str, number: str) -> Model | None:
        """The listed model of a family with this number: ("kh", "101") is Kh-101, ("kh", "47")
        Kinzhal (by its Latin name Kh-47M2); a suffix does not count ("31" is Kh-31P)."""
        family = self._families[family_id]
        for model in self.members(family_id):
            for name in (model.name, *(forms.literal(n) for n in model.names("en"))):
                if _number_of(name, family.name) == number:
                    return model
        return None

    def default(self, family_id: str) -> Model | None:
        default = self._families[family_id].default
        return self._models[default] if default else None

    # -- peer columns -----------------------------------------------------------------------------

    def column_of(self, model: str) -> Column | None:
        """The peer column that counts a model: the one naming it, or its `peer` column."""
        found = self._models.get(model)
        if found is not None and found.peer is not None:
            return next(c for c in self.columns if c.id == found.peer)
        return next((c for c in self.columns if c.model == model), None)

    def class_column(self, weapon: str) -> Column | None:
        """The column counting a class when no listed type fits (uav_drones, missiles, ...)."""
        return next((c for c in self.columns if c.weapon == weapon and c.model is None), None)


def _number_of(name: str, prefix: str) -> str | None:
    match = re.match(re.escape(prefix) + r"-(\d+)(?!\d)", name, re.IGNORECASE)
    return match.group(1) if match else None


@cache
def weapons() -> WeaponCatalog:
    """The bundled catalogue, read and checked on first use."""
    return load_weapons(bundled(TABLE))


def load_weapons(text: str, table: str = TABLE) -> WeaponCatalog:
    data = parse(text, table, ("class", "model", "family", "column"))
    classes = tuple(_class(Row(table, "class", raw, "id")) for raw in rows(data, "class", table))
    families = tuple(_family(Row(table, "family", r, "id")) for r in rows(data, "family", table))
    models = tuple(_model(Row(table, "model", raw, "name")) for raw in rows(data, "model", table))
    columns = tuple(_column(Row(table, "column", r, "id")) for r in rows(data, "column", table))
    _check(table, classes, models, families, columns)
    return WeaponCatalog(classes, models, families, columns)


def _weapon(row: Row, key: str = "weapon") -> Weapon:
    return row.choice(key, WEAPONS, required=True)  # type: ignore[return-value]  # checked


def _class(row: Row) -> WeaponClass:
    weapon = _weapon(row, "id")
    lists = tuple((key, row.per_language(key)) for key in _CLASS_LISTS)
    row.done()
    return WeaponClass(weapon, tuple((key, names) for key, names in lists if names))


def _model(row: Row) -> Model:
    model = Model(
        name=row.required("name"),
        weapon=_weapon(row),
        side=row.choice("side", SIDES),  # type: ignore[arg-type]  # checked against SIDES
        family=row.text("family"),
        peer=row.text("peer"),
        capitalised=row.flag("capitalised"),
        needs_noun=row.flag("needs_noun"),
        forms=row.per_language("names"),
        lemma_forms=row.per_language("lemmas"),
    )
    row.done()
    return model


def _family(row: Row) -> Family:
    family = Family(
        id=row.required("id"),
        name=row.required("name"),
        weapon=_weapon(row),
        side=row.choice("side", SIDES),  # type: ignore[arg-type]  # checked against SIDES
        default=row.text("default"),
        bare=row.flag("bare"),
        capitalised=row.flag("capitalised"),
        forms=row.per_language("names"),
    )
    row.done()
    return family


def _column(row: Row) -> Column:
    column = Column(row.required("id"), _weapon(row), row.text("model"))
    row.done()
    return column


def _check(
    table: str,
    classes: tuple[WeaponClass, ...],
    models: tuple[Model, ...],
    families: tuple[Family, ...],
    columns: tuple[Column, ...],
) -> None:
    """The cross-row rules: every class once, references that resolve, a name one entry's."""

    def fail(entry: str, message: str) -> None:
        raise CatalogError(table, entry, message)

    ids = [c.id for c in classes]
    if sorted(ids) != sorted(WEAPONS):
        fail("[[class]]", f"needs each of {', '.join(WEAPONS)} once; has {', '.join(ids)}")
    by_name = _unique(table, "model", [m.name for m in models])
    family_ids = _unique(table, "family", [f.id for f in families])
    column_ids = _unique(table, "column", [c.id for c in columns])
    for model in models:
        if model.family is not None and model.family not in family_ids:
            fail(f"model {model.name!r}", f"family {model.family!r} is not a [[family]]")
        if model.peer is not None and model.peer not in column_ids:
            fail(f"model {model.name!r}", f"peer {model.peer!r} is not a [[column]]")
    for family in families:
        if family.default is not None and family.default not in by_name:
            fail(f"family {family.id!r}", f"default {family.default!r} is not a [[model]]")
    for column in columns:
        named = models[by_name[column.model]] if column.model in by_name else None
        if column.model is not None and named is None:
            fail(f"column {column.id!r}", f"model {column.model!r} is not a [[model]]")
        if named is not None and named.weapon != column.weapon:
            fail(f"column {column.id!r}", f"{named.name} is a {named.weapon}")
    owners: dict[tuple[str, str, str], str] = {}
    entries = [(f"class {c.id!r}", key, names) for c in classes for key, names in c.lists]
    entries += [(f"model {m.name!r}", "names", m.forms) for m in models]
    entries += [(f"family {f.id!r}", "names", f.forms) for f in families]
    for entry, key, names in entries:
        space = "class" if entry.startswith("class") else "names"
        for lang, words in names:
            for word in words:
                other = owners.setdefault((space, lang, word.casefold()), entry)
                if other != entry:
                    fail(entry, f"{key}.{lang} {word!r} is {other}'s too")


def _unique(table: str, kind: str, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, key in enumerate(keys):
        if key in found:
            raise CatalogError(table, f"{kind} {key!r}", "listed twice")
        found[key] = index
    return found


__all__ = ["Column", "Family", "Model", "WeaponCatalog", "WeaponClass", "weapons"]

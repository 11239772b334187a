"""Weapon classes and models of the peers' tables, and the peer's columns of our claims.

Two tables users already work with count the Air Force's numbers in their own units: the
destroyed-targets table has one column per weapon type (`shahed`, `kh_59_missile`, ...), the
missile-attacks table one row per model as written there ("X-101/X-555", "Shahed-136/131").
The columns, models and their classes are the weapon catalogue's (claimledger/catalog/
weapons.toml); this module holds the tables' own conventions: their spelling (Kh- for the
Cyrillic Х-, S- for С-, Shahed-136 for the Shahed family) and how `peer_column` puts an
intercepted claim in a column (docs/exports.md, "Peers").
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.catalog.weapons import weapons
from claimledger.sources.registry import transliterate

_MISSILES = ("cruise_missile", "ballistic_missile", "missile")
# The table's spelling, applied in order to each part of a model name before the catalogue
# reads it: Cyrillic-looking Latin prefixes, and designations written before a name.
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[XХ]-"), "Kh-"),
    (re.compile(r"^[CС]-(300|400)"), r"S-\1"),
    (re.compile(r"^3M22\s+"), ""),
    (re.compile(r"^P-800\s+"), ""),
)


def __getattr__(name: str) -> dict[str, tuple[str, str | None]]:
    # DESTROYED_COLUMNS stays importable by name, built from the catalogue on first use.
    if name == "DESTROYED_COLUMNS":
        return destroyed_columns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def destroyed_columns() -> dict[str, tuple[str, str | None]]:
    """The destroyed-targets table: column -> (weapon, model), in the table's order. A column of
    a class with no model (uav_drones, missiles, ...) counts that class when no listed type
    fits."""
    return {column.id: (column.weapon, column.model) for column in weapons().columns}


def peer_models(name: str) -> tuple[str | None, str | None]:
    """(weapon, model) of a missile-attacks table model name: "X-101/X-555 and Kalibr" is
    (cruise_missile, "Kh-101/Kh-555/Kalibr"); "Unknown UAV" is (uav, None)."""
    parts = [p.strip() for p in re.split(r"\s+and\s+|/", name) if p.strip()]
    models = [_spelled(part) for part in parts]
    named = [m for m in models if _weapon_of_model(m)]
    if named:
        # "Shahed-136/131" leaves "131" unnamed: the ledger writes the family as Shahed-136.
        named = list(dict.fromkeys(named))
        return _common_weapon([_weapon_of_model(m) for m in named]), "/".join(named)
    generic = name.casefold()
    nouns = sorted(weapons().words("nouns", "en").items(), key=lambda item: -len(item[0]))
    for noun, weapon in nouns:
        if noun in generic:
            return weapon, None
    return None, None


def peer_column(weapon: str | None, model: str | None) -> str | None:
    """The destroyed table's column for an intercepted claim's (weapon, model), or None where
    the table has none (e.g. guided bombs)."""
    models = model.split("/") if model else []
    if weapon == "uav":
        # The table counts every type of the Shahed family, alone or in a list, as Shahed.
        shahed = weapons().family("shahed")
        if any(m.startswith(shahed.name) for m in models) and shahed.default:
            return _model_column(weapon, shahed.default)
        found = _model_column(weapon, models[0]) if len(models) == 1 else None
        return found or _class_column(weapon)
    if weapon in ("aircraft", "helicopter"):
        found = _model_column(weapon, models[0]) if len(models) == 1 else None
        return found or _class_column(weapon)
    if weapon in _MISSILES:
        return _missile_column(weapon, models)
    return None


def _model_column(weapon: str, model: str) -> str | None:
    column = weapons().column_of(model)
    return column.id if column is not None and column.weapon == weapon else None


def _class_column(weapon: str) -> str | None:
    column = weapons().class_column(weapon)
    return column.id if column is not None else None


def _missile_column(weapon: str, models: list[str]) -> str | None:
    # The table counts a list of cruise missiles naming Kalibr as Kalibr, and Iskander-M
    # beside anything but Iskander-K as Iskander-M.
    if weapon == "cruise_missile" and "Kalibr" in models:
        return _model_column(weapon, "Kalibr")
    if "Iskander-M" in models and "Iskander-K" not in models:
        return _model_column("ballistic_missile", "Iskander-M")
    if len(models) == 1:
        for kind in _MISSILES:
            found = _model_column(kind, models[0])
            if found:
                return found
    return _class_column(weapon)


def _spelled(part: str) -> str:
    """A part of a model name in the ledger's spelling: the catalogue's name where it knows the
    part ("X-47 Kinzhal" is Kinzhal), else the table's spelling rewritten ("X-59MK2")."""
    if re.search(r"[А-Яа-яІіЇїЄєҐґ]", part):
        part = transliterate(part)
    for pattern, replacement in _SPELLING:
        part = pattern.sub(replacement, part)
    model = weapons().find_model(part, "en")
    return model.name if model is not None else part


@cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    """(name prefix, weapon), longest first: every model's name and Latin names, and every
    family's prefix ("Su-"; a bare family's name alone, "KAB")."""
    catalog = weapons()
    found: dict[str, str] = {}
    for model in catalog.models:
        for name in (model.name, *model.names("en")):
            found.setdefault(name.replace("*", "").replace("-?", "-").casefold(), model.weapon)
    for family in catalog.families:
        for name in (family.name, *family.names("en")):
            prefix = name if family.bare else f"{name}-"
            found.setdefault(prefix.casefold(), family.weapon)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def _weapon_of_model(model: str) -> str | None:
    folded = model.casefold()
    for prefix, weapon in _prefixes():
        if folded.startswith(prefix):
            return weapon
    return None


def _common_weapon(weapons_: list[str | None]) -> str | None:
    kinds = set(weapons_)
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= set(_MISSILES):
        return "missile"
    return None

"""Weapon classes and models of the peers' tables, and the peer's columns of our claims.

Two tables users already work with count the Air Force's numbers in their own units: the
destroyed-targets table has one column per weapon type (`shahed`, `kh_59_missile`, ...), the
missile-attacks table one row per model as written there ("X-101/X-555", "Shahed-136/131").
Models are brought to the ledger's spelling (Kh- for the Cyrillic Х-, S- for С-, Shahed-136
for the Shahed family), and `peer_column` puts any intercepted claim in the destroyed table's
column, following that table's conventions (docs/exports.md, "Peers").
"""

from __future__ import annotations

import re

from claimledger.sources.registry import transliterate

# The destroyed-targets table: column -> (weapon, model). A column of a kind with no model
# (uav_drones, missiles, cruise_missiles, ...) counts that kind when no listed type fits.
DESTROYED_COLUMNS: dict[str, tuple[str, str | None]] = {
    "uav_drones": ("uav", None),
    "shahed": ("uav", "Shahed-136"),
    "orlan": ("uav", "Orlan-10"),
    "orion": ("uav", "Orion"),
    "lancet": ("uav", "Lancet"),
    "merlin": ("uav", "Merlin-VR"),
    "granat_4": ("uav", "Granat-4"),
    "zala": ("uav", "ZALA"),
    "mohajer_6": ("uav", "Mohajer-6"),
    "missiles": ("missile", None),
    "ballistic_missiles": ("ballistic_missile", None),
    "missile_kh_31p": ("missile", "Kh-31P"),
    "cruise_missiles": ("cruise_missile", None),
    "kh_59_missile": ("cruise_missile", "Kh-59"),
    "kalibr_missile": ("cruise_missile", "Kalibr"),
    "kinzhal_missile": ("ballistic_missile", "Kinzhal"),
    "iskander_m_missile": ("ballistic_missile", "Iskander-M"),
    "iskander_k_missile": ("cruise_missile", "Iskander-K"),
    "fighter_su_30_cm": ("aircraft", "Su-30SM"),
    "fighter_su_34": ("aircraft", "Su-34"),
    "fighter_su_35": ("aircraft", "Su-35"),
    "fighter_su_24m": ("aircraft", "Su-24M"),
    "fighter_su_25": ("aircraft", "Su-25"),
    "helicopter": ("helicopter", None),
    "helicopter_k_52": ("helicopter", "Ka-52"),
    "helicopter_mi_8": ("helicopter", "Mi-8"),
    "plane_a_50": ("aircraft", "A-50"),
    "plane_il_22": ("aircraft", "Il-22"),
}
# Spellings of the same type that the table counts in one column.
_ALIASES = {"Su-35S": "Su-35", "Orlan-30": "Orlan-10"}
_KIND_COLUMNS = {
    "uav": "uav_drones",
    "cruise_missile": "cruise_missiles",
    "ballistic_missile": "ballistic_missiles",
    "missile": "missiles",
    "helicopter": "helicopter",
}
_MODEL_COLUMNS = {
    (weapon, model): column for column, (weapon, model) in DESTROYED_COLUMNS.items() if model
}
_MISSILES = ("cruise_missile", "ballistic_missile", "missile")

# Model name prefixes (ledger spelling, case-insensitive) -> weapon. Generic names the
# missile-attacks table uses for unidentified types come last.
MODEL_WEAPONS: tuple[tuple[str, str], ...] = (
    ("Shahed", "uav"),
    ("Geran", "uav"),
    ("Gerbera", "uav"),
    ("Lancet", "uav"),
    ("Orlan", "uav"),
    ("ZALA", "uav"),
    ("Supercam", "uav"),
    ("Merlin", "uav"),
    ("Orion", "uav"),
    ("Mohajer", "uav"),
    ("Granat", "uav"),
    ("Eleron", "uav"),
    ("Forpost", "uav"),
    ("Kub", "uav"),
    ("Molniya", "uav"),
    ("Feniks", "uav"),
    ("Privet", "uav"),
    ("Kartograf", "uav"),
    ("Kh-101", "cruise_missile"),
    ("Kh-555", "cruise_missile"),
    ("Kh-55", "cruise_missile"),
    ("Kh-59", "cruise_missile"),
    ("Kh-69", "cruise_missile"),
    ("Kh-22", "cruise_missile"),
    ("Kh-32", "cruise_missile"),
    ("Kh-35", "cruise_missile"),
    ("Kalibr", "cruise_missile"),
    ("Iskander-K", "cruise_missile"),
    ("Oniks", "cruise_missile"),
    ("Zircon", "cruise_missile"),
    ("Banderol", "cruise_missile"),
    ("Iskander-M", "ballistic_missile"),
    ("KN-23", "ballistic_missile"),
    ("Kinzhal", "ballistic_missile"),
    ("Kh-31", "missile"),
    ("S-300", "missile"),
    ("S-400", "missile"),
    ("GBU", "guided_bomb"),
    ("KAB", "guided_bomb"),
    ("Su-", "aircraft"),
    ("A-50", "aircraft"),
    ("Il-", "aircraft"),
    ("Ka-", "helicopter"),
    ("Mi-", "helicopter"),
)
GENERIC_WEAPONS: tuple[tuple[str, str], ...] = (
    ("ballistic", "ballistic_missile"),
    ("cruise", "cruise_missile"),
    ("bomb", "guided_bomb"),
    ("uav", "uav"),
    ("drone", "uav"),
    ("missile", "missile"),
)
# Rewrites to the ledger's spelling, applied in order to each part of a model name.
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[XХ]-47\s*Kinzhal$|^Kinzhal$", re.I), "Kinzhal"),
    (re.compile(r"^[XХ]-"), "Kh-"),
    (re.compile(r"^[CС]-(300|400)"), r"S-\1"),
    (re.compile(r"^3M22\s+"), ""),
    (re.compile(r"^P-800\s+"), ""),
)


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
    for word, weapon in GENERIC_WEAPONS:
        if word in generic:
            return weapon, None
    return None, None


def peer_column(weapon: str | None, model: str | None) -> str | None:
    """The destroyed table's column for an intercepted claim's (weapon, model), or None where
    the table has none (e.g. guided bombs)."""
    models = [_ALIASES.get(m, m) for m in model.split("/")] if model else []
    if weapon == "uav":
        if any(m.startswith("Shahed") for m in models):
            return "shahed"
        if len(models) == 1:
            return _MODEL_COLUMNS.get((weapon, models[0]), "uav_drones")
        return "uav_drones"
    if weapon in ("aircraft", "helicopter"):
        found = _MODEL_COLUMNS.get((weapon, models[0])) if len(models) == 1 else None
        return found or _KIND_COLUMNS.get(weapon)
    if weapon in _MISSILES:
        return _missile_column(weapon, models)
    return None


def _missile_column(weapon: str, models: list[str]) -> str:
    # The table counts a list of cruise missiles naming Kalibr as Kalibr, and Iskander-M
    # beside anything but Iskander-K as Iskander-M.
    if weapon == "cruise_missile" and "Kalibr" in models:
        return "kalibr_missile"
    if "Iskander-M" in models and "Iskander-K" not in models:
        return "iskander_m_missile"
    if len(models) == 1:
        for kind in _MISSILES:
            if (kind, models[0]) in _MODEL_COLUMNS:
                return _MODEL_COLUMNS[(kind, models[0])]
    return _KIND_COLUMNS[weapon]


def _spelled(part: str) -> str:
    if re.search(r"[А-Яа-яІіЇїЄєҐґ]", part):
        part = transliterate(part)
    for pattern, replacement in _SPELLING:
        part = pattern.sub(replacement, part)
    return part


def _weapon_of_model(model: str) -> str | None:
    folded = model.casefold()
    for prefix, weapon in MODEL_WEAPONS:
        if folded.startswith(prefix.casefold()):
            return weapon
    return None


def _common_weapon(weapons: list[str | None]) -> str | None:
    kinds = set(weapons)
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= set(_MISSILES):
        return "missile"
    return None

"""Rules as data: the actor registry and the weapon catalogue every grammar reads.

`actors()` and `weapons()` load their table once, on first use, and check it row by row
(`claimledger.errors.CatalogError` names the table and entry of a bad row). This package sits
below extract/, sources/ and peers/: it imports only claimledger.model, claimledger.errors and
the standard library.
"""

from __future__ import annotations

from claimledger.catalog.actors import Actor, Actors, actors
from claimledger.catalog.weapons import Model, WeaponCatalog, weapons

__all__ = ["Actor", "Actors", "Model", "WeaponCatalog", "actors", "weapons"]

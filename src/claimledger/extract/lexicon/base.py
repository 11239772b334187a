"""What every lexicon table's reader shares: its error, and the checks of keys and values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from claimledger.errors import ClaimledgerError


class LexiconError(ClaimledgerError):
    """A lexicon table that does not load: bad TOML, an unknown role, a value of the wrong kind."""


def strings(value: Any, table: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{table}: {key} must be a list of strings")
    return value


def known_keys(data: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise LexiconError(f"{where}: unknown role(s) {', '.join(unknown)}")

"""The source registry: maps a channel or site to the name, kind and side of its own voice.

A post in a channel's own voice gets its claimant from here (a Ministry's channel speaks as the
Ministry; a news channel speaks as an outlet). The default registry ships with the package;
users add or override entries with their own TOML file of the same shape.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from claimledger.model import CLAIMANT_KINDS, SIDES


class RegistryError(ValueError):
    """A registry file that cannot be used, with the file and entry named."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    kind: str  # a ClaimantKind: "outlet" for news media
    side: str | None

    @property
    def is_party(self) -> bool:
        """A ministry's or official's own channel rather than a news outlet."""
        return self.kind != "outlet"


_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
_LATIN = (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"
).split()
_TRANSLIT = dict(zip(_CYRILLIC, _LATIN, strict=True))


def transliterate(name: str) -> str:
    """A readable Latin form of a Cyrillic channel name, for channels the registry lacks."""
    out = []
    for ch in name:
        low = ch.lower()
        lat = _TRANSLIT.get(low)
        if lat is None:
            out.append(ch)
            continue
        lat = "" if lat == "-" else lat
        out.append(lat.capitalize() if ch != low else lat)
    return "".join(out)


class SourceRegistry:
    """Look up sources by channel id, domain or exported channel title."""

    def __init__(self, entries: list[SourceInfo], keys: dict[str, SourceInfo]) -> None:
        self.entries = entries
        self._keys = keys

    @classmethod
    def default(cls) -> SourceRegistry:
        text = (
            importlib_resources.files("claimledger.sources")
            .joinpath("default_sources.toml")
            .read_text(encoding="utf-8")
        )
        return cls.from_toml(text, "default_sources.toml")

    @classmethod
    def from_toml(cls, text: str, origin: str) -> SourceRegistry:
        registry = cls([], {})
        registry.update(text, origin)
        return registry

    def update(self, text: str, origin: str) -> None:
        """Add or override entries from TOML text; later entries win over earlier ones."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RegistryError(f"{origin}: not valid TOML: {exc}") from exc
        for number, raw in enumerate(data.get("source", []), start=1):
            info = _parse_entry(raw, f"{origin}: [[source]] #{number}")
            self.entries.append(info)
            for key in [*raw.get("ids", []), *raw.get("names", [])]:
                self._keys[_norm(str(key))] = info

    def load_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RegistryError(f"{path}: cannot read: {exc}") from exc
        self.update(text, str(path))

    def lookup(self, *keys: str | None) -> SourceInfo | None:
        """The first registered source among the given keys (channel id, title, domain)."""
        for key in keys:
            if key and (info := self._keys.get(_norm(key))):
                return info
        return None

    def voice(self, *keys: str | None) -> SourceInfo:
        """Who speaks in a report's own voice: the registered source or an unknown outlet."""
        info = self.lookup(*keys)
        if info is not None:
            return info
        name = next((k for k in keys if k), None)
        return SourceInfo(transliterate(name) if name else "unknown outlet", "outlet", None)


def _norm(key: str) -> str:
    return " ".join(key.casefold().split())


def _parse_entry(raw: Any, where: str) -> SourceInfo:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise RegistryError(f"{where}: needs a string `name`")
    kind = raw.get("kind", "outlet")
    side = raw.get("side")
    if kind not in CLAIMANT_KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(CLAIMANT_KINDS)}")
    if side is not None and side not in SIDES:
        raise RegistryError(f"{where}: side {side!r} is not one of {', '.join(SIDES)}")
    return SourceInfo(raw["name"], kind, side)

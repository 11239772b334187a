"""Sources: the bundled registry plus entries added over the API (the ledger's `web_sources`).

Entries added over the API go through the registry's own TOML reader, so they are checked and
keyed exactly as a user's `--sources` file is. Their strings are written as TOML basic strings
(JSON escaping is TOML-compatible once control characters are refused, which the API does).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.resources import Resources, default_resources
from claimledger.sources.registry import SourceInfo, SourceRegistry


@dataclass(frozen=True, slots=True)
class SourceEntry:
    name: str
    kind: str
    side: str | None
    ids: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def to_toml(self) -> str:
        lines = ["[[source]]", f"name = {_toml_str(self.name)}", f"kind = {_toml_str(self.kind)}"]
        if self.side is not None:
            lines.append(f"side = {_toml_str(self.side)}")
        lines.append(f"ids = [{', '.join(_toml_str(i) for i in self.ids)}]")
        lines.append(f"names = [{', '.join(_toml_str(n) for n in self.names)}]")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "side": self.side,
            "ids": list(self.ids),
            "names": list(self.names),
        }


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def check_entry(entry: SourceEntry) -> None:
    """Raise RegistryError when the registry would refuse the entry (kind, side)."""
    SourceRegistry.from_toml(entry.to_toml(), "the new source")


def add_entry(ledger: Ledger, entry: SourceEntry, token_id: int | None) -> int:
    check_entry(entry)
    row = {
        "name": entry.name,
        "kind": entry.kind,
        "side": entry.side,
        "ids": json.dumps(list(entry.ids), ensure_ascii=False),
        "names": json.dumps(list(entry.names), ensure_ascii=False),
    }
    return ledger.sources.add(row, token_id, datetime.now(UTC).isoformat(timespec="seconds"))


def stored_entries(ledger: Ledger) -> list[SourceEntry]:
    return [
        SourceEntry(
            r["name"],
            r["kind"],
            r["side"],
            tuple(json.loads(r["ids"])),
            tuple(json.loads(r["names"])),
        )
        for r in ledger.sources.all()
    ]


def merged_registry(ledger: Ledger) -> SourceRegistry:
    """The bundled registry with the ledger's own entries on top (later entries win)."""
    registry = SourceRegistry.default()
    entries = stored_entries(ledger)
    if entries:
        registry.update("".join(e.to_toml() for e in entries), "the ledger's web_sources")
    return registry


def registry_info(registry: SourceRegistry, source: str | None) -> SourceInfo | None:
    return registry.lookup(source)


class ExtractorCache:
    """One Extractor per state of the ledger's registry entries: morphology loads once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: int | None = None
        self._extractor: Extractor | None = None

    def get(self, ledger: Ledger) -> Extractor:
        version = ledger.sources.version()
        with self._lock:
            if self._extractor is None or version != self._version:
                if version == 0:
                    self._extractor = Extractor()
                else:
                    shared = default_resources()
                    resources = Resources(
                        gazetteer=shared.gazetteer, registry=merged_registry(ledger)
                    )
                    self._extractor = Extractor(resources)
                self._version = version
            return self._extractor

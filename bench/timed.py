"""A function wrapped to add the seconds spent in it to a tally, for benches that time the
stages of a run from outside (bench/extract_stages.py, bench/extract_anatomy.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def timed(spent: dict[str, float], name: str, inner: Callable[..., Any]) -> Callable[..., Any]:
    """`inner`, adding the seconds of each call to `spent[name]`."""

    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - start

    return run

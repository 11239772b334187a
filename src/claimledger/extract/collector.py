"""Python's cyclic garbage collector during a run of many reports.

A run builds large tables and caches that live as long as it does (the morphology's dictionary
and the parses it has made, the lexicon, the gazetteer's patterns) and next to no cyclic
garbage: on 3,000 Telegram posts the collector found some 500 objects in all, while its passes
cost some 7 % of the run, the full ones walking every object of those tables again. So, for the
run only, the young generation is collected less often, and once the first report the fast path
lets through has built the tables they are frozen (`gc.freeze`) out of the passes; the run's
end gives the collector back as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["YOUNG", "quiet_collector"]

# Allocations between two collections of the young generation during a run (Python's own is
# 700): the garbage they find is a few objects a report, the pass costs the same each time.
YOUNG = 10_000


@contextmanager
def quiet_collector() -> Iterator[Callable[[], None]]:
    """A run's collector; the function it gives freezes what is alive now out of its passes
    (called once the resources are built; calls after the first do nothing)."""
    before = gc.get_threshold()
    frozen = False

    def freeze() -> None:
        nonlocal frozen
        if not frozen:
            gc.freeze()
            frozen = True

    gc.set_threshold(max(before[0], YOUNG), *before[1:])
    try:
        yield freeze
    finally:
        gc.set_threshold(*before)
        if frozen:
            gc.unfreeze()

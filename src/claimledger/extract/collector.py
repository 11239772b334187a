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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["YOUNG", "quiet_collector"]

# Allocations between two collections of the young generation during a run (Python's own is
# 700): the garbage they find is a few objects a report, the pass costs the same each time.
YOUNG = 10_000


# Runs in progress: the collector's settings are the process's, so only the first of runs that
# overlap (threads, a run inside a run) changes them, and the last to end gives them back.
_runs = 0
_frozen = False  # whether a run froze objects, which the last run's end unfreezes
_lock = threading.Lock()
_before: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def quiet_collector() -> Iterator[Callable[[], None]]:
    """A run's collector; the function it gives freezes what is alive now out of its passes
    (called once the resources are built; calls after the first do nothing)."""
    global _runs, _before
    with _lock:
        _runs += 1
        if _runs == 1:
            _before = gc.get_threshold()
            gc.set_threshold(max(_before[0], YOUNG), *_before[1:])
    try:
        yield _freeze
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0:
                _give_back()


def _freeze() -> None:
    global _frozen
    with _lock:
        if not _frozen:
            gc.freeze()
            _frozen = True


def _give_back() -> None:
    global _frozen
    gc.set_threshold(*_before)
    if _frozen:
        gc.unfreeze()
        _frozen = False

"""Python's cyclic garbage collector during a run of many reports.

A run builds large caches that live as long as it does (the morphology's parses and our
analyses of every word met, the places' keys, the lexicon's derived tables) next to a little
cyclic garbage that each report leaves behind (readers that hold their own bound methods).
Python's collector, left to itself, walks the caches again and again: every object that
survives a young collection is walked once more in each middle-generation collection, and
those cost a cold run some 7 % of its time (one of 65 ms over 212 Telegram posts). So, for the
run only, the collector runs between reports (`tidy`): once `YOUNG` new objects have stayed
alive since the last time, it collects them, which frees the cycles of the reports before, and
freezes (`gc.freeze`) what survives, the caches' new entries, out of every later pass. Each
object is walked once. The automatic collection stays on with a high threshold, for the
garbage of one very long report; the run's end gives the collector back as it was.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG", "quiet_collector", "tidy"]

# New objects alive since the last tidy before the next one collects them (Python collects its
# young generation at 700): the pass costs the same per object at any size.
YOUNG = 10_000
# The automatic collection's young threshold during a run: reached only inside one very long
# report, between whose windows no tidy comes.
_AUTOMATIC = 20 * YOUNG


# Runs in progress: the collector's settings are the process's, so only the first of runs that
# overlap (threads, a run inside a run) changes them, and the last to end gives them back.
_runs = 0
_frozen = False  # whether a run froze objects, which the last run's end unfreezes
_lock = threading.Lock()
_before: tuple[int, int, int] = (700, 10, 10)


@contextmanager
def quiet_collector() -> Iterator[None]:
    """A run's collector: between its reports the run calls `tidy`."""
    global _runs, _before
    with _lock:
        _runs += 1
        if _runs == 1:
            _before = gc.get_threshold()
            gc.set_threshold(max(_before[0], _AUTOMATIC), *_before[1:])
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0:
                _give_back()


def tidy() -> None:
    """Between two reports of a run: once `YOUNG` new objects have stayed alive, collect them
    and freeze the survivors. Outside a run, nothing. (Objects alive at a tidy, another
    thread's report in progress among them, stay frozen until the last run ends even if they
    die in a cycle: the run's end unfreezes them for the collector.)"""
    global _frozen
    if gc.get_count()[0] < YOUNG:
        return
    with _lock:
        if _runs == 0:
            return
        gc.collect(0)
        gc.freeze()
        _frozen = True


def _give_back() -> None:
    global _frozen
    gc.set_threshold(*_before)
    if _frozen:
        gc.unfreeze()
        _frozen = False

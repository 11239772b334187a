"""Tables derived once from an object and known by its identity.

The lexicon's tuples (patterns, sequences of words) and pymorphy3's tags are asked for their
derived tables at every report or word, and hashing them costs more than the look-up saves: a
tuple of tuples hashes every word, a tag builds a tuple of its grammemes at each hash. So a
derived table is kept under the object's id beside the object itself, which, kept alive, cannot
give its id to another.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["by_identity"]

K = TypeVar("K")
V = TypeVar("V")


class _ByIdentity(Generic[K, V]):
    """`build` of an object, made once while the object is the one under its id."""

    def __init__(self, build: Callable[[K], V], limit: int) -> None:
        self._build = build
        self._limit = limit
        self._known: dict[int, tuple[K, V]] = {}

    def __call__(self, key: K) -> V:
        known = self._known.get(id(key))
        if known is not None and known[0] is key:
            return known[1]
        if len(self._known) >= self._limit:  # objects made anew (a caller's own lists)
            self._known.clear()
        value = self._build(key)
        self._known[id(key)] = (key, value)
        return value


def by_identity(limit: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """A decorator: the function's result for an object, remembered by the object's identity
    (at most `limit` objects; all are forgotten when more come)."""

    def wrap(build: Callable[[K], V]) -> Callable[[K], V]:
        return _ByIdentity(build, limit)

    return wrap

"""extract.derived.by_identity: a table derived once per object, known by the object itself."""

from __future__ import annotations

from collections.abc import Callable

from claimledger.extract.derived import by_identity

Build = Callable[[tuple[str, ...]], frozenset[str]]


def _counting(limit: int) -> tuple[list[tuple[str, ...]], Build]:
    calls: list[tuple[str, ...]] = []

    @by_identity(limit=limit)
    def first_words(sequences: tuple[str, ...]) -> frozenset[str]:
        calls.append(sequences)
        return frozenset(s.split()[0] for s in sequences)

    return calls, first_words


def test_the_same_object_is_built_once() -> None:
    calls, first_words = _counting(limit=4)
    table = ("по данным", "according to")
    assert first_words(table) == frozenset({"по", "according"})
    assert first_words(table) == frozenset({"по", "according"})
    assert calls == [table]


def test_an_equal_object_of_its_own_is_built_for_itself() -> None:
    calls, first_words = _counting(limit=4)
    one = tuple(["по данным"])
    other = tuple(["по данным"])
    assert one == other and one is not other
    first_words(one)
    first_words(other)
    assert len(calls) == 2


def test_more_objects_than_the_limit_forget_the_others() -> None:
    calls, first_words = _counting(limit=2)
    tables = [tuple([f"слово{n} x"]) for n in range(3)]
    for table in tables:
        first_words(table)
    first_words(tables[2])  # kept: the last one made after clearing
    first_words(tables[0])  # forgotten: built again
    assert [c[0] for c in calls] == ["слово0 x", "слово1 x", "слово2 x", "слово0 x"]

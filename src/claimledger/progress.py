"""Progress of slow steps on stderr, for a person watching a terminal.

Library code marks each step that can take more than a couple of seconds: `step(message)` shows
a spinner with the message while a block runs (the first build of the gazetteer), `counted`
and `counter` a running count (rows exported, texts scored). Nothing shows unless the command
line turned progress on (`enable`, off with `--quiet`), and never when stderr is not a
terminal: pipes, logs, tests and library callers get no stray output. Displays are transient,
so a finished step leaves the terminal as it was.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_enabled = False


def enable(on: bool = True) -> None:
    """Turn progress on (the command line does, unless --quiet) or off."""
    global _enabled
    _enabled = on


def active() -> bool:
    """Whether progress is shown now: turned on, and stderr is a terminal."""
    return _enabled and sys.stderr.isatty()


@contextmanager
def step(message: str) -> Iterator[None]:
    """A spinner with `message` on stderr while the block runs."""
    if not active():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


@contextmanager
def counter(label: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """A running count after `label` (a bar when `total` is known) while the block runs; the
    block calls the function it is given with each number of items done."""
    if not active():
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [SpinnerColumn(), TextColumn(label)]
    columns += [BarColumn(bar_width=20), MofNCompleteColumn()] if total else [
        TextColumn("{task.completed:,}")
    ]
    with Progress(
        *columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True
    ) as progress:
        task = progress.add_task(label, total=total)
        yield lambda done: progress.advance(task, done)


def counted(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """`items`, one at a time, counted on stderr as they are taken."""
    with counter(label, total) as advance:
        for item in items:
            yield item
            advance(1)


def _ignore(done: int) -> None:
    """What `counter` hands out when nothing is shown."""

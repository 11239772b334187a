"""extract/forks.py: forked workers answer their tasks in order, over pipes of any size."""

from __future__ import annotations

import os
import sys

import pytest

from claimledger.extract.forks import Forks, WorkerDied

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork: Linux")


def _reaped(pids: tuple[int, ...]) -> bool:
    """Whether each of these processes ended and was waited for (no zombie, none running)."""
    for pid in pids:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def test_answers_come_in_the_order_the_tasks_were_given() -> None:
    forks = Forks(2, lambda n: (n, os.getpid()))
    pids = forks.pids
    try:
        tickets = [forks.submit(n) for n in range(6)]
        answers = [ticket.result() for ticket in tickets]
    finally:
        forks.close()
    assert [n for n, _ in answers] == list(range(6))
    assert {pid for _, pid in answers} == set(pids)  # given in turn to both workers
    assert _reaped(pids) and forks.pids == ()


def test_tasks_and_answers_larger_than_a_pipe_do_not_stall() -> None:
    # two tasks in flight per worker, each and each answer far over a pipe's 64 KiB: the
    # parent writes the second task while the worker's first answer waits unread
    forks = Forks(2, lambda text: text * 3)
    try:
        tickets = [forks.submit(str(n) * 200_000) for n in range(4)]
        answers = [ticket.result() for ticket in tickets]
    finally:
        forks.close()
    assert answers == [str(n) * 600_000 for n in range(4)]


def test_a_worker_that_dies_is_raised_and_none_is_left_behind() -> None:
    def work(n: int) -> int:
        if n == 1:
            os._exit(3)
        return n

    forks = Forks(2, work)
    pids = forks.pids
    try:
        first, second = forks.submit(0), forks.submit(1)
        assert first.result() == 0
        with pytest.raises(WorkerDied):
            second.result()
    finally:
        forks.close(abort=True)
    assert _reaped(pids)


def test_a_run_given_up_kills_its_busy_workers() -> None:
    import time

    forks = Forks(2, lambda seconds: time.sleep(seconds))
    pids = forks.pids
    forks.submit(60)
    forks.submit(60)
    started = time.perf_counter()
    forks.close(abort=True)
    assert time.perf_counter() - started < 10
    assert _reaped(pids)

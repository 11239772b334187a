"""Worker processes forked from this one and fed over pipes: what `parallel` needs of a
process pool, and no more.

concurrent.futures' pool cost an extraction run its import (multiprocessing, socket, logging,
subprocess: some 30 ms before the first worker starts, a few per cent of a whole run over
3,000 posts) and a manager thread in the parent that took the interpreter's lock from the
reading and writing there. Here each worker is forked with two pipes of its own: a task is
pickled and written to its worker, length first; the worker answers its tasks in the order
they came, on its own pipe. The worker answers from a thread of its own, so it reads its next
task while the parent has not yet read its answers: neither side ever waits on a pipe the
other has stopped reading. Tasks go to the workers in turn, and `Ticket.result` reads the
answers in the order the tasks were given. A worker that dies is the end of its pipe, raised
as `WorkerDied`. Linux (fork) only, as `parallel` uses it.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from claimledger.errors import ClaimledgerError

__all__ = ["Forks", "Ticket", "WorkerDied"]

_LENGTH = struct.Struct("<Q")  # the byte length before each message
_END = object()  # the worker's answering thread stops at this


class WorkerDied(ClaimledgerError, RuntimeError):
    """A worker process ended (killed, or its own failure) with tasks of it unanswered."""


@dataclass
class _Worker:
    """A forked worker process and the parent's ends of its two pipes."""

    pid: int
    tasks: int  # the parent's end of the pipe it reads its tasks from
    answers: int  # the parent's end of the pipe it writes its answers to


@dataclass(frozen=True)
class Ticket:
    """A task given to a worker: `result` reads its answer (the worker's earlier answers must
    have been read first, as `Forks` gives tasks and `parallel` reads them in order)."""

    worker: _Worker

    def result(self) -> Any:
        return pickle.loads(_read(self.worker.answers))


class Forks:
    """`workers` processes forked now, each running `work` on the tasks it is given."""

    def __init__(self, workers: int, work: Callable[[Any], Any]) -> None:
        self._workers: list[_Worker] = []
        self._turn = 0
        try:
            for _ in range(workers):
                self._workers.append(self._fork(work))
        except BaseException:
            self.close(abort=True)
            raise

    @property
    def pids(self) -> tuple[int, ...]:
        """The workers' process ids (none once closed)."""
        return tuple(worker.pid for worker in self._workers)

    def submit(self, task: Any) -> Ticket:
        """Give `task` to the next worker in turn."""
        worker = self._workers[self._turn % len(self._workers)]
        self._turn += 1
        try:
            _write(worker.tasks, pickle.dumps(task, pickle.HIGHEST_PROTOCOL))
        except BrokenPipeError:
            raise WorkerDied(f"worker {worker.pid} ended") from None
        return Ticket(worker)

    def close(self, abort: bool = False) -> None:
        """End the workers: their pipes closed (each ends once its tasks are answered), or,
        with `abort`, killed at once; then wait for them, so that none is left behind."""
        for worker in self._workers:
            if abort:
                _kill(worker.pid)
            for fd in (worker.tasks, worker.answers):
                _close(fd)
        for worker in self._workers:
            _reap(worker.pid)
        self._workers = []

    def _fork(self, work: Callable[[Any], Any]) -> _Worker:
        task_in, task_out = os.pipe()
        answer_in, answer_out = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to be had: the pipes go with it
            for fd in (task_in, task_out, answer_in, answer_out):
                _close(fd)
            raise
        if pid == 0:  # the worker: never returns into the parent's code
            code = 1
            try:
                for other in self._workers:  # else a sibling's pipe never sees its end
                    _close(other.tasks)
                    _close(other.answers)
                _close(task_out)
                _close(answer_in)
                _serve(work, task_in, answer_out)
                code = 0
            finally:
                os._exit(code)
        _close(task_in)
        _close(answer_out)
        return _Worker(pid, task_out, answer_in)


def _serve(work: Callable[[Any], Any], tasks: int, answers: int) -> None:
    """In a worker: answer each task until the parent closes the pipe."""
    queue: deque[Any] = deque()
    ready = threading.Condition()

    def answer() -> None:
        try:
            while True:
                with ready:
                    while not queue:
                        ready.wait()
                    item = queue.popleft()
                if item is _END:
                    return
                _write(answers, pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
        except BaseException:  # the parent gone, or an answer that cannot be pickled
            os._exit(1)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    while (message := _read_optional(tasks)) is not None:
        result = work(pickle.loads(message))
        with ready:
            queue.append(result)
            ready.notify()
    with ready:
        queue.append(_END)
        ready.notify()
    thread.join()


def _write(fd: int, payload: bytes) -> None:
    data = memoryview(_LENGTH.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data) :]


def _read(fd: int) -> bytes:
    message = _read_optional(fd)
    if message is None:
        raise WorkerDied("a worker's pipe ended before its answer")
    return message


def _read_optional(fd: int) -> bytes | None:
    """The next message, or None where the pipe ended before one began."""
    head = _read_exactly(fd, _LENGTH.size)
    if head is None:
        return None
    (size,) = _LENGTH.unpack(head)
    body = _read_exactly(fd, size)
    if body is None:
        raise WorkerDied("a pipe ended inside a message")
    return body


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts: list[bytes] = []
    left = size
    while left:
        part = os.read(fd, min(left, 1 << 20))
        if not part:
            if left == size:
                return None
            raise WorkerDied("a pipe ended inside a message")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):  # closed already
        os.close(fd)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # ended already
        os.kill(pid, signal.SIGKILL)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):  # reaped already
        os.waitpid(pid, 0)

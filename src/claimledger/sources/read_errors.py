"""The records of a problem with the input: where it is and what is wrong.

A `ReadError` is input that gave no report (a broken line, an unreadable file); a `ReadWarning`
is input read with a caveat (a guessed encoding, an empty post skipped). Readers collect both in
one list, in the order met, and go on; `ReadError` is also raised where one failure leaves
nothing to go on with. Both print as "path:line: message", a warning with "warning: " before
the message.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from claimledger.errors import ClaimledgerError

Level = Literal["error", "warning"]
# Lone surrogates, and control characters but tab and line feed.
_UNPRINTABLE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ReadError(ClaimledgerError):
    """A file, line or record that could not be read, so gave no report."""

    level: ClassVar[Level] = "error"
    is_error: ClassVar[bool] = True

    def __init__(self, path: str | os.PathLike[str], line: int | None, message: str) -> None:
        path, message = printable(str(path)), printable(message)
        super().__init__(path, line, message)
        self.path = path
        self.line = line  # 1-based; None for a whole file or path
        self.message = message

    def __str__(self) -> str:
        return f"{_where(self.path, self.line)}: {self.message}"

    def __repr__(self) -> str:
        return f"ReadError({self.path!r}, {self.line!r}, {self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadError):
            return NotImplemented
        return (self.path, self.line, self.message) == (other.path, other.line, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.message))


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Input that was read, with a caveat the user should know (never raised)."""

    path: str
    line: int | None  # 1-based; None for a whole file or path
    message: str

    level: ClassVar[Level] = "warning"
    is_error: ClassVar[bool] = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", printable(self.path))
        object.__setattr__(self, "message", printable(self.message))

    def __str__(self) -> str:
        return f"{_where(self.path, self.line)}: warning: {self.message}"


class RecordError(ClaimledgerError, ValueError):
    """A JSON record that gives no report, at error or warning level."""

    def __init__(self, message: str, level: Level = "error") -> None:
        super().__init__(message)
        self.message = message
        self.level: Level = level


# What readers append to the caller's list.
ReadProblem = ReadError | ReadWarning


def read_problem(path: str, line: int | None, message: str, level: Level) -> ReadProblem:
    """The record for a problem whose level is only known at run time (a record's own)."""
    if level == "warning":
        return ReadWarning(path, line, message)
    return ReadError(path, line, message)


def printable(text: str) -> str:
    """`text` fit for a terminal, a log or a JSON answer: a message may quote the input it is
    about (a channel's name, a file name), lone surrogates and control characters included."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else "", text)


def _where(path: str, line: int | None) -> str:
    return path if line is None else f"{path}:{line}"

"""The one record of a problem with the input: where it is and what is wrong."""

from __future__ import annotations

import os
from typing import Literal

Level = Literal["error", "warning"]


class ReadError(Exception):
    """A file, line or record that could not be read as it should (or, as a warning, was read
    with a caveat such as a guessed encoding). Readers collect these and go on; they are also
    raised where one failure means there is nothing to go on with.
    """

    def __init__(
        self, path: str | os.PathLike[str], line: int | None, message: str, level: Level = "error"
    ) -> None:
        super().__init__(str(path), line, message, level)
        self.path = str(path)
        self.line = line  # 1-based; None for a whole file or path
        self.message = message
        self.level: Level = level

    @property
    def is_error(self) -> bool:
        return self.level == "error"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        prefix = "warning: " if self.level == "warning" else ""
        return f"{where}: {prefix}{self.message}"

    def __repr__(self) -> str:
        return f"ReadError({self.path!r}, {self.line!r}, {self.message!r}, {self.level!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReadError):
            return NotImplemented
        return (self.path, self.line, self.message, self.level) == (
            other.path,
            other.line,
            other.message,
            other.level,
        )

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.message, self.level))

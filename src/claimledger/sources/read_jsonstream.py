"""A JSON document walked by its structure, one record at a time, in bounded memory.

Telegram exports and JSON arrays of reports are single documents that may be gigabytes long.
`JsonStream` reads their text in chunks and walks the outer structure (objects' keys, arrays'
items) itself; each record it is asked for (a message, an item) is first found whole by its
brackets, outside strings, and only then parsed, within the limits of read_bounds:

- a record deeper than MAX_DEPTH, longer than MAX_RECORD_CHARS, not valid JSON inside, or
  holding a number out of range is one RecordError, and the walk goes on after it;
- a break in the outer structure, or a file that ends inside a value, is a BrokenDocument:
  what came before it stands, what follows cannot be told apart and is lost.

So a bad value costs its record, never the rest of the file, and memory holds one record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from claimledger.errors import ClaimledgerError
from claimledger.sources.read_bounds import MAX_DEPTH, loads, parse_at
from claimledger.sources.read_errors import RecordError

# JSON escapes (\u0441 for one Cyrillic letter) make a record up to six times its text; the
# text itself is capped at 5 MB (read_jsonl.MAX_REPORT_BYTES).
MAX_RECORD_CHARS = 30 * 1024 * 1024
_CHUNK = 64 * 1024
_SPACE = re.compile(r"[ \t\r\n]*+")
# Outside strings: everything up to the next bracket or quote, whole strings included.
_PLAIN = re.compile(r'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.DOTALL)
# Runs of opening or closing brackets, taken at once: "[[[[...]]]]" costs a step, not a
# step a bracket.
_OPENING = re.compile(r"[\[{]++")
_CLOSING = re.compile(r"[\]}]++")
# Inside a string: up to its closing quote (or the end of the text read so far).
_STRING_REST = re.compile(r'[^"\\]*+(?:\\.[^"\\]*+)*+', re.DOTALL)
# A number, true, false or null: up to the next delimiter.
_SCALAR = re.compile(r'[^\s,:\[\]{}"]*+')


class BrokenDocument(ClaimledgerError, ValueError):
    """A JSON document whose structure breaks off: truncated, or brackets out of step."""

    def __init__(self, message: str, *, truncated: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.truncated = truncated


class JsonStream:
    """The JSON document that `read(size)` gives, chunk by chunk ("" at the end)."""

    def __init__(self, read: Callable[[int], str]) -> None:
        self._read = read
        self._buffer = ""
        self._position = 0
        self._keep: int | None = None  # start of the value being kept, if any
        self._eof = False
        self._line = 1  # the line at `_counted`
        self._counted = 0

    @classmethod
    def of_text(cls, text: str) -> JsonStream:
        """A stream over a text held whole (the head of a file, say)."""
        chunks = iter((text,))
        return cls(lambda _size: next(chunks, ""))

    # -- the walk ---------------------------------------------------------------------------

    def peek(self) -> str | None:
        """The next character that is not white space, not consumed; None at the end."""
        while True:
            self._position = _SPACE.match(self._buffer, self._position).end()  # type: ignore[union-attr]
            if self._position < len(self._buffer):
                return self._buffer[self._position]
            if not self._fill():
                return None

    def expect(self, allowed: str) -> str:
        """Consume the next character, one of `allowed`; BrokenDocument otherwise."""
        found = self.peek()
        if found is None:
            raise BrokenDocument("file ends in the middle (truncated?)", truncated=True)
        if found not in allowed:
            wanted = " or ".join(repr(c) for c in allowed)
            raise BrokenDocument(f"expected {wanted} at line {self.line()}, found {found!r}")
        self._position += 1
        return found

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next; the caller reads or skips each value."""
        self.expect("{")
        if self.peek() == "}":
            self._position += 1
            return
        while True:
            if self.peek() != '"':
                self.expect('"')  # raises: a key must be a string
            try:
                key = self.value()
            except RecordError as exc:
                raise BrokenDocument(f"bad key at line {self.line()}: {exc.message}") from None
            self.expect(":")
            yield str(key)
            if self.expect(",}") == "}":
                return

    def items(self) -> Iterator[int]:
        """1, 2, ... for the items of the array that comes next; the caller reads or skips each."""
        self.expect("[")
        if self.peek() == "]":
            self._position += 1
            return
        number = 0
        while True:
            number += 1
            yield number
            if self.expect(",]") == "]":
                return

    def value(self) -> Any:
        """The next value, parsed; RecordError (the stream already past it) when it breaks a
        limit or is not valid JSON inside."""
        if self.peek() in ("{", "["):
            # Most records are sound and whole in the text read: parsed in one step, the
            # parser finding their end. Anything else is scanned first, as below.
            parsed = parse_at(self._buffer, self._position)
            if parsed is not None and parsed[1] - self._position <= MAX_RECORD_CHARS:
                self._position = parsed[1]
                return parsed[0]
        try:
            start, deepest = self._scan(keep=True)
            if start is None:
                raise RecordError(f"record larger than {MAX_RECORD_CHARS // 2**20} MB; skipped")
            if deepest > MAX_DEPTH:
                raise RecordError(f"nested deeper than {MAX_DEPTH} levels; skipped")
            text = self._buffer[start : self._position]
        finally:
            self._keep = None
        return loads(text, depth_checked=True)

    def skip(self) -> None:
        """Move past the next value without parsing it (any size, any depth)."""
        self._scan(keep=False)

    def next_line(self) -> int:
        """The line the next value starts on (1-based)."""
        self.peek()
        return self.line()

    def line(self) -> int:
        """The line of the current position (1-based)."""
        if self._position > self._counted:
            self._line += self._buffer.count("\n", self._counted, self._position)
            self._counted = self._position
        return self._line

    # -- scanning ---------------------------------------------------------------------------

    def _scan(self, keep: bool) -> tuple[int | None, int]:
        """Move past one value: where it started (None when not kept, or too large to keep)
        and its depth. The caller resets `_keep` once it has the text."""
        first = self.peek()
        if first is None:
            raise BrokenDocument("file ends in the middle (truncated?)", truncated=True)
        if first in "]},:":
            raise BrokenDocument(f"expected a value at line {self.line()}, found {first!r}")
        self._keep = self._position if keep else None
        deepest = 0
        if first == '"':
            self._position += 1
            self._string()
        elif first in "[{":
            deepest = self._container()
        else:
            self._scalar()
        self._check_size()
        return self._keep, deepest

    def _container(self) -> int:
        depth = deepest = 0
        while True:
            self._position = _PLAIN.match(self._buffer, self._position).end()  # type: ignore[union-attr]
            if self._position >= len(self._buffer):
                self._more()
                continue
            char = self._buffer[self._position]
            if char == '"':
                self._position += 1
                self._string()
            elif char in "[{":
                end = _OPENING.match(self._buffer, self._position).end()  # type: ignore[union-attr]
                depth += end - self._position
                deepest = max(deepest, depth)
                self._position = end
            else:
                end = _CLOSING.match(self._buffer, self._position).end()  # type: ignore[union-attr]
                if end - self._position >= depth:  # the value closes within this run
                    self._position += depth
                    return deepest
                depth -= end - self._position
                self._position = end

    def _string(self) -> None:
        """Move past the rest of a string whose opening quote is consumed."""
        while True:
            self._position = _STRING_REST.match(self._buffer, self._position).end()  # type: ignore[union-attr]
            if self._position < len(self._buffer) and self._buffer[self._position] == '"':
                self._position += 1
                return
            self._more()  # the text read so far ends inside the string (or its escape)

    def _scalar(self) -> None:
        while True:
            self._position = _SCALAR.match(self._buffer, self._position).end()  # type: ignore[union-attr]
            if self._position < len(self._buffer) or not self._fill():
                return
            self._check_size()

    def _more(self) -> None:
        if not self._fill():
            raise BrokenDocument("file ends in the middle (truncated?)", truncated=True)
        self._check_size()

    def _check_size(self) -> None:
        if self._keep is not None and self._position - self._keep > MAX_RECORD_CHARS:
            self._keep = None  # too large: scanned on, but no longer kept

    def _fill(self) -> bool:
        """Read the next chunk; False at the end. Text before what is still needed goes."""
        if self._eof:
            return False
        needed = self._position if self._keep is None else min(self._keep, self._position)
        if needed > _CHUNK and needed * 2 > len(self._buffer):
            self.line()
            self._buffer = self._buffer[needed:]
            self._position -= needed
            self._counted -= needed
            if self._keep is not None:
                self._keep -= needed
        # Reads grow with the text kept, so that a long record costs linear time.
        chunk = self._read(max(_CHUNK, len(self._buffer)))
        if not chunk:
            self._eof = True
            return False
        self._buffer += chunk
        return True

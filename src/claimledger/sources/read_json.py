"""Telling JSON inputs apart, and JSON arrays of reports.

A file that starts with `{` is JSON Lines (one report object a line), a Telegram export (one
document with `messages` or `chats`), or some other JSON document, which is refused in one
message rather than as an error for every line. A file that starts with `[` is an array of report
objects (the records of read_jsonl), streamed item by item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Literal

from claimledger.model import Report
from claimledger.sources.read_admit import Gate
from claimledger.sources.read_bounds import loads
from claimledger.sources.read_decode import Encoding, TextReader
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning, read_problem
from claimledger.sources.read_jsonl import RecordError, record_report
from claimledger.sources.read_jsonstream import BrokenDocument, JsonStream

# "undecided": the head ends inside the first object before its keys tell; read more.
JsonKind = Literal["jsonl", "telegram", "array", "document", "undecided"]
Progress = Callable[[int], None]

_TELEGRAM_KEYS = frozenset({"messages", "chats"})
# JSON Lines shows itself in its first lines; a pretty-printed document never has an object
# on a line of its own.
_LINES_TO_TRY = 5


def json_kind(text: str, *, complete: bool) -> JsonKind:
    """The kind of JSON input whose (decoded) head is `text`, starting with `{` or `[` (or a
    `.json` file that does not: JSON Lines whose first line is damaged, or no JSON at all);
    `complete`: the head is the whole input."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "array"
    keys, closed = _top_level_keys(stripped) if stripped.startswith("{") else (set(), True)
    if keys & _TELEGRAM_KEYS and "text" not in keys:
        return "telegram"
    if not closed and not complete and "text" not in keys:
        return "undecided"  # an export whose first field outgrows the head, or a long line
    lines = [line for line in stripped.splitlines() if line.strip()]
    whole = lines if complete else lines[:-1]  # the head may cut its last line
    if not whole or any(_is_object(line) for line in whole[:_LINES_TO_TRY]):
        return "jsonl"
    return "document"


def document_error(origin: str, text: str) -> ReadError:
    keys = sorted(_top_level_keys(text.lstrip())[0])
    shown = ", ".join(keys[:8]) + (", ..." if len(keys) > 8 else "")
    return ReadError(
        origin,
        None,
        "a JSON document that is neither JSON Lines (one report object a line) nor a Telegram "
        f"export (no 'messages' or 'chats'); top-level keys: {shown or 'none'}",
    )


def array_reports(
    stream: IO[bytes],
    origin: str,
    encoding: Encoding,
    errors: list[ReadProblem],
    *,
    published: datetime | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Report]:
    """The reports of a JSON array of report objects, one item in memory at a time; a bad item
    is one problem (with the line it starts on), and the items after it are read."""
    reader = TextReader(stream, encoding, progress)
    walk = JsonStream(reader.read)
    gate = Gate(origin, errors)
    number = 0
    try:
        for number in walk.items():
            line = walk.next_line()
            label = f"item {number}: "
            try:
                report = record_report(walk.value(), published=published, lang=lang)
            except RecordError as exc:
                errors.append(read_problem(origin, line, label + exc.message, exc.level))
                continue
            if gate.admit(report, line, label) is not None:
                yield report
    except BrokenDocument as exc:
        where = f"after item {number}" if number else "before any item"
        rest = "rest lost" if exc.truncated else "rest skipped"
        errors.append(ReadError(origin, None, f"not valid JSON {where}: {exc.message}; {rest}"))
    finally:
        if note := reader.note():
            errors.append(ReadWarning(origin, None, note))
        gate.close()


def _top_level_keys(text: str) -> tuple[set[str], bool]:
    """Keys of the first object in `text` at its top level, as far as `text` goes, and whether
    the object ends (or breaks) within it."""
    keys: set[str] = set()
    walk = JsonStream.of_text(text)
    try:
        for key in walk.members():
            keys.add(key)
            walk.skip()
    except BrokenDocument as exc:
        return keys, not exc.truncated  # cut off by the end of `text`: keys so far
    except RecordError:
        pass  # a broken first line
    return keys, True


def _is_object(line: str) -> bool:
    try:
        return isinstance(loads(line), dict)
    except RecordError:
        return False

"""Telling JSON inputs apart, and JSON arrays of reports.

A file that starts with `{` is JSON Lines (one report object a line), a Telegram export (one
document with `messages` or `chats`), or some other JSON document, which is refused in one
message rather than as an error for every line. A file that starts with `[` is an array of report
objects (the records of read_jsonl), streamed item by item.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Literal

import ijson

from claimledger.model import Report
from claimledger.sources.read_decode import Encoding, Utf8Reader
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning, read_problem
from claimledger.sources.read_jsonl import RecordError, record_report

JsonKind = Literal["jsonl", "telegram", "array", "document"]
Progress = Callable[[int], None]

_TELEGRAM_KEYS = frozenset({"messages", "chats"})
# JSON Lines shows itself in its first lines; a pretty-printed document never has an object
# on a line of its own.
_LINES_TO_TRY = 5


def json_kind(text: str, *, complete: bool) -> JsonKind:
    """The kind of JSON input whose (decoded) head is `text`, starting with `{` or `[`;
    `complete`: the head is the whole input."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "array"
    keys = _top_level_keys(stripped)
    if keys & _TELEGRAM_KEYS and "text" not in keys:
        return "telegram"
    lines = [line for line in stripped.splitlines() if line.strip()]
    whole = lines if complete else lines[:-1]  # the head may cut its last line
    if not whole or any(_is_object(line) for line in whole[:_LINES_TO_TRY]):
        return "jsonl"
    return "document"


def document_error(origin: str, text: str) -> ReadError:
    keys = sorted(_top_level_keys(text.lstrip()))
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
    """The reports of a JSON array of report objects, one item in memory at a time."""
    reader = Utf8Reader(stream, encoding, progress)
    number = 0
    try:
        for item in ijson.items(reader, "item", use_float=True):
            number += 1
            try:
                yield record_report(item, published=published, lang=lang)
            except RecordError as exc:
                message = f"item {number}: {exc.message}"
                errors.append(read_problem(origin, None, message, exc.level))
    except ijson.JSONError as exc:
        first = str(exc).splitlines()[0] if str(exc).strip() else "not valid JSON"
        errors.append(ReadError(origin, None, f"not valid JSON after item {number}: {first}"))
    finally:
        if note := reader.note():
            errors.append(ReadWarning(origin, None, note))


def _top_level_keys(text: str) -> set[str]:
    """Keys of the first object in `text` at its top level, as far as `text` goes."""
    keys: set[str] = set()
    try:
        for prefix, event, value in ijson.parse(io.BytesIO(text.encode()), multiple_values=True):
            if prefix == "" and event == "map_key":
                keys.add(value)
            elif prefix == "" and event == "end_map":
                break
    except ijson.JSONError:
        pass  # the head ends mid-document, or the first line is broken: keys so far
    return keys


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False

"""JSON Lines exports (one report a line), read line by line so that file size does not matter.

Each line is an object with `text` and optionally `id`, `published`, `lang`, `channel` (the source;
`source` is accepted too) and `url`; any other key (`channel_id`, `peer_row`, ...) is kept in the
report's `meta`. A bad line is reported with its number and skipped; the lines after it are read.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any

from claimledger.model import Report
from claimledger.sources.read_admit import Gate
from claimledger.sources.read_bounds import loads
from claimledger.sources.read_clean import json_is_clean
from claimledger.sources.read_decode import Encoding
from claimledger.sources.read_errors import ReadError, ReadProblem, RecordError, read_problem
from claimledger.sources.read_text import parse_iso_datetime

__all__ = ["MAX_LINE_BYTES", "MAX_REPORT_BYTES", "RecordError", "jsonl_reports", "record_report"]

# A report larger than this is refused (plain-text files and JSON `text` alike): no post or
# article comes near it, and a whole book would swamp the extractor's memory.
MAX_REPORT_BYTES = 5 * 1024 * 1024
# JSON escapes (\u0441 for one Cyrillic letter) make a line up to six times its text.
MAX_LINE_BYTES = 6 * MAX_REPORT_BYTES
_SKIP_CHUNK = 1024 * 1024
_KNOWN_KEYS = frozenset({"id", "text", "published", "lang", "channel", "source", "url"})

Progress = Callable[[int], None]


def jsonl_reports(
    stream: IO[bytes],
    origin: str,
    encoding: Encoding,
    errors: list[ReadProblem],
    *,
    published: datetime | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Report]:
    """The reports of a JSON Lines stream, appending a ReadError for each line that gives none."""
    pending = 0
    gate = Gate(origin, errors)
    for number, line, size in _decoded_lines(stream, origin, encoding, errors):
        pending += size
        if not line.strip():
            continue
        try:
            report = record_report(loads(line), published=published, lang=lang)
        except RecordError as exc:
            errors.append(read_problem(origin, number, exc.message, exc.level))
            continue
        if gate.admit(report, number, clean=json_is_clean(line)) is None:
            continue
        if progress is not None:
            progress(pending)
            pending = 0
        yield report
    if progress is not None and pending:
        progress(pending)
    gate.close()


def record_report(
    record: Any, *, published: datetime | None = None, lang: str | None = None
) -> Report:
    """The report in one JSON record; `published` and `lang` fill in where the record has none."""
    if not isinstance(record, dict):
        raise RecordError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise RecordError('no "text" in the record')
    if not isinstance(text, str):
        raise RecordError(f'"text" must be a string, got {type(text).__name__}')
    if not text or text.isspace():  # not text.strip(), which copies every text to test it
        raise RecordError("empty text; skipped", "warning")
    if too_long(text):
        raise RecordError(f"text larger than {MAX_REPORT_BYTES // 2**20} MB; skipped")
    return Report(
        text=text,
        id=_id(record.get("id")),
        source=_optional_str(record, "channel") or _optional_str(record, "source"),
        published=_published(record.get("published"), published),
        lang=(_optional_str(record, "lang") or "").strip() or lang,
        url=_optional_str(record, "url"),
        meta={k: v for k, v in record.items() if k not in _KNOWN_KEYS},
    )


def too_long(text: str) -> bool:
    """Whether `text` is over MAX_REPORT_BYTES in UTF-8 (lone surrogates count as 3 bytes)."""
    if len(text) <= MAX_REPORT_BYTES // 4:
        return False
    return len(text.encode("utf-8", "surrogatepass")) > MAX_REPORT_BYTES


def _id(value: Any) -> str:
    if value is None:
        return ""  # Report computes a content hash
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RecordError(f'"id" must be a string or an integer, got {type(value).__name__}')
    return str(value)


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f'"{key}" must be a string, got {type(value).__name__}')
    return value


def _published(value: Any, default: datetime | None) -> datetime | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise RecordError(f'"published" must be an ISO 8601 string, got {type(value).__name__}')
    try:
        return parse_iso_datetime(value)
    except ValueError as exc:
        raise RecordError(f"published: {exc}") from None


def _decoded_lines(
    stream: IO[bytes], origin: str, encoding: Encoding, errors: list[ReadProblem]
) -> Iterator[tuple[int, str, int]]:
    """(line number, text, size in bytes) for each line; undecodable lines become errors."""
    stream.read(encoding.bom_length)
    if encoding.is_wide:
        yield from _wide_lines(stream, origin, encoding, errors)
        return
    number = 0
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        size = len(raw)
        if size > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            size += _skip_rest_of_line(stream)
            message = f"line longer than {_mb(MAX_LINE_BYTES)}; skipped"
            errors.append(ReadError(origin, number, message))
            yield number, "", size
            continue
        if b"\x00" in raw:
            message = f"NUL byte at column {raw.index(0) + 1}; line skipped"
            errors.append(ReadError(origin, number, message))
            yield number, "", size
            continue
        try:
            text = _decode_line(raw, encoding)
        except UnicodeDecodeError as exc:
            message = f"not valid {encoding.name} at column {exc.start + 1}; line skipped"
            errors.append(ReadError(origin, number, message))
            text = ""
        yield number, text, size


def _decode_line(raw: bytes, encoding: Encoding) -> str:
    """A line's text. In a file whose encoding was guessed (a legacy code page), a line that is
    valid UTF-8 is read as UTF-8: a corpus may mix both, and a code page reads anything."""
    if encoding.guessed:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return raw.decode(encoding.name)


def _wide_lines(
    stream: IO[bytes], origin: str, encoding: Encoding, errors: list[ReadProblem]
) -> Iterator[tuple[int, str, int]]:
    # UTF-16/32 cannot be split on b"\n"; a text wrapper decodes as it goes. A decoding error
    # leaves the decoder out of step with the bytes, so the rest of the file is given up.
    reader = io.TextIOWrapper(stream, encoding=encoding.name, errors="strict", newline=None)
    number = 0
    width = 2 if encoding.name.startswith("utf-16") else 4
    try:
        while line := reader.readline(MAX_LINE_BYTES // width + 1):
            number += 1
            size = len(line) * width
            if "\x00" in line:
                message = f"NUL character at column {line.index(chr(0)) + 1}; line skipped"
                errors.append(ReadError(origin, number, message))
                line = ""
            yield number, line, size
    except UnicodeDecodeError:
        errors.append(
            ReadError(origin, number + 1, f"not valid {encoding.name}; rest of file skipped")
        )
    finally:
        reader.detach()


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _mb(size: int) -> str:
    return f"{size // 2**20} MB"

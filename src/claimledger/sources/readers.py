"""Reading reports from files, directories and stdin, whatever shape they come in.

`read_reports` streams: a JSON Lines file is read a line at a time and a plain-text file (one
report) only up to MAX_REPORT_BYTES, so memory stays bounded whatever the input. Problems never
stop the stream: each becomes a ReadError ("path:line: message") in the caller's list and the
reader goes on with the next line or file.

Formats, told apart per path:
- a directory: its *.txt, *.md, *.jsonl and *.ndjson files, recursively, in sorted order;
- `-`: standard input, sniffed like a file;
- `.jsonl` / `.ndjson`, or any file whose first non-blank character is `{`: JSON Lines
  (see read_jsonl);
- anything else: one plain-text report with optional front matter (see read_text).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from claimledger.model import Report
from claimledger.sources.read_decode import DecodeFailure, Encoding, decode, sniff_encoding
from claimledger.sources.read_errors import ReadError
from claimledger.sources.read_jsonl import MAX_REPORT_BYTES, jsonl_reports
from claimledger.sources.read_text import TextReportError, text_report

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from _typeshed import WriteableBuffer

__all__ = [
    "MAX_REPORT_BYTES",
    "READABLE_SUFFIXES",
    "STDIN",
    "ReadError",
    "input_size",
    "read_folder_reports",
    "read_report_bytes",
    "read_reports",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
READABLE_SUFFIXES = frozenset({".txt", ".md", *JSONL_SUFFIXES})
# Enough to tell the format and the encoding of a file.
_SNIFF_BYTES = 64 * 1024

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class _Options:
    published: datetime | None
    lang: str | None
    errors: list[ReadError]
    progress: Progress | None


def read_reports(
    paths: Iterable[str | Path],
    *,
    published: datetime | None = None,
    lang: str | None = None,
    errors: list[ReadError] | None = None,
    progress: Progress | None = None,
) -> Iterator[Report]:
    """Reports from files, directories and `-` (stdin), one at a time.

    `published` and `lang` fill in where an input gives none. Problems are appended to `errors`
    (warnings too, e.g. a guessed encoding) and never raised. `progress`, if given, is called
    with the number of input bytes consumed since its last call, for progress bars.
    """
    options = _Options(published, lang, errors if errors is not None else [], progress)
    for path in paths:
        yield from _read_path(str(path), options)


def read_report_bytes(
    data: bytes, origin: str, *, published: datetime | None = None, lang: str | None = None
) -> Report:
    """One plain-text report (with optional front matter) from bytes; raises ReadError."""
    if not data:
        raise ReadError(origin, None, "empty file")
    if len(data) > MAX_REPORT_BYTES:
        raise ReadError(origin, None, _too_large(len(data)))
    try:
        encoding = sniff_encoding(data, complete=True)
        text = decode(data, encoding)
    except DecodeFailure as exc:
        raise ReadError(origin, None, str(exc)) from None
    try:
        return text_report(text, Path(origin).name, published=published, lang=lang)
    except TextReportError as exc:
        raise ReadError(origin, exc.line, exc.message) from None


def read_folder_reports(
    folder: Traversable, errors: list[ReadError], *, published: datetime | None = None
) -> Iterator[Report]:
    """Plain-text reports (*.txt) in a package folder (importlib.resources), by file name."""
    try:
        entries = sorted((e for e in folder.iterdir() if e.name.endswith(".txt")), key=_name)
    except OSError as exc:
        errors.append(ReadError(str(folder), None, f"cannot list: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            yield read_report_bytes(entry.read_bytes(), entry.name, published=published)
        except ReadError as exc:
            errors.append(exc)
        except OSError as exc:
            errors.append(ReadError(entry.name, None, f"cannot read: {exc}"))


def _name(entry: Traversable) -> str:
    return entry.name


def input_size(paths: Iterable[str | Path]) -> int | None:
    """Total bytes that read_reports would read from `paths`; None when stdin is among them."""
    total = 0
    for path in paths:
        if str(path) == STDIN:
            return None
        candidate = Path(path)
        files = _directory_files(candidate) if candidate.is_dir() else [candidate]
        for file in files:
            try:
                total += file.stat().st_size
            except OSError:
                continue
    return total


def _read_path(path: str, options: _Options) -> Iterator[Report]:
    if path == STDIN:
        yield from _read_stream(sys.stdin.buffer, STDIN_NAME, None, "", options)
        return
    target = Path(path)
    if target.is_dir():
        yield from _read_directory(target, options)
        return
    try:
        stream = target.open("rb")
    except FileNotFoundError:
        options.errors.append(ReadError(path, None, "no such file or directory"))
        return
    except OSError as exc:
        options.errors.append(ReadError(path, None, f"cannot open: {exc.strerror or exc}"))
        return
    with stream:
        size = _regular_file_size(stream)
        yield from _read_stream(stream, path, size, target.suffix.lower(), options)


def _read_directory(directory: Path, options: _Options) -> Iterator[Report]:
    files = _directory_files(directory)
    if not files:
        kinds = ", ".join(f"*{s}" for s in sorted(READABLE_SUFFIXES))
        options.errors.append(ReadError(str(directory), None, f"no readable files ({kinds})"))
        return
    for file in files:
        yield from _read_path(str(file), options)


def _directory_files(directory: Path) -> list[Path]:
    """Readable files under `directory`, sorted, hidden files and folders left out."""
    found: list[Path] = []
    for root, dirs, names in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in READABLE_SUFFIXES
        )
    return sorted(found)


def _read_stream(
    stream: IO[bytes], origin: str, size: int | None, suffix: str, options: _Options
) -> Iterator[Report]:
    try:
        head = stream.read(_SNIFF_BYTES)
    except OSError as exc:
        options.errors.append(ReadError(origin, None, f"cannot read: {exc.strerror or exc}"))
        return
    if not head:
        options.errors.append(ReadError(origin, None, "empty file"))
        return
    try:
        encoding = sniff_encoding(head, complete=len(head) < _SNIFF_BYTES)
    except DecodeFailure as exc:
        options.errors.append(ReadError(origin, None, str(exc)))
        return
    if encoding.note:
        options.errors.append(ReadError(origin, None, encoding.note, "warning"))
    rejoined = _rejoin(head, stream)
    if suffix in JSONL_SUFFIXES or _starts_like_json(head, encoding):
        yield from jsonl_reports(
            rejoined,
            origin,
            encoding,
            options.errors,
            published=options.published,
            lang=options.lang,
            progress=options.progress,
        )
        return
    report = _plain_text(rejoined, origin, size, encoding, options)
    if report is not None:
        yield report


def _plain_text(
    stream: IO[bytes], origin: str, size: int | None, encoding: Encoding, options: _Options
) -> Report | None:
    if size is not None and size > MAX_REPORT_BYTES:
        options.errors.append(ReadError(origin, None, _too_large(size)))
        return None
    data = stream.read(MAX_REPORT_BYTES + 1)
    if len(data) > MAX_REPORT_BYTES:
        options.errors.append(ReadError(origin, None, _too_large(None)))
        return None
    if options.progress is not None:
        options.progress(len(data))
    try:
        text = decode(data, encoding)
        source = None if origin == STDIN_NAME else Path(origin).name
        return text_report(text, source, published=options.published, lang=options.lang)
    except DecodeFailure as exc:
        options.errors.append(ReadError(origin, None, str(exc)))
    except TextReportError as exc:
        options.errors.append(ReadError(origin, exc.line, exc.message))
    return None


def _starts_like_json(head: bytes, encoding: Encoding) -> bool:
    sample = head[encoding.bom_length : encoding.bom_length + 4096]
    text = sample.decode(encoding.name, errors="ignore")
    return text.lstrip().startswith("{")


def _too_large(size: int | None) -> str:
    limit = MAX_REPORT_BYTES // 2**20
    actual = f"{size / 2**20:.0f} MB" if size is not None else f"over {limit} MB"
    return (
        f"plain-text report too large ({actual}; limit {limit} MB): "
        "split it, or give many reports as JSON Lines"
    )


def _regular_file_size(stream: IO[bytes]) -> int | None:
    """The size of a regular file; None for pipes and devices, whose size says nothing."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, io.UnsupportedOperation):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _rejoin(head: bytes, rest: IO[bytes]) -> IO[bytes]:
    """A stream that gives `head` again, then the rest: sniffing must not consume stdin."""
    return io.BufferedReader(_Prefixed(head, rest))


class _Prefixed(io.RawIOBase):
    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        target = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(target), len(self._head))
            target[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(target))
        target[: len(data)] = data
        return len(data)

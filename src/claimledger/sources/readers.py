"""Reading reports from files, directories and stdin, whatever shape they come in.

`read_reports` streams: JSON Lines a line at a time, a Telegram export or a JSON array a message
at a time, and the one-report formats (plain text, a web page) and feeds only up to a size cap,
so memory stays bounded whatever the input. Problems never stop the stream: each becomes a
ReadError, or a ReadWarning for input read with a caveat ("path:line: message"), in the caller's
list and the reader goes on with the next line, message or file.

Formats, told apart per path (one reader module each):
- a directory: its readable files (READABLE_SUFFIXES), recursively, in sorted order;
- `-`: standard input, sniffed like a file;
- `.jsonl` / `.ndjson`: JSON Lines (read_jsonl);
- `.xml`, `.rss`, `.atom`, or a file opening with `<rss`, `<feed` or `<rdf:RDF` (after any XML
  declaration, comments and doctype), or any other XML document (`<?xml`, `<!DOCTYPE`) that
  is not a web page: an RSS or Atom feed (read_feed), which names what it is when it is none;
- `.html`, `.htm`, or a file opening with `<!DOCTYPE html` or `<html`: a saved web page
  (read_html);
- a file whose first non-blank character is `{` or `[`: a Telegram Desktop export, JSON Lines or
  a JSON array of reports, told apart by its first keys and lines (read_json, read_telegram);
- anything else: one plain-text report with optional front matter (read_text).

Every report leaves through read_admit: valid Unicode, a UTC publication time, a language
claimledger reads, or one error line instead.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from claimledger.model import Report
from claimledger.sources.read_admit import admit
from claimledger.sources.read_clean import first_bad_line
from claimledger.sources.read_decode import (
    DecodeFailure,
    Encoding,
    decode,
    mostly_utf8,
    sniff_encoding,
)
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning
from claimledger.sources.read_json import array_reports, document_error, json_kind
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
    "ReadProblem",
    "ReadWarning",
    "input_size",
    "read_folder_reports",
    "read_report_bytes",
    "read_reports",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".md"})
READABLE_SUFFIXES = frozenset(
    {*TEXT_SUFFIXES, *JSONL_SUFFIXES, ".json", *FEED_SUFFIXES, *HTML_SUFFIXES}
)
# Enough to tell the format and the encoding of a file.
_SNIFF_BYTES = 64 * 1024
# A JSON object whose first keys do not fit the head (an export with a long first field) is
# read further to tell an export from JSON Lines, up to this much.
_MAX_JSON_SNIFF = 32 * 1024 * 1024
_UTF8 = Encoding("utf-8")
_FEED_ROOTS = re.compile(r"<(!DOCTYPE\s+)?(rss|feed|rdf:RDF)[\s>\[]")
_HTML_ROOTS = re.compile(r"<(!doctype\s+html|html)[\s>]", re.IGNORECASE)
_XML = re.compile(r"<(\?xml|!DOCTYPE)[\s>]")
# Markup that may come before the root element: an XML declaration, comments, a doctype (with
# an internal subset: entity declarations hold ">" of their own).
_PROLOGUE = re.compile(
    r"(\s*(<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE(?!\s+html[\s>])[^\[>]*(\[.*?\]\s*)?>))*\s*",
    re.DOTALL | re.IGNORECASE,
)

Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class _Options:
    """What every reader of one `read_reports` call is given."""

    published: datetime | None
    lang: str | None
    errors: list[ReadProblem]
    progress: Progress | None


def read_reports(
    paths: Iterable[str | Path],
    *,
    published: datetime | None = None,
    lang: str | None = None,
    errors: list[ReadProblem] | None = None,
    progress: Progress | None = None,
) -> Iterator[Report]:
    """Reports from files, directories and `-` (stdin), one at a time.

    `published` and `lang` fill in where an input gives none. Problems are appended to `errors`
    (warnings too, e.g. a guessed encoding) and never raised. `progress`, if given, is called
    with the number of input bytes consumed since its last call, for progress bars.
    """
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=UTC)  # a time given without offset is UTC
    options = _Options(published, lang, errors if errors is not None else [], progress)
    for path in paths:
        yield from _read_path(str(path), options)


def read_report_bytes(
    data: bytes,
    origin: str,
    *,
    published: datetime | None = None,
    lang: str | None = None,
    errors: list[ReadProblem] | None = None,
) -> Report:
    """One plain-text report (with optional front matter) from bytes; raises ReadError.
    Warnings (control characters removed, a time without offset) go to `errors`."""
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
        report = text_report(text, Path(origin).name, published=published, lang=lang)
    except TextReportError as exc:
        raise ReadError(origin, exc.line, exc.message) from None
    problems: list[ReadProblem] = []
    admitted = admit(report, origin, first_bad_line(text), problems)
    failed = [p for p in problems if isinstance(p, ReadError)]
    if admitted is None:
        raise failed[0]
    if errors is not None:
        errors.extend(problems)
    return admitted


def read_folder_reports(
    folder: Traversable, errors: list[ReadProblem], *, published: datetime | None = None
) -> Iterator[Report]:
    """Plain-text reports (*.txt) in a package folder (importlib.resources), by file name."""
    try:
        entries = sorted((e for e in folder.iterdir() if e.name.endswith(".txt")), key=_name)
    except OSError as exc:
        errors.append(ReadError(str(folder), None, f"cannot list: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            yield read_report_bytes(
                entry.read_bytes(), entry.name, published=published, errors=errors
            )
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
    complete = len(head) < _SNIFF_BYTES
    failure: DecodeFailure | None = None
    try:
        encoding: Encoding | None = sniff_encoding(head, complete=complete)
    except DecodeFailure as exc:
        if exc.binary:
            options.errors.append(ReadError(origin, None, str(exc)))
            return
        encoding, failure = None, exc
    kind = _kind(head, encoding or _UTF8, suffix, complete)
    while kind == "undecided":  # the first object outgrows the head: read on to tell
        try:
            more = stream.read(len(head))
        except OSError as exc:
            options.errors.append(ReadError(origin, None, f"cannot read: {exc.strerror or exc}"))
            return
        head += more
        complete = len(more) < len(head) - len(more)
        kind = _kind(head, encoding or _UTF8, suffix, complete)
        if kind == "undecided" and len(head) >= _MAX_JSON_SNIFF:
            kind = "jsonl"
    if kind in _JSON_KINDS:
        encoding = _json_encoding(head, encoding, kind)
    if encoding is None:
        options.errors.append(ReadError(origin, None, str(failure)))
        return
    if encoding.note and kind not in _SELF_DECODING:
        options.errors.append(ReadWarning(origin, None, encoding.note))
    yield from _READERS[kind](_rejoin(head, stream), _Input(origin, size, encoding), options)


def _json_encoding(head: bytes, sniffed: Encoding | None, kind: str) -> Encoding:
    """How to decode JSON. JSON is UTF-8 by its standard (and Telegram writes nothing else), so
    a few broken bytes must not make a whole file a guessed code page: the JSON readers replace
    or refuse what does not decode. Only JSON Lines whose lines are mostly not UTF-8 keep a
    guessed code page (legacy Windows-1251 corpora); their UTF-8 lines still read as UTF-8."""
    if sniffed is not None and (not sniffed.guessed or sniffed.is_wide):
        return sniffed
    if sniffed is not None and kind == "jsonl" and not mostly_utf8(head):
        return sniffed
    return _UTF8


@dataclass(frozen=True, slots=True)
class _Input:
    """One input being read: its name for messages, its size and its encoding."""

    origin: str
    size: int | None
    encoding: Encoding

    @property
    def base(self) -> Path | None:
        """The folder that relative media paths of this input are resolved against (absolute:
        the paths are stored, and read later from wherever the user is)."""
        return None if self.origin == STDIN_NAME else Path(self.origin).absolute().parent


def _kind(head: bytes, encoding: Encoding, suffix: str, complete: bool) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in HTML_SUFFIXES:
        return "html"
    text = _head_text(head, encoding)
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) or suffix == ".json":
        return json_kind(stripped, complete=complete)
    if suffix not in TEXT_SUFFIXES and stripped.startswith("<"):
        prologue = _PROLOGUE.match(text)
        opening = text[prologue.end() if prologue else 0 :][:1024]
        if _FEED_ROOTS.match(opening):
            return "feed"
        if _HTML_ROOTS.match(opening):
            return "html"
        if _XML.match(stripped):
            return "feed"  # XML that is no page: the feed reader says what it is
    return "text"


def _read_jsonl(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    return jsonl_reports(
        stream,
        source.origin,
        source.encoding,
        options.errors,
        published=options.published,
        lang=options.lang,
        progress=options.progress,
    )


def _read_telegram(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    # imported here: a run of JSON Lines or text files does not pay for the export's reader
    from claimledger.sources.read_telegram import telegram_reports

    return telegram_reports(
        stream,
        source.origin,
        source.encoding,
        options.errors,
        base=source.base,
        published=options.published,
        lang=options.lang,
        progress=options.progress,
    )


def _read_array(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    return array_reports(
        stream,
        source.origin,
        source.encoding,
        options.errors,
        published=options.published,
        lang=options.lang,
        progress=options.progress,
    )


def _read_document(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    head = stream.read(_SNIFF_BYTES)
    options.errors.append(document_error(source.origin, _head_text(head, source.encoding)))
    return iter(())


def _read_feed(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    # feeds and pages need lxml: imported when one is read, not by every run of JSON Lines
    from claimledger.sources.read_feed import MAX_FEED_BYTES, feed_reports

    data = _whole(stream, source, MAX_FEED_BYTES, "feed", options)
    if data is None:
        return iter(())
    return feed_reports(
        data, source.origin, options.errors, published=options.published, lang=options.lang
    )


def _read_html(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    from claimledger.sources.read_html import MAX_HTML_BYTES, html_report

    data = _whole(stream, source, MAX_HTML_BYTES, "web page", options)
    if data is None:
        return
    try:
        report = html_report(
            data,
            source.origin,
            options.errors,
            base=source.base,
            published=options.published,
            lang=options.lang,
        )
    except ReadError as exc:
        options.errors.append(exc)
        return
    if admit(report, source.origin, None, options.errors) is not None:
        yield report


def _read_text(stream: IO[bytes], source: _Input, options: _Options) -> Iterator[Report]:
    report = _plain_text(stream, source.origin, source.size, source.encoding, options)
    if report is not None:
        yield report


def _whole(
    stream: IO[bytes], source: _Input, limit: int, what: str, options: _Options
) -> bytes | None:
    """The whole input, for formats parsed in one piece; None (and an error) when too large."""
    if source.size is None or source.size <= limit:
        data = stream.read(limit + 1)
        if len(data) <= limit:
            if options.progress is not None:
                options.progress(len(data))
            return data
    message = f"{what} larger than {limit // 2**20} MB; skipped"
    options.errors.append(ReadError(source.origin, None, message))
    return None


Reader = Callable[[IO[bytes], _Input, _Options], Iterator[Report]]
_READERS: dict[str, Reader] = {
    "jsonl": _read_jsonl,
    "telegram": _read_telegram,
    "array": _read_array,
    "document": _read_document,
    "feed": _read_feed,
    "html": _read_html,
    "text": _read_text,
}
_JSON_KINDS = frozenset({"jsonl", "telegram", "array"})
# Formats whose readers decode (and note guesses) themselves.
_SELF_DECODING = frozenset({"feed", "html"})


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
        report = text_report(text, source, published=options.published, lang=options.lang)
    except DecodeFailure as exc:
        options.errors.append(ReadError(origin, None, str(exc)))
        return None
    except TextReportError as exc:
        options.errors.append(ReadError(origin, exc.line, exc.message))
        return None
    return admit(report, origin, first_bad_line(text), options.errors)


def _head_text(head: bytes, encoding: Encoding) -> str:
    sample = head[encoding.bom_length :]
    return sample.decode(encoding.name, errors="ignore")


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

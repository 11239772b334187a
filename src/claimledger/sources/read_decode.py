"""Bytes to text for report files: byte-order mark, then UTF-8, then charset-normalizer.

Reports arrive as exports from many tools: UTF-8 mostly, but Windows-1251 and UTF-16 (Notepad's
"Unicode") still turn up for Russian and Ukrainian texts. Anything that decodes only by guessing is
reported, so that a user can see which files were read that way.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from claimledger.errors import ClaimledgerError

# Longest BOM first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy code pages our three languages were written in; an unrestricted guess over all code
# pages picks DOS or Asian ones for short Cyrillic texts (measured: "Привет мир" -> cp1125).
_LIKELY_CODEPAGES = ["cp1251", "koi8_r", "koi8_u", "cp866", "cp1252"]
# Share of control characters above which bytes, or a decoded "text", are taken for binary data:
# random (compressed, encrypted) bytes have 10.5%, executables more; a text file with a few
# damaged lines has far less, and its bad lines are refused one by one instead.
_MAX_CONTROL_SHARE = 0.10
# How files of the usual binary formats begin: images, documents, archives, executables, media.
_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"MZ",
    b"\xcf\xfa\xed\xfe",
    b"SQLite format 3\x00",
    b"\x1aE\xdf\xa3",
    b"OggS",
    b"RIFF",
)
_TEXT_CONTROLS = frozenset("\n\r\t\f\v")
_CONTROL_BYTES = bytes(b for b in [*range(32), 127] if b not in b"\t\n\v\f\r\x1b")
# UTF-16 without a BOM: the share of byte pairs with a NUL (ASCII characters) it must show;
# Russian or Ukrainian text has a space or a digit in every sixth character or so.
_MIN_WIDE_NUL_SHARE = 0.05
# Characters of the scripts reports come in (ASCII, Latin-1, Cyrillic, punctuation): bytes of
# another encoding misread as UTF-16 give CJK and the like instead.
_OUR_SCRIPTS = re.compile(r"[\x00-\u024f\u0400-\u052f\u2000-\u206f]")
_READ_CHUNK = 64 * 1024


class DecodeFailure(ClaimledgerError, ValueError):
    """Bytes that are not text in any encoding we can tell; `binary`: by the documented test
    (looks_binary), not just an encoding we cannot tell."""

    def __init__(self, message: str, *, binary: bool = False) -> None:
        super().__init__(message)
        self.binary = binary


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to decode a file: the codec, how many BOM bytes to skip, and whether it was a guess."""

    name: str
    bom_length: int = 0
    guessed: bool = False

    @property
    def note(self) -> str | None:
        """A line for the user when the file was not plain UTF-8."""
        if self.guessed:
            return f"not UTF-8; decoded as {self.name} (guessed)"
        if self.name != "utf-8":
            return f"decoded as {self.name} (byte-order mark)"
        return None

    @property
    def is_wide(self) -> bool:
        """UTF-16/32: lines cannot be split on the byte b"\\n"."""
        return self.name.startswith(("utf-16", "utf-32"))


def sniff_encoding(head: bytes, *, complete: bool) -> Encoding:
    """The encoding of a file from its first bytes (`complete`: `head` is the whole file)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return Encoding(name, len(bom))
    if b"\x00" in head:
        wide = _utf16_without_bom(head)
        if wide is not None:
            return Encoding(wide, 0, guessed=True)
        if looks_binary(head):
            raise DecodeFailure("binary file (NUL bytes), not text", binary=True)
        # A few NUL bytes in a text file: they make their lines bad (read_jsonl) or are removed
        # from a one-report file (read_clean), and say nothing about the encoding.
        head = head.replace(b"\x00", b"")
    if _is_utf8(head, complete=complete):
        return Encoding("utf-8")
    return Encoding(_guess_codepage(head), 0, guessed=True)


def decode(data: bytes, encoding: Encoding) -> str:
    """The text of `data`; DecodeFailure when it does not decode or looks binary."""
    try:
        text = data[encoding.bom_length :].decode(encoding.name)
    except UnicodeDecodeError as exc:
        raise DecodeFailure(f"not valid {encoding.name} at byte {exc.start}") from exc
    if _looks_binary(text):
        raise DecodeFailure("binary file (control characters), not text", binary=True)
    return text


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for some damaged lines: most lines with bytes beyond ASCII are valid UTF-8 (in a
    code page, Cyrillic lines are almost never valid UTF-8). The last line may be cut off."""
    lines = data.split(b"\n")
    last = len(lines) - 1  # may end inside a character
    wide = [(n, line) for n, line in enumerate(lines) if not line.isascii()]
    valid = sum(1 for n, line in wide if _is_utf8(line, complete=n != last))
    return valid * 2 >= len(wide)


def _is_utf8(head: bytes, *, complete: bool) -> bool:
    # An incremental decoder accepts a multibyte character cut off at the end of the sample.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _guess_codepage(head: bytes) -> str:
    # charset_normalizer is slow to import and only needed for a file that is not UTF-8
    from charset_normalizer import from_bytes

    match = from_bytes(head, cp_isolation=_LIKELY_CODEPAGES).best()
    if match is None:
        match = from_bytes(head).best()
    if match is None:
        raise DecodeFailure("not text in any known encoding (binary file?)")
    return str(match.encoding)


def looks_binary(head: bytes) -> bool:
    """The test for a binary file, on its first bytes (64 KiB) when they hold a NUL byte: they
    begin with the signature of an image, document, archive, executable or media format (PNG,
    JPEG, GIF, PDF, ZIP, gzip, bzip2, xz, 7z, ELF, PE, Mach-O, SQLite, Matroska, Ogg, RIFF), or
    more than 10% of them are control bytes (NUL, and the others but tab, line feed, vertical
    tab, form feed, carriage return and escape). A text file with damaged lines stays below
    it and is read as text: its bad lines are refused one by one, not the file."""
    if not head:
        return False
    if head.startswith(_SIGNATURES) or head[4:8] == b"ftyp":  # MP4 and QuickTime
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(head)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 with no BOM has its NUL bytes all on one side of each pair (ASCII, digits, spaces),
    on many pairs (a space every few words), and reads as text in our scripts."""
    sample = head[: len(head) - len(head) % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if (even and odd) or max(even, odd) < _MIN_WIDE_NUL_SHARE * (len(sample) // 2):
        return None
    name = "utf-16-le" if odd else "utf-16-be"
    try:
        text = sample.decode(name)
    except UnicodeDecodeError:
        return None
    if _looks_binary(text) or len(_OUR_SCRIPTS.findall(text)) < len(text) / 2:
        return None
    return name


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(
        1 for ch in sample if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls > _MAX_CONTROL_SHARE * len(sample)


class TextReader:
    """A stream's text, decoded chunk by chunk whatever its encoding (for the JSON walker,
    read_jsonstream); `progress` is told how many input bytes each read consumed.

    Bytes that do not decode are replaced (U+FFFD) and counted rather than ending the read: one
    bad byte in a gigabyte export should cost one character, not the rest of the file.
    """

    def __init__(
        self, stream: IO[bytes], encoding: Encoding, progress: Callable[[int], None] | None
    ) -> None:
        bom = stream.read(encoding.bom_length)
        if progress is not None and bom:
            progress(len(bom))
        self._stream = stream
        self._name = encoding.name
        self._utf8 = encoding.name == "utf-8"
        self._decoder = codecs.getincrementaldecoder(encoding.name)(errors="replace")
        self._progress = progress
        self.replaced = 0

    def read(self, size: int = _READ_CHUNK) -> str:
        """Some text; "" only at the end (a chunk holding only part of a character is not)."""
        while True:
            chunk = self._stream.read(size if size > 0 else _READ_CHUNK)
            if self._progress is not None and chunk:
                self._progress(len(chunk))
            text = self._decoder.decode(chunk, final=not chunk)
            if text or not chunk:
                break
        if "\ufffd" in text:
            bad = text.count("\ufffd") - (chunk.count(b"\xef\xbf\xbd") if self._utf8 else 0)
            self.replaced += max(bad, 0)
        return text

    def note(self) -> str | None:
        """A line for the user when bytes were replaced."""
        if not self.replaced:
            return None
        return f"{self.replaced} byte sequence(s) not valid {self._name}, replaced with U+FFFD"

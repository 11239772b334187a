"""Bytes to text for report files: byte-order mark, then UTF-8, then charset-normalizer.

Reports arrive as exports from many tools: UTF-8 mostly, but Windows-1251 and UTF-16 (Notepad's
"Unicode") still turn up for Russian and Ukrainian texts. Anything that decodes only by guessing is
reported, so that a user can see which files were read that way.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from charset_normalizer import from_bytes

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
# Share of control characters above which a decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01
_TEXT_CONTROLS = frozenset("\n\r\t\f\v")
_READ_CHUNK = 64 * 1024


class DecodeFailure(ClaimledgerError, ValueError):
    """Bytes that are not text in any encoding we can tell."""


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
        if wide is None:
            raise DecodeFailure("binary file (NUL bytes), not text")
        return Encoding(wide, 0, guessed=True)
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
        raise DecodeFailure("binary file (control characters), not text")
    return text


def mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for a few bytes (at most one in a thousand characters): a damaged UTF-8 file,
    not one in a code page (whose Cyrillic is almost all invalid UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return bad <= max(2, len(text) // 1000)


def _is_utf8(head: bytes, *, complete: bool) -> bool:
    # An incremental decoder accepts a multibyte character cut off at the end of the sample.
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _guess_codepage(head: bytes) -> str:
    match = from_bytes(head, cp_isolation=_LIKELY_CODEPAGES).best()
    if match is None:
        match = from_bytes(head).best()
    if match is None:
        raise DecodeFailure("not text in any known encoding (binary file?)")
    return str(match.encoding)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 with no BOM has its NUL bytes all on one side of each pair (ASCII, digits, spaces)."""
    sample = head[: len(head) - len(head) % 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even and odd:
        return None
    name = "utf-16-le" if odd else "utf-16-be"
    try:
        text = sample.decode(name)
    except UnicodeDecodeError:
        return None
    return None if _looks_binary(text) else name


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(
        1 for ch in sample if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls > _MAX_CONTROL_SHARE * len(sample)


class Utf8Reader:
    """A stream's bytes as UTF-8 (for JSON parsers, which read nothing else), whatever its
    encoding; `progress` is told how many input bytes each read consumed.

    Bytes that do not decode are replaced (U+FFFD) and counted rather than ending the parse: one
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

    def read(self, size: int = -1) -> bytes:
        """Some bytes; b"" only at the end (a chunk holding only part of a character is not)."""
        if size == 0:
            return b""  # parsers probe the stream's type with read(0)
        while True:
            chunk = self._stream.read(size if size and size > 0 else _READ_CHUNK)
            if self._progress is not None and chunk:
                self._progress(len(chunk))
            text = self._decoder.decode(chunk, final=not chunk)
            if text or not chunk:
                break
        if "\ufffd" in text:
            bad = text.count("\ufffd") - (chunk.count(b"\xef\xbf\xbd") if self._utf8 else 0)
            self.replaced += max(bad, 0)
        return text.encode("utf-8")

    def note(self) -> str | None:
        """A line for the user when bytes were replaced."""
        if not self.replaced:
            return None
        return f"{self.replaced} byte sequence(s) not valid {self._name}, replaced with U+FFFD"

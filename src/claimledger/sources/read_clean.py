"""Text hygiene at the reader boundary: every string a reader hands on is valid Unicode.

Two things are repaired, never silently (the caller turns a tally into a ReadWarning):
- lone surrogates (U+D800-U+DFFF, from a JSON escape such as "\\ud800" or a character
  reference): replaced with U+FFFD, since they cannot be encoded, hashed or stored;
- NUL and the other control characters (C0 but tab, line feed, carriage return, vertical tab
  and form feed; DEL; C1): removed, since no text means them and databases refuse NUL.

A NUL *byte* in a file is another matter, handled where lines are read (read_jsonl): it makes
its line bad. What is cleaned here came through a decoder or a parser as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Surrogates, and the control characters no text needs (tab, LF, VT, FF and CR are kept).
_BAD = re.compile(r"[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"
# What in a JSON text can become such a character: the character itself, or its escape.
_BAD_IN_JSON = re.compile(
    r"[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f-\x9f]"
    r"|\\u(?:000[0-8eEfF]|001[0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2})"
)


@dataclass(slots=True)
class Tally:
    """What cleaning changed: lone surrogates replaced, control characters removed."""

    surrogates: int = 0
    controls: int = 0
    nuls: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.surrogates or self.controls)

    def text(self, value: str) -> str:
        """`value` cleaned; counts what was replaced or removed."""
        if not _BAD.search(value):
            return value
        value, surrogates = _SURROGATES.subn(REPLACEMENT, value)
        self.nuls += value.count("\x00")
        value, controls = _CONTROLS.subn("", value)
        self.surrogates += surrogates
        self.controls += controls
        return value

    def value(self, value: Any) -> Any:
        """A JSON-like value (dicts, lists, strings, numbers) with every string cleaned, keys
        too. Depth is bounded by the readers (read_bounds.MAX_DEPTH) before it gets here."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        return value

    def notes(self) -> list[str]:
        """Lines for the user, one per kind of repair."""
        notes: list[str] = []
        if self.surrogates:
            notes.append(f"{self.surrogates} lone surrogate(s) replaced with U+FFFD")
        if self.controls:
            nuls = f", {self.nuls} of them NUL" if self.nuls else ""
            notes.append(f"{self.controls} control character(s) removed{nuls}")
        return notes


def needs_cleaning(*values: Any) -> bool:
    """Whether any of `values` (strings, or JSON-like values) holds anything Tally would change:
    their strings are gathered and searched at once."""
    strings: list[str] = []
    pending = list(values)
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            strings.extend(str(key) for key in value)
            pending.extend(value.values())
        elif isinstance(value, list | tuple):
            pending.extend(value)
    return _BAD.search("\n".join(strings)) is not None


def json_is_clean(text: str) -> bool:
    """Whether the JSON in `text` can only give clean strings (a quick test on the text, before
    parsing: no control character or surrogate, raw or escaped). The raw characters first:
    a printable text has none (they are all of Unicode's Cc and Cs), and str.isprintable says
    so twice as fast as `_BAD`, a bare character class, which re scans for twice as fast as
    the alternation; the escapes only where the text has a `\\u` at all."""
    if not text.isprintable() and _BAD.search(text) is not None:
        return False
    return "\\u" not in text or _BAD_IN_JSON.search(text) is None


def clean_text(value: str) -> tuple[str, Tally]:
    """`value` cleaned, and what was changed."""
    tally = Tally()
    return tally.text(value), tally


def first_bad_line(text: str) -> int | None:
    """The line (1-based) of the first character Tally would change; None when none would."""
    found = _BAD.search(text)
    return None if found is None else text.count("\n", 0, found.start()) + 1

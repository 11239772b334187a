"""Limits on JSON records, checked before a record is parsed, and a parser that keeps to them.

A record (a JSON Lines line, an item of a JSON array, a message of a Telegram export) is
refused as one bad record, never a crash, when it is:
- nested deeper than MAX_DEPTH arrays and objects (no report needs more than a handful; a
  100,000-deep one would exhaust the parser's stack or memory);
- holding an integer outside the signed 64-bit range (what SQLite, PostgreSQL and the export
  formats store; a 5,000-digit one would cost quadratic time to convert);
- holding a number that is no finite double (`1e999`), or NaN and Infinity (no JSON at all).

Depth is measured on the record's text before parsing; numbers are checked on their digits
before they are converted.
"""

from __future__ import annotations

import json
import re
from typing import Any

from claimledger.sources.read_errors import RecordError

MAX_DEPTH = 64
INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
# Digits of the longest 64-bit integer: longer digit strings are refused unconverted.
_MAX_INT_CHARS = len(str(INT_MIN))
# Outside strings, everything up to the next bracket or quote; then whole strings. Possessive:
# a document cut inside a string must not make the engine backtrack.
_PLAIN = re.compile(r'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.DOTALL)
_OPENING = re.compile(r"[\[{]++")
_CLOSING = re.compile(r"[\]}]++")


def depth_of(text: str, limit: int = MAX_DEPTH) -> int:
    """The nesting depth of the JSON in `text` (brackets inside strings do not count), counted
    until it passes `limit` (then some depth past it). When there are no more brackets in all
    than `limit`, their number: a bound of the depth, all a caller comparing with `limit`
    needs."""
    brackets = text.count("[") + text.count("{")  # counted once: each count reads the text
    if brackets <= limit:
        return brackets
    depth = deepest = 0
    position = 0
    length = len(text)
    while position < length:
        position = _PLAIN.match(text, position).end()  # type: ignore[union-attr]
        if position >= length:
            break
        char = text[position]
        if char in "[{":  # a run of openings at once
            run_end = _OPENING.match(text, position).end()  # type: ignore[union-attr]
            depth += run_end - position
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
        elif char in "]}":
            run_end = _CLOSING.match(text, position).end()  # type: ignore[union-attr]
            depth -= run_end - position
        else:  # a quote that opens a string never closed: the rest is inside it
            break
        position = run_end
    return deepest


def loads(text: str, *, depth_checked: bool = False) -> Any:
    """The JSON value in `text`; RecordError when it is not JSON or breaks a limit above.
    `depth_checked`: the caller has measured the depth already."""
    if not depth_checked and depth_of(text) > MAX_DEPTH:
        raise RecordError(f"nested deeper than {MAX_DEPTH} levels; skipped")
    try:
        # The hooks raise RecordError, which json passes on as it is.
        return DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:  # only where Python's own stack is smaller than MAX_DEPTH
        raise RecordError(f"nested deeper than {MAX_DEPTH} levels; skipped") from None


def parse_at(text: str, position: int) -> tuple[Any, int] | None:
    """The JSON container that starts at `position` in `text` and its end, when it is whole in
    `text`, valid, and within the limits; None otherwise (the caller finds out why, or reads
    more). Depth: Python's parser stops at its recursion limit whatever the nesting (a
    RecursionError, cheap), and what it parsed is measured before it is handed on."""
    try:
        value, end = DECODER.raw_decode(text, position)
    except (json.JSONDecodeError, RecordError, RecursionError):
        return None
    brackets = text.count("[", position, end) + text.count("{", position, end)
    if brackets > MAX_DEPTH and depth_of(text[position:end]) > MAX_DEPTH:
        return None
    return value, end


def _int(digits: str) -> int:
    if len(digits) > _MAX_INT_CHARS:
        raise RecordError(f"integer of {len(digits.lstrip('-'))} digits, beyond 64 bits; skipped")
    value = int(digits)
    if not INT_MIN <= value <= INT_MAX:
        raise RecordError(f"integer {digits} outside the 64-bit range; skipped")
    return value


def _float(digits: str) -> float:
    value = float(digits)
    if value in (float("inf"), float("-inf")):
        shown = digits if len(digits) <= 40 else digits[:37] + "..."
        raise RecordError(f"number {shown} too large for a double; skipped")
    return value


def _constant(name: str) -> float:
    raise RecordError(f"{name} is not a JSON number; skipped")


# The hooks raise RecordError, which the parser passes on as it is.
DECODER = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant)

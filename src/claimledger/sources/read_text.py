"""One plain-text report, with optional front matter naming its source, date, url, id, language.

    ---
    published: 2024-11-28T08:00:00+03:00
    source: Kaluga regional government
    url: https://example.org/post/1
    ---
    Four drones were shot down over the region overnight...

Keys other than these five are kept in the report's `meta`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from claimledger.errors import ClaimledgerError
from claimledger.extract.lang import SUPPORTED
from claimledger.model import Report

_FENCE = "---"
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
# Front matter is a short header; a "---" rule further down is part of the text.
_MAX_FRONT_MATTER_LINES = 50
_REPORT_KEYS = frozenset({"id", "source", "published", "url", "lang"})


class TextReportError(ClaimledgerError, ValueError):
    """A plain-text report that cannot be read; `line` is 1-based, in the file."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(slots=True)
class FrontMatter:
    """The `key: value` lines between `---` fences that open a text file, with their line
    numbers, and where the text itself starts."""

    fields: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # key -> line number, for errors
    body_start: int = 0  # offset of the text after the closing fence


def parse_iso_datetime(value: str) -> datetime:
    """ISO 8601 date or date-time (`Z` allowed); ValueError with the value quoted otherwise."""
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or date-time: {value!r}") from None


def language_code(tag: Any) -> str | None:
    """The language claimledger reads ("en", "ru", "uk") that a tag ("ru-RU", "uk_UA") names;
    None for other languages and for junk."""
    if tag in SUPPORTED:
        return str(tag)
    if not isinstance(tag, str) or not tag.strip():
        return None
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in SUPPORTED else None


def split_front_matter(text: str) -> FrontMatter:
    """The front matter at the top of `text`, or an empty one when there is none."""
    if not text.startswith(_FENCE):
        return FrontMatter()
    matter = FrontMatter()
    position = 0
    for number in range(1, _MAX_FRONT_MATTER_LINES + 1):
        end = text.find("\n", position)
        if end < 0:
            return FrontMatter()  # never closed: no front matter, just text
        line = text[position:end].rstrip("\r")
        position = end + 1
        if number == 1:
            if line.rstrip() != _FENCE:
                return FrontMatter()
            continue
        if line.rstrip() == _FENCE:
            matter.body_start = position
            return matter
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_VALUE.match(line)
        if match is None:
            return FrontMatter()
        key = match.group(1).lower()
        matter.fields[key] = _unquote(match.group(2))
        matter.lines[key] = number
    return FrontMatter()


def text_report(
    text: str,
    default_source: str | None,
    *,
    published: datetime | None = None,
    lang: str | None = None,
) -> Report:
    """The report in a file's decoded text; `default_source` (the file name) unless it names one."""
    text = text.replace("\r\n", "\n")
    matter = split_front_matter(text)
    body = text[matter.body_start :].lstrip("\n").rstrip()
    if not body.strip():
        what = "no report text after the front matter" if matter.fields else "only whitespace"
        raise TextReportError(None, what)
    fields = matter.fields
    when = published
    if fields.get("published"):
        try:
            when = parse_iso_datetime(fields["published"])
        except ValueError as exc:
            raise TextReportError(matter.lines["published"], f"published: {exc}") from None
    meta: dict[str, Any] = {k: v for k, v in fields.items() if k not in _REPORT_KEYS}
    return Report(
        text=body,
        id=fields.get("id") or "",
        source=fields.get("source") or default_source,
        published=when,
        lang=(fields.get("lang") or "").lower() or lang,
        url=fields.get("url") or None,
        meta=meta,
    )


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value

"""A peer's table row written out as a short text, so its claims have evidence to point at.

The ledger's claims always quote their report; a row of a table has no words, so each row
becomes a synthetic report of "Label: value" lines, and each claim's evidence is its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.model import Span


@dataclass(slots=True)
class Rendering:
    """Lines appended one by one, remembering where each label's value and line lie."""

    lines: list[str] = field(default_factory=list)
    _length: int = 0
    _lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    _values: dict[str, tuple[int, int]] = field(default_factory=dict)

    def title(self, text: str) -> None:
        self._append(text)

    def field(self, label: str, value: str) -> None:
        """Append "label: value" (nothing for an empty value)."""
        if not value:
            return
        start = self._append(f"{label}: {value}")
        value_start = start + len(label) + 2
        self._lines[label] = (start, value_start + len(value))
        self._values[label] = (value_start, value_start + len(value))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def line_span(self, label: str) -> Span:
        start, end = self._lines[label]
        return Span.of(self.text, start, end)

    def value_span(self, label: str) -> Span:
        start, end = self._values[label]
        return Span.of(self.text, start, end)

    def has(self, label: str) -> bool:
        return label in self._lines

    def _append(self, line: str) -> int:
        start = self._length + (1 if self.lines else 0)
        self.lines.append(line)
        self._length = start + len(line)
        return start

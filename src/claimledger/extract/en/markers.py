"""Phrases that qualify a report's claims: unverified, no comment, footage of unclear origin,
denials and hedges.

Hedges ("reportedly", "appeared to") are everyday words, so they count only inside a sentence
that carries a claim; the other kinds speak about the report as a whole and count anywhere.
"""

from __future__ import annotations

import re

from claimledger.extract.en.segments import keyword_windows
from claimledger.model import Marker, MarkerKind, Span

_MEDIA = r"(?:footage|video|videos|clip|photos?|photographs?|images?|pictures?|recording)"
_PATTERNS: tuple[tuple[MarkerKind, str], ...] = (
    (
        "media_provenance_unclear",
        rf"\bit\s+(?:remains|is|was|was\s+not|is\s+not)\s+(?:still\s+)?(?:unclear|not\s+clear"
        rf"|uncertain|unknown)\s+(?:if|whether|where|when|who)\s+(?:the\s+)?{_MEDIA}[^.;!?]*",
    ),
    (
        "media_provenance_unclear",
        rf"\b(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|cannot|can't|has\s+not"
        rf"\s+been\s+able\s+to)\s+(?:independently\s+)?(?:verify|confirm|geolocate|establish)"
        rf"\s+(?:the\s+)?(?:authenticity|location|origin|date|provenance)\s+of\s+(?:the\s+)?"
        rf"{_MEDIA}",
    ),
    (
        "media_provenance_unclear",
        rf"\b(?:the\s+)?{_MEDIA}\s+(?:could\s+not|cannot|has\s+not\s+been)\s+(?:be\s+)?"
        r"(?:independently\s+)?(?:verified|geolocated|authenticated)",
    ),
    (
        "unverified",
        r"\bneither\s+(?:\w+\s+){1,2}(?:could|can)\s+be\s+independently\s+(?:verified|confirmed)\b",
    ),
    (
        "unverified",
        r"\b(?:has|have|had|could|can|was|were|is|are|cannot|could\s+not)(?:\s+not|n't)?"
        r"(?:\s+yet)?\s+(?:been\s+|be\s+)?independently\s+(?:verified|confirmed)\b",
    ),
    (
        "unverified",
        r"\b(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|cannot|can't|has\s+not"
        r"\s+been\s+able\s+to|is\s+unable\s+to)\s+(?:immediately\s+|independently\s+)*"
        r"(?:verify|confirm)\b",
    ),
    (
        "unverified",
        r"\b(?:could\s+not|cannot|can\s+not)\s+be\s+(?:immediately\s+)?"
        r"(?:verified|confirmed)\b",
    ),
    ("unverified", r"\b(?:unverified|unconfirmed)\b"),
    (
        "no_comment",
        r"\b(?:has|have|had)\s+(?:yet\s+to|not)\s+(?:publicly\s+)?comment(?:ed)?"
        r"(?:\s+publicly)?\b",
    ),
    ("no_comment", r"\b(?:declined|refused)\s+to\s+comment\b"),
    (
        "no_comment",
        r"\bdid\s+not\s+(?:immediately\s+)?(?:respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment"
        r"|reply\s+to\s+(?:a\s+)?requests?\s+for\s+comment|comment)\b",
    ),
    ("no_comment", r"\b(?:was|were)\s+not\s+immediately\s+available\s+for\s+comment\b"),
    ("no_comment", r"\b(?:there\s+was\s+)?no\s+immediate\s+comment\b"),
    (
        "denied",
        r"\b(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected|dismissed)\s+"
        r"(?:the\s+|these\s+|those\s+|such\s+|any\s+|that\s+)?(?:claims?|reports?|allegations?"
        r"|involvement|responsibility|accusations?)\b",
    ),
    ("denied", r"\b(?:has\s+|have\s+|had\s+)?(?:denied|denies)\b"),
)
# One pass: at each position the first pattern that matches wins.
_COMBINED = re.compile(
    "|".join(f"(?P<m{index}>{pattern})" for index, (_, pattern) in enumerate(_PATTERNS)),
    re.IGNORECASE,
)
_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|(?:appeared|appears|appear|seemed|seems)"
    r"\s+to|it\s+is\s+claimed|is\s+said\s+to|are\s+said\s+to|were\s+said\s+to)\b",
    re.IGNORECASE,
)


_TRIGGERS = (
    "verif",
    "confirm",
    "comment",
    "deni",
    "deny",
    "reject",
    "dismiss",
    "unclear",
    "not clear",
    "uncertain",
    "unknown",
    "geolocat",
    "authentic",
)
# Every pattern above ends within this many characters of its trigger word.
_REACH = 300


def report_markers(text: str) -> list[Marker]:
    """Markers that speak about the whole report, in text order, without overlaps."""
    found: list[Marker] = []
    for window_start, window_end in keyword_windows(text, _TRIGGERS, _REACH):
        for match in _COMBINED.finditer(text, window_start, window_end):
            kind = _PATTERNS[int((match.lastgroup or "m0")[1:])][0]
            start, end = match.span()
            found.append(Marker(kind, Span.of(text, start, _trim(text, start, end))))
    return found


def hedges(text: str, start: int, end: int) -> list[Marker]:
    """Hedging words inside one claim-bearing sentence."""
    return [
        Marker("hedged", Span.of(text, m.start(), m.end()))
        for m in _HEDGES.finditer(text, start, end)
    ]


def _trim(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end

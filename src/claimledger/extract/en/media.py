"""Photos and videos a report says accompany a claim: "accompanied by a video showing ...",
"footage shows ...", "photos published by ...".

The mention's claimant is whoever the sentence says published it, else the claimant of the
claim it follows; its provenance is "unclear" when the report says so about the footage in the
same or the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.en.segments import keyword_windows
from claimledger.model import MediaKind, MediaMention, Span

_MEDIA = r"(videos?|footage|clips?|recording|photos?|photographs?|images?|pictures?)"
_PATTERNS = (
    rf"\baccompanied\s+by\s+(?:a|an|the)?\s*(?:short\s+|brief\s+|several\s+)?{_MEDIA}\b"
    r"[^,.;:!?“”\"]*",
    rf"\b(?:published|posted|shared|released|circulated|distributed)\s+(?:a|an|the)?\s*"
    rf"(?:short\s+|brief\s+|several\s+)?{_MEDIA}\b[^,.;:!?“”\"]*",
    rf"\b{_MEDIA}\s+(?:published|posted|shared|released|circulating|obtained|taken|filmed)"
    r"\s+(?:by|on|from|in)\b[^,.;:!?“”\"]*",
    rf"\b{_MEDIA}\s+(?:shows?|showed|showing|appears?\s+to\s+show|appeared\s+to\s+show"
    r"|purport(?:s|ed|ing)?\s+to\s+show)\b[^,.;:!?“”\"]*",
    rf"\b(?:an?\s+|the\s+)?{_MEDIA}\s+of\s+(?:an?|the|what|some|several|\d+)\b[^,.;:!?“”\"]*",
)
_COMBINED = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_TRIGGERS = ("video", "footage", "clip", "recording", "photo", "image", "picture")
_REACH = 200
_VIDEO = re.compile(r"video|footage|clip|recording", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MediaFound:
    kind: MediaKind
    start: int
    end: int


def media_phrases(text: str) -> list[MediaFound]:
    found: list[MediaFound] = []
    matches = [
        match
        for window in keyword_windows(text, _TRIGGERS, _REACH)
        for match in _COMBINED.finditer(text, *window)
    ]
    for match in matches:
        start, end = match.start(), match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        word = next(g for g in match.groups() if g)
        kind: MediaKind = "video" if _VIDEO.match(word) else "photo"
        found.append(MediaFound(kind, start, end))
    return found


def mention(text: str, found: MediaFound, claimant: str | None, unclear: bool) -> MediaMention:
    return MediaMention(
        kind=found.kind,
        evidence=Span.of(text, found.start, found.end),
        claimant=claimant,
        provenance="unclear" if unclear else None,
    )

"""Photos and videos a report says accompany a claim: "accompanied by a video showing ...",
"footage shows ...", "photos published by ...".

The mention's claimant is whoever the sentence says published it, else the claimant of the
claim it follows; its provenance is "unclear" when the report says so about the footage in the
same or the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.model import MediaKind, MediaMention, Span

_MEDIA = r"(?P<k>videos?|footage|clips?|recording|photos?|photographs?|images?|pictures?)"
_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\baccompanied\s+by\s+(?:a|an|the)?\s*(?:short\s+|brief\s+|several\s+)?{_MEDIA}\b"
        r"[^,.;:!?“”\"]*",
        rf"\b(?:published|posted|shared|released|circulated|distributed)\s+(?:a|an|the)?\s*"
        rf"(?:short\s+|brief\s+|several\s+)?{_MEDIA}\b[^,.;:!?“”\"]*",
        rf"\b{_MEDIA}\s+(?:published|posted|shared|released|circulating|obtained|taken|filmed)"
        r"\s+(?:by|on|from|in)\b[^,.;:!?“”\"]*",
        rf"\b{_MEDIA}\s+(?:shows?|showed|showing|appears?\s+to\s+show|appeared\s+to\s+show"
        r"|purport(?:s|ed|ing)?\s+to\s+show)\b[^,.;:!?“”\"]*",
    )
)
_VIDEO = re.compile(r"video|footage|clip|recording", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MediaFound:
    kind: MediaKind
    start: int
    end: int


def media_phrases(text: str) -> list[MediaFound]:
    found: list[MediaFound] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if any(f.start < end and start < f.end for f in found):
                continue
            kind: MediaKind = "video" if _VIDEO.match(match.group("k")) else "photo"
            found.append(MediaFound(kind, start, end))
    return sorted(found, key=lambda f: f.start)


def mention(
    text: str, found: MediaFound, claimant: str | None, unclear: bool
) -> MediaMention:
    return MediaMention(
        kind=found.kind,
        evidence=Span.of(text, found.start, found.end),
        claimant=claimant,
        provenance="unclear" if unclear else None,
    )

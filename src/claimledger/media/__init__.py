"""Media intake and recycled-footage detection: content-addressed storage, PDQ hashes of
pictures and video frames, a near-duplicate index, and the earliest appearance of each file.

    from claimledger.media import MediaLibrary, add_media, match_media

    record = add_media("ledger.db", "clip.mp4", report_id="tg:channel/123")
    record.matches            # earlier appearances of the same footage in other reports
    match_media("ledger.db", "photo.jpg").to_dict()   # "seen before?"

TMK+PDQF (Meta's temporal video hash) has no package on PyPI; videos are compared as sets of
PDQ-hashed frames instead (library.py).
"""

from claimledger.media.analysis import Analysis, Budget, Facts, FrameHash, analyse
from claimledger.media.errors import MediaError
from claimledger.media.library import (
    DECONTEXTUALIZED,
    Appearance,
    MatchResult,
    MediaLibrary,
    MediaMatch,
    MediaRecord,
    add_media,
    match_media,
)
from claimledger.media.matching import MatchPolicy
from claimledger.media.pdq import PdqHash, pdq_hash

__all__ = [
    "DECONTEXTUALIZED",
    "Analysis",
    "Appearance",
    "Budget",
    "Facts",
    "FrameHash",
    "MatchPolicy",
    "MatchResult",
    "MediaError",
    "MediaLibrary",
    "MediaMatch",
    "MediaRecord",
    "PdqHash",
    "add_media",
    "analyse",
    "match_media",
    "pdq_hash",
]

"""The media of a ledger: intake, the near-duplicate index, and recycling detection.

`MediaLibrary` works on an open ledger (SQLite or PostgreSQL) and keeps the files in the
ledger's media folder (media/store.py). It builds its PdqIndex from the stored hashes on first
use and keeps it up to date with its own additions (a library opened earlier does not see
another process's later additions).

Matching is matching.py's policy; the same bytes (SHA-256) always match, whatever the hash
quality. What a match means for the ledger (recycling: the earliest appearance elsewhere, and
the MediaReview rating `DecontextualizedContent`) is recorded by the ledger's media tables
(claimledger.ledger.media), each file in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import numpy as np

from claimledger.ledger import Ledger, LedgerError
from claimledger.ledger.media import DECONTEXTUALIZED, Appearance, Candidate, MediaFile
from claimledger.media import pdq
from claimledger.media.analysis import Analysis, Budget, analyse
from claimledger.media.matching import Matcher, MatchPolicy
from claimledger.media.store import MEDIA_ENV, media_folder, relative_path, stage

__all__ = [
    "DECONTEXTUALIZED",
    "Appearance",
    "MatchResult",
    "MediaLibrary",
    "MediaMatch",
    "MediaRecord",
    "add_media",
    "match_media",
]
LOAD_BATCH = 100_000


@dataclass(frozen=True, slots=True)
class MediaMatch:
    """Stored media near a query: distance in PDQ bits (the median over matching frames for a
    video), the share of the query's frames matched (videos), and its earliest appearance."""

    media_id: int
    sha256: str
    kind: str
    distance: int
    weighted: float
    frame_share: float | None
    first_seen: Appearance | None = None
    place_codes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "media_id": self.media_id,
            "sha256": self.sha256,
            "distance": self.distance,
            "first_seen": self.first_seen.to_dict() if self.first_seen else None,
        }


@dataclass(frozen=True, slots=True)
class MatchResult:
    """The answer to "seen before?" for a file that is not (necessarily) in the ledger."""

    file: str
    sha256: str
    kind: str
    matches: tuple[MediaMatch, ...]

    @property
    def suggested_review(self) -> str | None:
        return DECONTEXTUALIZED if self.matches else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "kind": self.kind,
            "matches": [match.to_dict() for match in self.matches],
            "suggested_review": self.suggested_review,
        }


@dataclass(frozen=True, slots=True)
class MediaRecord:
    """A file as stored, with this intake's appearance and the recycling it revealed."""

    id: int
    sha256: str
    kind: str
    mime: str
    size: int
    path: Path
    width: int | None
    height: int | None
    duration_s: float | None
    codec: str | None
    created: str | None
    gps: tuple[float, float] | None
    hashes: int
    usable_hashes: int
    new: bool  # False when the same bytes were stored already
    appearance: Appearance
    matches: tuple[MediaMatch, ...] = field(default=())  # earlier appearances in other reports

    @property
    def suggested_review(self) -> str | None:
        return DECONTEXTUALIZED if self.matches else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "media_id": self.id,
            "sha256": self.sha256,
            "kind": self.kind,
            "mime": self.mime,
            "size": self.size,
            "path": str(self.path),
            "width": self.width,
            "height": self.height,
            "duration_s": self.duration_s,
            "codec": self.codec,
            "created": self.created,
            "gps": list(self.gps) if self.gps else None,
            "hashes": self.hashes,
            "usable_hashes": self.usable_hashes,
            "new": self.new,
            "appearance": self.appearance.to_dict(),
            "matches": [
                {**match.to_dict(), "place_codes": list(match.place_codes)}
                for match in self.matches
            ],
            "suggested_review": self.suggested_review,
        }


class MediaLibrary:
    """Media intake and lookup over an open ledger."""

    def __init__(
        self,
        ledger: Ledger,
        root: Path | None = None,
        policy: MatchPolicy | None = None,
        budget: Budget | None = None,
    ) -> None:
        self.ledger = ledger
        self.where = ledger.path
        folder = root or media_folder(ledger.file)
        if folder is None:
            raise LedgerError(
                f"{ledger.path}: a ledger without a file keeps its media in the folder named by "
                f"{MEDIA_ENV} (the same on every machine that adds media); set it"
            )
        self.root = folder
        self.policy = policy or MatchPolicy()
        self.budget = budget or Budget()
        self._matcher: Matcher | None = None
        self._owns_ledger = False

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        policy: MatchPolicy | None = None,
        budget: Budget | None = None,
    ) -> MediaLibrary:
        """The library of the ledger at a path or URL, closed with the library."""
        ledger = Ledger.open(path, create=create)
        try:
            library = cls(ledger, None, policy, budget)
        except BaseException:
            ledger.close()
            raise
        library._owns_ledger = True
        return library

    def close(self) -> None:
        if self._owns_ledger:
            self.ledger.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- lookup ---------------------------------------------------------------------------------

    def match(self, path: str | Path) -> MatchResult:
        """Is this file, or a near copy of it, in the ledger? Writes nothing."""
        analysis = analyse(path, self.budget)
        matches = [
            _with_first_seen(match, self.ledger.media.earliest(match.media_id))
            for match in self.find(analysis)
        ]
        return MatchResult(str(path), analysis.sha256, analysis.facts.kind, tuple(matches))

    def find(self, analysis: Analysis) -> list[MediaMatch]:
        """Stored media matching an analysed file under the policy, nearest first."""
        matcher = self._load_matcher()
        tables = self.ledger.media
        found = [
            MediaMatch(c.owner, tables.sha_of(c.owner), c.kind, c.distance, c.weighted,
                       c.frame_share)
            for c in matcher.find(analysis.facts.kind, analysis.hashes)
        ]
        same = tables.by_sha(analysis.sha256)
        if same is not None and all(match.media_id != same[0] for match in found):
            found.insert(0, MediaMatch(same[0], same[1], same[2], 0, 0.0, _one_if_video(same[2])))
        return found

    # -- intake ---------------------------------------------------------------------------------

    def add(
        self,
        path: str | Path,
        report_id: str | None = None,
        first_seen: datetime | None = None,
        source: str | None = None,
    ) -> MediaRecord:
        """Store a file (content-addressed), its hashes and this appearance, in one transaction,
        and record any recycling it reveals. Raises MediaError (the file) or LedgerError."""
        analysis = analyse(path, self.budget)
        found = self.find(analysis)
        report = self.ledger.media.report_source(report_id) if report_id is not None else None
        source = source if source is not None else (report or {}).get("source")
        seen = _iso(first_seen) or (report or {}).get("published") or _now()
        staged = stage(analysis.path, self.root, analysis.sha256, analysis.facts.ext)
        candidates = [Candidate(m.media_id, m.distance, m.frame_share) for m in found]
        try:
            recorded = self.ledger.media.record(
                _media_file(analysis),
                (report_id, source, seen, analysis.path.name),
                candidates,
                staged.commit,  # the file is put in place inside the transaction, last
            )
        except BaseException:
            staged.discard()
            raise
        if recorded.new:
            self._index_new(recorded.media_id, analysis)
        by_id = {match.media_id: match for match in found}
        recycled = tuple(
            _with_first_seen(by_id[candidate.media_id], earliest, places)
            for candidate, earliest, places in recorded.recycled
        )
        facts = analysis.facts
        return MediaRecord(
            id=recorded.media_id,
            sha256=analysis.sha256,
            kind=facts.kind,
            mime=facts.mime,
            size=analysis.size,
            path=staged.final,
            width=facts.width,
            height=facts.height,
            duration_s=facts.duration_s,
            codec=facts.codec,
            created=facts.created,
            gps=facts.gps,
            hashes=len(analysis.hashes),
            usable_hashes=sum(h.quality >= self.policy.min_quality for h in analysis.hashes),
            new=recorded.new,
            appearance=recorded.appearance,
            matches=recycled,
        )

    # -- the index ------------------------------------------------------------------------------

    def _load_matcher(self) -> Matcher:
        if self._matcher is not None:
            return self._matcher
        matcher = Matcher(self.policy)
        matcher.kinds = self.ledger.media.kinds()
        for batch in self.ledger.media.hash_batches(self.policy.min_quality, LOAD_BATCH):
            owners = np.array([owner for owner, _ in batch], dtype=np.int64)
            matcher.add_codes(pdq.as_array([code for _, code in batch]), owners)
        matcher.build()
        self._matcher = matcher
        return matcher

    def _index_new(self, media_id: int, analysis: Analysis) -> None:
        if self._matcher is not None:
            self._matcher.add(media_id, analysis.facts.kind, analysis.hashes)


Target = str | Path | Ledger | MediaLibrary


def add_media(
    target: Target,
    path: str | Path,
    report_id: str | None = None,
    first_seen: datetime | None = None,
    source: str | None = None,
) -> MediaRecord:
    """Take one media file into a ledger (see MediaLibrary.add). For many files, open one
    MediaLibrary and call its `add`: each call here with a path or ledger loads the index."""
    with _library(target) as library:
        return library.add(path, report_id=report_id, first_seen=first_seen, source=source)


def match_media(target: Target, path: str | Path) -> MatchResult:
    """Has this file, or a near copy, been seen before? (see MediaLibrary.match)."""
    with _library(target, create=False) as library:
        return library.match(path)


@contextmanager
def _library(target: Target, create: bool = True) -> Iterator[MediaLibrary]:
    """The library for a target; closed afterwards only when opened here from a path."""
    if isinstance(target, MediaLibrary):
        yield target
    elif isinstance(target, Ledger):
        yield MediaLibrary(target)
    else:
        with MediaLibrary.open(target, create=create) as library:
            yield library


def _media_file(analysis: Analysis) -> MediaFile:
    facts = analysis.facts
    latitude, longitude = facts.gps or (None, None)
    row: dict[str, Any] = {
        "sha256": analysis.sha256,
        "kind": facts.kind,
        "mime": facts.mime,
        "size": analysis.size,
        "path": relative_path(analysis.sha256, facts.ext),
        "width": facts.width,
        "height": facts.height,
        "duration_s": facts.duration_s,
        "codec": facts.codec,
        "created": facts.created,
        "gps_lat": latitude,
        "gps_lon": longitude,
        "added_at": _now(),
    }
    hashes = [(h.frame, h.region, h.at_s, h.pdq, h.quality) for h in analysis.hashes]
    return MediaFile(row, hashes)


def _with_first_seen(
    match: MediaMatch, first: Appearance | None, places: tuple[str, ...] = ()
) -> MediaMatch:
    return MediaMatch(
        match.media_id, match.sha256, match.kind, match.distance, match.weighted,
        match.frame_share, first, places,
    )


def _one_if_video(kind: str) -> float | None:
    return 1.0 if kind == "video" else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()

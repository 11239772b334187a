"""The media of a ledger: intake, the near-duplicate index, and recycling detection.

`MediaLibrary` wraps an open ledger connection. It builds its PdqIndex from `media_hashes` on
first use and keeps it up to date with its own additions (a library opened earlier does not see
another process's later additions).

Matching is matching.py's policy; the same bytes (SHA-256) always match, whatever the hash
quality.

Recycling: when a report's media matches media that appeared earlier in another report, the
later appearance is recorded in `media_matches` with the earliest appearance elsewhere (report,
source, date, and the place codes of that report's claims) and the MediaReview rating
`DecontextualizedContent` is suggested. Media taken in out of order (the older appearance
arriving second) is recorded the other way round.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import numpy as np

from claimledger.ledger.schema import LedgerError, connect, explain, migrate
from claimledger.media import pdq
from claimledger.media.analysis import Analysis, Budget, analyse
from claimledger.media.matching import Matcher, MatchPolicy
from claimledger.media.store import Staged, media_root, relative_path, stage

DECONTEXTUALIZED = "DecontextualizedContent"
LOAD_BATCH = 100_000


@dataclass(frozen=True, slots=True)
class Appearance:
    """A file seen in a report (or on its own: report_id None) at a time (ISO 8601)."""

    id: int
    media_id: int
    report_id: str | None
    source: str | None
    date: str

    def to_dict(self) -> dict[str, Any]:
        return {"report_id": self.report_id, "source": self.source, "date": self.date}


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
    """Media intake and lookup over an open ledger connection."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        root: Path | None = None,
        policy: MatchPolicy | None = None,
        budget: Budget | None = None,
    ) -> None:
        self._db = connection
        self.where = _database_file(connection) or ":memory:"
        self.root = root or _root_of(connection)
        self.policy = policy or MatchPolicy()
        self.budget = budget or Budget()
        self._matcher: Matcher | None = None
        self._owns_connection = False
        _ensure_schema(connection, self.where)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        policy: MatchPolicy | None = None,
        budget: Budget | None = None,
    ) -> MediaLibrary:
        if "://" in str(path):
            raise LedgerError(f"{path}: media are kept with SQLite ledgers only, not in PostgreSQL")
        library = cls(connect(path, create=create), None, policy, budget)
        library._owns_connection = True
        return library

    def close(self) -> None:
        if self._owns_connection:
            self._db.close()

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
        try:
            matches = [
                _with_first_seen(match, self._earliest(match.media_id, exclude_report=None))
                for match in self.find(analysis)
            ]
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.where, exc)) from None
        return MatchResult(str(path), analysis.sha256, analysis.facts.kind, tuple(matches))

    def find(self, analysis: Analysis) -> list[MediaMatch]:
        """Stored media matching an analysed file under the policy, nearest first."""
        matcher = self._load_matcher()
        found = [
            MediaMatch(c.owner, self._sha(c.owner), c.kind, c.distance, c.weighted, c.frame_share)
            for c in matcher.find(analysis.facts.kind, analysis.hashes)
        ]
        same = self._media_by_sha(analysis.sha256)
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
        now = _now()
        try:
            found = self.find(analysis)
            report = self._report(report_id) if report_id is not None else None
            source = source if source is not None else (report or {}).get("source")
            seen = _iso(first_seen) or (report or {}).get("published") or now
            staged = stage(analysis.path, self.root, analysis.sha256, analysis.facts.ext)
            record = self._write(analysis, staged, found, report_id, source, seen, now)
        except sqlite3.Error as exc:
            raise LedgerError(explain(self.where, exc)) from None
        if record.new:
            self._index_new(record.id, analysis)
        return record

    def _write(
        self,
        analysis: Analysis,
        staged: Staged,
        found: list[MediaMatch],
        report_id: str | None,
        source: str | None,
        seen: str,
        now: str,
    ) -> MediaRecord:
        # Inside a caller's transaction this is a savepoint of it; otherwise its own
        # transaction, taken IMMEDIATE so that a second writer waits instead of failing.
        begun = not self._db.in_transaction
        if begun:
            self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("SAVEPOINT media_add")
            try:
                media_id, new = self._insert_media(analysis, now)
                appearance = self._insert_appearance(
                    media_id, report_id, source, seen, analysis, now
                )
                recycled = self._record_recycling(appearance, found, now)
                staged.commit()
            except BaseException:
                self._db.execute("ROLLBACK TO media_add")
                self._db.execute("RELEASE media_add")
                raise
            self._db.execute("RELEASE media_add")
            if begun:
                self._db.execute("COMMIT")
        except BaseException:
            if begun and self._db.in_transaction:
                self._db.execute("ROLLBACK")
            staged.discard()
            raise
        facts = analysis.facts
        return MediaRecord(
            id=media_id,
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
            new=new,
            appearance=appearance,
            matches=tuple(recycled),
        )

    def _insert_media(self, analysis: Analysis, now: str) -> tuple[int, bool]:
        existing = self._media_by_sha(analysis.sha256)
        if existing is not None:
            return existing[0], False
        facts = analysis.facts
        latitude, longitude = facts.gps or (None, None)
        cursor = self._db.execute(
            """INSERT INTO media (sha256, kind, mime, size, path, width, height, duration_s,
                   codec, created, gps_lat, gps_lon, added_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                analysis.sha256,
                facts.kind,
                facts.mime,
                analysis.size,
                relative_path(analysis.sha256, facts.ext),
                facts.width,
                facts.height,
                facts.duration_s,
                facts.codec,
                facts.created,
                latitude,
                longitude,
                now,
            ),
        )
        media_id = int(cursor.lastrowid or 0)
        self._db.executemany(
            """INSERT INTO media_hashes (media_id, frame, region, at_s, pdq, quality)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [(media_id, h.frame, h.region, h.at_s, h.pdq, h.quality) for h in analysis.hashes],
        )
        return media_id, True

    def _insert_appearance(
        self,
        media_id: int,
        report_id: str | None,
        source: str | None,
        seen: str,
        analysis: Analysis,
        now: str,
    ) -> Appearance:
        self._db.execute(
            """INSERT OR IGNORE INTO media_appearances
                   (media_id, report_id, source, first_seen, file_name, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (media_id, report_id, source, seen, analysis.path.name, now),
        )
        row = self._db.execute(
            """SELECT id, media_id, report_id, source, first_seen FROM media_appearances
               WHERE media_id = ? AND coalesce(report_id, '') = coalesce(?, '')""",
            (media_id, report_id),
        ).fetchone()
        return _appearance(row)

    def _record_recycling(
        self, appearance: Appearance, found: list[MediaMatch], now: str
    ) -> list[MediaMatch]:
        """Record this appearance as repeating earlier ones elsewhere, or later ones as
        repeating this one; the matches recorded for this appearance."""
        recorded: list[MediaMatch] = []
        for match in found:
            earliest = self._earliest(match.media_id, exclude_report=appearance.report_id or "")
            if earliest is not None and _instant(earliest.date) < _instant(appearance.date):
                places = self._place_codes(earliest.report_id)
                self._insert_match(appearance, match, earliest, places, now)
                recorded.append(_with_first_seen(match, earliest, places))
                continue
            for later in self._later(match.media_id, appearance):
                self._insert_match(later, _swap(match, appearance.media_id), appearance,
                                   self._place_codes(appearance.report_id), now)
        return recorded

    def _insert_match(
        self,
        later: Appearance,
        match: MediaMatch,
        earliest: Appearance,
        places: tuple[str, ...],
        now: str,
    ) -> None:
        """Record (or move earlier) the earliest appearance that `later` repeats."""
        known = self._db.execute(
            """SELECT id, earliest_date FROM media_matches
               WHERE appearance_id = ? AND matched_media_id = ?""",
            (later.id, match.media_id),
        ).fetchone()
        values = (
            match.distance,
            match.frame_share,
            earliest.id,
            earliest.report_id,
            earliest.source,
            earliest.date,
            json.dumps(list(places)),
            DECONTEXTUALIZED,
            now,
        )
        if known is None:
            self._db.execute(
                """INSERT INTO media_matches (appearance_id, media_id, matched_media_id,
                       distance, frame_share, earliest_appearance_id, earliest_report_id,
                       earliest_source, earliest_date, place_codes, suggested_review, found_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (later.id, later.media_id, match.media_id, *values),
            )
        elif _instant(earliest.date) < _instant(str(known[1])):
            self._db.execute(
                """UPDATE media_matches SET distance = ?, frame_share = ?,
                       earliest_appearance_id = ?, earliest_report_id = ?, earliest_source = ?,
                       earliest_date = ?, place_codes = ?, suggested_review = ?, found_at = ?
                   WHERE id = ?""",
                (*values, known[0]),
            )

    # -- reading --------------------------------------------------------------------------------

    def _earliest(self, media_id: int, exclude_report: str | None) -> Appearance | None:
        """The earliest appearance of a media, leaving out one report's ('' = no report)."""
        rows = self._db.execute(
            """SELECT id, media_id, report_id, source, first_seen FROM media_appearances
               WHERE media_id = ? AND (? IS NULL OR coalesce(report_id, '') != ?)""",
            (media_id, exclude_report, exclude_report),
        ).fetchall()
        appearances = [_appearance(row) for row in rows]
        return min(appearances, key=lambda a: (_instant(a.date), a.id), default=None)

    def _later(self, media_id: int, appearance: Appearance) -> list[Appearance]:
        rows = self._db.execute(
            """SELECT id, media_id, report_id, source, first_seen FROM media_appearances
               WHERE media_id = ? AND coalesce(report_id, '') != coalesce(?, '')""",
            (media_id, appearance.report_id),
        ).fetchall()
        start = _instant(appearance.date)
        return [a for a in map(_appearance, rows) if _instant(a.date) > start]

    def _place_codes(self, report_id: str | None) -> tuple[str, ...]:
        if report_id is None:
            return ()
        try:
            rows = self._db.execute(
                """SELECT DISTINCT location FROM claims
                   WHERE report_id = ? AND location IS NOT NULL ORDER BY location""",
                (report_id,),
            ).fetchall()
        except sqlite3.OperationalError:  # a ledger without claims
            return ()
        return tuple(str(row[0]) for row in rows)

    def _report(self, report_id: str) -> dict[str, str | None] | None:
        row = self._db.execute(
            "SELECT source, published FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        return None if row is None else {"source": row[0], "published": row[1]}

    def _media_by_sha(self, sha256: str) -> tuple[int, str, str] | None:
        row = self._db.execute("SELECT id, sha256, kind FROM media WHERE sha256 = ?", (sha256,))
        found = row.fetchone()
        return None if found is None else (int(found[0]), str(found[1]), str(found[2]))

    def _sha(self, media_id: int) -> str:
        row = self._db.execute("SELECT sha256 FROM media WHERE id = ?", (media_id,)).fetchone()
        return str(row[0]) if row else ""

    # -- the index ------------------------------------------------------------------------------

    def _load_matcher(self) -> Matcher:
        if self._matcher is not None:
            return self._matcher
        matcher = Matcher(self.policy)
        kinds = self._db.execute("SELECT id, kind FROM media")
        matcher.kinds = {int(row[0]): str(row[1]) for row in kinds}
        cursor = self._db.execute(
            "SELECT media_id, pdq FROM media_hashes WHERE quality >= ? ORDER BY media_id, frame",
            (self.policy.min_quality,),
        )
        for batch in _batches(cursor, LOAD_BATCH):
            owners = np.array([row[0] for row in batch], dtype=np.int64)
            matcher.add_codes(pdq.as_array([bytes(row[1]) for row in batch]), owners)
        matcher.build()
        self._matcher = matcher
        return matcher

    def _index_new(self, media_id: int, analysis: Analysis) -> None:
        if self._matcher is not None:
            self._matcher.add(media_id, analysis.facts.kind, analysis.hashes)


def add_media(
    ledger_path_or_conn: str | Path | sqlite3.Connection | MediaLibrary,
    path: str | Path,
    report_id: str | None = None,
    first_seen: datetime | None = None,
    source: str | None = None,
) -> MediaRecord:
    """Take one media file into a ledger (see MediaLibrary.add). For many files, open one
    MediaLibrary and call its `add`: each call here with a path or connection loads the index."""
    with _library(ledger_path_or_conn) as library:
        return library.add(path, report_id=report_id, first_seen=first_seen, source=source)


def match_media(
    ledger_path_or_conn: str | Path | sqlite3.Connection | MediaLibrary, path: str | Path
) -> MatchResult:
    """Has this file, or a near copy, been seen before? (see MediaLibrary.match)."""
    with _library(ledger_path_or_conn, create=False) as library:
        return library.match(path)


@contextmanager
def _library(
    target: str | Path | sqlite3.Connection | MediaLibrary, create: bool = True
) -> Iterator[MediaLibrary]:
    """The library for a target; closed afterwards only when opened here from a path."""
    if isinstance(target, MediaLibrary):
        yield target
    elif isinstance(target, sqlite3.Connection):
        yield MediaLibrary(target)
    else:
        with MediaLibrary.open(target, create=create) as library:
            yield library


def _ensure_schema(connection: sqlite3.Connection, where: str) -> None:
    try:
        present = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media_hashes'"
        ).fetchone()
        if present is None:
            migrate(connection, where)
    except sqlite3.Error as exc:
        raise LedgerError(explain(where, exc)) from None


def _database_file(connection: sqlite3.Connection) -> str | None:
    for row in connection.execute("PRAGMA database_list"):
        if row[1] == "main":
            return str(row[2]) or None
    return None


def _root_of(connection: sqlite3.Connection) -> Path:
    file = _database_file(connection)
    if not file:
        raise LedgerError("an in-memory ledger has no folder for media files; give a root folder")
    return media_root(file)


def _batches(cursor: sqlite3.Cursor, size: int) -> Iterator[list[Any]]:
    while batch := cursor.fetchmany(size):
        yield batch


def _appearance(row: Iterable[Any]) -> Appearance:
    id_, media_id, report_id, source, date = tuple(row)
    return Appearance(int(id_), int(media_id), report_id, source, str(date))


def _with_first_seen(
    match: MediaMatch, first: Appearance | None, places: tuple[str, ...] = ()
) -> MediaMatch:
    return MediaMatch(
        match.media_id, match.sha256, match.kind, match.distance, match.weighted,
        match.frame_share, first, places,
    )


def _swap(match: MediaMatch, media_id: int) -> MediaMatch:
    """The same match seen from the other side: `media_id` is the one matched."""
    return MediaMatch(media_id, "", match.kind, match.distance, match.weighted, match.frame_share)


def _one_if_video(kind: str) -> float | None:
    return 1.0 if kind == "video" else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _instant(text: str) -> datetime:
    """An ISO time as an aware datetime (a time without a zone is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

"""The media tables: files by content, where each was seen, their PDQ hashes, and recycling.

claimledger.media analyses files and decides which stored media a file matches; this module
stores what it found, each file in one transaction, and reads it back (the library's index,
the dashboard's lists, the MediaReview export).

Recycling: when an appearance's file matches media that appeared earlier in another report,
the later appearance is recorded in `media_matches` with the earliest appearance elsewhere
(report, source, date, and the place codes of that report's claims). Media taken in out of
order (the older appearance arriving second) is recorded the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from claimledger.ledger.database import Database
from claimledger.ledger.tables import (
    claims,
    media,
    media_appearances,
    media_hashes,
    media_matches,
    reports,
)
from claimledger.ledger.upsert import insert_or_ignore

DECONTEXTUALIZED = "DecontextualizedContent"
# Appearances and matches listed per file; a file seen thousands of times shows the first ones.
PER_FILE = 50
_APPEARANCE = (
    media_appearances.c.id,
    media_appearances.c.media_id,
    media_appearances.c.report_id,
    media_appearances.c.source,
    media_appearances.c.first_seen,
)
_FILE_COLUMNS = [
    media.c[name]
    for name in (
        "id",
        "sha256",
        "kind",
        "mime",
        "size",
        "width",
        "height",
        "duration_s",
        "codec",
        "created",
        "gps_lat",
        "gps_lon",
        "added_at",
    )
]


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
class MediaFile:
    """A file as analysed: its row of `media` (path relative to the media folder) and hashes
    as (frame, region, at_s, pdq, quality)."""

    row: dict[str, Any]
    hashes: list[tuple[int, str, float | None, bytes, int]]


@dataclass(frozen=True, slots=True)
class Candidate:
    """Stored media a file was found to match: distance in PDQ bits, share of frames."""

    media_id: int
    distance: int
    frame_share: float | None


@dataclass(slots=True)
class Recorded:
    """What storing a file did: its media id, whether it was new, this appearance, and the
    earlier appearances elsewhere that it repeats (with their reports' place codes)."""

    media_id: int
    new: bool
    appearance: Appearance
    recycled: list[tuple[Candidate, Appearance, tuple[str, ...]]] = field(default_factory=list)


class MediaTables:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing ---------------------------------------------------------------------------------

    def record(
        self,
        file: MediaFile,
        seen: tuple[str | None, str | None, str, str],
        candidates: Sequence[Candidate],
        before_commit: Callable[[], None],
    ) -> Recorded:
        """Store a file (unless stored), this appearance `seen` (report id, source, time, file
        name) and the recycling it reveals, in one transaction. `before_commit` runs last inside
        it (putting the file in place), so a failure leaves neither without the other."""

        def work(connection: Connection) -> Recorded:
            media_id, new = _insert_media(connection, file)
            appearance = _insert_appearance(connection, media_id, seen)
            recorded = Recorded(media_id, new, appearance)
            recorded.recycled = _record_recycling(connection, appearance, candidates)
            before_commit()
            return recorded

        return self._db.atomic(work)

    # -- reading for intake and matching ---------------------------------------------------------

    def by_sha(self, sha256: str) -> tuple[int, str, str] | None:
        """(id, sha256, kind) of the stored file with these bytes."""
        row = self._db.one(
            sa.select(media.c.id, media.c.sha256, media.c.kind).where(media.c.sha256 == sha256)
        )
        return None if row is None else (int(row["id"]), str(row["sha256"]), str(row["kind"]))

    def sha_of(self, media_id: int) -> str:
        found = self._db.scalar(sa.select(media.c.sha256).where(media.c.id == media_id))
        return str(found) if found else ""

    def kinds(self) -> dict[int, str]:
        found = self._db.rows(sa.select(media.c.id, media.c.kind))
        return {int(row["id"]): str(row["kind"]) for row in found}

    def hash_batches(self, min_quality: int, size: int) -> Iterator[list[tuple[int, bytes]]]:
        """(media id, PDQ hash) of every usable hash, by media and frame, `size` at a time."""
        statement = (
            sa.select(media_hashes.c.media_id, media_hashes.c.pdq)
            .where(media_hashes.c.quality >= min_quality)
            .order_by(media_hashes.c.media_id, media_hashes.c.frame)
        )
        batch: list[tuple[int, bytes]] = []
        for row in self._db.stream(statement):
            batch.append((int(row["media_id"]), bytes(row["pdq"])))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def report_source(self, report_id: str) -> dict[str, str | None] | None:
        """The source and publication time of a report, where media met in it were seen."""
        row = self._db.one(
            sa.select(reports.c.source, reports.c.published).where(reports.c.id == report_id)
        )
        return None if row is None else {"source": row["source"], "published": row["published"]}

    def earliest(self, media_id: int) -> Appearance | None:
        return _earliest(self._db.connection, media_id, None)

    # -- reading for the dashboard and exports -------------------------------------------------

    def page(self, report_id: str | None, before: int | None, count: int) -> list[dict[str, Any]]:
        """Files newest first (below id `before`), each with its appearances and matches."""
        statement = sa.select(*_FILE_COLUMNS).order_by(media.c.id.desc()).limit(count)
        if report_id:
            seen_in = sa.select(media_appearances.c.media_id).where(
                media_appearances.c.report_id == report_id
            )
            statement = statement.where(media.c.id.in_(seen_in))
        if before is not None:
            statement = statement.where(media.c.id < before)
        found = [dict(row) for row in self._db.rows(statement)]
        for item in found:
            item["appearances"] = self._appearances(item["id"])
            item["matches"] = self._matches(media_matches.c.media_id == item["id"])
        return found

    def for_reports(self, report_ids: Sequence[str]) -> dict[str, Any]:
        """What the media tables say about some reports: their files (with where each was
        seen) and the recycling matches of their appearances."""
        if not report_ids:
            return {"files": [], "matches": []}
        seen_in = sa.select(media_appearances.c.media_id).where(
            media_appearances.c.report_id.in_(report_ids)
        )
        statement = sa.select(*_FILE_COLUMNS).where(media.c.id.in_(seen_in)).order_by(media.c.id)
        files = [dict(row) for row in self._db.rows(statement)]
        for item in files:
            item["appearances"] = self._appearances(item["id"])
        appearances = sa.select(media_appearances.c.id).where(
            media_appearances.c.report_id.in_(report_ids)
        )
        matches = self._matches(media_matches.c.appearance_id.in_(appearances))
        return {"files": files, "matches": matches}

    def _appearances(self, media_id: int) -> list[dict[str, Any]]:
        a = media_appearances
        statement = (
            sa.select(*_APPEARANCE, a.c.file_name)
            .where(a.c.media_id == media_id)
            .order_by(a.c.first_seen, a.c.id)
            .limit(PER_FILE)
        )
        return [dict(row) for row in self._db.rows(statement)]

    def _matches(self, where: sa.ColumnElement[bool]) -> list[dict[str, Any]]:
        m, a = media_matches, media_appearances
        statement = (
            sa.select(
                *(m.c[name] for name in ("id", "media_id", "matched_media_id", "distance")),
                *(m.c[name] for name in ("frame_share", "earliest_report_id", "earliest_source")),
                *(m.c[name] for name in ("earliest_date", "place_codes", "suggested_review")),
                m.c.found_at,
                a.c.report_id,
                a.c.source,
                a.c.first_seen.label("seen"),
            )
            .select_from(m.join(a, a.c.id == m.c.appearance_id))
            .where(where)
            .order_by(m.c.id)
            .limit(PER_FILE)
        )
        found = []
        for row in self._db.rows(statement):
            record = dict(row)
            record["place_codes"] = json.loads(row["place_codes"] or "[]")
            found.append(record)
        return found

    def recycling(self) -> list[dict[str, Any]]:
        """Every stored match with its file, the later appearance and both reports' urls, for
        MediaReview."""
        mm, m, a = media_matches, media, media_appearances
        later, earliest = reports.alias("r"), reports.alias("e")
        statement = (
            sa.select(
                mm,
                m.c.sha256,
                m.c.kind,
                m.c.mime,
                a.c.report_id,
                a.c.source,
                a.c.first_seen,
                later.c.url.label("report_url"),
                earliest.c.url.label("earliest_url"),
            )
            .select_from(
                mm.join(m, m.c.id == mm.c.media_id)
                .join(a, a.c.id == mm.c.appearance_id)
                .outerjoin(later, later.c.id == a.c.report_id)
                .outerjoin(earliest, earliest.c.id == mm.c.earliest_report_id)
            )
            .order_by(mm.c.id)
        )
        return [dict(row) for row in self._db.rows(statement)]


# -- inside the intake transaction ----------------------------------------------------------------


def _insert_media(connection: Connection, file: MediaFile) -> tuple[int, bool]:
    sha = file.row["sha256"]
    existing = connection.execute(sa.select(media.c.id).where(media.c.sha256 == sha)).scalar()
    if existing is not None:
        return int(existing), False
    key = connection.execute(sa.insert(media).values(**file.row)).inserted_primary_key
    assert key is not None
    media_id = int(key[0])
    names = ("frame", "region", "at_s", "pdq", "quality")
    rows = [{"media_id": media_id, **dict(zip(names, h, strict=True))} for h in file.hashes]
    if rows:
        connection.execute(sa.insert(media_hashes), rows)
    return media_id, True


def _insert_appearance(
    connection: Connection, media_id: int, seen: tuple[str | None, str | None, str, str]
) -> Appearance:
    report_id, source, first_seen, file_name = seen
    connection.execute(
        insert_or_ignore(connection, media_appearances).values(
            media_id=media_id,
            report_id=report_id,
            source=source,
            first_seen=first_seen,
            file_name=file_name,
            added_at=_now(),
        )
    )
    a = media_appearances
    row = connection.execute(
        sa.select(*_APPEARANCE).where(
            a.c.media_id == media_id,
            sa.func.coalesce(a.c.report_id, "") == (report_id or ""),
        )
    ).one()
    return _appearance(row)


def _record_recycling(
    connection: Connection, appearance: Appearance, candidates: Sequence[Candidate]
) -> list[tuple[Candidate, Appearance, tuple[str, ...]]]:
    recorded = []
    for candidate in candidates:
        earliest = _earliest(connection, candidate.media_id, appearance.report_id or "")
        if earliest is not None and _instant(earliest.date) < _instant(appearance.date):
            places = _place_codes(connection, earliest.report_id)
            _insert_match(connection, appearance, candidate, earliest, places)
            recorded.append((candidate, earliest, places))
            continue
        # Seen here first: the appearances elsewhere that came later repeat this one.
        swapped = Candidate(appearance.media_id, candidate.distance, candidate.frame_share)
        places = _place_codes(connection, appearance.report_id)
        for later in _later(connection, candidate.media_id, appearance):
            _insert_match(connection, later, swapped, appearance, places)
    return recorded


def _insert_match(
    connection: Connection,
    later: Appearance,
    candidate: Candidate,
    earliest: Appearance,
    places: tuple[str, ...],
) -> None:
    """Record (or move earlier) the earliest appearance that `later` repeats."""
    m = media_matches
    known = connection.execute(
        sa.select(m.c.id, m.c.earliest_date).where(
            m.c.appearance_id == later.id, m.c.matched_media_id == candidate.media_id
        )
    ).first()
    values = {
        "distance": candidate.distance,
        "frame_share": candidate.frame_share,
        "earliest_appearance_id": earliest.id,
        "earliest_report_id": earliest.report_id,
        "earliest_source": earliest.source,
        "earliest_date": earliest.date,
        "place_codes": json.dumps(list(places)),
        "suggested_review": DECONTEXTUALIZED,
        "found_at": _now(),
    }
    if known is None:
        connection.execute(
            sa.insert(m).values(
                appearance_id=later.id,
                media_id=later.media_id,
                matched_media_id=candidate.media_id,
                **values,
            )
        )
    elif _instant(earliest.date) < _instant(str(known[1])):
        connection.execute(sa.update(m).where(m.c.id == known[0]).values(**values))


def _earliest(
    connection: Connection, media_id: int, exclude_report: str | None
) -> Appearance | None:
    """The earliest appearance of a media, leaving out one report's ('' = no report)."""
    a = media_appearances
    statement = sa.select(*_APPEARANCE).where(a.c.media_id == media_id)
    if exclude_report is not None:
        statement = statement.where(sa.func.coalesce(a.c.report_id, "") != exclude_report)
    appearances = [_appearance(row) for row in connection.execute(statement)]
    return min(appearances, key=lambda x: (_instant(x.date), x.id), default=None)


def _later(connection: Connection, media_id: int, appearance: Appearance) -> list[Appearance]:
    a = media_appearances
    statement = sa.select(*_APPEARANCE).where(
        a.c.media_id == media_id,
        sa.func.coalesce(a.c.report_id, "") != (appearance.report_id or ""),
    )
    start = _instant(appearance.date)
    found = (_appearance(row) for row in connection.execute(statement))
    return [later for later in found if _instant(later.date) > start]


def _place_codes(connection: Connection, report_id: str | None) -> tuple[str, ...]:
    if report_id is None:
        return ()
    statement = (
        sa.select(claims.c.location)
        .distinct()
        .where(claims.c.report_id == report_id, claims.c.location.is_not(None))
        .order_by(claims.c.location)
    )
    return tuple(str(code) for code in connection.execute(statement).scalars())


def _appearance(row: Sequence[Any]) -> Appearance:
    id_, media_id, report_id, source, date = tuple(row)
    return Appearance(int(id_), int(media_id), report_id, source, str(date))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _instant(text: str) -> datetime:
    """An ISO time as an aware datetime (a time without a zone is taken as UTC)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

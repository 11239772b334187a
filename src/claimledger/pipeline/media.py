"""Photos and videos that came with reports (Telegram exports, saved pages) into the ledger's
media library, as part of ingest: hashed, stored by content, matched against earlier reports.

Readers list a report's media in `Report.meta["media"]` (sources/read_media.py). Local files
are taken in once their report is stored; remote media (a URL) are not fetched, and a
thumbnail is left out when its video is there (it is a frame of it). A file that is missing or
cannot be read is a warning, never a failed ingest: the report is stored either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.ledger import Ledger, LedgerError
from claimledger.media import MediaError, MediaLibrary
from claimledger.model import Extraction
from claimledger.sources.read_errors import ReadProblem, ReadWarning
from claimledger.sources.read_media import is_remote


@dataclass(slots=True)
class MediaStats:
    files: int = 0  # files taken in (new or seen before)
    recycled: int = 0  # of them, those repeating media of an earlier report


def local_files(meta: dict[str, Any]) -> Iterator[Path]:
    """The media files of a report that are on this machine, in the reader's order."""
    entries = meta.get("media")
    if not isinstance(entries, list):
        return
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("missing") or entry.get("type") == "thumbnail":
            continue  # missing files were warned about by the reader
        path = entry.get("path")
        if isinstance(path, str) and path and not is_remote(path):
            yield Path(path)


class MediaIntake:
    """Takes the media of stored reports into the ledger's library, opened on first need."""

    def __init__(self, ledger: Ledger, errors: list[ReadProblem]) -> None:
        self._ledger = ledger
        self._errors = errors
        self._library: MediaLibrary | None = None
        self._unavailable = False
        self.stats = MediaStats()

    def take(self, extractions: Iterable[Extraction]) -> None:
        for extraction in extractions:
            report = extraction.report
            for path in local_files(report.meta):
                library = self._open()
                if library is None:
                    return
                try:
                    record = library.add(path, report.id, report.published, report.source)
                except MediaError as exc:
                    self._warn(exc.path, f"media file not stored: {exc.reason}")
                    continue
                self.stats.files += 1
                self.stats.recycled += bool(record.matches)

    def _open(self) -> MediaLibrary | None:
        if self._library is None and not self._unavailable:
            try:
                self._library = MediaLibrary(self._ledger)
            except LedgerError as exc:  # no media folder (a PostgreSQL ledger without one)
                self._unavailable = True
                self._warn(self._ledger.path, f"media files not stored: {exc}")
        return self._library

    def _warn(self, where: str, message: str) -> None:
        self._errors.append(ReadWarning(where, None, message))

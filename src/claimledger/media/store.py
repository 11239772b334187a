"""The media folder of a ledger: files by content, `<folder>/ab/cd/<sha256><ext>`, the folder
being `<db stem>.media/` beside an SQLite ledger (CLAIMLEDGER_MEDIA for PostgreSQL).

A file is first copied to a temporary name inside its final folder (checking its SHA-256 as it
is copied), and only renamed into place by the caller's transaction (`Staged.commit`), so a
failure leaves neither a half-written file under a real name nor a row without its file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from claimledger.media.errors import MediaError

READ_CHUNK = 1 << 20
# The media folder of a ledger that is not a file (PostgreSQL).
MEDIA_ENV = "CLAIMLEDGER_MEDIA"


def media_root(db_path: str | Path) -> Path:
    """The media folder of the ledger at `db_path`: `x.db` keeps its files in `x.media`."""
    path = Path(db_path)
    return path.parent / f"{path.stem}.media"


def relative_path(sha256: str, ext: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}{ext}"


@dataclass(slots=True)
class Staged:
    """A copy waiting under a temporary name for its transaction to commit."""

    temporary: Path | None
    final: Path
    created: bool = False  # whether commit() put a file at `final` that was not there before

    def commit(self) -> None:
        """Rename into place (atomic within one filesystem); call inside the open transaction."""
        if self.temporary is None:
            return
        self.created = not self.final.exists()
        os.replace(self.temporary, self.final)
        self.temporary = None

    def discard(self) -> None:
        """Undo: remove the temporary copy, and the final file if commit() created it."""
        if self.temporary is not None:
            self.temporary.unlink(missing_ok=True)
            self.temporary = None
        if self.created:
            self.final.unlink(missing_ok=True)
            self.created = False


def stage(source: Path, root: Path, sha256: str, ext: str) -> Staged:
    """Copy `source` next to its final place under a temporary name; nothing if already stored."""
    final = root / relative_path(sha256, ext)
    if final.is_file() and final.stat().st_size == source.stat().st_size:
        return Staged(None, final)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".incoming-", suffix=ext, dir=final.parent)
    except OSError as exc:
        raise MediaError(source, f"cannot write to the media folder {root}: {exc}") from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as inp:
            digest = _copy(inp, out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise MediaError(source, f"cannot copy into the media folder: {exc}") from None
    if digest != sha256:
        temporary.unlink(missing_ok=True)
        raise MediaError(source, "the file changed while it was being read; try again")
    return Staged(temporary, final)


def _copy(inp: BinaryIO, out: BinaryIO) -> str:
    digest = hashlib.sha256()
    while chunk := inp.read(READ_CHUNK):
        digest.update(chunk)
        out.write(chunk)
    out.flush()
    os.fsync(out.fileno())
    return digest.hexdigest()


def media_folder(file: Path | None, environ: dict[str, str] | None = None) -> Path | None:
    """Where a ledger keeps its media files: beside an SQLite file (`x.db`: `x.media/`); for a
    ledger without a file (PostgreSQL, memory) the folder named by CLAIMLEDGER_MEDIA, which
    every machine of a team mounts at the same place. None when there is none."""
    if file is not None:
        return media_root(file)
    named = (os.environ if environ is None else environ).get(MEDIA_ENV, "")
    return Path(named) if named else None

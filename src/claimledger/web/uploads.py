"""Files posted to POST /api/files: a safe name, a size limit, and errors named after the upload
rather than the temporary folder it was read from."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import UploadFile

from claimledger.sources.read_errors import ReadProblem
from claimledger.web.errors import ApiError


def safe_name(filename: str | None) -> str:
    # Only the last path part, in safe characters: the name becomes a file in a temp folder and
    # the source of plain-text reports.
    base = re.sub(r"[^\w.-]+", "_", Path(filename or "").name).strip("._")
    return base[:100] or "upload.txt"


def save_upload(file: UploadFile, path: Path, limit: int) -> None:
    size = 0
    with path.open("wb") as out:
        while chunk := file.file.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                raise ApiError(413, f"upload larger than {limit:,} bytes")
            out.write(chunk)


def upload_error(error: ReadProblem, folder: str, name: str) -> dict[str, Any]:
    where = error.path.replace(str(Path(folder) / name), name)
    return {"where": where, "line": error.line, "level": error.level, "message": error.message}

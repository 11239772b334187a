"""The one error of the media package: a file that cannot be read, hashed or stored."""

from __future__ import annotations

from pathlib import Path

from claimledger.errors import ClaimledgerError


class MediaError(ClaimledgerError):
    """A media file that cannot be taken in, said in words that name the file."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

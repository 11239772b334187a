"""What a running dashboard is configured with: the ledger, tiles, CORS and size limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from claimledger.errors import ClaimledgerError
from claimledger.ledger import redact

# The largest page any list endpoint returns; larger `limit`s are refused (422), not trimmed,
# so that a client never mistakes a trimmed page for the end of the list.
MAX_PAGE = 500
DEFAULT_PAGE = 50
# Uploads (POST /api/files) beyond this are refused with 413 before they are read.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


class SettingsError(ClaimledgerError, ValueError):
    """A setting that cannot be used (a tile URL that is not http(s), say)."""


@dataclass(frozen=True, slots=True)
class WebSettings:
    db_path: Path | str  # an SQLite file, or a postgresql:// URL
    # A tile URL template ("https://{s}.tile.example.org/{z}/{x}/{y}.png"); None: no base map.
    tiles: str | None = None
    tiles_attribution: str = ""
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    max_upload_bytes: int = MAX_UPLOAD_BYTES

    def __post_init__(self) -> None:
        if self.tiles is not None:
            tile_origin(self.tiles)  # refuses a bad URL at start-up rather than in the page
        for origin in self.cors_origins:
            if origin != "*" and not _is_http(origin):
                raise SettingsError(f"CORS origin {origin!r} is not an http(s) origin")

    @property
    def db_name(self) -> str:
        """The ledger as pages name it: the file's name, or the URL without its password."""
        if isinstance(self.db_path, Path):
            return self.db_path.name
        return redact(self.db_path)

    @property
    def tile_source(self) -> str | None:
        """The CSP source that admits the tile server's images, or None without tiles."""
        return tile_origin(self.tiles) if self.tiles else None


def tile_origin(url: str) -> str:
    """The scheme and host of a tile URL template as a CSP source; `{s}` subdomains become `*`."""
    parts = urlsplit(url.replace("{s}", "tiles"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"tile URL {url!r} must be an http(s) URL with a host")
    host = parts.netloc
    if "{s}" in urlsplit(url).netloc:
        # "{s}.tile.example.org" serves from a.tile..., b.tile...: admit the subdomains.
        host = urlsplit(url).netloc.replace("{s}", "*")
    if any(ch in host for ch in " ;,'\""):
        raise SettingsError(f"tile URL {url!r} has a host that cannot go into a CSP header")
    return f"{parts.scheme}://{host}"


def _is_http(origin: str) -> bool:
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not parts.path.strip("/")

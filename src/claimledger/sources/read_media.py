"""Photos and videos named by an export or a saved page, as entries of `Report.meta["media"]`.

Each entry is `{"path": ..., "kind": "photo" | "video", "mime": ...}`, plus `"type"` where the
export says more (Telegram's `video_file`, `animation`, `video_message`, `thumbnail`) and
`"missing": true` when a local file named by the input is not on disk. Local paths are resolved
against the folder of the input file and must stay inside it: an export is untrusted input, and a
path like `../../home/user/.ssh/id_rsa` must not reach the media library. Remote media (a feed's
enclosure, a page's `https://` image) keep their URL as `path`.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

from claimledger.errors import ClaimledgerError

REMOTE_SCHEMES = frozenset({"http", "https"})
# The usual photo and video formats, fixed here rather than read from the system's mime.types
# (which differs between machines: .3gp is audio on some).
_MIME_BY_SUFFIX = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".avi": "video/x-msvideo",
    ".3gp": "video/3gpp",
}


class MediaPathError(ClaimledgerError, ValueError):
    """A media reference that cannot be used (outside the input's folder, not a path)."""


@dataclass(slots=True)
class MediaList:
    """Media entries of one report, without repeats, and the problems met collecting them."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)

    def add(self, entry: dict[str, Any]) -> None:
        if entry["path"] not in self._seen:
            self._seen.add(entry["path"])
            self.entries.append(entry)


def kind_of(mime: str | None, name: str) -> str | None:
    """The media kind ("photo" or "video") a MIME type, else a file name, says; None for
    other files."""
    mime = mime or guess_mime(name)
    if mime is None:
        return None
    if mime.startswith("image/"):
        return "photo"
    if mime.startswith("video/"):
        return "video"
    return None


def guess_mime(name: str) -> str | None:
    """The MIME type a file name or URL suggests, None when it suggests none."""
    suffix = PurePosixPath(urlsplit(name).path).suffix.lower()
    if not suffix:
        return None
    return _MIME_BY_SUFFIX.get(suffix) or mimetypes.guess_type(f"file{suffix}")[0]


def local_entry(
    base: Path | None, reference: str, kind: str, mime: str | None, media_type: str | None = None
) -> dict[str, Any]:
    """An entry for a file named relative to `base` (the input's folder; None for stdin).

    Raises MediaPathError for absolute paths and paths leaving `base`.
    """
    relative = PurePosixPath(reference.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise MediaPathError(f"media path {reference!r} is outside the export folder; ignored")
    entry: dict[str, Any] = {"path": reference, "kind": kind, "mime": mime or guess_mime(reference)}
    if media_type:
        entry["type"] = media_type
    if base is not None:
        resolved = base.joinpath(*relative.parts)
        entry["path"] = str(resolved)
        if not resolved.is_file():
            entry["missing"] = True
    return entry


def remote_entry(url: str, kind: str, mime: str | None) -> dict[str, Any]:
    return {"path": url, "kind": kind, "mime": mime or guess_mime(url)}


def is_remote(reference: str) -> bool:
    return reference.startswith("//") or urlsplit(reference).scheme.lower() in REMOTE_SCHEMES


def page_entry(
    base: Path | None, page_url: str | None, reference: str, kind: str
) -> dict[str, Any] | None:
    """An entry for an `img`/`video` source of a page: a URL, or a file saved beside the page.

    Browsers saving a page with its files rewrite sources to paths beside it ("Page_files/a.jpg");
    a source from the site's root ("/media/a.jpg") was left as the site wrote it, and is taken
    as a URL on the page's site when the page names its URL. `data:` and other schemes are
    skipped; None for those and for local paths leaving the page's folder.
    """
    reference = reference.strip()
    scheme = urlsplit(reference).scheme.lower()
    if not reference or (scheme and scheme not in REMOTE_SCHEMES and len(scheme) > 1):
        return None  # data:, blob:, javascript: (a one-letter scheme is a Windows drive)
    if is_remote(reference):
        return remote_entry(urljoin("https:", reference), kind, None)
    if reference.startswith("/"):
        if page_url and is_remote(page_url):
            return remote_entry(urljoin(page_url, reference), kind, None)
        return None
    try:
        return local_entry(base, reference.split("?", 1)[0].split("#", 1)[0], kind, None)
    except MediaPathError:
        return None

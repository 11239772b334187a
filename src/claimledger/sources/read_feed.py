"""RSS 2.0 and Atom feeds (feedparser): one report per item or entry.

- text: the item's title, then its content (else its summary) with the HTML stripped;
- id: the guid/id when it is globally unique by its form (a URL, `urn:`, `tag:`), else
  `<site>/<guid>` (a bare "123" is unique only within its feed); without a guid, the link;
  without either, a hash of source and text;
- published: `published`, else `updated`, with the offset the feed gives;
- source: the feed's title, else its site; url: the item's link;
- lang: the item's or the feed's language when claimledger reads it;
- `meta["media"]`: enclosures, Media RSS content and the images and videos of the content.

A feed is parsed whole, so its size is capped (MAX_FEED_BYTES); feeds are small. A file that is
not XML at all is an error; a feed with a flaw that feedparser reads around is a warning.
Character references to no character (`&#xD800;`, `&#0;`, past U+10FFFF) are replaced with
U+FFFD before parsing and NUL bytes removed, each with a warning: a flaw in one item must not
cost the feed. An item that cannot be made a report (a date past year 9999 in UTC, say) is one
error, and the items after it are read. Media are kept only as http(s) URLs: an enclosure
naming `../../etc/passwd` or `javascript:` is dropped, as the other readers drop them.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from claimledger.model import Report
from claimledger.sources.read_admit import Gate
from claimledger.sources.read_decode import DecodeFailure, decode, sniff_encoding
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning
from claimledger.sources.read_markup import fragment_tree, html_text, media_sources
from claimledger.sources.read_media import (
    MediaList,
    is_remote,
    kind_of,
    page_entry,
    remote_entry,
)
from claimledger.sources.read_text import language_code

MAX_FEED_BYTES = 64 * 1024 * 1024
_UNIQUE_ID_PREFIXES = ("http://", "https://", "urn:", "tag:")
_DECLARED_ENCODING = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")
_WIDE = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 and UTF-32 byte-order marks start so


def feed_reports(
    data: bytes,
    origin: str,
    errors: list[ReadProblem],
    *,
    published: datetime | None = None,
    lang: str | None = None,
) -> Iterator[Report]:
    """The reports of an RSS or Atom document; problems go to `errors`."""
    data = _repaired(data, origin, errors)
    parsed = _parse(data)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    from feedparser import CharacterEncodingOverride

    if isinstance(problem, CharacterEncodingOverride):
        # Declared UTF-8 but is not: feedparser falls back to Windows-1252, which turns
        # Cyrillic into mojibake. Our own guess knows the code pages these feeds use.
        repaired = _reencoded(data)
        if repaired is not None:
            data, note = repaired
            errors.append(ReadWarning(origin, None, note))
            parsed = _parse(data)
            problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.entries:
        errors.append(ReadError(origin, None, _no_entries(parsed, problem)))
        return
    if problem is not None:
        message = f"feed is not well-formed ({_describe(problem)}); read what could be read"
        errors.append(ReadWarning(origin, None, message))
    feed = _Feed.of(parsed.feed, origin, lang)
    gate = Gate(origin, errors)
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"item {number}" + (f" ({entry.get('id')})" if entry.get("id") else "")
        report = feed.report(entry, published, origin, errors, where)
        if report is None:
            errors.append(ReadWarning(origin, None, f"{where}: no title or text; skipped"))
            continue
        if gate.admit(report, None, f"{where}: ") is not None:
            yield report
    gate.close()


def _repaired(data: bytes, origin: str, errors: list[ReadProblem]) -> bytes:
    """`data` without what makes feedparser raise rather than read on: references to no
    character, and NUL bytes (not in UTF-16 or UTF-32, where they are half the text)."""
    bad = 0

    def replace(match: re.Match[bytes]) -> bytes:
        nonlocal bad
        hexadecimal, decimal = match.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return match.group(0)
        bad += 1
        return b"&#xFFFD;"

    if b"&#" in data:
        data = _CHARACTER_REFERENCE.sub(replace, data)
    if bad:
        note = f"{bad} character reference(s) to no character replaced with U+FFFD"
        errors.append(ReadWarning(origin, None, note))
    # UTF-16 and UTF-32 ("<" is "<\0" or "\0<") hold NULs in every ASCII character.
    wide = data.startswith(_WIDE) or b"\x00" in data[:2]
    if b"\x00" in data and not wide:
        note = f"{data.count(0)} NUL byte(s) removed"
        errors.append(ReadWarning(origin, None, note))
        data = data.replace(b"\x00", b"")
    return data


def _parse(data: bytes) -> Any:
    import feedparser  # on first use: importing it takes a tenth of a second

    # A stream, never bytes or str: feedparser fetches anything that looks like a URL or path.
    return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)


def _reencoded(data: bytes) -> tuple[bytes, str] | None:
    """The document in UTF-8 with its declaration saying so, and a note on what it was."""
    try:
        encoding = sniff_encoding(data, complete=True)
        text = decode(data, encoding)
    except DecodeFailure:
        return None
    if encoding.name == "utf-8":
        return None
    text = _DECLARED_ENCODING.sub(r"\1utf-8\2", text, count=1)
    note = f"declared encoding is wrong; {encoding.note or f'decoded as {encoding.name}'}"
    return text.encode("utf-8"), note


class _Feed:
    """What every item of one feed shares: its name, site and language."""

    def __init__(self, source: str, site: str | None, lang: str | None) -> None:
        self.source = source
        self.site = site
        self.lang = lang

    @classmethod
    def of(cls, feed: Any, origin: str, lang: str | None) -> _Feed:
        link = feed.get("link") or ""
        site = urlsplit(link).hostname if link else None
        title = " ".join(str(feed.get("title") or "").split())
        own_lang = language_code(feed.get("language"))
        return cls(title or site or Path(origin).name, site, own_lang or lang)

    def report(
        self,
        entry: Any,
        published: datetime | None,
        origin: str,
        errors: list[ReadProblem],
        where: str,
    ) -> Report | None:
        title = html_text(str(entry.get("title") or ""))
        body = _body(entry)
        text = _join_title(title, body)
        if not text:
            return None
        link = str(entry.get("link") or "") or None
        meta: dict[str, Any] = {"feed": self.source}
        if title:
            meta["title"] = title
        found = _media(entry, link)
        if found.problems:
            dropped = ", ".join(repr(p[:80]) for p in found.problems[:3])
            more = f" and {len(found.problems) - 3} more" if len(found.problems) > 3 else ""
            note = f"{where}: media not at an http(s) URL left out: {dropped}{more}"
            errors.append(ReadWarning(origin, None, note))
        if found.entries:
            meta["media"] = found.entries
        author = entry.get("author")
        if isinstance(author, str) and author.strip():
            meta["author"] = author.strip()
        return Report(
            text=text,
            id=self._id(entry.get("id"), link),
            source=self.source,
            published=_published(entry) or published,
            lang=language_code(entry.get("language")) or self.lang,
            url=link,
            meta=meta,
        )

    def _id(self, raw: Any, link: str | None) -> str:
        guid = str(raw).strip() if raw else ""
        if guid.lower().startswith(_UNIQUE_ID_PREFIXES):
            return guid
        if guid:
            return f"{self.site or self.source}/{guid}"
        return link or ""


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        text = html_text(str(content.get("value") or ""))
        if text:
            return text
    return html_text(str(entry.get("summary") or ""))


def _join_title(title: str, body: str) -> str:
    """The title as the first line, unless the body already opens with it (or is it)."""
    if not title:
        return body
    if not body or body.startswith(title) or title.startswith(body):
        return body if len(body) >= len(title) else title
    return f"{title}\n\n{body}"


def _published(entry: Any) -> datetime | None:
    for key in ("published", "updated"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            stamp = _parse_date(raw.strip())
            if stamp is not None:
                return stamp
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return datetime(*parsed[:6], tzinfo=UTC)  # feedparser normalises to UTC
    return None


def _parse_date(raw: str) -> datetime | None:
    """RFC 822 (RSS) or ISO 8601 (Atom), keeping the offset the feed wrote."""
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _media(entry: Any, link: str | None) -> MediaList:
    """The entry's photos and videos at http(s) URLs; `problems` names those left out."""
    found = MediaList()
    for item in [*entry.get("enclosures", []), *entry.get("media_content", [])]:
        url = _remote_url(item.get("href") or item.get("url"), found)
        mime = item.get("type") or None
        mime = mime if isinstance(mime, str) else None
        kind = kind_of(mime, url) if url else None
        if url and kind:
            found.add(remote_entry(url, kind, mime))
    for thumbnail in entry.get("media_thumbnail", []):
        url = _remote_url(thumbnail.get("url"), found)
        if url:
            found.add(remote_entry(url, "photo", None))
    for content in [*entry.get("content", []), entry.get("summary_detail") or {}]:
        tree = fragment_tree(str(content.get("value") or ""))
        if tree is None:
            continue
        for source, kind in media_sources(tree):
            media = page_entry(None, link, source, kind)
            if media is not None and media["path"].startswith(("http://", "https://")):
                found.add(media)
    return found


def _remote_url(value: Any, found: MediaList) -> str | None:
    """`value` when it is an absolute http(s) URL (or `//host/...`, taken as https); None, and
    a problem noted, for anything else: a relative or local path, `javascript:`, `data:`."""
    if not isinstance(value, str) or not value.strip():
        return None
    url = value.strip()
    if is_remote(url) and urlsplit(urljoin("https:", url)).hostname:
        return urljoin("https:", url)
    found.problems.append(url)
    return None


def _no_entries(parsed: Any, problem: Any) -> str:
    if problem is not None and not parsed.get("version"):
        return f"not an RSS or Atom feed: not XML ({_describe(problem)})"
    if not parsed.get("version"):
        return "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)"
    return "feed has no items"


def _describe(problem: Any) -> str:
    text = str(problem).strip()
    return f"{type(problem).__name__}: {text}" if text else type(problem).__name__

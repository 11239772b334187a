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
from urllib.parse import urlsplit

from claimledger.model import Report
from claimledger.sources.read_decode import DecodeFailure, decode, sniff_encoding
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning
from claimledger.sources.read_markup import fragment_tree, html_text, media_sources
from claimledger.sources.read_media import MediaList, kind_of, page_entry, remote_entry
from claimledger.sources.read_text import language_code

MAX_FEED_BYTES = 64 * 1024 * 1024
_UNIQUE_ID_PREFIXES = ("http://", "https://", "urn:", "tag:")
_DECLARED_ENCODING = re.compile(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")


def feed_reports(
    data: bytes,
    origin: str,
    errors: list[ReadProblem],
    *,
    published: datetime | None = None,
    lang: str | None = None,
) -> Iterator[Report]:
    """The reports of an RSS or Atom document; problems go to `errors`."""
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
    for number, entry in enumerate(parsed.entries, start=1):
        report = feed.report(entry, published)
        if report is None:
            where = f"item {number}" + (f" ({entry.get('id')})" if entry.get("id") else "")
            errors.append(ReadWarning(origin, None, f"{where}: no title or text; skipped"))
            continue
        yield report


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

    def report(self, entry: Any, published: datetime | None) -> Report | None:
        title = html_text(str(entry.get("title") or ""))
        body = _body(entry)
        text = _join_title(title, body)
        if not text:
            return None
        link = str(entry.get("link") or "") or None
        meta: dict[str, Any] = {"feed": self.source}
        if title:
            meta["title"] = title
        if media := _media(entry, link):
            meta["media"] = media
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


def _media(entry: Any, link: str | None) -> list[dict[str, Any]]:
    found = MediaList()
    for item in [*entry.get("enclosures", []), *entry.get("media_content", [])]:
        url = item.get("href") or item.get("url")
        mime = item.get("type") or None
        kind = kind_of(mime, url or "") if url else None
        if url and kind:
            found.add(remote_entry(url, kind, mime))
    for thumbnail in entry.get("media_thumbnail", []):
        if thumbnail.get("url"):
            found.add(remote_entry(thumbnail["url"], "photo", None))
    for content in [*entry.get("content", []), entry.get("summary_detail") or {}]:
        tree = fragment_tree(str(content.get("value") or ""))
        if tree is None:
            continue
        for source, kind in media_sources(tree):
            media = page_entry(None, link, source, kind)
            if media is not None and media["path"].startswith(("http://", "https://")):
                found.add(media)
    return found.entries


def _no_entries(parsed: Any, problem: Any) -> str:
    if problem is not None and not parsed.get("version"):
        return f"not an RSS or Atom feed: not XML ({_describe(problem)})"
    if not parsed.get("version"):
        return "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)"
    return "feed has no items"


def _describe(problem: Any) -> str:
    text = str(problem).strip()
    return f"{type(problem).__name__}: {text}" if text else type(problem).__name__

"""Web pages saved to disk: the article's main text (trafilatura) and what the page says about it.

- text: the title as the first line (unless the text opens with it), then the main text;
- published: the page's own publication time (`article:published_time`, `datePublished`, ...)
  with its offset, else the date trafilatura finds;
- source: the site's name, else its domain, else the file name; url: the canonical URL, which
  is also the report id (so a page saved again with edits becomes a new version), else a hash;
- meta: title, author, site (domain), and `media`: the page's `img` and `video` sources,
  resolved against the page's folder (a page saved with its files) or its URL;
- lang: the page's `lang` when claimledger reads it.

A page with no main text (a menu, a login wall, an empty file) is an error naming the file. So is
a Telegram chat exported as HTML: it needs the JSON export.
"""

from __future__ import annotations

import codecs
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import etree, html

from claimledger.model import Report
from claimledger.sources.read_clean import clean_text, first_bad_line
from claimledger.sources.read_decode import DecodeFailure, Encoding, decode, sniff_encoding
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning
from claimledger.sources.read_markup import media_sources
from claimledger.sources.read_media import MediaList, page_entry
from claimledger.sources.read_text import language_code

MAX_HTML_BYTES = 20 * 1024 * 1024
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# Page furniture that is never the article (a `header` inside an `article` may hold its lead).
_NAVIGATION = "//nav|//footer|//aside|//menu|//form|//body/header"
# Telegram Desktop's HTML export: pages of class "page_wrap" holding a "history" of messages.
_TELEGRAM_HTML = (b'class="page_wrap"', b'class="history"')

# trafilatura and its helpers log through `logging`; without a handler Python prints their
# warnings ("discarding data", "empty HTML tree") on stderr, between our own messages.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def html_report(
    data: bytes,
    origin: str,
    errors: list[ReadProblem],
    *,
    base: Path | None,
    published: datetime | None = None,
    lang: str | None = None,
) -> Report:
    """The report in a saved page; raises ReadError when the page has no main text. Warnings
    (a guessed encoding, missing media files) go to `errors`."""
    if all(marker in data[:65536] for marker in _TELEGRAM_HTML):
        raise ReadError(
            origin,
            None,
            "a Telegram chat exported as HTML: export it again as 'Machine-readable JSON' "
            "and ingest its result.json",
        )
    raw = _decode(data, origin, errors)
    line = first_bad_line(raw)
    text, tally = clean_text(raw)
    errors.extend(ReadWarning(origin, line, note) for note in tally.notes())
    tree = _parse(text, origin)
    page = _Page.of(tree)
    import trafilatura  # on first use: importing it takes a third of a second

    # Precision over recall, and no navigation: on a page without an article trafilatura falls
    # back to whatever text there is, and a report made of a menu is worse than none.
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        favor_precision=True,
        prune_xpath=_NAVIGATION,
        include_comments=False,
        include_images=False,
        include_links=False,
    )
    body = str(getattr(document, "text", None) or "").strip()
    title = " ".join(str(getattr(document, "title", None) or "").split())
    if not any(line.strip() and line.strip() != title for line in body.splitlines()):
        raise ReadError(origin, None, "no main text in the page (empty, or only menus/scripts)")
    return page.report(document, body, origin, base, errors, published, lang)


class _Page:
    """What the page's own markup says: language, publication time, canonical URL, media."""

    def __init__(self, lang: str | None, published: datetime | None, url: str | None) -> None:
        self.lang = lang
        self.published = published
        self.url = url
        self.media: list[tuple[str, str]] = []

    @classmethod
    def of(cls, tree: html.HtmlElement) -> _Page:
        page = cls(language_code(tree.get("lang")), _published(tree), _canonical(tree))
        page.media = list(media_sources(tree))
        return page

    def report(
        self,
        document: Any,
        body: str,
        origin: str,
        base: Path | None,
        errors: list[ReadProblem],
        published: datetime | None,
        lang: str | None,
    ) -> Report:
        title = " ".join(str(getattr(document, "title", None) or "").split())
        url = self.url or _absolute(getattr(document, "url", None))
        site = _domain(url)
        source = " ".join(str(getattr(document, "sitename", None) or "").split()) or site
        meta: dict[str, Any] = {}
        if title:
            meta["title"] = title
        author = getattr(document, "author", None)
        if author:
            meta["author"] = str(author)
        if site:
            meta["site"] = site
        if media := self._media(base, url, origin, errors):
            meta["media"] = media
        return Report(
            text=body if not title or body.startswith(title) else f"{title}\n\n{body}",
            id=url or "",
            source=source or Path(origin).name,
            published=self.published or _trafilatura_date(document) or published,
            lang=self.lang or lang,
            url=url,
            meta=meta,
        )

    def _media(
        self, base: Path | None, url: str | None, origin: str, errors: list[ReadProblem]
    ) -> list[dict[str, Any]]:
        found = MediaList()
        for source, kind in self.media:
            entry = page_entry(base, url, source, kind)
            if entry is None:
                continue
            if entry.get("missing"):
                message = f"media file missing: {source}"
                errors.append(ReadWarning(origin, None, message))
            found.add(entry)
        return found.entries


def _decode(data: bytes, origin: str, errors: list[ReadProblem]) -> str:
    """The page's text. Valid UTF-8 is UTF-8 whatever the page declares (Cyrillic in a code
    page is almost never valid UTF-8); otherwise the declared charset, else a guess."""
    try:
        sniffed = sniff_encoding(data, complete=True)
    except DecodeFailure as exc:
        raise ReadError(origin, None, str(exc)) from None
    declared = _declared(data)
    encoding = sniffed
    if sniffed.guessed and declared is not None and declared != "utf-8":
        encoding = Encoding(declared)
    elif sniffed.guessed:
        prefix = f"declared charset {declared} does not fit; " if declared else ""
        errors.append(ReadWarning(origin, None, prefix + str(sniffed.note)))
    elif sniffed.note:
        errors.append(ReadWarning(origin, None, sniffed.note))
    try:
        return decode(data, encoding)
    except DecodeFailure as exc:
        raise ReadError(origin, None, str(exc)) from None


def _declared(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii", "ignore")).name.replace("_", "-")
    except LookupError:
        return None


def _parse(text: str, origin: str) -> html.HtmlElement:
    try:
        return html.document_fromstring(
            text.encode("utf-8"), parser=html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(origin, None, f"not readable HTML: {exc}") from None


def _published(tree: html.HtmlElement) -> datetime | None:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key in _PUBLISHED_KEYS and content and key not in found:
            found[key] = content
    candidates = [found[key] for key in _PUBLISHED_KEYS if key in found]
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json" and script.text:
            candidates += _JSON_LD_PUBLISHED.findall(script.text)
    for candidate in candidates:
        try:
            return datetime.fromisoformat(candidate.strip())
        except ValueError:
            continue
    return None


def _trafilatura_date(document: Any) -> datetime | None:
    value = getattr(document, "date", None)
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _canonical(tree: html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return _absolute(link.get("href"))
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:url":
            return _absolute(meta.get("content"))
    return None


def _absolute(url: Any) -> str | None:
    """`url` when it is an absolute http(s) URL (a relative canonical names no page)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc else None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None

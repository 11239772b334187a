"""Telegram Desktop exports (`result.json`, "Machine-readable JSON"), streamed message by message.

Two shapes: a single chat `{"name", "type", "id", "messages": [...]}` and a whole account
`{"chats": {"list": [chat, ...]}, "left_chats": {"list": [...]}}`. The file is one JSON document
that may be gigabytes long, so it is walked by its structure (read_jsonstream) and each message
is parsed, turned into a report and dropped before the next: memory holds one message at a time.

A message becomes a report with id `tg:<chat id>:<message id>`, the chat's name as source and
`meta["channel_id"]`. Its text is the visible text of the export's `text` (a string, or a list of
strings and entities such as `{"type": "bold", "text": ...}`). `date_unixtime` (UTC) wins over
`date` (the exporting computer's local time, without an offset: taken as UTC, with a warning).
`edited` goes to `meta["edited"]`: the export holds the latest text, and the ledger keeps the
text an earlier ingest stored as the previous version of the same id. `forwarded_from` goes to
`meta["forwarded_from"]`, photos and videos to `meta["media"]` (see read_media). Service
messages (joins, pins) and messages without text (a photo alone) give no report. Personal and
bot chats of an account export are left out: private conversations are not reports.

A bad message (not valid JSON inside, too deep, a number out of range, a date out of range) is
one problem naming its line, and the messages after it are read. A truncated file, or one whose
outer structure breaks, stops there with one error naming the last message read; the messages
before it are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from claimledger.model import Report
from claimledger.sources.read_admit import Gate, utc_published
from claimledger.sources.read_decode import Encoding, TextReader
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning, read_problem
from claimledger.sources.read_jsonl import MAX_REPORT_BYTES, RecordError, too_long
from claimledger.sources.read_jsonstream import BrokenDocument, JsonStream
from claimledger.sources.read_media import MediaList, MediaPathError, kind_of, local_entry
from claimledger.sources.read_text import parse_iso_datetime

Progress = Callable[[int], None]

_CHAT_FIELDS = frozenset({"name", "type", "id"})
_CHAT_LISTS = ("chats", "left_chats")
_PRIVATE_CHATS = frozenset({"personal_chat", "bot_chat"})
# What the export writes instead of a path when media were not downloaded.
_NOT_INCLUDED = "(File not included"
_VIDEO_TYPES = frozenset({"video_file", "animation", "video_message"})
_JPEG = "image/jpeg"  # Telegram stores photos as JPEG
# Unix times are seconds; twelve digits reach past the year 9999.
_MAX_STAMP_DIGITS = 12


def telegram_reports(
    stream: IO[bytes],
    origin: str,
    encoding: Encoding,
    errors: list[ReadProblem],
    *,
    base: Path | None,
    published: datetime | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> Iterator[Report]:
    """The reports of a Telegram export; `base` is the export's folder (media paths), None for
    stdin."""
    reader = TextReader(stream, encoding, progress)
    walk = _Walk(origin, base, errors, published, lang, Gate(origin, errors))
    try:
        yield from walk.chat(JsonStream(reader.read), "")
    except BrokenDocument as exc:
        errors.append(walk.broken(exc))
    finally:
        if note := reader.note():
            errors.append(ReadWarning(origin, None, note))
    walk.finish()


@dataclass(slots=True)
class _Chat:
    prefix: str  # "" for the document itself, else "chats" or "left_chats"
    fields: dict[str, Any] = field(default_factory=dict)
    # Messages that came before the chat's id, with their lines.
    waiting: list[tuple[Any, int]] = field(default_factory=list)
    ready: bool = False

    @property
    def name(self) -> str | None:
        name = self.fields.get("name")
        return name if isinstance(name, str) and name else None

    @property
    def private(self) -> bool:
        """A personal or bot chat of an account export (one exported alone was chosen)."""
        return bool(self.prefix) and self.fields.get("type") in _PRIVATE_CHATS


@dataclass(slots=True)
class _Walk:
    """The state of one pass over an export."""

    origin: str
    base: Path | None
    errors: list[ReadProblem]
    published: datetime | None
    lang: str | None
    gate: Gate
    last: str | None = None  # "message 12 of Chat", for a break after it
    private_chats: int = 0
    not_included: int = 0

    def chat(self, walk: JsonStream, prefix: str) -> Iterator[Report]:
        """The object that comes next: a chat, or (at the top) an account holding chats."""
        chat = _Chat(prefix)
        for key in walk.members():
            if key in _CHAT_FIELDS:
                self._field(walk, chat, key)
            elif key == "messages" and walk.peek() == "[":
                yield from self._messages(walk, chat)
            elif not prefix and key in _CHAT_LISTS and walk.peek() == "{":
                yield from self._chat_list(walk, key)
            else:
                walk.skip()
        yield from self._end_chat(chat)

    def _field(self, walk: JsonStream, chat: _Chat, key: str) -> None:
        try:
            value = walk.value()
        except RecordError as exc:
            line = walk.line()
            self.errors.append(ReadWarning(self.origin, line, f"chat {key}: {exc.message}"))
            return
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            chat.fields[key] = value

    def _chat_list(self, walk: JsonStream, key: str) -> Iterator[Report]:
        for name in walk.members():
            if name != "list" or walk.peek() != "[":
                walk.skip()
                continue
            for _ in walk.items():
                if walk.peek() == "{":
                    yield from self.chat(walk, key)
                else:
                    walk.skip()

    def _messages(self, walk: JsonStream, chat: _Chat) -> Iterator[Report]:
        self._chat_ready(chat)
        for _ in walk.items():
            line = walk.next_line()
            try:
                message = walk.value()
            except RecordError as exc:
                after = f"the message after {self.last}" if self.last else "the first message"
                problem = read_problem(self.origin, line, f"{after}: {exc.message}", exc.level)
                self.errors.append(problem)
                continue
            yield from self._message(message, chat, line)

    def _chat_ready(self, chat: _Chat) -> None:
        """The chat's messages begin: its name, type and id are known when the export gives them
        first, as Telegram Desktop does."""
        if "id" in chat.fields:
            chat.ready = True
            self.private_chats += chat.private

    def _message(self, message: Any, chat: _Chat, line: int) -> Iterator[Report]:
        number = message.get("id") if isinstance(message, dict) else None
        self.last = f"message {number}" + (f" of {chat.name}" if chat.name else "")
        if not chat.ready:
            # A hand-made export with the chat id after messages.
            chat.waiting.append((message, line))
        elif not chat.private:
            yield from self._report(message, chat, line)

    def _end_chat(self, chat: _Chat) -> Iterator[Report]:
        if not chat.waiting:
            return
        if "id" not in chat.fields:
            where = chat.name or "a chat"
            message = f"{where}: no chat id; its {len(chat.waiting)} message(s) skipped"
            self.errors.append(ReadError(self.origin, None, message))
            return
        if chat.private:
            self.private_chats += 1
            return
        for message, line in chat.waiting:
            yield from self._report(message, chat, line)

    def _report(self, message: Any, chat: _Chat, line: int) -> Iterator[Report]:
        where = _where(message, chat)
        try:
            report = self._message_report(message, chat, line)
        except RecordError as exc:
            self.errors.append(read_problem(self.origin, line, where + exc.message, exc.level))
            return
        if report is not None and self.gate.admit(report, line, where):
            yield report

    def _message_report(self, message: Any, chat: _Chat, line: int) -> Report | None:
        if not isinstance(message, dict):
            raise RecordError(f"expected a JSON object, got {type(message).__name__}")
        if message.get("type", "message") != "message":
            return None  # service messages: joins, pins, title changes
        number = message.get("id")
        if isinstance(number, bool) or not isinstance(number, int | str) or number == "":
            raise RecordError("no message id")
        text = visible_text(message.get("text"))
        if not text.strip() and "text_entities" in message:
            text = visible_text(message["text_entities"])
        if not text.strip():
            return None  # media without a caption
        if too_long(text):
            raise RecordError(f"text larger than {MAX_REPORT_BYTES // 2**20} MB; skipped")
        published = self._time(message, chat, "date", line) or self.published
        meta = self._meta(message, chat, line)
        return Report(
            text=text,
            id=f"tg:{chat.fields['id']}:{number}",
            source=chat.name,
            published=published,
            lang=self.lang,
            meta=meta,
        )

    def _meta(self, message: dict[str, Any], chat: _Chat, line: int) -> dict[str, Any]:
        meta: dict[str, Any] = {"channel_id": str(chat.fields["id"])}
        try:
            edited = self._time(message, chat, "edited", line)
        except RecordError as exc:  # a bad edit time costs the edit time, not the message
            problem = _where(message, chat) + exc.message.replace("; skipped", "; left out")
            self.errors.append(ReadWarning(self.origin, line, problem))
            edited = None
        try:
            edited_utc = utc_published(edited)[0]
        except ValueError:
            edited_utc = None  # out of range: no edit time rather than no message
        if edited_utc is not None:
            meta["edited"] = edited_utc.isoformat()
        for key in ("forwarded_from", "saved_from"):
            value = message.get(key)
            if isinstance(value, str) and value:
                meta[key] = value
        author = message.get("author") or message.get("from")
        if isinstance(author, str) and author and author != chat.name:
            meta["author"] = author
        if isinstance(message.get("reply_to_message_id"), int):
            meta["reply_to"] = message["reply_to_message_id"]
        links = entity_links(message.get("text"))
        if links:
            meta["links"] = links
        media = self._media(message, chat, line)
        if media:
            meta["media"] = media
        return meta

    def _time(
        self, message: dict[str, Any], chat: _Chat, key: str, line: int
    ) -> datetime | None:
        """The time of `key` ("date", "edited"); RecordError when its Unix time is no time."""
        stamp = message.get(f"{key}_unixtime")
        if isinstance(stamp, str | int) and not isinstance(stamp, bool) and str(stamp).isdigit():
            digits = str(stamp)
            try:
                if len(digits) > _MAX_STAMP_DIGITS:
                    raise ValueError
                return datetime.fromtimestamp(int(digits), UTC)
            except (ValueError, OverflowError, OSError):
                shown = digits if len(digits) <= 20 else digits[:17] + "..."
                raise RecordError(f"{key}_unixtime {shown} is out of range; skipped") from None
        value = message.get(key)
        if not value:
            return None
        try:
            return parse_iso_datetime(str(value))
        except ValueError as exc:
            where = _where(message, chat)
            self.errors.append(ReadWarning(self.origin, line, f"{where}{key}: {exc}"))
            return None

    def _media(self, message: dict[str, Any], chat: _Chat, line: int) -> list[dict[str, Any]]:
        found = MediaList()
        photo = message.get("photo")
        if isinstance(photo, str):
            self._add_media(found, photo, "photo", _JPEG, None)
        file = message.get("file")
        media_type = message.get("media_type")
        mime = message.get("mime_type") if isinstance(message.get("mime_type"), str) else None
        if isinstance(file, str):
            kind = "video" if media_type in _VIDEO_TYPES else kind_of(mime, file)
            if kind is not None and media_type != "sticker":
                self._add_media(found, file, kind, mime, media_type or None)
        thumbnail = message.get("thumbnail")
        if isinstance(thumbnail, str) and found.entries:
            self._add_media(found, thumbnail, "photo", None, "thumbnail")
        for problem in found.problems:
            where = _where(message, chat)
            self.errors.append(ReadWarning(self.origin, line, where + problem))
        return found.entries

    def _add_media(
        self, found: MediaList, reference: str, kind: str, mime: str | None, media_type: str | None
    ) -> None:
        if not reference or reference.startswith(_NOT_INCLUDED):
            self.not_included += bool(reference)
            return
        try:
            entry = local_entry(self.base, reference, kind, mime, media_type)
        except MediaPathError as exc:
            found.problems.append(str(exc))
            return
        if entry.get("missing"):
            found.problems.append(f"media file missing: {reference}")
        found.add(entry)

    def broken(self, exc: BrokenDocument) -> ReadError:
        """The error for a break in the document: where, and what was read before it."""
        after = f"after {self.last}" if self.last is not None else "before any message"
        if exc.truncated:
            return ReadError(
                self.origin, None, f"file ends in the middle (truncated?) {after}; rest lost"
            )
        return ReadError(self.origin, None, f"not valid JSON {after}: {exc.message}; rest skipped")

    def finish(self) -> None:
        self.gate.close()
        if self.private_chats:
            message = (
                f"{self.private_chats} personal or bot chat(s) left out "
                "(private conversations are not reports)"
            )
            self.errors.append(ReadWarning(self.origin, None, message))
        if self.not_included:
            message = (
                f"{self.not_included} media file(s) not included in the export "
                "(export again with photos and videos to keep them)"
            )
            self.errors.append(ReadWarning(self.origin, None, message))


def visible_text(value: Any) -> str:
    """The text a reader sees: strings as they are, entities by their `text`."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(visible_text(part) for part in value)
    if isinstance(value, dict):
        return visible_text(value.get("text"))
    return ""


def entity_links(value: Any) -> list[str]:
    """The targets of `link` and `text_link` entities, in order, without repeats."""
    if not isinstance(value, list):
        return []
    links: list[str] = []
    for part in value:
        if not isinstance(part, dict):
            continue
        target = part.get("href") if part.get("type") == "text_link" else None
        if part.get("type") == "link":
            target = part.get("text")
        if isinstance(target, str) and target and target not in links:
            links.append(target)
    return links


def _where(message: Any, chat: _Chat) -> str:
    number = message.get("id") if isinstance(message, dict) else None
    place = f"message {number}: " if number is not None else "a message: "
    return f"{chat.name}, {place}" if chat.name and chat.prefix else place

"""Telegram Desktop exports (`result.json`, "Machine-readable JSON"), streamed message by message.

Two shapes: a single chat `{"name", "type", "id", "messages": [...]}` and a whole account
`{"chats": {"list": [chat, ...]}, "left_chats": {"list": [...]}}`. The file is one JSON document
that may be gigabytes long, so it is parsed as a stream of events (ijson) and each message is
built, turned into a report and dropped before the next: memory holds one message at a time.

A message becomes a report with id `tg:<chat id>:<message id>`, the chat's name as source and
`meta["channel_id"]`. Its text is the visible text of the export's `text` (a string, or a list of
strings and entities such as `{"type": "bold", "text": ...}`). `date_unixtime` (UTC) wins over
`date` (the exporting computer's local time, without an offset). `edited` goes to
`meta["edited"]`: the export holds the latest text, and the ledger keeps the text an earlier
ingest stored as the previous version of the same id. `forwarded_from` goes to
`meta["forwarded_from"]`, photos and videos to `meta["media"]` (see read_media). Service
messages (joins, pins) and messages without text (a photo alone) give no report. Personal and
bot chats of an account export are left out: private conversations are not reports.

A malformed or truncated file stops at the break with one error naming the last message read;
the messages before it are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import ijson

from claimledger.model import Report
from claimledger.sources.read_decode import Encoding, Utf8Reader
from claimledger.sources.read_errors import ReadError, ReadProblem, ReadWarning, read_problem
from claimledger.sources.read_jsonl import MAX_REPORT_BYTES, RecordError
from claimledger.sources.read_media import MediaList, MediaPathError, kind_of, local_entry
from claimledger.sources.read_text import parse_iso_datetime

Progress = Callable[[int], None]

# Where chats sit in the two shapes of export: the document itself, or items of a list.
_CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
_CHAT_FIELDS = ("name", "type", "id")
_PRIVATE_CHATS = frozenset({"personal_chat", "bot_chat"})
# What the export writes instead of a path when media were not downloaded.
_NOT_INCLUDED = "(File not included"
_VIDEO_TYPES = frozenset({"video_file", "animation", "video_message"})
_JPEG = "image/jpeg"  # Telegram stores photos as JPEG
_READ_CHUNK = 64 * 1024


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


_MESSAGE_PREFIXES = frozenset(_join(chat, "messages.item") for chat in _CHAT_PREFIXES)
# Parse-event prefix of a chat's field -> (the chat's prefix, the field).
_FIELD_PREFIXES = {
    _join(chat, name): (chat, name) for chat in _CHAT_PREFIXES for name in _CHAT_FIELDS
}


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
    reader = Utf8Reader(stream, encoding, progress)
    walk = _Walk(origin, base, errors, published, lang)
    try:
        for prefix, event, value in ijson.parse(reader, buf_size=_READ_CHUNK, use_float=True):
            yield from walk.event(prefix, event, value)
    except ijson.JSONError as exc:
        errors.append(walk.broken(str(exc)))
    finally:
        if note := reader.note():
            errors.append(ReadWarning(origin, None, note))
    walk.finish()


@dataclass(slots=True)
class _Chat:
    prefix: str
    fields: dict[str, Any] = field(default_factory=dict)
    waiting: list[Any] = field(default_factory=list)  # messages that came before the chat's id
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
    """The state of one pass over an export's parse events."""

    origin: str
    base: Path | None
    errors: list[ReadProblem]
    published: datetime | None
    lang: str | None
    chat: _Chat | None = None
    builder: ijson.ObjectBuilder | None = None
    message_prefix: str = ""
    last: str | None = None  # "message 12 of Chat", for a parse error after it
    private_chats: int = 0
    not_included: int = 0

    def event(self, prefix: str, event: str, value: Any) -> Iterator[Report]:
        if self.builder is not None:
            self.builder.event(event, value)
            if event in ("end_map", "end_array") and prefix == self.message_prefix:
                message = self.builder.value
                self.builder = None
                yield from self._message(message)
            return
        chat = self.chat
        if event in ("start_map", "start_array") and prefix in _MESSAGE_PREFIXES:
            self.message_prefix = prefix
            self.builder = ijson.ObjectBuilder()
            self.builder.event(event, value)
        elif event == "start_map" and prefix in _CHAT_PREFIXES:
            self.chat = _Chat(prefix)
        elif chat is None:
            return
        elif event == "end_map" and prefix == chat.prefix:
            self.chat = None
            yield from self._end_chat(chat)
        elif event in ("string", "number") and prefix in _FIELD_PREFIXES:
            owner, name = _FIELD_PREFIXES[prefix]
            if owner == chat.prefix:
                chat.fields[name] = value
        elif event == "start_array" and prefix == _join(chat.prefix, "messages"):
            self._chat_ready(chat)
        elif prefix in _MESSAGE_PREFIXES:  # a message that is a string, a number, null
            yield from self._message(value)

    def _chat_ready(self, chat: _Chat) -> None:
        """The chat's messages begin: its name, type and id are known when the export gives them
        first, as Telegram Desktop does."""
        if "id" in chat.fields:
            chat.ready = True
            self.private_chats += chat.private

    def _message(self, message: Any) -> Iterator[Report]:
        chat = self.chat
        if chat is None:
            return
        number = message.get("id") if isinstance(message, dict) else None
        self.last = f"message {number}" + (f" of {chat.name}" if chat.name else "")
        if not chat.ready:
            chat.waiting.append(message)  # a hand-made export with the chat id after messages
        elif not chat.private:
            yield from self._report(message, chat)

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
        for message in chat.waiting:
            yield from self._report(message, chat)

    def _report(self, message: Any, chat: _Chat) -> Iterator[Report]:
        try:
            report = self._message_report(message, chat)
        except RecordError as exc:
            where = _where(message, chat)
            self.errors.append(read_problem(self.origin, None, where + exc.message, exc.level))
            return
        if report is not None:
            yield report

    def _message_report(self, message: Any, chat: _Chat) -> Report | None:
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
        if len(text) > MAX_REPORT_BYTES // 4 and len(text.encode()) > MAX_REPORT_BYTES:
            raise RecordError(f"text larger than {MAX_REPORT_BYTES // 2**20} MB; skipped")
        meta = self._meta(message, chat)
        return Report(
            text=text,
            id=f"tg:{chat.fields['id']}:{number}",
            source=chat.name,
            published=self._time(message, chat, "date") or self.published,
            lang=self.lang,
            meta=meta,
        )

    def _meta(self, message: dict[str, Any], chat: _Chat) -> dict[str, Any]:
        meta: dict[str, Any] = {"channel_id": str(chat.fields["id"])}
        edited = self._time(message, chat, "edited")
        if edited is not None:
            meta["edited"] = edited.isoformat()
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
        media = self._media(message, chat)
        if media:
            meta["media"] = media
        return meta

    def _time(self, message: dict[str, Any], chat: _Chat, key: str) -> datetime | None:
        stamp = message.get(f"{key}_unixtime")
        if isinstance(stamp, str | int) and not isinstance(stamp, bool) and str(stamp).isdigit():
            return datetime.fromtimestamp(int(stamp), UTC)
        value = message.get(key)
        if not value:
            return None
        try:
            return parse_iso_datetime(str(value))
        except ValueError as exc:
            where = _where(message, chat)
            self.errors.append(ReadWarning(self.origin, None, f"{where}{key}: {exc}"))
            return None

    def _media(self, message: dict[str, Any], chat: _Chat) -> list[dict[str, Any]]:
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
            self.errors.append(ReadWarning(self.origin, None, where + problem))
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

    def broken(self, message: str) -> ReadError:
        """The error for a parse failure: where the file broke off, what was read before it."""
        first = message.splitlines()[0].strip() if message.strip() else "not valid JSON"
        first = first.removeprefix("b'").removeprefix('b"')
        after = f"after {self.last}" if self.last is not None else "before any message"
        if "premature EOF" in first or "Incomplete JSON" in first:
            return ReadError(
                self.origin, None, f"file ends in the middle (truncated?) {after}; rest lost"
            )
        return ReadError(self.origin, None, f"not valid JSON {after}: {first}; rest skipped")

    def finish(self) -> None:
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

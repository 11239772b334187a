"""Reading one row of a catalogue table with its checks: every failure names table and entry.

Both tables are TOML arrays of tables; a row that a person mistyped should stop the load with a
message that says where to look ("actors.toml: actor 'gladkov': side 'russia' is not one of
ru, ua, other"), never pass on a half-read entry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from claimledger.catalog import parsed
from claimledger.errors import CatalogError
from claimledger.model import LANGUAGES, Language


def bundled(table: str) -> str:
    """The text of a table that ships with the package (beside this module: read as a file,
    where importlib.resources cost every run some 7 ms to import)."""
    return (Path(__file__).parent / table).read_text(encoding="utf-8")


def parse(text: str, table: str, arrays: tuple[str, ...]) -> dict[str, Any]:
    """A table's TOML, with nothing at the top but its [[arrays]]."""
    try:
        data = parsed.loads(text)  # parsed once per edit of the table
    except ValueError as exc:  # tomllib's TOMLDecodeError (imported only to parse)
        raise CatalogError(table, "(file)", f"not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - set(arrays))
    if unknown:
        raise CatalogError(table, "(file)", f"unknown top-level key(s) {', '.join(unknown)}")
    return data


def rows(data: dict[str, Any], key: str, table: str) -> list[dict[str, Any]]:
    """The [[key]] entries of a table; anything else there is an error."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise CatalogError(table, f"[[{key}]]", "must be an array of tables")
    return value


class Row:
    """One entry, read field by field; `done()` refuses the keys no reader asked for."""

    def __init__(self, table: str, kind: str, raw: dict[str, Any], label_key: str) -> None:
        self.table = table
        self.raw = raw
        label = raw.get(label_key)
        self.entry = (
            f"{kind} {label!r}" if isinstance(label, str) else f"{kind} without {label_key}"
        )
        self._read: set[str] = set()

    def fail(self, message: str) -> NoReturn:
        raise CatalogError(self.table, self.entry, message)

    def _get(self, key: str) -> Any:
        self._read.add(key)
        return self.raw.get(key)

    def text(self, key: str) -> str | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(f"`{key}` must be a non-empty string")
        return value

    def required(self, key: str) -> str:
        value = self.text(key)
        if value is None:
            self.fail(f"needs `{key}`")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], required: bool = False) -> str | None:
        value = self.required(key) if required else self.text(key)
        if value is not None and value not in allowed:
            self.fail(f"{key} {value!r} is not one of {', '.join(allowed)}")
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(f"`{key}` must be true or false")
        return value

    def texts(self, key: str, raw: Any = None, where: str | None = None) -> tuple[str, ...]:
        value = self._get(key) if raw is None else raw
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"`{where or key}` must be a list of non-empty strings")
        if len(set(value)) != len(value):
            self.fail(f"`{where or key}` lists a name twice")
        return tuple(value)

    def per_language(self, key: str) -> tuple[tuple[Language, tuple[str, ...]], ...]:
        """`key.ru`, `key.uk`, `key.en`: lists of names per language, in the model's order."""
        value = self._get(key)
        if value is None:
            return ()
        if not isinstance(value, dict):
            self.fail(f"`{key}` must be a table of languages ({key}.ru = [...])")
        unknown = sorted(set(value) - set(LANGUAGES))
        if unknown:
            self.fail(f"`{key}` has unknown language(s) {', '.join(unknown)}")
        return tuple(
            (lang, self.texts(key, value[lang], f"{key}.{lang}"))
            for lang in LANGUAGES
            if lang in value
        )

    def subtable(self, key: str) -> dict[str, Any] | None:
        value = self._get(key)
        if value is not None and not isinstance(value, dict):
            self.fail(f"`{key}` must be a table")
        return value

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self._get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"`{key}` must be a list of tables")
        return value

    def date(self, raw: dict[str, Any], key: str, where: str) -> date | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, date):
            self.fail(f"`{where}.{key}` must be a date (YYYY-MM-DD, unquoted)")
        return value

    def done(self) -> None:
        unknown = sorted(set(self.raw) - self._read)
        if unknown:
            self.fail(f"unknown key(s) {', '.join(unknown)}")

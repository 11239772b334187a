"""The source registry: maps a channel or site to the name, kind and side of its own voice.

A post in a channel's own voice gets its claimant from here (a Ministry's channel speaks as the
Ministry; a news channel speaks as an outlet). The default registry is every actor of the
catalogue with a handle or a title (claimledger/catalog/actors.toml); users add or override
entries with their own TOML file of [[source]] entries (`--sources FILE`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.catalog.actors import actors, handle_candidates, handle_key
from claimledger.errors import ClaimledgerError
from claimledger.model import CLAIMANT_KINDS, SIDES, Language


class RegistryError(ClaimledgerError, ValueError):
    """A registry file that cannot be used, with the file and entry named."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What a channel or outlet is as a source: the claimant's name, kind and side."""

    name: str
    kind: str  # a ClaimantKind: "outlet" for news media
    side: str | None

    @property
    def is_party(self) -> bool:
        """A ministry's or official's own channel rather than a news outlet."""
        return self.kind != "outlet"


_ENTRY_KEYS = frozenset({"name", "kind", "side", "ids", "names"})
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
_LATIN = (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"
).split()
_TRANSLIT = dict(zip(_CYRILLIC, _LATIN, strict=True))


def transliterate(name: str) -> str:
    """A readable Latin form of a Cyrillic channel name, for channels the registry lacks."""
    out = []
    for ch in name:
        low = ch.lower()
        lat = _TRANSLIT.get(low)
        if lat is None:
            out.append(ch)
            continue
        lat = "" if lat == "-" else lat
        out.append(lat.capitalize() if ch != low else lat)
    return "".join(out)


class SourceRegistry:
    """Look up sources by channel id, domain or exported channel title."""

    def __init__(self, entries: list[SourceInfo], keys: dict[str, SourceInfo]) -> None:
        self.entries = entries
        self._keys = keys
        # What each key looked up found: the actor reader asks for every capitalised word and
        # the two after it, post after post. Emptied whenever entries change.
        self._found: dict[str, SourceInfo | None] = {}
        self._sorted: list[str] | None = None  # the keys in order, for `may_start`
        self._starts: dict[str, bool] = {}  # `may_start`'s answers: the same words recur

    @classmethod
    def default(cls) -> SourceRegistry:
        """The catalogue's actors that have channels or sites: handles, then titles, as keys."""
        registry = cls([], {})
        for actor in actors():
            if actor.handles or actor.titles:
                info = SourceInfo(actor.name, actor.kind, actor.side)
                registry.entries.append(info)
                for key in (*actor.handles, *actor.titles):
                    registry._keys[handle_key(key)] = info
        return registry

    @classmethod
    def from_toml(cls, text: str, origin: str) -> SourceRegistry:
        registry = cls([], {})
        registry.update(text, origin)
        return registry

    def update(self, text: str, origin: str) -> None:
        """Add or override entries from TOML text; later entries win over earlier ones."""
        import tomllib  # a user's own file only: the bundled registry is the catalogue's

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RegistryError(f"{origin}: not valid TOML: {exc}") from exc
        raw_entries = data.get("source", [])
        if not isinstance(raw_entries, list):
            raise RegistryError(f"{origin}: `source` must be [[source]] entries (a table array)")
        unknown = sorted(set(data) - {"source"})
        if unknown:
            raise RegistryError(f"{origin}: unknown top-level key(s) {', '.join(unknown)}")
        # All entries are checked before any is added: a bad file changes nothing.
        parsed = [
            _parse_entry(raw, f"{origin}: [[source]] #{number}")
            for number, raw in enumerate(raw_entries, start=1)
        ]
        self._found.clear()
        self._sorted = None
        self._starts.clear()
        for info, keys in parsed:
            self.entries.append(info)
            for key in keys:
                self._keys[handle_key(key)] = info

    def load_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RegistryError(f"{path}: cannot read: {exc}") from exc
        self.update(text, str(path))

    def lookup(self, *keys: str | None) -> SourceInfo | None:
        """The first registered source among the given keys (channel id, username, title,
        domain or URL: a URL is looked up by its domain and path, then shorter paths)."""
        for key in keys:
            if not key:
                continue
            if key in self._found:
                info = self._found[key]
            else:
                info = self._lookup_one(key)
                if len(self._found) >= _FOUND_LIMIT:  # a stream of distinct addresses
                    self._found.clear()
                self._found[key] = info
            if info is not None:
                return info
        return None

    def may_start(self, word: str) -> bool:
        """Whether a name that opens with `word` may find a source: false when no key starts
        with it and it cannot open an address or id, whose key is not the name as written. The
        actor reader asks before looking up a capitalised word and the two after it (most
        capitalised words open no outlet's name)."""
        known = self._starts.get(word)
        if known is None:
            if len(self._starts) >= _FOUND_LIMIT:
                self._starts.clear()
            known = self._starts[word] = self._may_start(word)
        return known

    def _may_start(self, word: str) -> bool:
        start = " ".join(word.casefold().split())
        if "/" in start or start[:1] in _ID_OPENERS or any(
            opener.startswith(start) or start.startswith(opener) for opener in _ADDRESS_OPENERS
        ):
            return True
        if self._sorted is None:
            self._sorted = sorted(self._keys)
        return opens_some(self._sorted, start)

    def _lookup_one(self, key: str) -> SourceInfo | None:
        for candidate in handle_candidates(handle_key(key)):
            if info := self._keys.get(candidate):
                return info
        return None

    def voice(self, *keys: str | None) -> SourceInfo:
        """Who speaks in a report's own voice: the registered source or an unknown outlet,
        named by the first key that is a name rather than a numeric channel id."""
        info = self.lookup(*keys)
        if info is not None:
            return info
        given = [key.strip() for key in keys if key and key.strip()]
        named = [key for key in given if not key.lstrip("-").isdigit()]
        name = next(iter(named or given), None)
        return SourceInfo(transliterate(name) if name else "unknown outlet", "outlet", None)


_FOUND_LIMIT = 100_000


def opens_some(ordered: list[str], start: str) -> bool:
    """Whether some string of `ordered` (sorted) starts with `start`: the first not below it
    does, if any does."""
    at = bisect_left(ordered, start)
    return at < len(ordered) and ordered[at].startswith(start)

# How the names that `handle_key` rewrites open: an address, a handle, a numeric channel id.
_ADDRESS_OPENERS = ("www.", "t.me/", "telegram.me/")
_ID_OPENERS = "@-0123456789"

# Country-code top-level domains of the two sides; a site elsewhere is a third party's.
_SIDE_DOMAINS = {"ua": "ua", "ru": "ru", "su": "ru"}


# Words of a host that name a side's country: a site named for Ukraine ("promoteukraine.org",
# "kyivindependent.com") speaks for Ukraine under any domain. Russia has none here: sites named
# for it are as often its critics' or scholars' as its own.
_SIDE_HOST_WORDS = {"ukrain": "ua", "kyiv": "ua"}

# Languages that tell a site's side where its address does not: a site writing in Ukrainian is
# a Ukrainian outlet. Russian is also written by exiled and foreign media: no side by language.
_SIDE_LANGUAGES: dict[Language, str] = {"uk": "ua"}

# A GDELT file name (`gdelt-en:20220626T171500Z_GB_en_0770d0af47`) carries the country of the
# outlet that filed it.
_FILED_IN = re.compile(r"^gdelt-[a-z]+:\d{8}T\d{6}Z_([A-Z]{2})_")


# A syndicating site's credit to the outlet whose story it carries, opening the text:
# "(MENAFN- UkrinForm) Russian aggressors have struck ...".
_SYNDICATED = re.compile(r"\A\s*\((?:MENAFN)\s*-\s*([^()\n]{2,60}?)\s*\)")
# A wire dateline that credits the agency whose story a site carries: "TEL AVIV/BEIRUT
# (Reuters) – ...", "KYIV, Nov 22 (AP) — ...": a place in capitals, perhaps a date, the agency
# in brackets, a dash.
_CREDITED = re.compile(
    r"\A\s*[A-Z][A-Za-z .,'’/-]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s*\d{1,2})?\s*"
    r"\(([^()\n]{2,40})\)\s*[-–—]"
)


def syndicated_voice(text: str) -> SourceInfo | None:
    """The outlet a syndicated text credits at its start ("(MENAFN- UkrinForm)", a wire dateline's
    "(Reuters)"), when the registry knows it by name."""
    match = _SYNDICATED.match(text) or _CREDITED.match(text)
    if match is None:
        return None
    credited = match.group(1).casefold()
    for actor in actors():
        if actor.kind not in ("outlet", "media"):
            continue
        if credited in {n.casefold() for n in (actor.name, *actor.names("en"))}:
            return SourceInfo(actor.name, actor.kind, actor.side)
    return None


def site_voice(
    url: str | None, report_id: str = "", lang: Language | None = None
) -> SourceInfo:
    """The voice of a site the registry does not know, from its address: named by its host,
    on the side of its country-code domain (".ua", ".ru") or of a side's country its name
    names, else of its language (Ukrainian), else a third party's (`other`); a government
    domain (".gov.ua": a region's administration) speaks as an official. With no address, an
    outlet whose country the report's id tells (a GDELT file name) is on that country's side."""
    if not url:
        filed = _FILED_IN.match(report_id)
        side = _SIDE_DOMAINS.get(filed.group(1).lower(), "other") if filed else None
        return SourceInfo("unknown outlet", "outlet", side)
    host = handle_key(url).split("/", 1)[0].removeprefix("amp.")
    labels = host.rsplit(".", 2)
    kind = "official" if len(labels) == 3 and labels[1] == "gov" else "outlet"
    named = next((side for word, side in _SIDE_HOST_WORDS.items() if word in host), None)
    by_language = _SIDE_LANGUAGES.get(lang) if lang is not None else None
    side = _SIDE_DOMAINS.get(labels[-1]) or named or by_language or "other"
    return SourceInfo(host, kind, side)


def _parse_entry(raw: Any, where: str) -> tuple[SourceInfo, list[str]]:
    """The entry and its keys (ids, then names)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"]:
        raise RegistryError(f"{where}: needs a string `name`")
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        known = ", ".join(sorted(_ENTRY_KEYS))
        raise RegistryError(
            f"{where} ({raw['name']}): unknown key(s) {', '.join(unknown)}; known: {known}"
        )
    kind = raw.get("kind", "outlet")
    side = raw.get("side")
    if kind not in CLAIMANT_KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(CLAIMANT_KINDS)}")
    if side is not None and side not in SIDES:
        raise RegistryError(f"{where}: side {side!r} is not one of {', '.join(SIDES)}")
    keys = [*_keys(raw, "ids", where), *_keys(raw, "names", where)]
    return SourceInfo(raw["name"], kind, side), keys


def _keys(raw: dict[str, Any], field: str, where: str) -> list[str]:
    value = raw.get(field, [])
    if isinstance(value, str | int) and not isinstance(value, bool):
        value = [value]  # a single id written without brackets
    if not isinstance(value, list) or not all(
        isinstance(v, str | int) and not isinstance(v, bool) and str(v).strip() for v in value
    ):
        raise RegistryError(f"{where}: `{field}` must be a list of strings")
    return [str(v) for v in value]

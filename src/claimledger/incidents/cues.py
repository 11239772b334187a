"""What the words around a claim's number say about the account it belongs to.

Three facts the incident stage needs and the claim model does not carry: whether a number is an
update on top of what the same account said before ("ещё пять", "five more"), a running total
("всего 32", "so far"), or neither; whether an outlet gives it as its own information ("По
данным SHOT"); and whether it sits in an update appended to a post ("UPD:"), whose time is later
than the post's. The words are data (cues.toml), tried in every language on every report. The
sentence of the number is fingerprinted too, so that a sentence copied from another post is
recognised.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from claimledger.errors import CatalogError
from claimledger.incidents.simhash import simhash
from claimledger.model import LANGUAGES, Claim, Span

TABLE = "cues.toml"
_KEYS = ("increment", "increment_after", "total", "own_sources", "own_words", "late")
_WORD = re.compile(r"[\w'’]+", re.UNICODE)
# A sentence ends at . ! ? or a line break; "т.е." and decimals are rare in these posts, and a
# sentence cut short only narrows where a cue is looked for.
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_NEAR = 3  # words between a cue and its number, or an outlet's name and its own-sources cue
# Sentences shorter than this are said alike by independent reports ("Два БПЛА сбиты"): only
# longer ones are fingerprinted to find a sentence copied from another post.
COPY_MIN_WORDS = 10


@dataclass(frozen=True, slots=True)
class Cues:
    """A claim's cues: `update` is "increment", "total" or "" (a plain count)."""

    update: str = ""
    own_sources: bool = False
    late: bool = False
    sentence: int = 0  # SimHash of the number's sentence when long enough to tell copies


NO_CUES = Cues()


@dataclass(frozen=True, slots=True)
class _Table:
    increment: frozenset[str]
    increment_after: frozenset[str]
    total: tuple[tuple[str, ...], ...]
    own_sources: tuple[tuple[str, ...], ...]
    own_words: frozenset[str]
    late: frozenset[str]


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е").replace("’", "'")


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


@cache
def table() -> _Table:
    """The bundled cues of every language, merged: matching is language-blind."""
    text = resources.files("claimledger.incidents").joinpath(TABLE).read_text(encoding="utf-8")
    return load_table(text)


def load_table(text: str) -> _Table:
    data = tomllib.loads(text)
    merged: dict[str, list[str]] = {key: [] for key in _KEYS}
    for lang, entry in data.items():
        if lang not in LANGUAGES or not isinstance(entry, dict):
            raise CatalogError(TABLE, f"[{lang}]", "top-level tables are languages (en, ru, uk)")
        unknown = sorted(set(entry) - set(_KEYS))
        if unknown:
            raise CatalogError(TABLE, f"[{lang}]", f"unknown key(s) {', '.join(unknown)}")
        for key in _KEYS:
            values = entry.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise CatalogError(TABLE, f"[{lang}]", f"`{key}` must be a list of strings")
            merged[key] += values
    return _Table(
        increment=frozenset(_fold(w) for w in merged["increment"]),
        increment_after=frozenset(_fold(w) for w in merged["increment_after"]),
        total=tuple(tuple(_words(p)) for p in merged["total"]),
        own_sources=tuple(tuple(_words(p)) for p in merged["own_sources"]),
        own_words=frozenset(_fold(w) for w in merged["own_words"]),
        late=frozenset(_fold(w) for w in merged["late"]),
    )


def _has_phrase(words: list[str], phrase: tuple[str, ...]) -> int | None:
    """Where `phrase` starts in `words`, or None."""
    size = len(phrase)
    for i in range(len(words) - size + 1):
        if tuple(words[i : i + size]) == phrase:
            return i
    return None


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, position):
        start = match.end()
    end = _SENTENCE_END.search(text, position)
    return start, end.start() if end else len(text)


def _number(claim: Claim) -> Span:
    return claim.spans.get("number") or claim.evidence


def read_cues(
    text: str, claim: Claim, source: str | None = None, others: Sequence[Claim] = ()
) -> Cues:
    """The cues of one claim of a report's text; `source` names the outlet for own sources,
    `others` are the report's other claims."""
    number = _number(claim)
    start, end = number.start, max(number.end, number.start)
    if not text or not 0 <= start <= len(text) or text[start:end] != number.text:
        return NO_CUES  # offsets that do not fall on the text (a hand-made claim): no cue
    cues = table()
    first, last = _sentence(text, start)
    before = _words(text[first:start])[-_NEAR:]
    after = _words(text[end:last])[:1]
    sentence = _words(text[first:last])
    update = ""
    if any(_has_phrase(sentence, phrase) is not None for phrase in cues.total):
        update = "total"
    if cues.increment & set(before) or cues.increment_after & set(after):
        # "Погибла одна женщина, ещё десять человек ранены": "ещё" adds the injured to the
        # killed of the same sentence, not to an earlier count of the injured.
        other_before = any(
            o.action != claim.action and first <= _number(o).start < start for o in others
        )
        update = "" if other_before else "increment"
    late = bool(cues.late & set(_words(text[:start])))
    copyable = simhash(text[first:last]) if len(sentence) >= COPY_MIN_WORDS else 0
    return Cues(update, _own_sources(sentence, source, cues), late, copyable)


def _own_sources(sentence: list[str], source: str | None, cues: _Table) -> bool:
    names = {w for w in _words(source or "") if len(w) >= 3} | cues.own_words
    for phrase in cues.own_sources:
        at = _has_phrase(sentence, phrase)
        if at is None:
            continue
        end = at + len(phrase)
        around = sentence[max(0, at - _NEAR) : at] + sentence[end : end + _NEAR]
        if names & set(around):
            return True
    return False

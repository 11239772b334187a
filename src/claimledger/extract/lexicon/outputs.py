"""The roles the readers of quotes, markers, checks and media read (`extract/outputs/`).

A language's table fills them in `[outputs]` (word sets, quote marks, distance units) and in rows
of `[[markers]]` and `[[media]]`: token tests in a row, written as the pattern layer's elements
(grammar/patterns.py), so that "не может оперативно проверить", "не підтверджують" and "could not
be independently verified" are three rows of three tables and one reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, get_args

from claimledger.extract.lexicon.base import LexiconError, known_keys, strings
from claimledger.model import MarkerKind, MediaKind

MARKER_KINDS: tuple[str, ...] = get_args(MarkerKind)
MEDIA_KINDS: tuple[str, ...] = get_args(MediaKind)


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of `[[markers]]` or `[[media]]`: what a match names, and its token tests."""

    kind: str  # a marker kind; for media "video" or "photo", or "" to take it from the noun
    elements: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outputs:
    """What the readers of quotes, markers, checks and media know about one language."""

    # -- quotes --
    quote_marks: tuple[tuple[str, str], ...] = ()  # (opening, closing) pairs
    quote_verbs: frozenset[str] = frozenset()  # lemmas that open or close direct speech
    speaker_nouns: frozenset[str] = frozenset()  # nouns that describe a speaker ("житель")
    description_skips: frozenset[str] = frozenset()  # articles an apposition drops ("a")
    definite_articles: frozenset[str] = frozenset()  # "the governor": the one named before
    regional_titles: frozenset[str] = frozenset()  # "governor": "Governor (Kaluga region)"
    region_word: str = ""  # what follows a one-word region's name there ("region")
    lower_initial_titles: bool = False  # "Local resident X": "local resident"
    # -- markers (the rows name these sets as @role) --
    verify_verbs: frozenset[str] = frozenset()  # "проверить", "підтвердити", "verify"
    comment_words: frozenset[str] = frozenset()  # "комментировать", "коментар", "comment"
    # -- media --
    video_nouns: frozenset[str] = frozenset()  # "видео", "ролик", "footage"
    photo_nouns: frozenset[str] = frozenset()  # "фото", "знімок", "photo"
    media_verbs: frozenset[str] = frozenset()  # "опубликовать", "показати", "publish"
    # What footage is said to show is a description, not a claim: when set, a claim whose
    # evidence starts inside a media mention ("a video showing drones striking ...") is dropped.
    media_hides_claims: bool = False
    # -- checks --
    distance_units: Mapping[str, float] = field(default_factory=dict)  # "км" -> 1.0, "mile"
    compass_preps: frozenset[str] = frozenset()  # "к юго-западу", "на південний захід"
    reference_preps: frozenset[str] = frozenset()  # "от Москвы", "від Києва", "of Moscow"
    reference_fillers: frozenset[str] = frozenset()  # "of the Russian capital, Moscow"
    # -- rows --
    markers: tuple[Cue, ...] = ()
    media: tuple[Cue, ...] = ()

    def word_set(self, role: str) -> frozenset[str] | None:
        """A word set by its role's name, None when this is no word role of outputs."""
        if role not in OUTPUT_WORD_ROLES:
            return None
        value: frozenset[str] = getattr(self, role)
        return value


OUTPUT_WORD_ROLES = frozenset(
    f.name for f in fields(Outputs) if f.type in ("frozenset[str]", frozenset[str])
)
_FLAGS = ("media_hides_claims", "lower_initial_titles")
_KEYS = OUTPUT_WORD_ROLES | {"quote_marks", "distance_units", "region_word", *_FLAGS}


def parse_outputs(
    data: Mapping[str, Any], markers: Any, media: Any, table: str, word_roles: frozenset[str]
) -> Outputs:
    """The outputs roles of a table; `word_roles` are the other @roles a row may name."""
    known_keys(data, set(_KEYS), f"{table} [outputs]")
    marks = data.get("quote_marks", [])
    if not all(isinstance(p, list) and len(strings(p, table, "quote_marks")) == 2 for p in marks):
        raise LexiconError(f"{table}: quote_marks must be pairs of [opening, closing]")
    units = data.get("distance_units", {})
    if not all(isinstance(v, int | float) and v > 0 for v in units.values()):
        raise LexiconError(f"{table}: distance_units must give kilometres per unit")
    flags = {key: data.get(key, False) for key in _FLAGS}
    if not all(isinstance(value, bool) for value in flags.values()):
        raise LexiconError(f"{table}: {', '.join(_FLAGS)} must be true or false")
    region_word = data.get("region_word", "")
    if not isinstance(region_word, str):
        raise LexiconError(f"{table}: region_word must be a string")
    roles = word_roles | OUTPUT_WORD_ROLES
    return Outputs(
        region_word=region_word,
        media_hides_claims=flags["media_hides_claims"],
        lower_initial_titles=flags["lower_initial_titles"],
        quote_marks=tuple((a, b) for a, b in marks),
        distance_units=MappingProxyType({k: float(v) for k, v in units.items()}),
        markers=_cues(markers, table, "markers", MARKER_KINDS, roles),
        media=_cues(media, table, "media", ("", *MEDIA_KINDS), roles),
        **{
            key: frozenset(strings(value, table, key))
            for key, value in data.items()
            if key in OUTPUT_WORD_ROLES
        },
    )


def _cues(
    rows: Any, table: str, name: str, kinds: tuple[str, ...], roles: frozenset[str]
) -> tuple[Cue, ...]:
    out: list[Cue] = []
    for number, row in enumerate(rows, 1):
        kind = row.get("kind", "")
        if kind not in kinds:
            raise LexiconError(f"{table}: [[{name}]] row {number}: kind must be one of {kinds}")
        known_keys(row, {"kind", "match"}, f"{table} [[{name}]] row {number}")
        elements = tuple(strings(row.get("match"), table, f"[[{name}]] row {number}: match"))
        if not elements:
            raise LexiconError(f"{table}: [[{name}]] row {number}: an empty match")
        for element in elements:
            role = element.rstrip("?")[1:]
            if element.startswith("@") and role not in roles:
                raise LexiconError(f"{table}: [[{name}]] row {number}: no word role {role!r}")
        out.append(Cue(kind, elements))
    return tuple(out)

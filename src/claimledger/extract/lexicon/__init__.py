"""Rules as data: the words each language's grammar reads, one TOML table per language.

`lexicon(lang)` loads `<lang>.toml` of this package once. The code of the grammars never spells a
word of any language: it asks the lexicon for a role ("the verbs of speech", "the words before a
count that make it approximate"), so a language is added by writing its table (docs/extending.md).
The roles are the fields below; a table may leave any of them out (empty), and a key that is no
role is an error naming the table and the key, so a typo cannot silently disable a rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

from claimledger.catalog import parsed
from claimledger.extract.lexicon.base import LexiconError
from claimledger.extract.lexicon.base import known_keys as _known_keys
from claimledger.extract.lexicon.base import strings as _strings
from claimledger.extract.lexicon.outputs import Cue, Outputs, parse_outputs
from claimledger.extract.lexicon.roles import (
    EFFECTS,
    ActionWord,
    ActorIds,
    Detect,
    FastPath,
    Numbers,
    Pattern,
    Sequence_,
    Sequences,
    ZeroCasualties,
)
from claimledger.extract.lexicon.words import WORD_ROLES as _WORD_ROLES
from claimledger.extract.lexicon.words import Words
from claimledger.extract.lexicon.words import parse_words as _words
from claimledger.model import (
    ACTIONS,
    QUALIFIERS,
    WEAPONS,
    Language,
    Qualifier,
    Side,
    Weapon,
)

SCRIPTS = ("latin", "cyrillic")  # the alphabets extract/lang.py counts letters of
__all__ = [
    "ActionWord",
    "ActorIds",
    "Cue",
    "Detect",
    "FastPath",
    "Lexicon",
    "LexiconError",
    "Numbers",
    "Outputs",
    "Pattern",
    "Sequences",
    "Words",
    "ZeroCasualties",
    "lexicon",
    "parse_lexicon",
]


@dataclass(frozen=True, slots=True, eq=False)  # one per language, hashed by identity
class Lexicon:
    """Everything the grammars know about one language's words."""

    lang: Language
    # "razdel", "razdel_apostrophes" (an apostrophe inside a word is a letter) or "english"
    # (document/split.py)
    tokenizer: str = "razdel"
    morphology: str = "pymorphy"  # "pymorphy", "english" or "plain" (document/morphology.py)
    time_zone: str = "UTC"  # the zone a report's dates are local to ("Europe/Kyiv")
    model_reading: str = "loose"  # "strict": model names keep their case ("Кинжал" not "кинжал")
    # Nouns before a weapon noun modify it, as adjectives do ("Shahed attack drones", English);
    # where nouns follow their head (Russian "ракеты ВСУ"), they do not.
    noun_adjuncts: bool = False
    # Whether a claim's attacker may be inferred as the side opposed to its claimant or to the
    # place's authorities, and an unplaced count located in the country attacked (Russian and
    # Ukrainian posts speak of one war); else the words say it, or the claim before it does.
    infer_sides: bool = True
    # An outlet's own count with no place is of the country attacked (a Ukrainian site's
    # "застосували дві балістичні ракети"); off where unknown places ("над городом") are common.
    outlet_country: bool = False
    # The place "the capital" names in the language's own news ("у столиці": Kyiv), if any.
    home_capital: str | None = None
    # The quarters (city districts) of cities a report names them in, by the city's code, as
    # the adjective's lemma: "в Оболонском районе" of a Kyiv report is Kyiv, not the Obolon of
    # Poltava Oblast the gazetteer knows (mentions/places.py).
    city_quarters: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Whether a headline's counts are claims of their own where the body does not tell them
    # again (a Telegram post's header is); English news headlines sum up their body.
    headline_claims: bool = True
    # Whether a cue that refers back ("— сказали там") reaches the last named speaker over
    # paragraphs (Russian news quoting a ministry in a paragraph of its own); English "he said"
    # stays within its paragraph.
    back_over_paragraphs: bool = False
    # Whether a town placed by the sentences before is its region where the words naming the
    # claim's official name the region ("..., said Dnipropetrovsk Governor Serhiy Lysak"), as
    # the gold of English and Ukrainian news has it; Russian channels keep the town.
    attribution_widens_towns: bool = False
    # How many days before its publication a claim may be dated and still be the report's news;
    # older ones recall another attack (history). None: no limit.
    recent_days: int | None = None
    # How many sentences after a weapon claim that no words placed may name its sea or country
    # ("... shot down two drones. The destroyer is patrolling the Red Sea."); 0: none.
    places_ahead: int = 0
    # Whether "Про це повідомили X" at the end of a paragraph signs the whole paragraph above it
    # (Ukrainian news closing a summary of several sentences), not the sentence before alone.
    this_signs_paragraph: bool = False
    # Whether "..., the air force said." signs the sentences of its paragraph before it too.
    said_signs_paragraph: bool = False
    # Whether a region's official a report relays speaks for its unsigned sentences before the
    # official is named too (a Telegram relay opens with the official's words unsigned); an
    # English wire names a governor mid-story, and its lede is its own.
    official_leads_back: bool = True
    # Whether a national ministry's count keeps the region of its context where the whole
    # report names that region alone (resolve/settle.py).
    sole_region_context: bool = False
    # How many sentences back an air attack named by its adjective ("ракетного удару") counts
    # later victims (0: none).
    named_attack_context: int = 0
    # Which of several class adjectives names a missile's kind: the one nearest the noun
    # ("anti-ship ballistic missile": ballistic) where the head ends its phrase (English), else
    # the first written ("балістичні/зенітні ракети").
    nearest_kind: bool = False
    # Whether a weekday names a date with no preposition before it ("launched by the Houthis
    # Wednesday", "Thursday's strikes"), as American news writes it.
    bare_weekdays: bool = False
    actions: Mapping[str, ActionWord] = field(default_factory=dict)
    words: Words = field(default_factory=Words)
    numbers: Numbers = field(default_factory=Numbers)
    detect: Detect = field(default_factory=Detect)
    sequences: Sequences = field(default_factory=Sequences)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    months: Mapping[str, int] = field(default_factory=dict)
    round_nouns: Mapping[str, int] = field(default_factory=dict)  # "десяток": 10
    # A region's nickname that names it only after a head word: "глава Дона" is the head of
    # Rostov Oblast, while "Дон" alone is the river (mentions/actors.py).
    head_epithets: Mapping[str, str] = field(default_factory=dict)
    # "Israeli air defences": the country a body named without its own is of (resolve/settle.py)
    country_adjectives: Mapping[str, str] = field(default_factory=dict)
    weapon_adjectives: Mapping[str, Side] = field(default_factory=dict)  # "украинский" -> ua
    owner_words: Mapping[str, Side] = field(default_factory=dict)  # "ракеты ВСУ" -> ua
    subject_sides: Mapping[str, Side] = field(default_factory=dict)  # "Россия атаковала" -> ru
    side_adjectives: Mapping[str, Side] = field(default_factory=dict)  # "российские военные"
    # Heads that name a weapon only after certain words: "беспилотный летательный аппарат" (uav),
    # "воздушная цель" (None: air targets of mixed kinds).
    compound_heads: Mapping[str, tuple[frozenset[str], Weapon | None]] = field(default_factory=dict)
    # Heads that name a weapon only before certain words: "засіб повітряного нападу" (None).
    compound_tails: Mapping[str, tuple[frozenset[str], Weapon | None]] = field(default_factory=dict)
    relative_days: tuple[tuple[Sequence_, int], ...] = ()  # "вчера" -> 1 day back
    qualifiers: tuple[tuple[Sequence_, Qualifier], ...] = ()  # "не менее" -> at_least
    qualifier_fillers: frozenset[str] = frozenset()  # "более чем 50"
    zero_casualties: ZeroCasualties = field(default_factory=ZeroCasualties)
    actor_ids: ActorIds = field(default_factory=ActorIds)
    patterns: tuple[Pattern, ...] = ()
    fastpath: FastPath = field(default_factory=FastPath)
    outputs: Outputs = field(default_factory=Outputs)  # what quotes, markers, checks, media read
    # How many sentences back a weapon named with an action makes a casualty one of the air
    # war: a Telegram post's next few; a regional administration's whole report in Ukrainian.
    air_context: int = 3
    air_context_ahead: int = 0  # ... and how many after (a headline of victims before the attack)
    # The same reach for a denial ("пострадавших нет"): a governor's closing line paragraphs
    # after the drone; it counts nobody, so a wide reach adds no victims. -1: as air_context.
    denial_context: int = -1
    denial_context_ahead: int = -1

    @property
    def action_words(self) -> frozenset[str]:
        return frozenset(self.actions)

    def word_set(self, role: str) -> frozenset[str]:
        """A word set by its role's name (the patterns' and cues' @role)."""
        found = self.outputs.word_set(role)
        if found is not None:
            return found
        value: frozenset[str] = getattr(self.words, role)
        return value


def _sequences(data: Mapping[str, Any], table: str) -> Sequences:
    known = {f.name for f in fields(Sequences)}
    _known_keys(data, known, f"{table} [sequences]")
    return Sequences(
        **{key: tuple(tuple(_strings(s, table, key)) for s in value) for key, value in data.items()}
    )


def _actions(data: Mapping[str, Any], table: str) -> Mapping[str, ActionWord]:
    out: dict[str, ActionWord] = {}
    for lemma, spec in data.items():
        if spec.get("action") not in ACTIONS:
            raise LexiconError(f"{table}: action of {lemma!r} must be one of {ACTIONS}")
        try:
            out[lemma] = ActionWord(
                action=spec["action"],
                rank=int(spec["rank"]),
                partners=frozenset(spec.get("partners", ())),
                reach=int(spec.get("reach", 2)),
                before_only=bool(spec.get("before_only", False)),
                foils=frozenset(spec.get("foils", ())),
                weak=bool(spec.get("weak", False)),
                finite_only=bool(spec.get("finite_only", False)),
                verb_only=bool(spec.get("verb_only", False)),
                passive_only=bool(spec.get("passive_only", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise LexiconError(f"{table}: action {lemma!r}: {exc}") from None
    return MappingProxyType(out)


def _zero_casualties(data: Mapping[str, Any], table: str) -> ZeroCasualties:
    _known_keys(
        data, {"words", "damage", "patterns", "no_news", "other"}, f"{table} [zero_casualties]"
    )
    words = {
        w: frozenset(_strings(acts, table, f"zero_casualties.words.{w}"))
        for w, acts in data.get("words", {}).items()
    }
    if any(not acts <= set(ACTIONS) for acts in words.values()):
        raise LexiconError(f"{table}: zero_casualties.words must name actions")
    none = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    damage = "(?:" + "|".join(_strings(data.get("damage", []), table, "damage")) + ")"

    def compile_(pattern: str, key: str) -> re.Pattern[str]:
        try:
            return re.compile(
                pattern.replace("{none}", none).replace("{damage}", damage), re.IGNORECASE
            )
        except re.error as exc:
            raise LexiconError(f"{table}: zero_casualties.{key}: {exc}") from None

    return ZeroCasualties(
        words=MappingProxyType(words),  # type: ignore[arg-type]
        patterns=tuple(
            compile_(r"(?<![\w])(?:" + p + r")(?![\w])", "patterns")
            for p in _strings(data.get("patterns", []), table, "patterns")
        ),
        no_news=compile_(data["no_news"], "no_news") if "no_news" in data else None,
        other=compile_(data["other"], "other") if "other" in data else None,
    )


def _actor_ids(data: Mapping[str, Any], table: str) -> ActorIds:
    _known_keys(data, {f.name for f in fields(ActorIds)}, f"{table} [actor_ids]")
    return ActorIds(**{key: str(value) for key, value in data.items()})


def _compound_heads(
    data: Mapping[str, Any], table: str, words: str = "after"
) -> Mapping[str, tuple[frozenset[str], Weapon | None]]:
    """Heads with the words that must stand `after` them (they come after the words: "воздушная
    цель") or `before` them (the head comes before the words: "засіб повітряного нападу")."""
    out: dict[str, tuple[frozenset[str], Weapon | None]] = {}
    for head, spec in data.items():
        weapon = spec.get("weapon") or None
        if weapon is not None and weapon not in WEAPONS:
            raise LexiconError(f"{table}: compound head {head!r}: unknown weapon {weapon!r}")
        _known_keys(spec, {words, "weapon"}, f"{table}: compound head {head!r}")
        out[head] = (frozenset(_strings(spec.get(words, []), table, head)), weapon)
    return MappingProxyType(out)


def _fastpath(data: Mapping[str, Any], table: str) -> FastPath:
    _known_keys(data, {f.name for f in fields(FastPath)}, f"{table} [fastpath]")
    words = {key: tuple(_strings(v, table, key)) for key, v in data.items() if key != "window"}
    return FastPath(**words, window=_whole(data.get("window"), table, "[fastpath] window"))


def _patterns(rows: Any, table: str) -> tuple[Pattern, ...]:
    out: list[Pattern] = []
    for row in rows:
        name, match, effect = row.get("name"), row.get("match"), row.get("effect")
        if not isinstance(name, str) or not name:
            raise LexiconError(f"{table}: every pattern needs a name")
        if effect not in EFFECTS:
            raise LexiconError(f"{table}: pattern {name!r}: effect must be one of {EFFECTS}")
        elements = _strings(match, table, f"pattern {name!r}: match")
        if not elements or "^" in elements[1:]:
            raise LexiconError(f"{table}: pattern {name!r}: ^ only as the first element")
        for element in elements:
            role = element.rstrip("?")[1:]
            if element.startswith("@") and role not in _WORD_ROLES:
                raise LexiconError(f"{table}: pattern {name!r}: no word role {role!r}")
        out.append(Pattern(name, tuple(elements), effect))
    return tuple(out)


def _sides(data: Mapping[str, Any], table: str, key: str) -> Mapping[str, Side]:
    sides = get_args(Side)
    for word, side in data.get(key, {}).items():
        if side not in sides:
            raise LexiconError(f"{table}: {key}.{word} must be one of {sides}")
    return MappingProxyType(dict(data.get(key, {})))


def _whole(value: Any, table: str, key: str) -> int | None:
    """A count of days, places or characters the table gives (None where it gives none)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise LexiconError(f"{table}: {key} must be a whole number")
    return value


def parse_lexicon(text: str, table: str) -> Lexicon:
    """A lexicon from the text of a TOML table (`table` names it in messages)."""
    try:
        data = parsed.loads(text)  # parsed once per edit of the table
    except ValueError as exc:  # tomllib's TOMLDecodeError (imported only to parse)
        raise LexiconError(f"{table}: not valid TOML: {exc}") from None
    top = {
        "lang",
        "tokenizer", "morphology", "time_zone", "model_reading", "noun_adjuncts", "infer_sides",
        "outlet_country", "home_capital", "city_quarters", "headline_claims",
        "back_over_paragraphs", "attribution_widens_towns", "recent_days", "places_ahead",
        "this_signs_paragraph", "said_signs_paragraph", "official_leads_back",
        "sole_region_context", "named_attack_context", "nearest_kind", "bare_weekdays",
        "actions",
        "words",
        "numbers",
        "detect",
        "sequences",
        "maps",
        "sides",
        "relative_days",
        "qualifiers",
        "qualifier_fillers",
        "zero_casualties",
        "actor_ids",
        "compound_heads",
        "compound_tails",
        "patterns",
        "fastpath",
        "outputs",
        "markers",
        "media",
        "air_context",
        "air_context_ahead",
        "denial_context",
        "denial_context_ahead",
    }
    _known_keys(data, top, table)
    maps, sides = data.get("maps", {}), data.get("sides", {})
    _known_keys(
        maps,
        {"weekdays", "months", "round_nouns", "head_epithets", "country_adjectives"},
        f"{table} [maps]",
    )
    _known_keys(
        sides,
        {"weapon_adjectives", "owner_words", "subject_sides", "side_adjectives"},
        f"{table} [sides]",
    )
    qualifiers = tuple((tuple(words), q) for q, words in data.get("qualifiers", []))
    if any(q not in QUALIFIERS for _, q in qualifiers):
        raise LexiconError(f"{table}: qualifiers must be among {QUALIFIERS}")
    return Lexicon(
        lang=data["lang"],
        tokenizer=data.get("tokenizer", "razdel"),
        morphology=_choice(data, "morphology", ("pymorphy", "english", "plain"), table),
        time_zone=str(data.get("time_zone", "UTC")),
        model_reading=_choice(data, "model_reading", ("loose", "strict"), table),
        noun_adjuncts=bool(data.get("noun_adjuncts", False)),
        infer_sides=bool(data.get("infer_sides", True)),
        outlet_country=bool(data.get("outlet_country", False)),
        home_capital=str(data["home_capital"]) if "home_capital" in data else None,
        city_quarters={
            str(code): frozenset(str(w) for w in words)
            for code, words in data.get("city_quarters", {}).items()
        },
        headline_claims=bool(data.get("headline_claims", True)),
        back_over_paragraphs=bool(data.get("back_over_paragraphs", False)),
        attribution_widens_towns=bool(data.get("attribution_widens_towns", False)),
        recent_days=_whole(data.get("recent_days"), table, "recent_days"),
        places_ahead=_whole(data.get("places_ahead", 0), table, "places_ahead") or 0,
        this_signs_paragraph=bool(data.get("this_signs_paragraph", False)),
        official_leads_back=bool(data.get("official_leads_back", True)),
        said_signs_paragraph=bool(data.get("said_signs_paragraph", False)),
        sole_region_context=bool(data.get("sole_region_context", False)),
        named_attack_context=int(data.get("named_attack_context", 0)),
        nearest_kind=bool(data.get("nearest_kind", False)),
        bare_weekdays=bool(data.get("bare_weekdays", False)),
        actions=_actions(data.get("actions", {}), table),
        words=_words(data.get("words", {}), table),
        numbers=_numbers(data.get("numbers", {}), table),
        detect=_detect(data.get("detect", {}), table),
        sequences=_sequences(data.get("sequences", {}), table),
        weekdays=MappingProxyType(dict(maps.get("weekdays", {}))),
        months=MappingProxyType(dict(maps.get("months", {}))),
        round_nouns=MappingProxyType(dict(maps.get("round_nouns", {}))),
        head_epithets=MappingProxyType(
            {str(k): str(v) for k, v in maps.get("head_epithets", {}).items()}
        ),
        country_adjectives=MappingProxyType(
            {str(k): str(v) for k, v in maps.get("country_adjectives", {}).items()}
        ),
        weapon_adjectives=_sides(sides, table, "weapon_adjectives"),
        owner_words=_sides(sides, table, "owner_words"),
        subject_sides=_sides(sides, table, "subject_sides"),
        side_adjectives=_sides(sides, table, "side_adjectives"),
        relative_days=tuple(
            (tuple(words), int(days)) for days, words in data.get("relative_days", [])
        ),
        qualifiers=qualifiers,
        qualifier_fillers=frozenset(data.get("qualifier_fillers", [])),
        zero_casualties=_zero_casualties(data.get("zero_casualties", {}), table),
        actor_ids=_actor_ids(data.get("actor_ids", {}), table),
        compound_heads=_compound_heads(data.get("compound_heads", {}), table),
        compound_tails=_compound_heads(data.get("compound_tails", {}), table, "before"),
        patterns=_patterns(data.get("patterns", []), table),
        fastpath=_fastpath(data.get("fastpath", {}), table),
        outputs=parse_outputs(
            data.get("outputs", {}), data.get("markers", []), data.get("media", []), table,
            _WORD_ROLES,
        ),
        air_context=int(data.get("air_context", 3)),
        air_context_ahead=int(data.get("air_context_ahead", 0)),
        denial_context=int(data.get("denial_context", -1)),
        denial_context_ahead=int(data.get("denial_context_ahead", -1)),
    )


_NUMBER_SETS = ("multipliers", "hundreds", "connectors", "halves")


def _numbers(data: Mapping[str, Any], table: str) -> Numbers:
    _known_keys(data, {"words", *_NUMBER_SETS}, f"{table} [numbers]")
    words = data.get("words", {})
    if not all(isinstance(v, int) and v >= 0 for v in words.values()):
        raise LexiconError(f"{table}: [numbers.words] must give whole numbers")
    sets = {
        key: frozenset(_strings(data.get(key, []), table, f"numbers.{key}"))
        for key in _NUMBER_SETS
    }
    return Numbers(words=MappingProxyType(dict(words)), **sets)


def _detect(data: Mapping[str, Any], table: str) -> Detect:
    _known_keys(data, {"script", "weight", "letters", "words"}, f"{table} [detect]")
    script = _choice(data, "script", SCRIPTS, table)
    weight, letters = data.get("weight", 1), data.get("letters", "")
    if not (isinstance(weight, int) and weight > 0 and isinstance(letters, str)):
        raise LexiconError(f"{table}: [detect] weight must be a whole number, letters a string")
    words = frozenset(_strings(data.get("words", []), table, "detect.words"))
    return Detect(script, weight, letters, words)


def _choice(data: Mapping[str, Any], key: str, allowed: tuple[str, ...], table: str) -> str:
    value = data.get(key, allowed[0])
    if value not in allowed:
        raise LexiconError(f"{table}: {key} must be one of {allowed}")
    return str(value)


_LOADED: dict[str, Lexicon] = {}


# The package's own tables lie beside this module (read as files: importlib.resources, which
# would read them from a zip too, cost every run some 7 ms to import, and claimledger is
# installed as files).
_HERE = Path(__file__).parent


def lexicon(lang: Language) -> Lexicon:
    """The lexicon of a language: one installed with `install`, else this package's
    `<lang>.toml`, loaded once."""
    found = _LOADED.get(lang)
    if found is None:
        name = f"{lang}.toml"
        text = (_HERE / name).read_text(encoding="utf-8")
        found = parse_lexicon(text, f"claimledger/extract/lexicon/{name}")
        if found.lang != lang:
            raise LexiconError(f"{name}: lang is {found.lang!r}, expected {lang!r}")
        _LOADED[lang] = found
    return found


def known(lang: str) -> bool:
    """Whether a language has a lexicon: installed, or a table of this package."""
    return lang in _LOADED or (_HERE / f"{lang}.toml").is_file()


def install(text: str, table: str = "lexicon") -> Lexicon:
    """Read a lexicon table from its text and make it its language's lexicon (a language, or
    a change to one, tried before its table joins this package: docs/extending.md)."""
    loaded = parse_lexicon(text, table)
    _LOADED[loaded.lang] = loaded
    return loaded


def uninstall(lang: str) -> None:
    """Forget an installed lexicon: the next `lexicon(lang)` reads the package's table."""
    _LOADED.pop(lang, None)

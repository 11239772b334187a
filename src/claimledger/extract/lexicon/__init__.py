"""Rules as data: the words each language's grammar reads, one TOML table per language.

`lexicon(lang)` loads `<lang>.toml` of this package once. The code of the grammars never spells a
word of any language: it asks the lexicon for a role ("the verbs of speech", "the words before a
count that make it approximate"), so a language is added by writing its table (docs/extending.md).
The roles are the fields below; a table may leave any of them out (empty), and a key that is no
role is an error naming the table and the key, so a typo cannot silently disable a rule.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Literal, get_args

from claimledger.extract.lexicon.base import LexiconError
from claimledger.extract.lexicon.base import known_keys as _known_keys
from claimledger.extract.lexicon.base import strings as _strings
from claimledger.extract.lexicon.outputs import Cue, Outputs, parse_outputs
from claimledger.model import (
    ACTIONS,
    QUALIFIERS,
    WEAPONS,
    Action,
    Language,
    Qualifier,
    Side,
    Weapon,
)

Sequence_ = tuple[str, ...]
__all__ = ["Cue", "Lexicon", "LexiconError", "Outputs", "Pattern", "lexicon", "parse_lexicon"]


@dataclass(frozen=True, slots=True)
class ActionWord:
    """A word that names an action, with its rank: the strongest action of a clause wins."""

    action: Action
    rank: int
    # Lemmas of which one must stand within `reach` tokens before or after ("цель" for "достичь").
    partners: frozenset[str] = frozenset()
    reach: int = 2
    before_only: bool = False  # the partner must come first ("локационно потеряно")
    weak: bool = False  # motion verbs ("летело"): launched only when nothing else is said
    finite_only: bool = False  # only a finite verb counts ("летело"), not "летевших"
    verb_only: bool = False  # not as a noun: "impacted" is a hit, "its relentless impact" none


@dataclass(frozen=True, slots=True)
class Words:
    """Named sets of words (lemmas, or lower-case forms where matched on the surface)."""

    # -- counts --
    victim_nouns: frozenset[str] = frozenset()  # nouns counting people ("человек", "житель")
    collective_numerals: frozenset[str] = frozenset()  # "двое": a count of people by itself
    not_counts: frozenset[str] = frozenset()  # number words that count nothing here ("пара")
    pronouns_after_from: frozenset[str] = frozenset()  # "из них", "из которых"
    one_of: frozenset[str] = frozenset()  # "одна з яких влучила": one of them counts, acting
    quotes: frozenset[str] = frozenset()  # quote marks between a number and its noun
    growth_verbs: frozenset[str] = frozenset()  # "возросло до 4": "до" is no upper bound
    all_words: frozenset[str] = frozenset()  # "все беспилотники": as many as counted before
    total_words: frozenset[str] = frozenset()  # "всего": the total of all places
    adding: frozenset[str] = frozenset()  # "добавил ещё пять": more of the same
    object_particles: frozenset[str] = frozenset()  # "сбили лишь одну": a bare object count
    single_blockers: frozenset[str] = frozenset()  # "каждый БПЛА": no single weapon meant
    single_victims: frozenset[str] = frozenset()  # nouns naming one person ("женщина погибла")
    item_nouns: frozenset[str] = frozenset()  # "пять штук": a count of items
    elliptic_nouns: frozenset[str] = frozenset()  # "34 others vanished": the weapon said before
    thousands: frozenset[str] = frozenset()  # "тысячи ракет": no number in the plural
    each_words: frozenset[str] = frozenset()  # "по 3 над A, B и C": each place gets 3
    from_words: frozenset[str] = frozenset()  # "пять из шести", "40 из них", "28 of 31"
    articles: frozenset[str] = frozenset()  # "a drone": one, right before a weapon phrase
    ordinals: frozenset[str] = frozenset()  # "a fifth drone": which one, not how many
    from_fillers: frozenset[str] = frozenset()  # "28 out of the 31": between a part and its whole
    relative_pronouns: frozenset[str] = frozenset()  # "из них", "из которых", "of them"
    relative_openers: frozenset[str] = frozenset()  # ", which lies between ...": no more places
    neither: frozenset[str] = frozenset()  # "ни одной ракеты": none
    range_from: frozenset[str] = frozenset()  # "от 30 до 50": a range, no count
    range_to: frozenset[str] = frozenset()
    more_words: frozenset[str] = frozenset()  # "ещё пять", "five more"
    and_words: frozenset[str] = frozenset()  # coordination: "около 120 ракет и 90 дронов"
    over_words: frozenset[str] = frozenset()  # "над областями": seen over places
    type_words: frozenset[str] = frozenset()  # "БПЛА типа ...": a type named after it
    # -- actions --
    auxiliaries: frozenset[str] = frozenset()  # verbs with no action of their own ("быть")
    negations: frozenset[str] = frozenset()  # "не", "ни": the action did not happen
    question_particles: frozenset[str] = frozenset()  # "был ли сбит": asked, not said
    be_forms: frozenset[str] = frozenset()  # forms of "to be" between a negation and its verb
    failed: frozenset[str] = frozenset()  # "не удалось сбить": the attempt failed
    forecast: frozenset[str] = frozenset()  # "может применить": a plan or a threat
    ground_targets: frozenset[str] = frozenset()  # "удар по позициям": the ground war
    shot_down: frozenset[str] = frozenset()  # the actions that down aircraft and helicopters
    strike_nouns: frozenset[str] = frozenset()  # "удар", "атака"
    event_nouns: frozenset[str] = frozenset()  # nouns of one event of one weapon ("попадание")
    launch_verbs: frozenset[str] = frozenset()  # "все 14 запущенных": launched as well
    attempt: frozenset[str] = frozenset()  # "попытался атаковать": launched, not hit
    hit_by_genitive: frozenset[str] = frozenset()  # "удар дрона" (genitive): the drone hit
    attack_verbs: frozenset[str] = frozenset()  # "беспилотник атаковал дом": one drone hit it
    shelling: frozenset[str] = frozenset()  # "ракетный обстрел": an air attack with an adjective
    air_event_words: frozenset[str] = frozenset()  # "авиаудар": an air attack by itself
    debris: frozenset[str] = frozenset()  # "уламки дрона": pieces of a weapon, no weapon itself
    air_adjectives: frozenset[str] = frozenset()  # "ракетный удар"
    hostile_adjectives: frozenset[str] = frozenset()  # "вражеский": the other side's weapon
    ground_prefixes: frozenset[str] = frozenset()  # "FPV-дроны" strike troops: no air war
    model_linkers: frozenset[str] = frozenset()  # between a weapon noun and its model
    model_plurals: frozenset[str] = frozenset()  # endings a model's name takes: "Shaheds"
    possessive_marks: frozenset[str] = frozenset()  # "Russia's missiles": an owner before a head
    owner_preps: frozenset[str] = frozenset()  # "the ministry of Russia": its country after it
    # -- clauses and lists --
    abbreviations: frozenset[str] = frozenset()  # "у м. Харків": no sentence ends after "м."
    dashes: frozenset[str] = frozenset()
    item_breaks: frozenset[str] = frozenset()  # words and marks between list items
    list_openers: frozenset[str] = frozenset()  # marks a breakdown follows (":" when empty)
    clause_breaks: frozenset[str] = frozenset()  # marks between clauses
    statement_breaks: frozenset[str] = frozenset()  # "...; air defence destroyed": a new statement
    # -- places --
    motion: frozenset[str] = frozenset()  # "летевших на Москву": a destination
    toward: frozenset[str] = frozenset()  # the prepositions of such a destination
    near_preps: frozenset[str] = frozenset()  # "под Курском": the town's surroundings
    origin_preps: frozenset[str] = frozenset()  # "из Тамбовской области": where from
    agent_preps: frozenset[str] = frozenset()  # "launched by Russia": the country acts
    instrument_preps: frozenset[str] = frozenset()  # "struck Kyiv with 20 drones": launched
    target_preps: frozenset[str] = frozenset()  # "crashed into a drone": what was hit, no weapon
    not_a_location_before: frozenset[str] = frozenset()  # "аэродром Курск": a site near a town
    force_words: frozenset[str] = frozenset()  # "армия России": the country acts
    defence_nouns: frozenset[str] = frozenset()  # "Ukraine's air defences": the country's own sky
    many_regions: frozenset[str] = frozenset()  # "над 9 регионами": many regions of a country
    region_of: frozenset[str] = frozenset()  # "the region of Chernihiv": the town's region
    area_nouns: frozenset[str] = frozenset()  # "над территорией области": the place itself
    own_possessives: frozenset[str] = frozenset()  # "над его областью": the speaker's own
    region_nouns: frozenset[str] = frozenset()  # forms of "region" after such a possessive
    # -- speakers --
    speech_verbs: frozenset[str] = frozenset()
    aside_openers: frozenset[str] = frozenset()  # "X, speaking on condition of anonymity, said"
    addressee_verbs: frozenset[str] = frozenset()  # "told Reuters": the one told follows the verb
    supposing_verbs: frozenset[str] = frozenset()  # "предполагают": an opinion, a turn ends
    impersonal: frozenset[str] = frozenset()  # "сообщается": no one named
    possessives: frozenset[str] = frozenset()  # "по его данным": the last speaker
    skippable: frozenset[str] = frozenset()  # words between a cue and its actor
    plural_only_groups: frozenset[str] = frozenset()  # "власти" (plural) are authorities
    back_references: frozenset[str] = frozenset()  # "в ведомстве": the body named before
    back_pronouns: frozenset[str] = frozenset()  # "он", "она", "они"
    source_persons: frozenset[str] = frozenset()  # "по словам собеседника": an unnamed source
    account_nouns: frozenset[str] = frozenset()  # "по версии": what follows is an account
    role_words: frozenset[str] = frozenset()  # "губернатор", "мэр"
    mayor_words: frozenset[str] = frozenset()  # the role words that name a mayor
    head_words: frozenset[str] = frozenset()  # "глава": a head only of what follows
    administrations: frozenset[str] = frozenset()  # "Харківська ОВА": a region's own body
    head_of: frozenset[str] = frozenset()  # "глава региона"
    role_links: frozenset[str] = frozenset()  # "the governor of the Kursk region": role to region
    region_words: frozenset[str] = frozenset()  # "губернатор региона": part of the title
    acting: frozenset[str] = frozenset()  # "врио губернатора", "acting governor"
    back_reference_preps: frozenset[str] = frozenset()  # "в ведомстве": the body named before
    said_about: frozenset[str] = frozenset()  # "говорится о": no one named
    about_words: frozenset[str] = frozenset()
    possessive_openers: frozenset[str] = frozenset()  # "по его данным"
    possessive_nouns: frozenset[str] = frozenset()
    back_openers: frozenset[str] = frozenset()  # "согласно заявлению": the one named before
    complementizers: frozenset[str] = frozenset()  # "что": a speaker's clause ends before it
    subject_force_words: frozenset[str] = frozenset()  # "российские военные": the acting side
    indeclinable_subjects: frozenset[str] = frozenset()  # "ВСУ выпустили": a subject in any case
    needs_forces_before: frozenset[str] = frozenset()  # "РФ" acts only as "ВС РФ"
    forces_abbreviations: frozenset[str] = frozenset()  # "ВС"
    # -- dates --
    week_openers: frozenset[str] = frozenset()  # "в пятницу", "утром среды"
    clock_words: frozenset[str] = frozenset()  # "утра", "часов", "мск"
    first_date_words: frozenset[str] = frozenset()  # words a date expression may start with
    clock_openers: frozenset[str] = frozenset()  # "в 4:50", "около 2 часов", "с 5 до 7"
    clock_from: frozenset[str] = frozenset()  # "с 5 до 7", "в ночь с 9 на 10"
    clock_zones: frozenset[str] = frozenset()  # "0700 GMT": a four-digit time, no count
    # Words that carry "from" on to a place further on: "launched from S-300 systems located
    # in the Donetsk region" (the launchers' place is an origin too).
    origin_links: frozenset[str] = frozenset()
    night_in: frozenset[str] = frozenset()  # "в ночь на пятницу"
    night_words: frozenset[str] = frozenset()  # "ночь"
    night_to: frozenset[str] = frozenset()  # "в ночь на пятницу": the morning it ends in
    weekday_nights: frozenset[str] = frozenset()  # "on Thursday night": the night after Thursday
    year_words: frozenset[str] = frozenset()  # "2024 года", "в 2023 году"
    in_words: frozenset[str] = frozenset()  # "в сентябре": another time
    span_tail: frozenset[str] = frozenset()  # "за последние три дня": the rest of a span


@dataclass(frozen=True, slots=True)
class Sequences:
    """Named lists of word sequences (lower-case forms, in text order)."""

    near_openers: tuple[Sequence_, ...] = ()  # "в районе Курска"
    origin_openers: tuple[Sequence_, ...] = ()  # "с территории Украины"
    this_refs: tuple[Sequence_, ...] = ()  # "Об этом сообщил X": the sentence before is X's
    subset_openers: tuple[Sequence_, ...] = ()  # "в том числе": a part, not another place
    source_openers: tuple[Sequence_, ...] = ()  # "по данным", "according to"
    local_groups: tuple[Sequence_, ...] = ()  # "местные власти"
    date_spans: tuple[Sequence_, ...] = ()  # "за последние": several days, no single date
    history_spans: tuple[Sequence_, ...] = ()  # "з початку вторгнення": a tally of a long past
    place_anaphors: tuple[Sequence_, ...] = ()  # "shot down in the area": the place said before


@dataclass(frozen=True, slots=True)
class ZeroCasualties:
    """Denials of casualties ("пострадавших нет", "no one was hurt") and what each denies.

    Each pattern is a regular expression over the cleaned text in which `{none}` stands for any
    word of `words` and `{damage}` for any word of `damage`. A match denies the actions of the
    casualty words it holds ("раненых нет": injured; "погибших и пострадавших нет": both), or
    `default` when it holds none ("никто не пострадал"). `no_news` before a match ("информации о
    пострадавших нет") and `other` ("других пострадавших нет") cancel it.
    """

    words: Mapping[str, frozenset[Action]] = field(default_factory=dict)
    patterns: tuple[re.Pattern[str], ...] = ()
    default: frozenset[Action] = frozenset({"killed", "injured"})
    no_news: re.Pattern[str] | None = None
    other: re.Pattern[str] | None = None


Effect = Literal["history", "forecast", "all_launched", "all_counted"]
EFFECTS: tuple[Effect, ...] = get_args(Effect)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A structural rule: token tests in a row (grammar/patterns.py reads them) and its effect."""

    name: str
    elements: tuple[str, ...]
    effect: Effect


@dataclass(frozen=True, slots=True)
class FastPath:
    """Beginnings of words (lower case) a report with a claim must hold: a weapon or air attack
    (`weapons`, or `capitals`: abbreviations counted only in capitals) and an action or harm."""

    weapons: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorIds:
    """Actors of the registry the grammar names by role rather than by a word of the text."""

    local: str = "local_authorities"  # "местные власти": the place's own authorities
    anonymous_source: str = "anonymous_source"  # "источник": an unnamed source
    plural_role: str = "ru_regional_governors"  # "губернаторы" of several regions
    administration: str = "regional_administration"  # "Харківська ОВА": named by its region
    unnamed: str = "unnamed_reports"  # "сообщается": reports with no one named


@dataclass(frozen=True, slots=True, eq=False)  # one per language, hashed by identity
class Lexicon:
    """Everything the grammars know about one language's words."""

    lang: Language
    # "razdel", "razdel_apostrophes" (an apostrophe inside a word is a letter) or "english"
    # (document/split.py)
    tokenizer: str = "razdel"
    morphology: str = "pymorphy"  # "pymorphy" or "english" (document/morphology.py, english.py)
    # Nouns before a weapon noun modify it, as adjectives do ("Shahed attack drones", English);
    # where nouns follow their head (Russian "ракеты ВСУ"), they do not.
    noun_adjuncts: bool = False
    # Whether a claim's attacker may be inferred as the side opposed to its claimant or to the
    # place's authorities, and an unplaced count located in the country attacked (Russian and
    # Ukrainian posts speak of one war); else the words say it, or the claim before it does.
    infer_sides: bool = True
    # Whether a headline's counts are claims of their own where the body does not tell them
    # again (a Telegram post's header is); English news headlines sum up their body.
    headline_claims: bool = True
    # Which of several class adjectives names a missile's kind: the one nearest the noun
    # ("anti-ship ballistic missile": ballistic) where the head ends its phrase (English), else
    # the first written ("балістичні/зенітні ракети").
    nearest_kind: bool = False
    actions: Mapping[str, ActionWord] = field(default_factory=dict)
    words: Words = Words()
    sequences: Sequences = Sequences()
    weekdays: Mapping[str, int] = field(default_factory=dict)
    months: Mapping[str, int] = field(default_factory=dict)
    round_nouns: Mapping[str, int] = field(default_factory=dict)  # "десяток": 10
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
    zero_casualties: ZeroCasualties = ZeroCasualties()
    actor_ids: ActorIds = ActorIds()
    patterns: tuple[Pattern, ...] = ()
    fastpath: FastPath = FastPath()
    outputs: Outputs = field(default_factory=Outputs)  # what quotes, markers, checks, media read
    # How many sentences back a weapon named with an action makes a casualty one of the air
    # war: a Telegram post's next few; a regional administration's whole report in Ukrainian.
    air_context: int = 3
    air_context_ahead: int = 0  # ... and how many after (a headline of victims before the attack)

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


_WORD_ROLES = frozenset(f.name for f in fields(Words))


def _words(data: Mapping[str, Any], table: str) -> Words:
    known = {f.name for f in fields(Words)}
    _known_keys(data, known, f"{table} [words]")
    return Words(**{key: frozenset(_strings(value, table, key)) for key, value in data.items()})


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
                weak=bool(spec.get("weak", False)),
                finite_only=bool(spec.get("finite_only", False)),
                verb_only=bool(spec.get("verb_only", False)),
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
    return FastPath(**{key: tuple(_strings(value, table, key)) for key, value in data.items()})


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


def parse_lexicon(text: str, table: str) -> Lexicon:
    """A lexicon from the text of a TOML table (`table` names it in messages)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{table}: not valid TOML: {exc}") from None
    top = {
        "lang",
        "tokenizer",
        "morphology",
        "noun_adjuncts",
        "infer_sides",
        "headline_claims",
        "nearest_kind",
        "actions",
        "words",
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
    }
    _known_keys(data, top, table)
    maps, sides = data.get("maps", {}), data.get("sides", {})
    _known_keys(maps, {"weekdays", "months", "round_nouns"}, f"{table} [maps]")
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
        morphology=data.get("morphology", "pymorphy"),
        noun_adjuncts=bool(data.get("noun_adjuncts", False)),
        infer_sides=bool(data.get("infer_sides", True)),
        headline_claims=bool(data.get("headline_claims", True)),
        nearest_kind=bool(data.get("nearest_kind", False)),
        actions=_actions(data.get("actions", {}), table),
        words=_words(data.get("words", {}), table),
        sequences=_sequences(data.get("sequences", {}), table),
        weekdays=MappingProxyType(dict(maps.get("weekdays", {}))),
        months=MappingProxyType(dict(maps.get("months", {}))),
        round_nouns=MappingProxyType(dict(maps.get("round_nouns", {}))),
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
            data.get("outputs", {}),
            data.get("markers", []),
            data.get("media", []),
            table,
            _WORD_ROLES,
        ),
        air_context=int(data.get("air_context", 3)),
        air_context_ahead=int(data.get("air_context_ahead", 0)),
    )


@cache
def lexicon(lang: Language) -> Lexicon:
    """The lexicon of a language, loaded from this package's `<lang>.toml` once."""
    name = f"{lang}.toml"
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    loaded = parse_lexicon(text, f"claimledger/extract/lexicon/{name}")
    if loaded.lang != lang:
        raise LexiconError(f"{name}: lang is {loaded.lang!r}, expected {lang!r}")
    return loaded

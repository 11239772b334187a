"""The small records of a lexicon's roles: action words, detection, number words, word
sequences, casualty denials, patterns, the fast path and actor ids (read by `parse_lexicon`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from claimledger.extract.derived import by_identity
from claimledger.model import Action

Sequence_ = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActionWord:
    """A word that names an action, with its rank: the strongest action of a clause wins."""

    action: Action
    rank: int
    # Lemmas of which one must stand within `reach` tokens before or after ("цель" for "достичь").
    partners: frozenset[str] = frozenset()
    reach: int = 2
    before_only: bool = False  # the partner must come first ("локационно потеряно")
    # Lemmas that, a few words either side, make the word another matter: "обратились к
    # психологам за помощью" seeks no care for a wound
    foils: frozenset[str] = frozenset()
    weak: bool = False  # motion verbs ("летело"): launched only when nothing else is said
    finite_only: bool = False  # only a finite verb counts ("летело"), not "летевших"
    # not as a noun: "impacted" is a hit, "its relentless impact" none; with `partners`, the noun
    # too beside one of them ("impacts from three missiles"), the verb with none
    verb_only: bool = False
    # only a passive participle counts: "поражены четыре дрона" downs them, where the active
    # "дроны поразили нефтебазу" is the drones striking; with `partners`, the active voice too
    # beside one of them ("Силы ПВО поразили 12 БПЛА"), the passive with none
    passive_only: bool = False


@dataclass(frozen=True, slots=True)
class Detect:
    """How a text is told to be in this language (`[detect]`, read by extract/lang.py)."""

    script: str = "latin"  # the alphabet its letters are of: "latin" or "cyrillic"
    weight: int = 1  # a letter of this script counts this much against another script's
    letters: str = ""  # letters only this language of its script writes ("ІіЇїЄєҐґ")
    words: frozenset[str] = frozenset()  # frequent words only it writes, for texts without


@dataclass(frozen=True, slots=True)
class Numbers:
    """Numbers written as words (`[numbers]`): what numerals.compose adds up."""

    words: Mapping[str, int] = field(default_factory=dict)  # lemma -> value
    multipliers: frozenset[str] = frozenset()  # "thousand", "dozen": multiply what stands before
    hundreds: frozenset[str] = frozenset()  # "hundred": multiplies the units before it
    connectors: frozenset[str] = frozenset()  # "and", "-": may stand between parts
    halves: frozenset[str] = frozenset()  # "півтора десятка": one and a half of the unit after


def opens_with(words: tuple[str, ...], openers: tuple[Sequence_, ...]) -> bool:
    """Whether `words` (lower-case forms) begin with one of the lexicon's sequences `openers`:
    only the sequences that open with the first word are compared (asked of every sentence)."""
    by_first, empty = _by_first(openers)
    if empty:
        return True  # an empty sequence opens every list of words
    if not words:
        return False
    return any(words[: len(opener)] == opener for opener in by_first.get(words[0], ()))


def holds_any(words: tuple[str, ...], sequences: tuple[Sequence_, ...]) -> bool:
    """Whether one of `sequences` stands anywhere in `words`: tried only where its first word
    does."""
    by_first, empty = _by_first(sequences)
    return empty or any(
        words[i : i + len(sequence)] == sequence
        for i, word in enumerate(words)
        for sequence in by_first.get(word, ())
    )


@by_identity(limit=256)  # a lexicon's sequences, or a caller's own lists made anew
def _by_first(openers: tuple[Sequence_, ...]) -> tuple[dict[str, list[Sequence_]], bool]:
    """The sequences of each first word, in their order, and whether one of them is empty."""
    by_first: dict[str, list[Sequence_]] = {}
    for opener in openers:
        if opener:
            by_first.setdefault(opener[0], []).append(opener)
    return by_first, any(not o for o in openers)


def may_hold(sequences: tuple[Sequence_, ...], keys: frozenset[str]) -> bool:
    """False where `holds_any` is false for sure: no empty sequence, and no first word of one
    among `keys`, a superset of the words (a sentence's forms, lemmas and texts, which the
    document keeps): the words' tuple need not be built."""
    by_first, empty = _by_first(sequences)
    return empty or not keys.isdisjoint(by_first)


def opener_length(words: tuple[str, ...], openers: tuple[Sequence_, ...]) -> int:
    """The length of the longest of `openers` that `words` begin with; 0 where none does (an
    empty sequence's length too: only those that open with the first word are compared)."""
    if not words:
        return 0
    candidates = _by_first(openers)[0].get(words[0], ())
    return max((len(o) for o in candidates if words[: len(o)] == o), default=0)


@dataclass(frozen=True, slots=True)
class Sequences:
    """Named lists of word sequences (lower-case forms, in text order)."""

    near_openers: tuple[Sequence_, ...] = ()  # "в районе Курска"
    origin_openers: tuple[Sequence_, ...] = ()  # "с территории Украины"
    this_refs: tuple[Sequence_, ...] = ()  # "Об этом сообщил X": the sentence before is X's
    # "X сообщил об этом", "X reported this": the same, as the object after X's verb of speech
    this_objects: tuple[Sequence_, ...] = ()
    subset_openers: tuple[Sequence_, ...] = ()  # "в том числе": a part, not another place
    source_openers: tuple[Sequence_, ...] = ()  # "по данным", "according to"
    local_groups: tuple[Sequence_, ...] = ()  # "местные власти"
    state_titles: tuple[Sequence_, ...] = ()  # "президент", "prime minister" (with a country)
    date_spans: tuple[Sequence_, ...] = ()  # "за последние": several days, no single date
    history_spans: tuple[Sequence_, ...] = ()  # "з початку вторгнення": a tally of a long past
    day_spans: tuple[Sequence_, ...] = ()  # "killed three over the past day": a day's toll
    place_anaphors: tuple[Sequence_, ...] = ()  # "shot down in the area": the place said before
    # "Это произошло в небе Киевской области": the next sentence tells where the claims of the
    # sentence before were (resolve/located.py happened_at)
    event_anaphors: tuple[Sequence_, ...] = ()
    # "Сбиты 20 беспилотников. Они были уничтожены над Белгородской областью.": a sentence
    # opening with a pronoun of the weapons before, telling their action again with a place
    weapon_anaphors: tuple[Sequence_, ...] = ()
    # "Нагадаємо, ...", "Також ми писали, що ...": a paragraph recalling what was told before;
    # its claims of a day before the report's are another event's (settle.py)
    recall_openers: tuple[Sequence_, ...] = ()
    # "Ранее, 9 марта, ...": an earlier report of a calendar day before the report's (dating.py)
    earlier_openers: tuple[Sequence_, ...] = ()
    # "There were no reports of casualties": the report's own observation, not the words of
    # the speaker before, where the sentence names no one
    own_voice: tuple[Sequence_, ...] = ()
    # "As reported, ...": the report's own earlier reports; a sentence opening so speaks in the
    # report's own voice where it names no one after the opener
    own_openers: tuple[Sequence_, ...] = ()
    # "По нашей информации, ...": the outlet's own sources; a sentence opening so speaks in its
    # own voice as after `own_openers`, and the post is the outlet's own report, which no
    # official it quotes on one point leads (resolve/voices.py _lead_official)
    own_sources: tuple[Sequence_, ...] = ()
    # "По предварительным данным, ...": data of no one named, opening a sentence; after a
    # speaker who told nothing of the air war it is the outlet's own turn (resolve/voices.py)
    unnamed_sources: tuple[Sequence_, ...] = ()
    # "Тем временем, ...", "Meanwhile, ...": the outlet turns to another strand of the story in
    # its own voice; the speaker before does not carry into it (resolve/voices.py)
    turn_openers: tuple[Sequence_, ...] = ()
    # "Вот что сообщает наш источник.": a line that announces the list below it as its words,
    # though it ends with a full stop, not a colon
    list_openers: tuple[Sequence_, ...] = ()
    # "One was intercepted and the other struck ...": the one left of two, after "one"
    the_other: tuple[Sequence_, ...] = ()
    # "air defences were able to intercept 16": an ability told as done, no forecast (base.py)
    achieved: tuple[Sequence_, ...] = ()
    # "рассказал в беседе с РИА Новости губернатор": the medium an interview was given to,
    # between a verb of speech and its speaker (mentions/sources.source_aside)
    told_openers: tuple[Sequence_, ...] = ()


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


Effect = Literal[
    "history",
    "forecast",
    "recalled",
    "all_launched",
    "all_counted",
    "all_of_them",
    "launched_count",
    "launched_whole_after",
    "attack_count",
    "ground_war",
    "no_event",
]
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
    (`weapons`, or `capitals`: abbreviations counted only in capitals) and an action or harm,
    their beginnings at most `window` characters apart (None: anywhere in the text)."""

    weapons: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    window: int | None = None


@dataclass(frozen=True, slots=True)
class ActorIds:
    """Actors of the registry the grammar names by role rather than by a word of the text."""

    local: str = "local_authorities"  # "местные власти": the place's own authorities
    anonymous_source: str = "anonymous_source"  # "источник": an unnamed source
    plural_role: str = "ru_regional_governors"  # "губернаторы" of several regions
    administration: str = "regional_administration"  # "Харківська ОВА": named by its region
    unnamed: str = "unnamed_reports"  # "сообщается": reports with no one named
    # "сообщают СМИ": media not named; after a medium the post named, that medium
    unnamed_media: str = "unnamed_media"

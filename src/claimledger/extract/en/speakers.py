"""Who a noun phrase names: an organisation, a medium, an official, an unnamed source, a person.

`parse_speaker` reads one noun phrase ("Governor Vladislav Shapsha", "the Russian Defence
Ministry", "a US official", "she", "the governor") into a `Speaker` with the claimant's English
name, side and kind (ANNOTATION.md). People met earlier in the report are kept in `People` so
that "Shapsha", "she" and "the governor" find the person introduced before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from claimledger.catalog.actors import Actor, actors
from claimledger.model import ClaimantKind, Side


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # the claimant's name; None for an unnamed speaker in a quote
    side: Side | None
    kind: ClaimantKind | None
    description: str | None
    start: int
    end: int
    context_side: bool = False  # "the Ministry of Defence": whose ministry the context tells
    person: bool = False
    medium: bool = False  # a medium may relay someone else's claim


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    appositive: str | None
    start: int
    end: int
    actor: Actor | None
    region: str | None = None  # the region a governor's or mayor's title refers to
    role_start: int = -1

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


_NAME_WORD = r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
# A capitalised run that may start with titles: "Kursk Governor Alexei Smirnov".
_CAPITALISED_RUN = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}"
_ROLE_HEADS = (
    "governor",
    "mayor",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "chief",
    "commander",
    "general",
    "colonel",
    "resident",
    "teacher",
    "analyst",
    "expert",
    "official",
    "adviser",
    "advisor",
    "deputy",
    "secretary",
    "senator",
    "lawmaker",
    "blogger",
    "journalist",
    "correspondent",
    "pilot",
    "witness",
    "eyewitness",
    "chairman",
    "director",
    "leader",
    "ambassador",
    "prosecutor",
    "lieutenant",
    "captain",
    "admiral",
    "researcher",
    "professor",
    "founder",
    "editor",
    "student",
    "pensioner",
    "worker",
    "engineer",
    "doctor",
    "nurse",
    "farmer",
    "owner",
    "activist",
    "representative",
    "envoy",
    "speaker",
    "chancellor",
    "premier",
    "mother",
    "father",
    "veteran",
    "economist",
    "historian",
)
_ROLE_MODS = (
    "local",
    "regional",
    "acting",
    "former",
    "deputy",
    "senior",
    "military",
    "defence",
    "defense",
    "foreign",
    "interior",
    "emergency",
    "air",
    "force",
    "russian",
    "ukrainian",
    "us",
    "u.s.",
    "city",
    "kremlin",
    "prime",
    "vice",
    "press",
    "presidential",
    "independent",
    "retired",
    "political",
    "war",
    "british",
    "american",
    "german",
    "french",
    "western",
    "belarusian",
    "nato",
    "top",
    "state",
    "region",
    "oblast",
    "district",
    "pentagon",
    "navy",
    "army",
    "security",
    "intelligence",
    "lieutenant",
    "major",
    "colonel",
    "staff",
    "general",
    "chief",
    "first",
    "elderly",
    "young",
    "retired",
    "orthodox",
    "opposition",
    "russia's",
    "ukraine's",
    "kyiv's",
    "moscow's",
    "government",
    "ministry",
    "administration",
    "a",
    "an",
    "the",
    "of",
)
_ROLE_WORD = re.compile(
    r"(?:" + "|".join(sorted((*_ROLE_HEADS, *_ROLE_MODS), key=len, reverse=True)) + r")s?",
    re.IGNORECASE,
)
_TITLES = frozenset(
    {
        "governor",
        "mayor",
        "president",
        "minister",
        "general",
        "colonel",
        "admiral",
        "lieutenant",
        "captain",
        "chancellor",
        "premier",
        "senator",
        "ambassador",
    }
)
_REGIONAL_TITLES = frozenset({"governor", "mayor"})
_NON_NAME = frozenset(
    {
        "ministry",
        "force",
        "forces",
        "air",
        "defence",
        "defense",
        "army",
        "general",
        "staff",
        "region",
        "regions",
        "oblast",
        "krai",
        "republic",
        "russia",
        "ukraine",
        "russian",
        "ukrainian",
        "moscow",
        "kyiv",
        "kiev",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "according",
        "on",
        "in",
        "at",
        "governor",
        "mayor",
        "president",
        "telegram",
        "reuters",
        "emergency",
        "emergencies",
        "service",
        "services",
        "state",
        "committee",
        "council",
        "administration",
        "military",
        "city",
        "federal",
        "security",
        "institute",
        "war",
        "study",
        "agency",
        "news",
        "press",
        "office",
        "department",
        "national",
        "guard",
        "navy",
        "fleet",
        "command",
        "armed",
        "united",
        "nations",
        "european",
        "union",
        "kremlin",
        "white",
        "house",
        "pentagon",
        "nato",
        "storm",
        "shadow",
        "black",
        "sea",
        "crimea",
        "bridge",
        "north",
        "south",
        "east",
        "west",
        "central",
        "district",
        "court",
        "international",
        "his",
        "her",
        "their",
        "our",
        "its",
        "and",
        "or",
        "but",
        "if",
        "for",
        "with",
        "by",
        "from",
        "as",
        "after",
        "before",
        "while",
        "during",
        "overnight",
        "last",
        "local",
        "authorities",
        "ministry's",
        "lt",
        "gen",
        "col",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)
_PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "it": "org",
    "they": "org",
    "we": "org",
    "i": "person",
}
_ADJ_SIDE: dict[str, Side] = {
    "us": "other",
    "u.s.": "other",
    "american": "other",
    "western": "other",
    "european": "other",
    "nato": "other",
    "pentagon": "other",
    "israeli": "other",
    "british": "other",
    "german": "other",
    "french": "other",
    "polish": "other",
    "ukrainian": "ua",
    "ukraine's": "ua",
    "kyiv's": "ua",
    "kyiv": "ua",
    "moscow": "ru",
    "russian": "ru",
    "russia's": "ru",
    "kremlin": "ru",
    "moscow's": "ru",
    "moscow-installed": "ru",
    "russian-installed": "ru",
    "kremlin-installed": "ru",
    "russia-installed": "ru",
    "occupation": "ru",
    "russian-imposed": "ru",
    "moscow-imposed": "ru",
    "pro-russian": "ru",
    "pro-moscow": "ru",
    "separatist": "ru",
    "kremlin-backed": "ru",
    "russian-backed": "ru",
}
_SIDE_ALTERNATIVES = "|".join(re.escape(w) for w in _ADJ_SIDE).replace("'", "['’]")
_SIDE_WORD = re.compile(rf"(?<![\w-])(?:{_SIDE_ALTERNATIVES})(?![\w-])", re.IGNORECASE)


def side_of_words(text: str) -> Side | None:
    for match in _SIDE_WORD.finditer(text):
        return _ADJ_SIDE[match.group().lower().replace("’", "'")]
    return None


@cache
def _actor_index() -> tuple[dict[str, Actor | None], dict[str, Actor]]:
    """Lower-cased full names and unambiguous surnames of the people of the actor registry,
    and the other spellings of their surnames it lists ("zelenskyy")."""
    index: dict[str, Actor | None] = {}
    surnames: dict[str, list[Actor]] = {}
    spellings: dict[str, Actor] = {}
    for actor in actors():
        words = actor.name.split()
        if not actor.person or len(words) != 2 or actor.kind not in ("official", "military"):
            continue
        index[actor.name.lower()] = actor
        surnames.setdefault(words[1].lower(), []).append(actor)
        for spelling in actor.names("en"):
            spellings[spelling.lower()] = actor
    for surname, people in surnames.items():
        index.setdefault(surname, people[0] if len(people) == 1 else None)
    return index, spellings


def known_actor(name: str) -> Actor | None:
    """A registry actor for a person's name or surname, in any common spelling."""
    index, spellings = _actor_index()
    low = " ".join(name.lower().split())
    if low in index and index[low] is not None:
        return index[low]
    surname = low.split()[-1]
    return spellings.get(surname) or index.get(surname)


# -- organisations ----------------------------------------------------------------------------

OrgResolver = Callable[[re.Match[str]], tuple[str | None, Side | None, ClaimantKind, bool]]


def _fixed(key: str) -> OrgResolver:
    def resolve(_: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
        actor = actors()[key]
        return actor.name, actor.side, actor.kind, actor.side is None

    return resolve


def _as_written(kind: ClaimantKind, drop_article: bool = True) -> OrgResolver:
    def resolve(match: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
        text = " ".join(match.group().split())
        if drop_article:
            text = re.sub(r"^(?:the|a|an|one)\s+", "", text, flags=re.IGNORECASE)
        side = side_of_words(text)
        return text, side, kind, side is None and kind in ("official", "witness", "military")

    return resolve


def _military(match: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
    return _military_of(match.group())


def _military_of(phrase: str) -> tuple[str | None, Side | None, ClaimantKind, bool]:
    side = side_of_words(phrase)
    if side == "ru":
        return actors()["ru_mod"].name, "ru", "military", False
    if side == "ua":
        ministry = "inistry" in phrase or "MoD" in phrase
        key = "ua_mod" if ministry else "ua_general_staff"
        return actors()[key].name, "ua", "military", False
    return None, None, "military", True


def _air_force(match: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
    if side_of_words(match.group()) == "ru" or "erospace" in match.group():
        return _fixed("ru_aerospace_forces")(match)
    return _fixed("ua_airforce")(match)


_SIDE_ADJ = r"(?:Russian|Russia['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s|Moscow['’]s)"


@cache
def _media() -> dict[str, Actor]:
    """The outlets of the registry by the forms English reports name them ("Tass", "AP")."""
    return {form: outlet for outlet in actors().outlets() for form in outlet.names("en")}


def _medium(match: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
    outlet = _media()[match.group("medium")]
    return re.sub(r"^The\s+", "", outlet.name), outlet.side, "media", False


def _media_group(match: re.Match[str]) -> tuple[str | None, Side | None, ClaimantKind, bool]:
    text = " ".join(match.group().split())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return text, side_of_words(text), "media", False


_ANON_MODS = (
    r"(?:senior|military|defen[cs]e|security|intelligence|government|U\.S\.|US|American|Western"
    r"|European|Ukrainian|Russian|NATO|Pentagon|Israeli|Kremlin|administration|unnamed"
    r"|anonymous|diplomatic|law\s+enforcement|high-ranking|informed|Ukraine['’]s|Russia['’]s)"
)


@cache
def _orgs() -> tuple[tuple[re.Pattern[str], OrgResolver], ...]:
    """Organisations, groups and unnamed sources, ordered: the first pattern that matches the
    whole phrase wins. The outlets' names come from the actor registry."""
    media = "|".join(re.escape(name) for name in sorted(_media(), key=len, reverse=True))
    return tuple(
        (re.compile(rf"(?:[Tt]he\s+)?(?:{pattern})", flags), resolver)
        for pattern, flags, resolver in _org_patterns(media)
    )


def _org_patterns(media: str) -> tuple[tuple[str, int, OrgResolver], ...]:
    return (
        (
            rf"(?:{_SIDE_ADJ}\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MoD|defen[cs]e"
            r"\s+ministry|military|armed\s+forces|Armed\s+Forces|army|Army|ministry|Ministry)"
            r"(?:\s+of\s+(?:Russia|Ukraine|the\s+Russian\s+Federation)|\s+in\s+(?:Moscow|Kyiv))?",
            0,
            _military,
        ),
        (
            rf"(?:{_SIDE_ADJ}\s+)?(?:Air\s+Force|air\s+force|Aerospace\s+Forces)"
            r"(?:\s+of\s+(?:the\s+Armed\s+Forces\s+of\s+)?Ukraine)?(?:\s+Command)?"
            r"(?:\s+spokes(?:man|person|woman))?",
            0,
            _air_force,
        ),
        (
            r"(?:Russian|Russia['’]s)\s+General\s+Staff",
            0,
            _fixed("ru_general_staff"),
        ),
        (
            r"(?:(?:Ukrainian|Ukraine['’]s)\s+)?General\s+Staff(?:\s+of\s+(?:the\s+)?(?:Armed\s+Forces"
            r"\s+of\s+)?Ukraine)?",
            0,
            _fixed("ua_general_staff"),
        ),
        (
            r"(?:(?:Ukrainian|Ukraine['’]s)\s+)?(?:Navy|navy)",
            0,
            _fixed("ua_navy"),
        ),
        (
            r"(?:(?:Russian|Russia['’]s)\s+)?(?:FSB|Federal\s+Security\s+Service)",
            0,
            _fixed("ru_fsb"),
        ),
        (
            r"(?:(?:Russian|Russia['’]s)\s+)?(?:Emergenc(?:y|ies)\s+(?:Situations\s+)?Ministry"
            r"|Ministry\s+(?:of|for)\s+Emergenc(?:y|ies)(?:\s+Situations)?|EMERCOM)",
            0,
            _fixed("ru_mchs"),
        ),
        (
            r"(?:(?:Ukraine['’]s|Ukrainian)\s+)?(?:State\s+Emergency\s+Service(?:\s+of\s+Ukraine)?"
            r"|(?:state\s+)?emergency\s+service|DSNS|SES)",
            0,
            _fixed("ua_sses"),
        ),
        (
            r"(?:local\s+|regional\s+)?(?:emergency\s+services|rescuers|first\s+responders"
            r"|rescue\s+services)",
            re.IGNORECASE,
            _fixed("emergency_services"),
        ),
        (
            r"Kyiv\s+City\s+Military\s+Administration|Kyiv['’]s\s+(?:city\s+)?military"
            r"\s+administration|Kyiv\s+city\s+(?:military\s+)?administration",
            re.IGNORECASE,
            _fixed("kyiv_cma"),
        ),
        (
            r"[A-Z][a-z]+\s+(?:regional|oblast|city)\s+military\s+administration",
            re.IGNORECASE,
            _as_written("official"),
        ),
        (
            r"(?:local|regional|city|municipal)\s+(?:authorities|administration)|authorities",
            re.IGNORECASE,
            _fixed("local_authorities"),
        ),
        (r"(?:[A-Za-z][\w’'.-]*\s+){1,3}authorities", re.IGNORECASE, _as_written("official")),
        (rf"(?P<medium>{media})(?:\s+(?:news\s+agency|agency|news))?", 0, _medium),
        (
            r"(?:(?:Russian|Ukrainian|state|pro-Kremlin|Russian\s+state|independent|local)\s+)+"
            r"(?:media|outlets|news\s+agenc(?:y|ies)|television|TV|news\s+outlets|Telegram"
            r"\s+channels|bloggers|military\s+bloggers|war\s+bloggers)",
            re.IGNORECASE,
            _media_group,
        ),
        (
            r"(?:Institute\s+for\s+the\s+Study\s+of\s+War|ISW)",
            0,
            _fixed("isw"),
        ),
        (
            r"(?:(?:military|defen[cs]e|independent|Western|Russian|Ukrainian)\s+)*"
            r"(?:analysts?|experts?|observers?)",
            re.IGNORECASE,
            _as_written("expert"),
        ),
        (
            rf"(?:an?|one)\s+(?:{_ANON_MODS}\s+){{0,4}}(?:official|source|insider|diplomat)"
            rf"|(?:{_ANON_MODS}\s+){{0,4}}sources|people\s+familiar\s+with\s+[^,.]{{0,60}}"
            rf"|(?:{_ANON_MODS}\s+){{1,4}}officials\s+(?:who|speaking)\s+[^,.]{{0,60}}"
            r"|(?:(?:a|one)\s+)?sources?\s+(?:in|at|close\s+to|familiar\s+with|within)\s+[^,.]{0,60}",
            re.IGNORECASE,
            _as_written("anonymous"),
        ),
        (r"(?:[A-Za-z][\w’'.-]*\s+){0,4}officials", re.IGNORECASE, _as_written("official")),
        (
            r"(?:(?:local|other)\s+)?(?:residents|witnesses|eyewitnesses|locals)|an?\s+(?:local\s+)?"
            r"(?:resident|eyewitness|witness)",
            re.IGNORECASE,
            _as_written("witness"),
        ),
        (r"(?:Ukrainian|Russian)\s+(?:forces|troops)", 0, _military),
        (
            r"(?:[A-Z][\w’'-]*\s+){1,4}(?:Forces|Command|Army|Brigade|Corps|Guard|Fleet)"
            r"(?:\s+of\s+(?:Ukraine|Russia))?",
            0,
            _as_written("military"),
        ),
        (r"(?:the\s+)?Kremlin", 0, _fixed("kremlin")),
        (r"Ukraine|Kyiv|Kiev", 0, _fixed("ukraine")),
        (r"Russia|Moscow", 0, _fixed("russia")),
        (
            r"(?:the\s+)?(?:Pentagon|U\.?S\.?\s+Department\s+of\s+Defen[cs]e)",
            0,
            _fixed("us_dod"),
        ),
        (
            r"(?:the\s+)?(?:IDF|Israel\s+Defen[cs]e\s+Forces|Israeli\s+military)",
            0,
            _fixed("idf"),
        ),
        (r"(?:the\s+)?White\s+House", 0, _fixed("white_house")),
    )


_DEFINITE = re.compile(
    r"(?:the|his|her|its)\s+(?:(?:regional|region['’]s|local|acting|city['’]s|city|oblast)\s+)?"
    r"(?P<role>governor|mayor|head\s+of\s+the\s+(?:region|regional\s+administration|city"
    r"|administration)|spokes(?:man|woman|person)|president|minister)",
    re.IGNORECASE,
)
_NAME_APPOSITIVE = re.compile(rf"(?P<name>{_NAME})\s*,\s*(?P<app>(?:a|an|the)\s+.+?)\s*,?")
_TITLE_NAME = re.compile(rf"(?P<role>(?:the|a|an)\s+.+?)\s*,\s*(?P<name>{_NAME})", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:and|but|while|as|then|also|later|earlier|meanwhile|however)\s+", re.IGNORECASE
)
_TRAILING = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|previously|again|further|separately|itself|himself"
    r"|herself|then|had))+\s*$",
    re.IGNORECASE,
)


class People:
    """The people a report introduces, so later mentions by surname or role find them, and the
    report's text, so "the ministry" finds whose ministry was named before."""

    def __init__(self, people: list[Person], text: str = "") -> None:
        self.people = sorted(people, key=lambda p: p.start)
        self.text = text

    def military_side_before(self, position: int) -> Side | None:
        """The side of the last ministry of defence or military named with its country."""
        side: Side | None = None
        for match in _NAMED_MILITARY.finditer(self.text, 0, position):
            side = side_of_words(match.group())
        return side

    def before(self, position: int) -> list[Person]:
        return [p for p in self.people if p.start < position]

    def by_name(self, name: str, position: int) -> Person | None:
        low = name.lower()
        for person in reversed(self.before(position + 1)):
            if person.name.lower() == low or person.surname.lower() == low.split()[-1]:
                return person
        return None

    def last(self, position: int) -> Person | None:
        earlier = self.before(position)
        return earlier[-1] if earlier else None

    def with_role(self, role: str, position: int) -> Person | None:
        for person in reversed(self.before(position)):
            if person.role and role.lower().split()[0] in person.role.lower():
                return person
        return None


_NAMED_MILITARY = re.compile(
    rf"{_SIDE_ADJ}\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MoD|defen[cs]e\s+ministry"
    r"|military|armed\s+forces|Armed\s+Forces|army)|Ministry\s+of\s+Defen[cs]e\s+of\s+"
    r"(?:Russia|Ukraine)"
)
_PERSON = re.compile(
    rf"(?P<name>{_CAPITALISED_RUN})(?:\s*,\s*(?P<app>(?:a|an|the)\s+[^,.;:“”\"()]{{2,80}}?)\s*,)?"
)
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?:(?:{_NAME_WORD}|[a-z][\w’'-]*|[A-Z]\.[A-Z]\.)\s+){{1,5}})$"
)


def find_people(text: str, blocked: Sequence[tuple[int, int]]) -> People:
    """People named in `text` (two or three capitalised words that are not places or things)."""
    people: list[Person] = []
    for match in _PERSON.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in blocked):
            continue
        person = _person(text, match)
        if person is not None:
            people.append(person)
    return People(people, text)


def _person(text: str, match: re.Match[str]) -> Person | None:
    if "\n" in match.group("name"):
        return None
    words = list(re.finditer(r"\S+", match.group("name")))
    # The name is what follows the last title or non-name word of the run.
    last_other = max(
        (
            i
            for i, w in enumerate(words)
            if w.group().lower() in _ROLE_HEADS or w.group().lower() in _NON_NAME
        ),
        default=-1,
    )
    words = words[last_other + 1 :]
    if not 2 <= len(words) <= 3:
        return None
    name_start = match.start("name") + words[0].start()
    name_end = match.start("name") + words[-1].end()
    name = " ".join(w.group() for w in words)
    role, role_start = _role_before(text, name_start)
    person = Person(name, role, match.group("app"), name_start, name_end, known_actor(name))
    person.role_start = role_start
    return person


def _role_before(text: str, position: int) -> tuple[str | None, int]:
    """The title or description right before a name: "Governor", "Local resident"."""
    window_start = max(0, position - 80)
    window = text[window_start:position]
    match = _ROLE_BEFORE.search(window)
    if match is None:
        return None, position
    words = match.group("role").split()
    kept: list[str] = []
    for word in reversed(words):
        low = word.lower().rstrip(",")
        if _ROLE_WORD.fullmatch(low) or (word[0].isupper() and kept and _is_title(kept[0])):
            kept.insert(0, word)
            continue
        break
    while kept and kept[0].lower() in ("a", "an", "the", "of"):
        kept.pop(0)
    if not kept or not any(w.lower().rstrip("s") in _ROLE_HEADS for w in kept):
        return None, position
    role = " ".join(kept)
    return role, text.rindex(kept[0], window_start, position)


def _is_title(word: str) -> bool:
    return word.lower() in _TITLES


def role_kind(role: str) -> ClaimantKind:
    low = role.lower()
    if re.search(r"analyst|expert|researcher|professor|historian|economist", low):
        return "expert"
    if re.search(r"journalist|correspondent|blogger|editor", low):
        return "media"
    if re.search(
        r"resident|witness|teacher|student|pensioner|worker|engineer|doctor|nurse"
        r"|farmer|owner|mother|father",
        low,
    ):
        return "witness"
    if re.search(r"air\s+force|commander|general|colonel|admiral|army|navy|military|staff", low):
        return "military"
    return "official"


def describe(person: Person) -> str | None:
    """ "Governor (Kaluga region)", "local resident, 45-year-old teacher"."""
    parts: list[str] = []
    if person.role:
        role = person.role
        head = role.split()[-1].lower()
        if head in _REGIONAL_TITLES and person.region:
            parts.append(f"{head.capitalize()} ({person.region})")
        elif head in _TITLES:
            parts.append(role[0].upper() + role[1:])
        else:
            parts.append(role[0].lower() + role[1:])
    if person.appositive:
        parts.append(re.sub(r"^(?:a|an|the)\s+", "", person.appositive.strip()))
    return ", ".join(parts) or None


def person_speaker(person: Person, start: int, end: int) -> Speaker:
    if person.actor is not None:
        actor = person.actor
        return Speaker(
            actor.name,
            actor.side,
            actor.kind,
            describe(person),
            start,
            end,
            actor.side is None,
            person=True,
        )
    kind = role_kind(f"{person.role or ''} {person.appositive or ''}")
    side = side_of_words(f"{person.role or ''} {person.appositive or ''}")
    return Speaker(person.name, side, kind, describe(person), start, end, side is None, person=True)


def parse_speaker(phrase: str, start: int, people: People) -> Speaker | None:
    """Read a noun phrase that starts at `start` of the report's text into a speaker."""
    stripped = _LEADING.sub("", phrase.strip())
    stripped = _TRAILING.sub("", stripped).strip(" ,")
    if not stripped:
        return None
    offset = start + phrase.index(stripped) if stripped in phrase else start
    end = offset + len(stripped)
    low = stripped.lower()
    if low in _PRONOUNS:
        return _pronoun(low, offset, end, people)
    appositive = _NAME_APPOSITIVE.fullmatch(stripped)
    if appositive:
        return _appositive_person(appositive, offset, end, people)
    titled = _TITLE_NAME.fullmatch(stripped)
    if titled:
        return _titled_person(titled, offset, end, people)
    definite = _DEFINITE.fullmatch(stripped)
    if definite:
        return _definite(definite.group("role"), stripped, offset, end, people)
    for pattern, resolver in _orgs():
        if pattern.fullmatch(stripped):
            match = pattern.fullmatch(stripped)
            assert match is not None
            name, side, kind, context = resolver(match)
            earlier = people.military_side_before(offset) if resolver is _military else None
            if side is None and earlier is not None:
                adjective = "Russian" if earlier == "ru" else "Ukrainian"
                name, side, kind, context = _military_of(f"{adjective} {stripped}")
            return Speaker(name, side, kind, None, offset, end, context, medium=kind == "media")
    return _named_person(stripped, offset, end, people)


def _appositive_person(
    match: re.Match[str], start: int, end: int, people: People
) -> Speaker | None:
    """ "Igor Korotchenko, a defense expert based in Moscow"."""
    name = match.group("name")
    person = people.by_name(name, start + 1)
    if person is None:
        words = name.split()
        if any(w.lower() in _NON_NAME for w in words):
            return None
        person = Person(name, None, match.group("app"), start, end, known_actor(name))
    return person_speaker(person, start, end)


def _titled_person(match: re.Match[str], start: int, end: int, people: People) -> Speaker | None:
    """ "the governor of the Voronezh region, Alexander Gusev"."""
    name = match.group("name")
    if any(w.lower() in _NON_NAME for w in name.split()):
        return None
    role = re.sub(r"^(?:the|a|an)\s+", "", match.group("role"), flags=re.IGNORECASE)
    person = people.by_name(name, start + len(match.group(0)))
    if person is None or person.role is None:
        person = Person(name, role, None, start, end, known_actor(name))
    return person_speaker(person, start, end)


def _pronoun(word: str, start: int, end: int, people: People) -> Speaker | None:
    if _PRONOUNS[word] != "person":
        return None
    person = people.last(start)
    return person_speaker(person, start, end) if person else None


def _definite(role: str, phrase: str, start: int, end: int, people: People) -> Speaker:
    person = people.with_role(role, start)
    if person is not None:
        return person_speaker(person, start, end)
    kind: ClaimantKind = "official"
    name = re.sub(r"^(?:the|his|her|its)\s+", "", phrase, flags=re.IGNORECASE)
    return Speaker(name, None, kind, None, start, end, True)


def _named_person(phrase: str, start: int, end: int, people: People) -> Speaker | None:
    match = re.search(rf"(?P<name>{_NAME})$", phrase)
    if match is None:
        single = re.fullmatch(rf"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<s>{_NAME_WORD})", phrase)
        if single is None:
            return None
        person = people.by_name(single.group("s"), end)
        if person is not None:
            return person_speaker(person, start, end)
        actor = known_actor(single.group("s"))
        if actor is None:
            return None
        return Speaker(actor.name, actor.side, actor.kind, None, start, end, person=True)
    person = people.by_name(match.group("name"), end)
    if person is None:
        words = list(re.finditer(r"\S+", match.group("name")))
        while words and (
            words[0].group().lower() in _ROLE_HEADS or words[0].group().lower() in _NON_NAME
        ):
            words.pop(0)
        if len(words) < 2 or any(w.group().lower() in _NON_NAME for w in words):
            return None
        name_at = match.start("name") + words[0].start()
        name = " ".join(w.group() for w in words)
        role = phrase[:name_at].strip() or None
        person = Person(name, role, None, start, end, known_actor(name))
    return person_speaker(person, start, end)

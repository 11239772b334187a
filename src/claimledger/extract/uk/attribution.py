"""Who asserts a claim in a Ukrainian report: named sources, "За даними ...", "— Ігнат".

Surface forms (stems, any case) map to the shared actors table, so a relay of the Air Force by a
news channel gets the Air Force as claimant. A sentence takes the source named in it; otherwise
the signature of its paragraph ("— Ігнат"), otherwise the last source named before it in its
paragraph, otherwise a source named in the report's first line ("Повітряні сили: ..."),
otherwise the report's own voice from the source registry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimledger.extract.actors import ACTORS, Actor

# Stem patterns (case-insensitive, over the folded text) -> actor key. Order matters: the
# Russian ministry is tried before the Ukrainian one.
ACTOR_PATTERNS: list[tuple[str, str]] = [
    (
        r"(?:міноборони|міністерств\w*\s+оборони)\s+(?:рф|росії)|російськ\w*\s+міноборони"
        r"|оборонн\w+\s+відомств\w*\s+(?:рф|росії)",
        "ru_mod",
    ),
    (r"фсб", "ru_fsb"),
    (r"повітрян\w*\s+сил\w*|пс\s+зсу|повітрян\w*\s+командуванн\w*", "ua_airforce"),
    (r"ігнат\w*", "ihnat"),
    (r"генштаб\w*|генеральн\w*\s+штаб\w*", "ua_general_staff"),
    (r"міноборони|міністерств\w*\s+оборони\s+україни", "ua_mod"),
    (r"сил\w*\s+оборони\s+півдня", "ua_south_defence"),
    (r"гуменюк\w*", "humeniuk"),
    (r"плетенчук\w*", "pletenchuk"),
    (r"вмс\s+(?:зсу|україни)|військово-морськ\w+\s+сил\w*", "ua_navy"),
    (r"зеленськ\w*|президент\w*\s+україни", "zelensky"),
    (r"кличк\w*", "klitschko"),
    (r"кмва|київськ\w*\s+міськ\w*\s+військов\w*\s+адміністрац\w*", "kyiv_cma"),
    (r"ткаченк\w*", "tkachenko"),
    (r"попк[оау]\w*", "popko"),
    (r"синєгубов\w*|синегубов\w*", "syniehubov"),
    (r"терехов\w*", "terekhov"),
    (r"кіпер\w*", "kiper"),
    (r"лисак\w*", "lysak"),
    (r"федоров\w*", "fedorov"),
    (r"вілкул\w*", "vilkul"),
    (r"філашкін\w*", "filashkin"),
    (r"прокудін\w*", "prokudin"),
    (r"кравченк\w*", "kravchenko_r"),
    (r"козицьк\w*", "kozytskyi"),
    (r"садов\w+", "sadovyi"),
    (r"артюх\w*", "artiukh"),
    (r"чаус\w*", "chaus"),
    (r"(?:віталі\w+\s+)?кім(?:а|у|ом)?", "kim"),
    (r"клименк\w*", "klymenko"),
    (r"гладков\w*", "gladkov"),
    (r"богомаз\w*", "bogomaz"),
    (r"собянін\w*|собянин\w*", "sobyanin"),
    (r"аксьонов\w*|аксенов\w*", "aksyonov"),
    (r"развожаєв\w*", "razvozhayev"),
    (r"хінштейн\w*", "khinshtein"),
    (r"путін\w*", "putin"),
    (r"дснс|державн\w*\s+служб\w*\s+(?:україни\s+)?з\s+надзвичайних\s+ситуацій", "ua_sses"),
    (r"нацполіці\w*|національн\w*\s+поліці\w*", "ua_police"),
]
_ACTOR_RE = [
    (re.compile(r"(?<![^\W\d_])(?:" + p + r")(?![^\W\d_])", re.I), k) for p, k in ACTOR_PATTERNS
]

# Where a regional official's claims are when the sentence names no place, as the gazetteer
# knows the place by name.
HOME_PLACES: dict[str, str] = {
    "syniehubov": "Харківська область",
    "terekhov": "Харків",
    "kiper": "Одеська область",
    "lysak": "Дніпропетровська область",
    "fedorov": "Запорізька область",
    "vilkul": "Кривий Ріг",
    "klitschko": "Київ",
    "kyiv_cma": "Київ",
    "tkachenko": "Київ",
    "popko": "Київ",
    "filashkin": "Донецька область",
    "prokudin": "Херсонська область",
    "kravchenko_r": "Київська область",
    "kozytskyi": "Львівська область",
    "sadovyi": "Львів",
    "artiukh": "Сумська область",
    "chaus": "Чернігівська область",
    "kim": "Миколаївська область",
}
# Claimants that speak for the whole country: their totals without a place are "UA".
NATIONAL: frozenset[str] = frozenset(
    {
        "ua_airforce",
        "ihnat",
        "ua_general_staff",
        "ua_mod",
        "zelensky",
        "ua_sses",
        "ua_police",
        "klymenko",
    }
)

# "— Ігнат" closing a paragraph, on its own line or after the last sentence.
_ADMINISTRATION = re.compile(
    r"(?<![^\W\d_])(?P<region>[^\W\d_]+ськ[^\W\d_]*)\s+"
    r"(?:ова|ода|обласн[^\W\d_]*\s+(?:військов[^\W\d_]*\s+|державн[^\W\d_]*\s+)?"
    r"адміністрац[^\W\d_]*)(?![^\W\d_])",
    re.I,
)
# A report that opens with its source: "**Повітряні сили:**", "Ігнат: ...".
_LEAD = re.compile(r"[\W_]*(?P<name>[^\W\d_][^:\n]{1,60}?)\s*[\W_]*:")
_SIGNATURE = re.compile(r"(?m)(?:^|[.!?…»\"]\s+)[-—–]\s*(?P<name>[^\n.!?]{2,60}?)\s*$")


@dataclass(frozen=True, slots=True)
class ActorMention:
    key: str
    start: int
    end: int
    custom: Actor | None = None  # a source outside the shared table (a region's administration)
    home: str | None = None  # the place code such a source speaks for

    @property
    def actor(self) -> Actor:
        return self.custom or ACTORS[self.key]


# A region's name -> (its place code, its English name), from the gazetteer.
RegionResolver = Callable[[str], tuple[str, str] | None]


def find_actors(folded: str, regions: RegionResolver | None = None) -> list[ActorMention]:
    """Every actor named in a folded text, in order, without overlaps."""
    found = [
        ActorMention(key, m.start(), m.end())
        for pattern, key in _ACTOR_RE
        for m in pattern.finditer(folded)
        if key in ACTORS
    ]
    if regions is not None:
        found.extend(_administrations(folded, regions))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[ActorMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _administrations(folded: str, regions: RegionResolver) -> list[ActorMention]:
    """ "Харківська ОВА", "Одеська обласна військова адміністрація": the region's voice."""
    found: list[ActorMention] = []
    for m in _ADMINISTRATION.finditer(folded):
        region = regions(m.group("region"))
        if region is None:
            continue
        code, name = region
        actor = Actor(f"{name} Military Administration", "ua", "official")
        found.append(ActorMention("region_administration", m.start(), m.end(), actor, code))
    return found


class Attribution:
    """Decides the claimant of a position in a report."""

    def __init__(self, folded: str, regions: RegionResolver | None = None) -> None:
        self.folded = folded
        self.mentions = find_actors(folded, regions)
        self._signatures = self._paragraph_signatures()

    def _paragraph_signatures(self) -> list[tuple[int, int, ActorMention]]:
        """(paragraph start, paragraph end, actor) for paragraphs signed "— Ігнат"."""
        signed: list[tuple[int, int, ActorMention]] = []
        for m in _SIGNATURE.finditer(self.folded):
            actor = next(
                (a for a in self.mentions if m.start("name") <= a.start < m.end("name")), None
            )
            if actor is None:
                continue
            start = self.folded.rfind("\n\n", 0, m.start()) + 1
            signed.append((start, m.end(), actor))
        return signed

    def at(self, sentence_start: int, sentence_end: int, position: int) -> ActorMention | None:
        """The actor who asserts what is said at `position` of the sentence, or None (voice)."""
        inside = [a for a in self.mentions if sentence_start <= a.start < sentence_end]
        if inside:
            before = [a for a in inside if a.start <= position]
            return before[-1] if before else inside[0]
        for start, end, actor in self._signatures:
            if start <= position < end:
                return actor
        paragraph = self.folded.rfind("\n\n", 0, sentence_start) + 1
        earlier = [a for a in self.mentions if paragraph <= a.start and a.end <= sentence_start]
        if earlier:
            return earlier[-1]
        return self._lead()

    def _lead(self) -> ActorMention | None:
        """A source heading the report ("Повітряні сили: ...", "Ігнат:") speaks for all of it."""
        head = _LEAD.match(self.folded)
        if head is None:
            return None
        return next((a for a in self.mentions if a.start == head.start("name")), None)

"""Governors, mayors and other regional officials: who speaks for which region, and when.

"сообщил губернатор" in a post about Bryansk Oblast is Alexander Bogomaz; "врио ростовского
губернатора" in November 2024 is Yuri Slyusar; "Собянин" is the Moscow mayor. The tables map a
region code to its officials with their terms, and surnames (as lemmas) to actors. The surname
table also lists officials outside Russia, for Russian reports that quote them.

Drones "летевшие на Москву" and shot down in its suburbs are claimed for Moscow Oblast: the
approach of a federal city is the region around it (`APPROACHES`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Term:
    region: str
    actor: str  # key of claimledger.extract.actors.ACTORS
    start: date | None = None
    end: date | None = None

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


# Heads of regions ("губернатор", "глава региона", "мэр" for the federal cities).
TERMS: tuple[Term, ...] = (
    Term("RU-MOW", "sobyanin"),
    Term("RU-MOS", "vorobyov"),
    Term("RU-BRY", "bogomaz"),
    Term("RU-BEL", "gladkov"),
    Term("RU-KRS", "starovoit", None, date(2024, 5, 15)),
    Term("RU-KRS", "smirnov", date(2024, 5, 15), date(2024, 12, 5)),
    Term("RU-KRS", "khinshtein", date(2024, 12, 5)),
    Term("RU-ROS", "golubev", None, date(2024, 11, 14)),
    Term("RU-ROS", "slyusar", date(2024, 11, 14)),
    Term("RU-KLU", "shapsha"),
    Term("RU-SMO", "anokhin"),
    Term("RU-VOR", "gusev"),
    Term("RU-ORL", "klychkov"),
    Term("RU-LIP", "artamonov"),
    Term("RU-TUL", "milyaev", date(2024, 5, 22)),
    Term("RU-TVE", "rudenya"),
    Term("RU-RYA", "malkov"),
    Term("RU-NGR", "nikitin_a"),
    Term("RU-NIZ", "nikitin_g"),
    Term("RU-KDA", "kondratyev"),
    Term("RU-DA", "melikov"),
    Term("RU-VGG", "bocharov"),
    Term("RU-AST", "babushkin"),
    Term("RU-SAR", "busargin"),
    Term("RU-PNZ", "melnichenko"),
    Term("RU-TAM", "egorov", None, date(2024, 11, 7)),
    Term("RU-TAM", "pervyshov", date(2024, 11, 7)),
    Term("RU-YAR", "evraev"),
    Term("RU-LEN", "drozdenko"),
    Term("RU-PSK", "vedernikov"),
    Term("RU-SPE", "beglov"),
    Term("RU-TA", "minnikhanov"),
    Term("RU-BA", "khabirov"),
    Term("RU-VLA", "avdeev"),
    Term("RU-SAM", "fedorishchev"),
    Term("UA-43", "aksyonov"),
    Term("UA-40", "razvozhayev"),
    Term("UA-23", "balitsky"),
    Term("UA-65", "saldo"),
    Term("UA-14", "pushilin"),
    Term("UA-09", "pasechnik"),
)

# Surname lemmas (lower case, ё folded) -> actor keys; a tuple when the surname is shared.
SURNAMES: dict[str, tuple[str, ...]] = {
    "собянин": ("sobyanin",),
    "собяинин": ("sobyanin",),
    "воробьев": ("vorobyov",),
    "богомаз": ("bogomaz",),
    "гладков": ("gladkov",),
    "старовойт": ("starovoit",),
    "смирнов": ("smirnov",),
    "хинштейн": ("khinshtein",),
    "голубев": ("golubev",),
    "слюсарь": ("slyusar",),
    "шапша": ("shapsha",),
    "анохин": ("anokhin",),
    "гусев": ("gusev",),
    "клычков": ("klychkov",),
    "артамонов": ("artamonov",),
    "миляев": ("milyaev",),
    "руденя": ("rudenya",),
    "малков": ("malkov",),
    "никитин": ("nikitin_a", "nikitin_g"),
    "кондратьев": ("kondratyev",),
    "меликов": ("melikov",),
    "бочаров": ("bocharov",),
    "бабушкин": ("babushkin",),
    "бусаргин": ("busargin",),
    "мельниченко": ("melnichenko",),
    "первышов": ("pervyshov",),
    "евраев": ("evraev",),
    "дрозденко": ("drozdenko",),
    "ведерников": ("vedernikov",),
    "беглов": ("beglov",),
    "минниханов": ("minnikhanov",),
    "хабиров": ("khabirov",),
    "авдеев": ("avdeev",),
    "федорищев": ("fedorishchev",),
    "аксенов": ("aksyonov",),
    "развожаев": ("razvozhayev",),
    "балицкий": ("balitsky",),
    "сальдо": ("saldo",),
    "пушилин": ("pushilin",),
    "пасечник": ("pasechnik",),
    "путин": ("putin",),
    "зеленский": ("zelensky",),
    "кличко": ("klitschko",),
    "синегубов": ("syniehubov",),
    "терехов": ("terekhov",),
    "кипер": ("kiper",),
    "лысак": ("lysak",),
    "федоров": ("fedorov",),
    "вилкул": ("vilkul",),
    "игнат": ("ihnat",),
    "негода": ("nehoda",),
    "ким": ("kim_v",),
    "труханов": ("trukhanov",),
    "козицкий": ("kozytskyi",),
    "садовый": ("sadovyi",),
    "артюх": ("artiukh",),
    "чаус": ("chaus",),
    "прокудин": ("prokudin",),
    "филашкин": ("filashkin",),
    "клименко": ("klymenko",),
    "гуменюк": ("humeniuk",),
    "плетенчук": ("pletenchuk",),
    "попко": ("popko",),
    "ткаченко": ("tkachenko",),
    "кравченко": ("kravchenko_r",),
}
# First names that tell two officials with one surname apart.
FIRST_NAMES: dict[str, str] = {"андрей": "nikitin_a", "глеб": "nikitin_g"}

# Lemmas of words that name the head of a region: "губернатор", "врио губернатора", "глава
# региона", "мэр".
ROLE_WORDS = frozenset({"губернатор", "глава", "мэр", "градоначальник"})
# After "глава", only these make it the head of a region ("глава региона", "глава Дагестана").
HEAD_OF = frozenset({"регион", "область", "республика", "край", "администрация", "город"})

# A city whose approaches lie in another region: drones flying at Moscow fall in Moscow Oblast.
APPROACHES: dict[str, str] = {"RU-MOW": "RU-MOS", "city:Moscow": "RU-MOS"}


def mayor_for(region: str | None) -> str | None:
    """A mayor speaking of a region: the mayor of the city whose approaches it is."""
    for city, approach in APPROACHES.items():
        if approach == region and city.startswith("RU-"):
            return city
    return region


def head_of(region: str | None, day: date | None) -> str | None:
    """The actor key of the head of `region` on `day`."""
    if region is None:
        return None
    for term in TERMS:
        if term.region == region and term.covers(day):
            return term.actor
    return None


def region_of(actor: str, day: date | None) -> str | None:
    """The region an official heads, for checking that an inherited speaker fits a claim."""
    for term in TERMS:
        if term.actor == actor and term.covers(day):
            return term.region
    for term in TERMS:
        if term.actor == actor:
            return term.region
    return None

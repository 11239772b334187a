"""Dates in Ukrainian reports: "у ніч на 25 листопада", "у ніч на вівторок", "вночі", "вчора".

A night is dated by its morning (ANNOTATION.md), in Kyiv local time of the publication. Phrases
that put a count into the past ("з початку року", "торік", "у жовтні", a date weeks before the
report) mark history: such counts are not claims about this attack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from claimledger.extract.dates import resolve_day_month, weekday_on_or_before

MONTHS: dict[str, int] = {
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
}
_MONTHS_LOCATIVE = (
    "січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні"
)
WEEKDAYS: dict[str, int] = {
    "понеділок": 0,
    "понеділка": 0,
    "вівторок": 1,
    "вівторка": 1,
    "середу": 2,
    "середи": 2,
    "четвер": 3,
    "четверга": 3,
    "п'ятницю": 4,
    "п'ятниці": 4,
    "суботу": 5,
    "суботи": 5,
    "неділю": 6,
    "неділі": 6,
}
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
# Days before the report after which a dated count is history, not this attack.
HISTORY_DAYS = 7

_NIGHT_DATE = re.compile(
    rf"\b(?:у|в)\s+ніч\s+(?:на|проти|з\s+\d{{1,2}}(?:\s+(?:{_MONTH}))?\s+на)\s+"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?",
    re.I,
)
_NIGHT_WEEKDAY = re.compile(
    rf"\b(?:у|в)\s+ніч\s+(?:на|проти|з\s+\w+\s+на)\s+(?P<wd>{_WEEKDAY})\b", re.I
)
_WINDOW_START = re.compile(
    rf"\b(?:з|із|від)\s+\d{{1,2}}[:.]\d{{2}}\s+\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?", re.I
)
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}})(?:\s*(?:року|р\.))?)?",
    re.I,
)
_NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})\b")
_WEEKDAY_ALONE = re.compile(rf"\b(?:у|в)\s+(?P<wd>{_WEEKDAY})\b", re.I)
# Relative words, with the shift in days from the publication's local date.
_RELATIVE: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"\bпозавчора\b", re.I), -2),
    (re.compile(r"\b(?:вчора|учора|напередодні|минулого\s+дня)\b", re.I), -1),
    (
        re.compile(
            r"\b(?:вночі|уночі|цієї\s+ночі|минулої\s+ночі|цієї\s+ночі|протягом\s+ночі|цього\s+ранку"
            r"|сьогодні|зранку|вранці|уранці|минулої\s+доби|за\s+минулу\s+добу|протягом\s+доби"
            r"|за\s+добу|нічн\w+\s+атак\w*)\b",
            re.I,
        ),
        0,
    ),
]
_HISTORY = re.compile(
    r"\b(?:з\s+початку\s+(?:року|місяця|тижня|(?:повномасштабного\s+)?вторгнення|"
    r"повномасштабної\s+війни|війни)|торік|минулого\s+(?:року|місяця)|"
    r"у\s+20\d\d\s+році|за\s+(?:минулий\s+)?(?:тиждень|місяць|рік)|протягом\s+(?:тижня|місяця|року)|"
    r"за\s+весь\s+час|загалом\s+з|"
    rf"(?:у|в)\s+(?:{_MONTHS_LOCATIVE}))\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateCue:
    """A phrase that dates what is said near it."""

    start: int
    end: int
    date: date | None
    history: bool = False


def find_date_cues(folded: str, today: date | None) -> list[DateCue]:
    """Date phrases of a folded text, in text order, windows' start times left out."""
    skipped = [(m.start(), m.end()) for m in _WINDOW_START.finditer(folded)]
    cues = [c for c in _cues(folded, today) if not _inside(c, skipped)]
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[DateCue] = []
    for cue in cues:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return kept


def _inside(cue: DateCue, spans: list[tuple[int, int]]) -> bool:
    return any(a <= cue.start < b for a, b in spans)


def _cues(folded: str, today: date | None) -> Iterator[DateCue]:
    for m in _NIGHT_DATE.finditer(folded):
        yield _dated(m, today, _day_month(m, today))
    for m in _NIGHT_WEEKDAY.finditer(folded):
        yield _dated(m, today, _weekday(m.group("wd"), today))
    for m in _DAY_MONTH.finditer(folded):
        yield _dated(m, today, _day_month(m, today))
    for m in _NUMERIC_DATE.finditer(folded):
        yield _dated(m, today, _numeric(m, today))
    for m in _WEEKDAY_ALONE.finditer(folded):
        yield _dated(m, today, _weekday(m.group("wd"), today))
    for pattern, shift in _RELATIVE:
        for m in pattern.finditer(folded):
            yield DateCue(m.start(), m.end(), today + timedelta(days=shift) if today else None)
    for m in _HISTORY.finditer(folded):
        yield DateCue(m.start(), m.end(), None, history=True)


def _dated(m: re.Match[str], today: date | None, day: date | None) -> DateCue:
    history = bool(today and day and (today - day).days > HISTORY_DAYS)
    return DateCue(m.start(), m.end(), day, history)


def _day_month(m: re.Match[str], today: date | None) -> date | None:
    day = int(m.group("day"))
    month = MONTHS[m.group("month").lower()]
    year = m.group("year")
    if year:
        return _safe_date(int(year), month, day)
    return resolve_day_month(today, day, month) if today else None


def _numeric(m: re.Match[str], today: date | None) -> date | None:
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    return _safe_date(year, int(m.group("month")), int(m.group("day")))


def _weekday(word: str, today: date | None) -> date | None:
    return weekday_on_or_before(today, WEEKDAYS[word.lower()]) if today else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

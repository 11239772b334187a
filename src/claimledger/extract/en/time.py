"""When a claim happened: "overnight", "last night", "on Tuesday night", "early on Monday".

Dates are relative to the report's publication time in the local time of the place the claim is
about (a night is dated by its morning, ANNOTATION.md). A report without a publication time gets
no dates. Expressions that point well before the report ("in September", "last year", "since
the start of the war") mark a sentence as history, whose numbers are not claims about this event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from claimledger.extract.dates import resolve_day_month, weekday_on_or_before

Kind = Literal["relative", "weekday", "night_of", "weekday_night", "date", "history"]

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
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
)
_MONTH_SHORT = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "history",
        re.compile(
            rf"\b(?:(?:in|during|since|by|until|through|throughout)\s+(?:early\s+|late\s+|mid-?)?"
            rf"{_MONTH}\b(?!\.?\s+\d{{1,2}}\b)(?:\s+\d{{4}})?|(?:in|since|during)\s+(?:19|20)\d\d\b"
            r"|last\s+(?:week|month|year|summer|winter|spring|autumn|fall)\b"
            r"|earlier\s+this\s+(?:month|year)\b|(?:a|one|two|three|four|several|few)\s+"
            r"(?:weeks?|months?|years?)\s+ago\b|since\s+(?:the\s+(?:start|beginning|outbreak)|"
            r"the\s+full-scale|the\s+invasion|the\s+war|(?:19|20)\d\d)"
            r"|so\s+far\s+this\s+(?:year|month)\b|in\s+(?:the\s+)?(?:past|previous)\s+"
            r"(?:weeks?|months?|years?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "night_of",
        re.compile(
            rf"\b(?:(?:on\s+)?the\s+night\s+(?:of|to|into)\s+(?:(?:{_DAY})\s+(?:to|into)\s+)?"
            rf"(?P<a>{_DAY})|overnight\s+(?:into|on|to)\s+(?P<b>{_DAY}))\b"
        ),
    ),
    (
        "weekday_night",
        re.compile(rf"\b(?:on\s+)?(?P<day>{_DAY})(?:['’]s)?\s+(?:night|overnight)\b"),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:early|late)\s+(?:on\s+)?)?(?:on\s+)?(?P<day>{_DAY})"
            r"(?:\s+(?:morning|afternoon|evening))?\b"
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b(?:on\s+)?(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+(?P<y>\d{{4}}))?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})"
            r"\b(?:,?\s+(?P<y2>\d{4}))?)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:overnight|last\s+night|during\s+the\s+night|through\s+the\s+night"
            r"|in\s+the\s+early\s+hours|this\s+morning|earlier\s+today|today|yesterday"
            r"|(?:over|during|in)\s+the\s+(?:past|last)\s+(?:night|24\s+hours|day)"
            r"(?:\s+(?:morning|afternoon|evening))?|last\s+evening|on\s+the\s+previous\s+day)\b",
            re.IGNORECASE,
        ),
    ),
)
_YESTERDAY = re.compile(r"yesterday|last\s+evening|previous\s+day", re.IGNORECASE)
_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv", "BY": "Europe/Minsk"}
# A dated claim this many days before its report is an older event recalled, not news.
_HISTORY_DAYS = 7


@dataclass(frozen=True, slots=True)
class TimeMention:
    kind: Kind
    start: int
    end: int
    weekday: int | None = None
    offset: int = 0
    day_month: tuple[int, int, int | None] | None = None


def time_mentions(text: str, start: int = 0, end: int | None = None) -> list[TimeMention]:
    end = len(text) if end is None else end
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append(match.span())
            found.append(_mention(kind, match))
    return sorted(found, key=lambda m: m.start)


def _mention(kind: Kind, match: re.Match[str]) -> TimeMention:
    start, end = match.span()
    if kind == "night_of":
        day = match.group("a") or match.group("b")
        return TimeMention(kind, start, end, weekday=_DAYS.index(day.lower()))
    if kind in ("weekday", "weekday_night"):
        offset = 1 if kind == "weekday_night" else 0
        return TimeMention(kind, start, end, _DAYS.index(match.group("day").lower()), offset)
    if kind == "date":
        month = match.group("m") or match.group("m2")
        day = int(match.group("d") or match.group("d2"))
        year = match.group("y") or match.group("y2")
        number = _MONTH_SHORT[month[:4].lower() if month.lower() == "sept" else month[:3].lower()]
        return TimeMention(kind, start, end, day_month=(day, number, int(year) if year else None))
    if kind == "relative":
        offset = -1 if _YESTERDAY.search(match.group()) else 0
        return TimeMention(kind, start, end, offset=offset)
    return TimeMention(kind, start, end)


def local_day(published: datetime | None, country: str | None) -> date | None:
    """The publication date in the local time of the claim's country (UTC if unknown)."""
    if published is None:
        return None
    zone = ZoneInfo(_ZONES.get(country or "", "UTC"))
    if published.tzinfo is None:
        published = published.replace(tzinfo=ZoneInfo("UTC"))
    return published.astimezone(zone).date()


def resolve(mention: TimeMention, today: date | None) -> date | None:
    """The calendar date a mention points to, seen from the report's local date."""
    if today is None or mention.kind == "history":
        return None
    if mention.kind == "relative":
        return today + timedelta(days=mention.offset)
    if mention.weekday is not None:
        day = weekday_on_or_before(today, mention.weekday) + timedelta(days=mention.offset)
        return min(day, today)
    if mention.day_month is not None:
        day_number, month, year = mention.day_month
        if year is not None:
            try:
                return date(year, month, day_number)
            except ValueError:
                return None
        return resolve_day_month(today, day_number, month)
    return None


def is_history(mention: TimeMention, today: date | None) -> bool:
    if mention.kind == "history":
        return True
    if mention.kind != "date" or today is None:
        return False
    day = resolve(mention, today)
    return day is not None and (today - day).days > _HISTORY_DAYS

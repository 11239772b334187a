"""Calendar dates of claims: the local date of a report and the night it speaks about.

The annotation guide dates a night by its morning ("в ночь на пятницу" in Friday's post is
Friday), in the local time of the place the claim is about. Reports carry UTC timestamps; a
Telegram post at 23:30 UTC is already the next morning in Moscow, so every date is computed in
the report's local zone.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


def local_datetime(published: datetime | None, lang: str | None) -> datetime | None:
    """The publication time in the report's local zone (naive times are taken as UTC)."""
    if published is None:
        return None
    zone = ZoneInfo(_zone(lang))
    if published.tzinfo is None:
        published = published.replace(tzinfo=ZoneInfo("UTC"))
    return published.astimezone(zone)


def local_date(published: datetime | None, lang: str | None) -> date | None:
    moment = local_datetime(published, lang)
    return moment.date() if moment else None


def shift(day: date | None, days: int) -> str | None:
    """ISO date `days` after `day`, or None when the report has no date."""
    return (day + timedelta(days=days)).isoformat() if day else None


def weekday_on_or_before(day: date, weekday: int) -> date:
    """The latest date not after `day` that falls on `weekday` (Monday = 0): "on Tuesday"."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


# A report tells what has happened: a day and month without a year lies at most this many days
# after it (a night's morning in another zone); "в ніч на 7 вересня" in a March report is last
# September's, not the coming one's.
FUTURE_DAYS = 2


def resolve_day_month(day: date, target_day: int, target_month: int) -> date | None:
    """A day and month without a year ("25 ноября"): the nearest such date to the report that
    is not more than `FUTURE_DAYS` after it."""
    candidates = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidates.append(date(year, target_month, target_day))
        except ValueError:
            continue
    told = [c for c in candidates if (c - day).days <= FUTURE_DAYS]
    if not told:
        return None
    return min(told, key=lambda c: abs((c - day).days))


def _zone(lang: str | None) -> str:
    """The zone of a language's reports (its lexicon's `time_zone`); UTC for none."""
    from claimledger.extract.lexicon import known, lexicon

    return lexicon(lang).time_zone if lang and known(lang) else "UTC"  # type: ignore[arg-type]

"""Dates and times in exports: always the local calendar of the report, never UTC's.

A claim's `date` is a calendar date already (the morning of the night, local time) and is
copied as text. A publication time is shown as local time: a time the source gave with a local
offset (+02:00, +03:00) is local already and kept; a UTC time is put in the report's local zone
(Kyiv for Ukrainian, Moscow for Russian reports, UTC for English). So a post at 23:30 Kyiv time
is dated that day, not the next one nor the one before.
"""

from __future__ import annotations

from datetime import datetime

from claimledger.extract.dates import local_datetime


def parse_time(value: str | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def local_time(published: str | datetime | None, lang: str | None) -> datetime | None:
    """The publication time as local time (see the module's docstring)."""
    moment = parse_time(published)
    if moment is None:
        return None
    offset = moment.utcoffset()
    if offset is not None and offset.total_seconds() != 0:
        return moment
    return local_datetime(moment, lang)


def local_iso(published: str | datetime | None, lang: str | None) -> str | None:
    """The publication time as local time, ISO 8601 with its offset."""
    moment = local_time(published, lang)
    return moment.isoformat() if moment else None


def local_day(published: str | datetime | None, lang: str | None) -> str | None:
    """The report's local publication date, YYYY-MM-DD."""
    moment = local_time(published, lang)
    return moment.date().isoformat() if moment else None


def claim_day(date: str | None, published: str | datetime | None, lang: str | None) -> str | None:
    """The date a claim is filed under: its own, else its report's local date (as incidents
    do)."""
    return date or local_day(published, lang)

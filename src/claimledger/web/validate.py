"""Checks of query parameters shared by the API (422) and the pages (an error page)."""

from __future__ import annotations

import re
from datetime import date

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(value: str) -> str:
    """`value` when it is a calendar date, YYYY-MM-DD (2024-02-30 is none); ValueError else."""
    if not _DAY.fullmatch(value):
        raise ValueError("must be a date, YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is no calendar date") from None
    return value

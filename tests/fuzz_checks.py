"""What must hold of whatever a reader yields, hostile input or not (tests and bench/fuzz.py).

`soundness` lists the ways a report or a problem line breaks the readers' promises: valid
Unicode everywhere, no control characters in text, a UTC time within range, a language
claimledger reads, meta that is JSON and shallow enough to store and to send to a worker.
"""

from __future__ import annotations

import json
import pickle
import re
from typing import Any

from claimledger.model import LANGUAGES, Report
from claimledger.sources.read_admit import EARLIEST, LATEST
from claimledger.sources.read_bounds import MAX_DEPTH
from claimledger.sources.read_errors import ReadProblem

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def soundness(report: Report) -> list[str]:
    """What is wrong with `report` as a reader yields it (nothing, for a sound one)."""
    wrong: list[str] = []
    for name in ("text", "id", "source", "url", "lang"):
        value = getattr(report, name)
        if value is None:
            continue
        if not _encodes(value):
            wrong.append(f"{name} is not valid Unicode")
        if _CONTROLS.search(value):
            wrong.append(f"{name} holds control characters")
    if not report.text.strip() or not report.id:
        wrong.append("no text or no id")
    published = report.published
    if published is not None:
        if published.utcoffset() is None or published.utcoffset().total_seconds() != 0:
            wrong.append(f"published {published!r} is not in UTC")
        elif not EARLIEST <= published <= LATEST:
            wrong.append(f"published {published!r} out of range")
    if report.lang is not None and report.lang not in LANGUAGES:
        wrong.append(f"lang {report.lang!r}")
    try:
        json.dumps(report.meta, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError) as exc:
        wrong.append(f"meta is no JSON: {exc}")
    if _depth(report.meta) > MAX_DEPTH + 1:
        wrong.append("meta nested too deep")
    try:
        pickle.dumps(report)
    except (RecursionError, pickle.PicklingError) as exc:
        wrong.append(f"does not pickle: {exc}")
    return wrong


def problem_soundness(problem: ReadProblem) -> list[str]:
    shown = str(problem)
    return [] if _encodes(shown) else [f"problem line is not valid Unicode: {shown!r}"]


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH + 2:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level

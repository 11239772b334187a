"""Reading the peers' CSV tables into claims of their sources, one synthetic report per row.

Both tables restate the Ukrainian Air Force's reports, so every claim is the Air Force's
(military, ua) about Russian weapons over Ukraine (location UA). An empty cell is no claim; a
number, zero included, is what the table states. Report ids are made from a row's own key
(times, model, source), not its position, so a re-download that adds rows keeps the old ids;
a row with the same key and other numbers becomes a new version of that report.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import cast, get_args
from zoneinfo import ZoneInfo

from claimledger.errors import ClaimledgerError
from claimledger.model import WEAPONS, Action, Claim, Extraction, Report, Span, Weapon
from claimledger.peers.columns import destroyed_columns, peer_models
from claimledger.peers.render import Rendering

KYIV = ZoneInfo("Europe/Kyiv")
CLAIMANT = "Ukrainian Air Force"
MISSILE_ATTACKS = "missile-attacks"
AIRFORCE_DESTROYED = "airforce-destroyed"
KINDS = (MISSILE_ATTACKS, AIRFORCE_DESTROYED)
SOURCES = {
    MISSILE_ATTACKS: "Massive Missile Attacks on Ukraine (peer dataset)",
    AIRFORCE_DESTROYED: "Ukrainian Air Forces destroyed targets (peer dataset)",
}
# missile-attacks columns that carry a count, with the action each states and its label.
MISSILE_COUNTS: tuple[tuple[str, Action, str], ...] = (
    ("launched", "launched", "Launched"),
    ("destroyed", "intercepted", "Destroyed"),
    ("not_reach_goal", "suppressed", "Did not reach the target (lost, electronic warfare)"),
)
# Other columns, written out for the reader (label, and whether the cell is a count).
_CONTEXT_FIELDS = (
    ("still_attacking", "Still attacking", True),
    ("launch_place", "Launch place", False),
    ("target", "Target", False),
    ("affected region", "Affected region", False),
    ("num_hit_location", "Places hit", True),
    ("num_fall_fragment_location", "Places of falling fragments", True),
    ("carrier", "Carrier", False),
)
assert all(action in get_args(Action) for _, action, _ in MISSILE_COUNTS)


class PeerError(ClaimledgerError, ValueError):
    """A peer table that cannot be read, with the file and row named."""


@dataclass(frozen=True, slots=True)
class PeerRow:
    number: int  # 1-based data row of the file
    cells: dict[str, str]


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[PeerRow]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise PeerError(f"{path}: cannot read: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [name for name in required if name not in (reader.fieldnames or [])]
        if missing:
            raise PeerError(f"{path}: not this peer's table: no column {', '.join(missing)}")
        for number, cells in enumerate(reader, start=1):
            yield PeerRow(number, {k: (v or "").strip() for k, v in cells.items() if k})


def peer_extractions(path: Path, kind: str) -> Iterator[Extraction]:
    """One extraction (synthetic report and its claims) per row of a peer's table."""
    if kind == MISSILE_ATTACKS:
        rows = read_rows(path, ("time_start", "time_end", "model", "launched", "destroyed"))
        make = missile_attack_extraction
    elif kind == AIRFORCE_DESTROYED:
        rows = read_rows(path, ("checkpoint_date", "checkpoint_time"))
        make = destroyed_extraction
    else:
        raise PeerError(f"unknown peer kind {kind!r}; use one of {', '.join(KINDS)}")
    seen: Counter[str] = Counter()
    for row in rows:
        extraction = make(row, path)
        if extraction is None:
            continue
        key = extraction.report.id
        seen[key] += 1
        if seen[key] > 1:  # the same key twice in one file: two reports, not two versions
            extraction.report.id = f"{key}/{seen[key]}"
        yield extraction


def missile_attack_extraction(row: PeerRow, path: Path) -> Extraction | None:
    cells = row.cells
    name = cells.get("model", "")
    end = _moment(cells.get("time_end", ""), row, path)
    if not name or end is None:
        return None
    weapon, model = peer_models(name)
    text = Rendering()
    text.title(f"{SOURCES[MISSILE_ATTACKS]}, {path.name}, row {row.number}")
    text.field("Period (Kyiv time)", f"{cells.get('time_start', '')} to {cells['time_end']}")
    text.field("Model", name)
    for column, _, label in MISSILE_COUNTS:
        text.field(label, _count_text(cells.get(column, ""), row, path))
    for column, label, counted in _CONTEXT_FIELDS:
        cell = cells.get(column, "")
        text.field(label, _count_text(cell, row, path) if counted else cell)
    text.field("Source", cells.get("source", ""))
    report = Report(
        text=text.text,
        id=_report_id(
            MISSILE_ATTACKS,
            cells.get("time_start", ""),
            cells["time_end"],
            name,
            cells.get("source", ""),
        ),
        source=SOURCES[MISSILE_ATTACKS],
        published=end,
        lang="en",
        url=_url(cells.get("source", "")),
        meta={"peer": MISSILE_ATTACKS, "file": path.name, "row": row.number, "cells": cells},
    )
    claims = [
        _claim(text, label, action, weapon, model, end.date())
        for column, action, label in MISSILE_COUNTS
        if text.has(label)
    ]
    return Extraction(report, claims=claims)


def destroyed_extraction(row: PeerRow, path: Path) -> Extraction | None:
    cells = row.cells
    moment = _moment(f"{cells['checkpoint_date']} {cells['checkpoint_time']}".strip(), row, path)
    if moment is None:
        return None
    text = Rendering()
    text.title(f"{SOURCES[AIRFORCE_DESTROYED]}, {path.name}, row {row.number}")
    text.field("Checkpoint (Kyiv time)", f"{cells['checkpoint_date']} {cells['checkpoint_time']}")
    claims = []
    for column, (weapon, model) in destroyed_columns().items():
        label = f"Destroyed, {column}"
        text.field(label, _count_text(cells.get(column, ""), row, path))
        if text.has(label):
            claims.append((label, weapon, model))
    report = Report(
        text=text.text,
        id=f"peer-{AIRFORCE_DESTROYED}:{moment.isoformat(timespec='minutes')}",
        source=SOURCES[AIRFORCE_DESTROYED],
        published=moment,
        lang="en",
        meta={"peer": AIRFORCE_DESTROYED, "file": path.name, "row": row.number},
    )
    made = [
        _claim(text, label, "intercepted", weapon, model, moment.date())
        for label, weapon, model in claims
    ]
    return Extraction(report, claims=made)


def _claim(
    text: Rendering,
    label: str,
    action: Action,
    weapon: str | None,
    model: str | None,
    day: date,
) -> Claim:
    value = text.value_span(label)
    spans: dict[str, Span] = {"number": value}
    for key, source_label in (
        ("weapon", "Model"),
        ("date", "Period (Kyiv time)"),
        ("date", "Checkpoint (Kyiv time)"),
    ):
        if text.has(source_label):
            spans[key] = text.value_span(source_label)
    return Claim(
        action=action,
        quantity=int(value.text),
        evidence=text.line_span(label),
        weapon=_weapon(weapon),
        model=model,
        location="UA",
        claimant=CLAIMANT,
        claimant_side="ua",
        claimant_kind="military",
        attacker_side="ru",
        date=day.isoformat(),
        spans=spans,
    )


def _weapon(value: str | None) -> Weapon | None:
    if value is None:
        return None
    if value not in WEAPONS:
        raise ValueError(f"not a weapon of the claim model: {value!r}")
    return cast(Weapon, value)


def _count_text(cell: str, row: PeerRow, path: Path) -> str:
    """ "236.0" -> "236"; "" stays empty (no claim)."""
    if not cell or cell.lower() == "nan":
        return ""
    try:
        number = float(cell)
    except ValueError:
        raise PeerError(f"{path}: row {row.number}: not a count: {cell!r}") from None
    if number < 0 or number != int(number):
        raise PeerError(f"{path}: row {row.number}: not a count: {cell!r}")
    return str(int(number))


def _moment(value: str, row: PeerRow, path: Path) -> datetime | None:
    """A local Kyiv time ("2026-06-07 08:30", "2022-09-28", "2023-01-02 07:00:00")."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise PeerError(f"{path}: row {row.number}: not a date or time: {value!r}") from None
    return parsed.replace(tzinfo=KYIV) if parsed.tzinfo is None else parsed


def _report_id(kind: str, *key: str) -> str:
    digest = hashlib.sha256("\x00".join(key).encode()).hexdigest()[:16]
    return f"peer-{kind}:{digest}"


def _url(source: str) -> str | None:
    """The missile-attacks table cites Facebook posts as "kpszsu/posts/<id>"."""
    if source.startswith(("http://", "https://")):
        return source
    if "/posts/" in source and " " not in source:
        return f"https://www.facebook.com/{source}"
    return None

"""Who claims, as the claim tables of the tests write it: (claimant_side, claimant_kind), and how
a table's expected rows are paired with the extractor's as the scorer pairs claims."""

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

import pytest

from claimledger.extract import Extractor
from claimledger.extract.pipeline import read_report
from claimledger.model import Claim, Language, Report
from claimledger.resources import Resources

WIRE = (None, "outlet")  # the report's own voice (Example Wire, a source of no known side)
UA_OUT = ("ua", "outlet")
UA_MIL = ("ua", "military")
UA_OFF = ("ua", "official")
UA_MED = ("ua", "media")
UA_ANON = ("ua", "anonymous")
RU_MIL = ("ru", "military")
RU_OFF = ("ru", "official")
RU_MED = ("ru", "media")
RU_OUT = ("ru", "outlet")
OTHER_MIL = ("other", "military")
OTHER_OFF = ("other", "official")
OTHER_OUT = ("other", "outlet")
OTHER_MEDIA = ("other", "media")
OTHER_ANON = ("other", "anonymous")
UNKNOWN_MIL = (None, "military")  # a force the report names with no side

# The scorer's leniency: a plain "missile" matches any kind of missile (ANNOTATION.md).
MISSILES = {"missile", "cruise_missile", "ballistic_missile"}
# A report's publication time for tables that date their claims.
FRIDAY = datetime.fromisoformat("2024-11-22T07:30:00+00:00")


def same_row(expected: Sequence[object], got: Sequence[object]) -> bool:
    """Equal rows (a trailing date only where the table expects one), or equal but for a bare
    `missile` against a kind of missile, as scored. Rows put the weapon second."""
    if len(expected) == 8 and expected[7] is None:
        got = (*got[:7], None)
    if tuple(expected) == tuple(got):
        return True
    weapons = {expected[1], got[1]}
    return (tuple(expected[:1]) + tuple(expected[2:]) == tuple(got[:1]) + tuple(got[2:])
            and "missile" in weapons and weapons <= MISSILES)


R = TypeVar("R", bound=Sequence[object])


def unmatched(expected: list[R], got: list[R]) -> tuple[list[R], list[R]]:
    """The expected rows no output row pairs with, and the output rows left over."""
    rest = list(got)
    missing = []
    for row in expected:
        hit = next((g for g in rest if same_row(row, g)), None)
        if hit is None:
            missing.append(row)
        else:
            rest.remove(hit)
    return missing, rest


def row_key(row: Sequence[object]) -> tuple[str, ...]:
    """A sort key for rows that hold None beside strings."""
    return tuple(str(field) for field in row)


def scored_rows(rows: list[R], expected: list[R]) -> list[R]:
    """Output rows, sorted, each kind of missile written as the expected row's `missile` (and
    back) where the rows agree otherwise, as the scoring matches them."""
    out: list[R] = []
    for row in rows:
        if row not in expected and row[1] in MISSILES:
            row = next((exp for exp in expected if same_row(exp, row)), row)
        out.append(row)
    return sorted(out, key=row_key)


def dated_row(claim: Claim) -> tuple[object, ...]:
    """A claim's scored fields with its date: action, weapon, quantity, location, claimant side
    and kind, attacker side, date."""
    return (claim.action, claim.weapon, claim.quantity, claim.location, claim.claimant_side,
            claim.claimant_kind, claim.attacker_side, claim.date)


# A place table's row: action, weapon, quantity, location.
Placed = tuple[str, str | None, int | None, str | None]


def claimant_pairs(
    extractor: Extractor, name: str, lang: Language, text: str
) -> set[tuple[str | None, str | None]]:
    """The (side, kind) of the claimants of the claims read from a table's text; a table that
    names who claims expects claims, so none read fails here."""
    claims = extractor.extract(Report(id=name, text=text, lang=lang)).claims
    assert claims, f"{name}: no claim read"
    return {(c.claimant_side, c.claimant_kind) for c in claims}


# Where a table's reports come from, and when: a Ukrainian outlet for Ukrainian texts, a wire
# of no side for the others.
SITES = {"uk": "https://www.ukrinform.ua/news/1", "ru": "https://example-wire.com/ru/1",
         "en": "https://example-wire.com/news/1"}
SITE_TIME = datetime.fromisoformat("2025-03-14T07:40:00+00:00")


def sited_rows(
    resources: Resources, text: str, lang: Language, expected: list[Placed]
) -> list[Placed]:
    """The claims read from a table's text, published by SITES[lang] at SITE_TIME, as the
    scorer pairs them with `expected`; every claim's evidence is checked against the text."""
    report = Report(text=text, lang=lang, url=SITES[lang], published=SITE_TIME)
    claims = Extractor(resources).extract(report, lang).claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return scored_rows([(c.action, c.weapon, c.quantity, c.location) for c in claims], expected)


def placed(extractor: Extractor, name: str, lang: Language, text: str) -> Counter[Placed]:
    """The claims read from a table's text, as place tables write their rows."""
    claims = extractor.extract(Report(id=name, text=text, lang=lang)).claims
    return Counter((c.action, c.weapon, c.quantity, c.location) for c in claims)


# A wire table's row: action, weapon, quantity, location, claimant side and kind, attacker side,
# date (None: not checked).
WireRow = tuple[Any, ...]


def wire(action: str, weapon: str | None, quantity: int, location: str | None,
         claimant: tuple[str | None, str | None], attacker: str | None,
         day: str | None = None) -> WireRow:
    return (action, weapon, quantity, location, *claimant, attacker, day)


def wire_misses(
    resources: Resources, lang: str, text: str, expected: list[WireRow]
) -> tuple[list[WireRow], list[WireRow]]:
    """The expected rows not read and the rows read but not expected, for a text published by
    "Example Wire" on Friday 2024-11-22 at 07:30 UTC."""
    report = Report(text=text, source="Example Wire", published=FRIDAY, lang=lang)  # type: ignore[arg-type]
    got = [dated_row(claim) for claim in read_report(report, lang, resources).claims]  # type: ignore[arg-type]
    return unmatched(expected, got)


def wire_params(
    cases: Sequence[tuple[str, str, str, list[WireRow]]],
    xfail: dict[str, str],
    open_cases: dict[str, str] | None = None,
) -> list[Any]:
    """A wire table's cases as parameters, named by their second field: those of `xfail` a
    strict expected failure with its reason, those of `open_cases` a lenient one."""
    lenient = open_cases or {}
    return [pytest.param(*case, id=case[1], marks=_marks(case[1], xfail, lenient))
            for case in cases]


def _marks(name: str, xfail: dict[str, str], lenient: dict[str, str]) -> list[Any]:
    """A named case's marks: strict expected failure with its reason, lenient one, or none."""
    if name in xfail:
        return [pytest.mark.xfail(reason=xfail[name], strict=True)]
    if name in lenient:
        return [pytest.mark.xfail(reason=lenient[name])]
    return []


def case_adder(cases: list[Any]) -> Callable[[str, str, str, list[Any]], None]:
    """A table's `case(lang, name, text, expected)`: appends the row to `cases`, each name once."""

    def case(lang: str, name: str, text: str, expected: list[Any]) -> None:
        assert all(name != old[1] for old in cases), name
        cases.append((lang, name, text, expected))

    return case


def table_params(cases: Sequence[tuple[Any, ...]], xfail: dict[str, str]) -> list[Any]:
    """A table's rows (lang, name, *fields) as parameters (lang, *fields), named by the name;
    those of `xfail` a strict expected failure with its reason."""
    return [pytest.param(lang, *fields, id=name, marks=_marks(name, xfail, {}))
            for lang, name, *fields in cases]

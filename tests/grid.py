"""The round-14 grids: short reports written from ANNOTATION.md and from how outlets write, at
breadth, before the extractor read any of them (not from any evaluation text's errors).

A grid case is (lang, name, site, text, rows). `site` is a key of SITES: who published the
report, which decides the outlet's own voice. A row is (action, weapon, quantity, location,
claimant_side, claimant_kind). Claims pair as the scorer pairs them (action, weapon, quantity and
location equal; a bare `missile` matches a kind of missile); the claimant is then checked on
the pairs, as claimant accuracy is.

`python tests/grid.py tests/test_round14_grid_*.py` prints each table's claim precision, recall,
F1 and claimant accuracy per language: the figures the tables' docstrings record before and
after the round's rules.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract import Extractor
from claimledger.model import Claim, Language, Report
from claimledger.resources import Resources

# Who publishes a grid report: a wire of no known side, or an outlet the registry knows.
SITES: dict[str, str] = {
    "wire": "https://example-wire.com/news/1",
    "reuters": "https://www.reuters.com/world/europe/1",
    "ap": "https://apnews.com/article/1",
    "kyivindependent": "https://kyivindependent.com/1",
    "timesofisrael": "https://www.timesofisrael.com/liveblog-1",
    "aljazeera": "https://www.aljazeera.com/news/1",
    "bbcrussian": "https://www.bbc.com/russian/articles/1",
    "meduza": "https://meduza.io/news/1",
    "tass": "https://tass.ru/armiya-i-opk/1",
    "ria": "https://ria.ru/20250314/1.html",
    "interfax": "https://www.interfax.ru/russia/1",
    "ukrinform": "https://www.ukrinform.ua/rubric-ato/1",
    "pravda": "https://www.pravda.com.ua/news/2025/03/14/1",
    "suspilne": "https://suspilne.media/1",
}
# Friday 14 March 2025, morning in Kyiv and Moscow.
PUBLISHED = datetime.fromisoformat("2025-03-14T07:40:00+00:00")

GridRow = tuple[str, str | None, int, str | None, str | None, str | None]
GridCase = tuple[Language, str, str, str, list[GridRow]]
MISSILES = {"missile", "cruise_missile", "ballistic_missile"}


Who = tuple[str | None, str | None]  # claimant side and kind


def row(action: str, weapon: str | None, quantity: int, location: str | None,
        who: Who) -> GridRow:
    """A grid row: the claim's scored fields and who claims it."""
    return (action, weapon, quantity, location, who[0], who[1])


def paragraphs(*parts: str) -> str:
    """A long report as outlets lay it out: a headline line, then paragraphs split by a blank
    line."""
    return "\n\n".join(parts)


def _same_claim(expected: GridRow, got: GridRow) -> bool:
    if expected[0] != got[0] or expected[2:4] != got[2:4]:
        return False
    return expected[1] == got[1] or ("missile" in {expected[1], got[1]}
                                     and {expected[1], got[1]} <= MISSILES)


def _row(claim: Claim) -> GridRow:
    return (claim.action, claim.weapon, claim.quantity, claim.location,
            claim.claimant_side, claim.claimant_kind)


def read_rows(resources: Resources, lang: Language, site: str, text: str) -> list[GridRow]:
    """The claims read from a grid report, each evidence span checked against the text."""
    report = Report(text=text, lang=lang, url=SITES[site], published=PUBLISHED)
    claims = Extractor(resources).extract(report, lang).claims
    for claim in claims:
        assert report.text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    return [_row(claim) for claim in claims]


def pair(expected: Sequence[GridRow], got: Sequence[GridRow]
         ) -> tuple[list[tuple[GridRow, GridRow]], list[GridRow], list[GridRow]]:
    """Matched (expected, read) pairs, the expected rows not read, the read rows not expected."""
    rest = list(got)
    pairs: list[tuple[GridRow, GridRow]] = []
    missed: list[GridRow] = []
    for row in expected:
        hit = next((g for g in rest if _same_claim(row, g) and g[4:] == row[4:]), None)
        hit = hit or next((g for g in rest if _same_claim(row, g)), None)
        if hit is None:
            missed.append(row)
        else:
            rest.remove(hit)
            pairs.append((row, hit))
    return pairs, missed, rest


def check(resources: Resources, lang: Language, site: str, text: str,
          expected: list[GridRow]) -> None:
    """A grid case passes when every expected claim is read, nothing else is, and each claim's
    claimant side and kind are the expected ones."""
    pairs, missed, extra = pair(expected, read_rows(resources, lang, site, text))
    wrong = [(e, g) for e, g in pairs if e[4:] != g[4:]]
    assert not missed and not extra and not wrong, (
        f"missed {missed}; extra {extra}; claimant (expected, read) {wrong}")


def grid_params(cases: Sequence[GridCase], xfail: dict[str, str]) -> list[Any]:
    """A grid's cases as parameters (lang, site, text, rows), named by the case's name; those of
    `xfail` strict expected failures with their reasons."""
    names = [case[1] for case in cases]
    assert len(names) == len(set(names)), "a grid case name is used twice"
    unknown = set(xfail) - set(names)
    assert not unknown, f"xfail names no case: {sorted(unknown)}"
    return [pytest.param(lang, site, text, rows, id=name,
                         marks=[pytest.mark.xfail(reason=xfail[name], strict=True)]
                         if name in xfail else [])
            for lang, name, site, text, rows in cases]


def figures(resources: Resources, cases: Sequence[GridCase]) -> dict[str, tuple[float, ...]]:
    """Per language: claim precision, recall, F1, claimant accuracy, and the counts behind them
    (expected, read, matched)."""
    counts: dict[str, list[int]] = {}
    for lang, _, site, text, rows in cases:
        got = read_rows(resources, lang, site, text)
        pairs, _, _ = pair(rows, got)
        c = counts.setdefault(lang, [0, 0, 0, 0])
        c[0] += len(rows)
        c[1] += len(got)
        c[2] += len(pairs)
        c[3] += sum(1 for e, g in pairs if e[4:] == g[4:])
    out: dict[str, tuple[float, ...]] = {}
    for lang, (gold, pred, match, right) in sorted(counts.items()):
        p = match / pred if pred else 1.0
        r = match / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lang] = (p, r, f, right / match if match else 1.0, gold, pred, match)
    return out


def _load(path: Path) -> Sequence[GridCase]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases: Sequence[GridCase] = module.CASES
    return cases


def main(paths: list[str]) -> int:
    resources = Resources()
    print(f"{'table':<34} lang     P     R    F1 claimant  gold  read match")
    for name in paths:
        for lang, (p, r, f, c, gold, pred, match) in figures(resources, _load(Path(name))).items():
            print(f"{Path(name).stem:<34} {lang:<4} {p:5.3f} {r:5.3f} {f:5.3f}    {c:5.3f}"
                  f" {gold:5.0f} {pred:5.0f} {match:5.0f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))

"""Issue 19 on the real corpus (../shared, 22,099 posts): one bad line at line 11,001, of each
kind, costs that line and nothing else: 22,098 reports are read, and (for the kinds that broke
the store or a whole run, and case 3's NUL in line 5) stored through `ingest` in a fresh ledger.
The readers and the store are under test, so claims are not extracted here (each report is
stored without claims); tests/test_hostile_cli.py runs the same kinds through `extract` and
`ingest` with extraction."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.model import Extraction, Report
from claimledger.pipeline import ingest
from claimledger.sources.readers import ReadProblem, read_reports

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"
LINES = 22_099
BAD_LINE = 11_001

pytestmark = pytest.mark.skipif(
    not CORPUS.exists(), reason="../shared not present (a user's clone has none)"
)


def _with(key: str, value: str) -> Callable[[bytes], bytes]:
    def change(line: bytes) -> bytes:
        record = json.loads(line)
        record.pop(key, None)
        body = json.dumps(record, ensure_ascii=False)[1:]
        return f'{{"{key}": {value}, {body}'.encode()

    return change


# How line 11,001 is broken; each makes the line bad, and only the line.
BAD: dict[str, Callable[[bytes], bytes]] = {
    "nul byte": lambda line: line[:40] + b"\x00" + line[40:],
    "invalid utf-8": lambda line: line[:40] + b"\xff\xfe" + line[40:],
    "4,301 digits": _with("n", "9" * 4_301),
    "beyond int64": _with("n", str(10**30)),
    "1e999": _with("n", "1e999"),
    "100k deep": lambda line: b"[" * 100_000 + b"]" * 100_000,
    "900 deep field": _with("n", "[" * 900 + "]" * 900),
    "truncated": lambda line: line[: len(line) // 2],
    "unknown lang": _with("lang", '"xx"'),
    "published overflow": _with("published", '"9999-12-31T23:59:59-14:00"'),
    "wrong type": _with("text", "5"),
    "raw control byte": lambda line: line.replace(b'"text": "', b'"text": "\x01', 1),
}
# What is read with a warning: the line is kept.
KEPT: dict[str, Callable[[bytes], bytes]] = {
    "lone surrogate": lambda line: line.replace(b'"text": "', b'"text": "\\ud800', 1),
    "naive time": _with("published", '"2024-11-22T08:00:00"'),
    "language tag": _with("lang", '"ru-RU"'),
    "nul escape": lambda line: line.replace(b'"text": "', b'"text": "\\u0000', 1),
}


class NoClaims(Extractor):
    """Stores each report as it is read, without extracting claims."""

    def __init__(self) -> None:  # no resources: nothing is extracted
        pass

    def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
        return Extraction(report)


@pytest.fixture(scope="module")
def lines() -> list[bytes]:
    found = CORPUS.read_bytes().splitlines(keepends=True)
    assert len(found) == LINES
    return found


def corpus_with(lines: list[bytes], folder: Path, change: Callable[[bytes], bytes]) -> Path:
    path = folder / "posts.jsonl"
    changed = list(lines)
    changed[BAD_LINE - 1] = change(lines[BAD_LINE - 1].rstrip(b"\n")) + b"\n"
    path.write_bytes(b"".join(changed))
    return path


def store(path: Path, db: Path) -> tuple[int, list[ReadProblem]]:
    problems: list[ReadProblem] = []
    with Ledger.open(db) as ledger:
        stats = ingest(
            read_reports([path], errors=problems),
            ledger,
            extractor=NoClaims(),
            batch_size=5_000,
            errors=problems,
        )
        assert stats.failed == 0
        return ledger.counts()["reports"], problems


def read(path: Path) -> tuple[int, list[ReadProblem]]:
    problems: list[ReadProblem] = []
    return sum(1 for _ in read_reports([path], errors=problems)), problems


@pytest.mark.parametrize("kind", sorted(BAD))
def test_one_bad_line_at_11001_costs_that_line_only(
    lines: list[bytes], tmp_path: Path, kind: str
) -> None:
    count, problems = read(corpus_with(lines, tmp_path, BAD[kind]))
    assert count == LINES - 1 == 22_098
    assert [(p.line, p.level) for p in problems] == [(BAD_LINE, "error")]


@pytest.mark.parametrize("kind", sorted(KEPT))
def test_a_line_read_with_a_warning_is_kept(lines: list[bytes], tmp_path: Path, kind: str) -> None:
    count, problems = read(corpus_with(lines, tmp_path, KEPT[kind]))
    assert count == LINES
    assert {(p.line, p.level) for p in problems} <= {(BAD_LINE, "warning")}


# Stored through ingest into a fresh ledger (each costs the store's time for 22k reports):
# the kinds that broke the store itself or a whole run.
@pytest.mark.parametrize(
    ("kind", "stored"), [("4,301 digits", LINES - 1), ("lone surrogate", LINES)]
)
def test_the_other_reports_are_stored(
    lines: list[bytes], tmp_path: Path, kind: str, stored: int
) -> None:
    change = BAD.get(kind) or KEPT[kind]
    count, problems = store(corpus_with(lines, tmp_path, change), tmp_path / "l.db")
    assert count == stored
    assert [p.line for p in problems] == [BAD_LINE]


def test_case_3_one_nul_in_line_5_stores_the_other_22098(
    lines: list[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "posts.jsonl"
    changed = list(lines)
    changed[4] = changed[4][:30] + b"\x00" + changed[4][30:]
    path.write_bytes(b"".join(changed))
    stored, problems = store(path, tmp_path / "l.db")
    assert stored == 22_098
    assert [(p.line, p.level) for p in problems] == [(5, "error")]


def test_the_untouched_corpus_reads_without_a_problem(tmp_path: Path) -> None:
    shutil.copy(CORPUS, tmp_path / "posts.jsonl")
    problems: list[ReadProblem] = []
    assert sum(1 for _ in read_reports([tmp_path / "posts.jsonl"], errors=problems)) == LINES
    assert [str(p) for p in problems if p.is_error] == []

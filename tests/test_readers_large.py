"""Huge inputs: a 200 MB JSON Lines file streams in bounded memory; a huge text file is refused."""

from __future__ import annotations

import json
import re
import time
import tracemalloc
from pathlib import Path

from claimledger.sources.readers import MAX_REPORT_BYTES, ReadProblem, read_reports

SIZE = 200 * 1024 * 1024


def _block(lines: int) -> bytes:
    # Lines of ~3 KB: a long post each; tracemalloc makes every allocation slow, so fewer and
    # longer lines keep the test quick while still counting tens of thousands of reports.
    text = "Силы ПВО уничтожили 25 беспилотников над Брянской областью ночью. " * 24
    return b"".join(
        json.dumps({"id": f"r{n}", "channel": "c", "text": text}, ensure_ascii=False).encode()
        + b"\n"
        for n in range(lines)
    )


def test_200mb_jsonl_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    block = _block(1000)
    with path.open("wb") as out:
        for _ in range(SIZE // len(block) + 1):
            out.write(block)
    lines = (SIZE // len(block) + 1) * 1000
    errors: list[ReadProblem] = []
    started = time.monotonic()
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_reports([path], errors=errors))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert errors == []
    assert count == lines
    print(f"200 MB JSON Lines: {count} reports, peak {peak / 2**20:.1f} MB")
    assert peak < 50 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB"
    assert time.monotonic() - started < 60


def test_huge_plain_text_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    chapter = "Глава. Ночью над областью сбили четыре беспилотника.\n".encode() * 20000
    with path.open("wb") as out:
        for _ in range(SIZE // len(chapter) + 1):
            out.write(chapter)
    errors: list[ReadProblem] = []
    tracemalloc.start()
    try:
        reports = list(read_reports([path], errors=errors))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reports == []
    (error,) = errors
    assert re.search(r"plain-text report too large \(20\d MB; limit 5 MB\)", error.message)
    assert peak < 5 * 1024 * 1024


def test_text_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = b"Four drones were shot down over the region. "
    path.write_bytes(sentence * ((MAX_REPORT_BYTES - 1) // len(sentence)))
    errors: list[ReadProblem] = []
    (report,) = read_reports([path], errors=errors)
    assert errors == []
    assert len(report.text) > MAX_REPORT_BYTES - 100


def test_oversized_text_in_jsonl_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "x" * (MAX_REPORT_BYTES + 1)})
    path.write_text(big + "\n" + json.dumps({"id": "small", "text": "ok"}) + "\n", "utf-8")
    errors: list[ReadProblem] = []
    reports = list(read_reports([path], errors=errors))
    assert [r.id for r in reports] == ["small"]
    assert [(e.line, "larger than 5 MB" in e.message) for e in errors] == [(1, True)]

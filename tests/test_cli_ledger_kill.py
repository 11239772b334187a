"""`claimledger ingest` killed with SIGKILL mid-run: the ledger holds whole batches only, and
running the same command again completes it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.model import Report

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs POSIX signals to kill the ingest"
)

# Own sentences in the three languages, each with air-war claims of its own shape.
TEMPLATES = [
    (
        "ru",
        "Дежурные средства ПВО уничтожили {n} украинских беспилотников над территорией "
        "Брянской области, сообщило Минобороны России. Пострадавших нет.",
    ),
    (
        "ru",
        "Мэр Москвы сообщил, что силы ПВО сбили ещё {n} беспилотника, летевших на Москву.",
    ),
    (
        "en",
        "Russian air defences shot down {n} Ukrainian drones over the Kursk region overnight, "
        "the Russian Ministry of Defence said on Thursday.",
    ),
    (
        "uk",
        "У ніч на 12 березня противник атакував {n} ударними БпЛА. Збито {m} з них над "
        "Київською та Житомирською областями, повідомили Повітряні сили.",
    ),
    ("ru", "Синоптики обещают снег и до {n} градусов мороза на выходных."),
]
REPORTS = 1000
BATCH = 40
KILL_AFTER = 3 * BATCH


PUBLISHED = "2024-03-12T06:00:00+00:00"


def _report(number: int) -> tuple[int, Report]:
    template = number % len(TEMPLATES)
    lang, pattern = TEMPLATES[template]
    count = 5 + number % 37
    text = pattern.format(n=count, m=count - 2)
    report = Report(
        text=text,
        id=f"gen:{number}",
        source="Generated channel",
        published=datetime.fromisoformat(PUBLISHED),
        lang=lang,
    )
    return template, report


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "posts.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(REPORTS):
            template, report = _report(number)
            record = {
                "id": report.id,
                "channel": report.source,
                "published": PUBLISHED,
                "lang": report.lang,
                "text": report.text,
                "template": template,  # an extra key: kept in meta
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus)]
    command += ["--db", str(db), "--batch-size", str(BATCH), "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(connection.execute("SELECT count(*) FROM reports").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.OperationalError:  # not created yet, or mid-migration
        return 0


def _expected_claims() -> dict[str, int]:
    """Claims the real extractor finds in each generated report, computed in this process
    (once per distinct text: the corpus repeats 5 templates x 37 numbers)."""
    extractor = Extractor()
    by_text: dict[str, int] = {}
    expected = {}
    for number in range(REPORTS):
        report = _report(number)[1]
        if report.text not in by_text:
            by_text[report.text] = len(extractor.extract(report).claims)
        expected[report.id] = by_text[report.text]
    return expected


def _check_whole(db: Path, expected: dict[str, int]) -> int:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = connection.execute(
            "SELECT count(*) FROM claims c LEFT JOIN reports r ON r.id = c.report_id "
            "WHERE r.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        stored = dict(
            connection.execute(
                "SELECT r.id, count(c.id) FROM reports r LEFT JOIN claims c "
                "ON c.report_id = r.id GROUP BY r.id"
            ).fetchall()
        )
    finally:
        connection.close()
    wrong = {rid: (n, expected[rid]) for rid, n in stored.items() if n != expected[rid]}
    assert wrong == {}, f"reports stored without all their claims: {list(wrong.items())[:5]}"
    return len(stored)


def test_sigkill_mid_ingest_leaves_whole_batches_and_rerun_completes(
    corpus: Path, tmp_path: Path
) -> None:
    expected = _expected_claims()
    assert sum(expected.values()) > 0, "the templates should carry claims"
    db = tmp_path / "killed.db"
    process = _ingest(corpus, db)
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < KILL_AFTER:
            assert process.poll() is None, process.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "ingest too slow to reach the kill point"
            time.sleep(0.02)
        assert process.poll() is None, "finished before the kill: make the corpus larger"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL

    stored = _check_whole(db, expected)
    print(f"killed with {stored} of {REPORTS} reports stored")
    assert KILL_AFTER <= stored < REPORTS
    assert stored % BATCH == 0, "a batch was half written"

    rerun = _ingest(corpus, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()[-2000:]
    assert _check_whole(db, expected) == REPORTS

"""`claimledger ingest` of a Telegram export killed with SIGKILL mid-run: whole batches only, its
extraction workers go too, and running it again completes the ledger."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimledger.extract import Extractor
from claimledger.model import Report

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL") or not Path("/proc").is_dir(),
    reason="needs POSIX signals and /proc to kill the ingest and find its workers",
)

TEMPLATES = [
    "Дежурные средства ПВО уничтожили {n} беспилотников над территорией Курской области.",
    "Губернатор сообщил, что над Белгородом ночью сбиты ещё {n} дронов, пострадавших нет.",
    # the night of the messages' own date: a day and month without a year is never one ahead of
    # its report (extract.dates.resolve_day_month), so "12 березня" in a November post is last
    # March's, history, while the check below reads the text with no date at all
    "У ніч на 28 листопада противник атакував {n} ударними БпЛА, повідомили Повітряні сили.",
    "Синоптики обещают до {n} градусов мороза на выходных.",
]
MESSAGES = 600
BATCH = 40
KILL_AFTER = 3 * BATCH


def _text(number: int) -> str:
    return TEMPLATES[number % len(TEMPLATES)].format(n=3 + number % 29)


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tg-kill") / "result.json"
    messages = [
        {
            "id": number,
            "type": "message",
            "date": "2024-11-28T06:00:00",
            "date_unixtime": str(1732762800 + number),
            "text": [_text(number)[:12], {"type": "bold", "text": _text(number)[12:]}],
        }
        for number in range(1, MESSAGES + 1)
    ]
    document = {"name": "Kill test", "type": "public_channel", "id": 42, "messages": messages}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), "utf-8")
    return path


def _ingest(export: Path, db: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "claimledger", "ingest", str(export), "--db", str(db)]
    command += ["--batch-size", str(BATCH), "--workers", "2", "--quiet"]
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


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _check_whole(db: Path) -> int:
    extractor = Extractor()
    by_text: dict[str, int] = {}
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = connection.execute(
            "SELECT r.id, r.text, count(c.id) FROM reports r LEFT JOIN claims c "
            "ON c.report_id = r.id GROUP BY r.id"
        ).fetchall()
    finally:
        connection.close()
    for report_id, text, claims in stored:
        if text not in by_text:
            by_text[text] = len(extractor.extract(Report(text=text, id=report_id)).claims)
        assert claims == by_text[text], report_id
    assert sum(by_text.values()) > 0, "the templates should carry claims"
    return len(stored)


def test_sigkill_mid_telegram_ingest(export: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    process = _ingest(export, db)
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < KILL_AFTER:
            assert process.poll() is None, process.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "ingest too slow to reach the kill point"
            time.sleep(0.02)
        workers = _children(process.pid)
        assert process.poll() is None, "finished before the kill: make the export larger"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    assert len(workers) >= 2
    gone_by = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "orphaned workers"

    stored = _check_whole(db)
    assert KILL_AFTER <= stored < MESSAGES and stored % BATCH == 0, stored

    rerun = _ingest(export, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()[-2000:]
    assert _check_whole(db) == MESSAGES

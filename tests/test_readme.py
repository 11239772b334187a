"""Every command of the README's "Using it" section, run on the demo ledger as a user would.

The commands are read from README.md, so the README and this test cannot drift apart: a new
example is run as soon as it is written. Each must succeed and find something. The inputs the
examples name (report.txt, posts.jsonl, photo.jpg ...) are made here, from the test fixtures
and sentences of this file; REPORT_ID stands for a report of the ledger.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimledger.cli import main
from claimledger.demo import demo_photo
from claimledger.evaluation.gold import gold_record
from claimledger.ledger import Ledger
from claimledger.media.synthetic import jpeg_bytes

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
REPORT = """---
source: Example Wire
published: 2024-11-22T07:00:00+00:00
---
Russian air defences shot down 9 Ukrainian drones over the Kaluga region overnight, the
Russian Defence Ministry said on Friday.
"""
POST = {
    "id": "readme:1",
    "channel": "example_channel",
    "published": "2024-10-03T06:00:00+00:00",
    "lang": "ru",
    "text": "Ночью над Брянской областью сбиты три беспилотника, сообщил губернатор.",
}


def readme_commands() -> list[str]:
    """The `claimledger ...` lines of the first sh block of "## Using it"."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "README's Using it section has no sh block"
    return [line for line in block.group(1).splitlines() if line.startswith("claimledger ")]


def write_inputs(folder: Path) -> None:
    """The files the examples name, each holding at least one claim."""
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "posts.jsonl").write_text(json.dumps(POST, ensure_ascii=False) + "\n")
    shutil.copy(FIXTURES / "telegram" / "channel" / "result.json", folder / "result.json")
    shutil.copy(FIXTURES / "feeds" / "wire.rss", folder / "feed.xml")
    shutil.copy(FIXTURES / "pages" / "kyiv.html", folder / "page.html")
    (folder / "reports").mkdir()
    (folder / "reports" / "one.txt").write_text(REPORT.replace("9 Ukrainian", "10 Ukrainian"))
    # The demo's photo, smaller and re-encoded, as a copy found elsewhere would be.
    (folder / "photo.jpg").write_bytes(jpeg_bytes(demo_photo().resize((280, 210)), 75))
    text = str(POST["text"])
    start = text.index("сбиты")
    claim = {"action": "intercepted", "weapon": "uav", "quantity": 3, "location": "RU-BRY",
             "claimant": None, "date": "2024-10-03",
             "evidence": {"start": start, "end": text.index(",", start)}}
    record = gold_record("posts.jsonl", str(POST["id"]), "ru", "dev", text, [claim])
    (folder / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    write_inputs(folder)
    return folder


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_the_readme_has_examples_to_run() -> None:
    commands = readme_commands()
    assert len(commands) >= 12
    assert any(c.startswith("claimledger claims --location RU-KLU") for c in commands)


def test_every_readme_command_finds_something_in_the_demo_ledger(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workdir)
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    monkeypatch.setattr("uvicorn.run", _serve_one_page)
    built = invoke(["demo"])
    assert built.exit_code == 0, built.output
    with Ledger.open(workdir / "claimledger.db", create=False) as ledger:
        report_id = ledger.report_ids("", limit=1)[0]
    for line in readme_commands():
        args = shlex.split(line)[1:]
        args = [report_id if a == "REPORT_ID" else a for a in args]
        result = invoke(args)
        assert result.exit_code == 0, f"{line}\n{result.output}"
        assert result.stdout.strip() or args[0] == "export", f"{line}: no output"
        _check(args, result.stdout, workdir)


def _check(args: list[str], out: str, workdir: Path) -> None:
    """What "found something" means for each kind of command."""
    command = args[0]
    if command == "extract" and "jsonl" in args:
        assert all(json.loads(line)["claims"] for line in out.splitlines())
    elif command == "extract":
        assert json.loads(out)[0]["claims"]
    elif command == "ingest":
        assert "claims written" in out and not re.search(r"\b0 new", out)
    elif command == "claims":
        assert "city:Kaluga" in out or "city:Kalug" in out  # the region's town is in
    elif command in ("incidents", "incident"):
        assert "2024-11-22/RU-KLU/uav/ua" in out and "disputed" in out
    elif command == "place":
        assert json.loads(out)["code"] == "RU-KLU"
    elif command == "media":
        assert json.loads(out)["matches"]
    elif command == "export":
        written = (workdir / args[args.index("--out") + 1]).read_text(encoding="utf-8")
        assert "2024-11-22/RU-KLU/uav/ua" in written
    elif command == "serve":
        assert "200" in out and "RU-KLU" in out
    elif command == "evaluate":
        assert re.search(r"ru\s+dev\s+1\b", out)
    else:
        assert out.strip()


def _serve_one_page(app: Any, **options: Any) -> None:
    """uvicorn.run, for this test: answer one request for the dashboard, print it, stop."""
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        page = client.get("/incidents")
    print(page.status_code, page.text)

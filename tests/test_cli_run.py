"""`claimledger.cli.run`, the process's entry: after `extract` it ends the process without the
interpreter's teardown, which must not change what the command writes or its exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.cli import main

SRC = Path(__file__).resolve().parents[1] / "src"

POSTS = [
    {
        "id": "a",
        "lang": "ru",
        "text": "Над Курской областью сбиты 12 беспилотников, сообщили в Минобороны.",
    },
    {"id": "b", "lang": "ru", "text": "Погода в Москве солнечная."},
]


def _python_m(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    command = [sys.executable, "-m", "claimledger", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


@pytest.fixture()
def posts(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    lines = (json.dumps(post, ensure_ascii=False) for post in POSTS)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ([], 0),  # all written, the quick exit
        (["/no/such/file.jsonl"], 1),  # an input missing: the error on stderr, exit 1
    ],
)
def test_a_process_writes_what_main_writes_with_its_exit_code(
    posts: Path, extra: list[str], code: int
) -> None:
    args = ["extract", str(posts), *extra, "--format", "jsonl", "--quiet"]
    done = _python_m(args)
    expected = CliRunner().invoke(main, args)
    assert (done.returncode, expected.exit_code) == (code, code)
    assert done.stdout == expected.stdout
    assert ("file.jsonl" in done.stderr) == bool(extra)


def test_a_usage_error_still_exits_2() -> None:
    done = _python_m(["extract", "--no-such-option"])
    assert done.returncode == 2 and "no-such-option" in done.stderr

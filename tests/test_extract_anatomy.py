"""bench/extract_anatomy.py, on a small input of its own: its hooks still find what they time.

The bench replaces `Forks.__init__`, `parallel._extract_chunk` and `parallel._prepare` in the
measured process; a rename there would leave it timing nothing, silently. Here a run that forks
must log every step, and the summary must count both workers. Nothing is timed against a goal.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "extract_anatomy.py"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the runner forks its workers on Linux only"
)
TEXTS = (
    "Над Брянской областью ночью сбиты {n} беспилотников, сообщил губернатор.",
    "Синоптики обещают до {n} градусов мороза на выходных.",
    "В городе открылся {n}-й по счёту книжный магазин.",
)


@pytest.fixture(scope="module")
def posts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More reports than the runner reads alone (`parallel.SERIAL_BELOW`), a third with a claim."""
    path = tmp_path_factory.mktemp("anatomy") / "posts.jsonl"
    lines = [
        json.dumps({"id": str(i), "text": TEXTS[i % len(TEXTS)].format(n=2 + i % 30),
                    "lang": "ru"}, ensure_ascii=False)
        for i in range(600)
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_forked_run_is_logged_step_by_step(posts: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        import extract_anatomy
    finally:
        sys.path.remove(str(BENCH.parent))
    run = extract_anatomy._measure(sys.executable, posts, 2)
    assert set(run.steps) == {"start", "prepare", "prepared", "fork"}
    assert run.steps["start"] < run.steps["prepare"] < run.steps["prepared"] < run.steps["fork"]
    assert len(run.workers_cpu) == 2 and all(cpu > 0 for cpu in run.workers_cpu)
    assert run.steps["fork"] < run.last_chunk_end < run.wall
    assert run.parent_cpu > run.parent_cpu_at_fork > 0


def test_the_summary_and_the_prefix_parts_are_printed(posts: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--posts", str(posts), "--runs", "1", "--jobs", "2"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "CPU of the 2 workers" in done.stdout
    assert "prefix parts, median of 1 fresh processes: imports" in done.stdout
    assert "dataclass methods made" in done.stdout

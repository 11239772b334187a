"""The kill test of bench/kill_ingest.py, short: SIGKILL of `claimledger ingest` at random
moments, then an ingest that completes, equal to a clean one. Slow (a minute or more): runs
only with CLAIMLEDGER_SLOW=1; the bench's default is 30 kills of the whole corpus."""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).parent.parent / "bench" / "kill_ingest.py"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("CLAIMLEDGER_SLOW") != "1", reason="slow: set CLAIMLEDGER_SLOW=1"
    ),
    pytest.mark.skipif(
        not hasattr(signal, "SIGKILL") or not Path("/proc").is_dir(),
        reason="needs POSIX signals and /proc",
    ),
]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_ingest", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _corpus(path: Path) -> Path:
    """Own sentences, some with claims, some without, as JSON Lines."""
    texts = [
        "Дежурные средства ПВО уничтожили {n} беспилотников над территорией Курской области.",
        "Губернатор сообщил, что над Белгородом ночью сбиты ещё {n} дронов, пострадавших нет.",
        "Russian air defences shot down {n} drones over the Bryansk region overnight.",
        "Синоптики обещают до {n} градусов мороза на выходных.",
    ]
    lines = []
    for number in range(1500):
        text = texts[number % len(texts)].format(n=2 + number % 37)
        published = f"2024-11-{1 + number % 28:02d}T0{number % 10}:00:00+00:00"
        lines.append(
            f'{{"id": "k{number}", "source": "test", "published": "{published}", '
            f'"text": "{text} ({number})"}}'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_killed_ingests_then_one_that_completes_equal_a_clean_one(tmp_path: Path) -> None:
    bench = _bench()
    corpus = _corpus(tmp_path / "corpus.jsonl")
    kills = int(os.environ.get("CLAIMLEDGER_KILLS", "5"))
    assert (
        bench.main(["--corpus", str(corpus), "--kills", str(kills), "--keep", str(tmp_path)]) == 0
    )

"""The compiled wheel (`make compiled`, setup.py) reads every text exactly as the pure package.

mypyc compiles the extraction's modules from the same sources, but compiled code checks types at
run time and may part from Python where the sources lean on its dynamic behaviour (it did once:
a tuple assignment that read a narrowed variable raised a TypeError). So the outputs of both
builds are compared whole: the bundled sample reports through `claimledger extract`, and with
../shared every output of every shared corpus (bench/extract_outputs.py). Skips, saying why,
where no compiled environment was built or it is older than the sources it compiled.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COMPILED = ROOT / "build" / "compiled"
PYTHON = COMPILED / "venv" / "bin" / "python"
SAMPLES = sorted((ROOT / "src" / "claimledger" / "samples").glob("*.txt"))
_READ = ("py", "toml", "tsv")  # the files whose change makes a compiled build stale


def _stale() -> str | None:
    """Why the compiled build cannot stand for these sources, or None when it can."""
    wheels = sorted((COMPILED / "dist").glob("*.whl"))
    if not PYTHON.exists() or not wheels:
        return "no compiled build (make compiled builds it; some 6 minutes)"
    built = wheels[-1].stat().st_mtime
    package = ROOT / "src" / "claimledger"
    # the code and the tables that decide what is read (not the dashboard's vendored files,
    # which `make test` fetches after `make compiled` in CI)
    sources = [*(p for suffix in _READ for p in package.rglob(f"*.{suffix}")), ROOT / "setup.py"]
    newer = [p for p in sources if p.stat().st_mtime > built]
    if newer:
        return f"the compiled build is older than {newer[0].relative_to(ROOT)} (make compiled)"
    return None


_WHY_NOT = _stale()
pytestmark = pytest.mark.skipif(_WHY_NOT is not None, reason=_WHY_NOT or "")


def _run(python: Path | str, *args: str) -> str:
    done = subprocess.run([str(python), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_extraction_runs_compiled() -> None:
    probe = ("import claimledger.extract.grammar.reader as r, claimledger.places.matcher as m, "
             "claimledger.morph as o; print(r.__file__); print(m.__file__); print(o.__file__)")
    files = _run(PYTHON, "-c", probe).split()
    assert all(f.endswith(".so") for f in files), files


def test_samples_read_alike() -> None:
    args = ["-m", "claimledger", "extract", *map(str, SAMPLES), "--format", "json"]
    pure = _run(sys.executable, *args)
    assert '"claims"' in pure
    assert _run(PYTHON, *args) == pure


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                    reason="../shared not present (a user's clone has none)")
def test_shared_corpora_read_alike(tmp_path: Path) -> None:
    script = str(ROOT / "bench" / "extract_outputs.py")
    _run(sys.executable, script, str(tmp_path / "pure.jsonl"))
    _run(PYTHON, script, str(tmp_path / "compiled.jsonl"))
    pure = (tmp_path / "pure.jsonl").read_text("utf-8")
    assert pure.count("\n") > 100
    assert (tmp_path / "compiled.jsonl").read_text("utf-8") == pure

"""Batch extraction on a real local Dask cluster gives exactly the single-process readings.

One cluster for the module (two worker processes, one thread each, as the CLI starts by
default): starting one costs seconds on a small machine.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="dask not installed (pip install -e '.[scale]')")
pytest.importorskip("pyarrow", reason="pyarrow not installed")

from distributed import Client

from claimledger.batch import engine, extract_to_parquet, read_parquet_dir
from claimledger.batch.parquet import read_manifest
from claimledger.cli.batch import batch_extract_command
from claimledger.extract import Extractor
from claimledger.ledger import Ledger
from claimledger.pipeline import ingest
from claimledger.sources.readers import read_reports

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "ru-telegram" / "posts.jsonl"
SLICE = 300


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    """The local cluster extract_to_parquet starts without --scheduler, kept for the module."""
    with ExitStack() as stack:
        yield engine.connect(stack, None, engine.DEFAULT_WORKERS)


@pytest.fixture(scope="module")
def posts(module_posts: Any) -> Path:
    path: Path = module_posts("posts.jsonl", range(45))
    return path


@pytest.fixture(scope="module")
def batch_dir(cluster: Client, posts: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic posts extracted by `claimledger batch-extract --scheduler ...`."""
    out = tmp_path_factory.mktemp("batch") / "out"
    address = cluster.scheduler.address
    args = [str(posts), "--out", str(out), "--scheduler", address, "--partition-size", "7"]
    result = CliRunner().invoke(batch_extract_command, args)
    assert result.exit_code == 0, result.output
    assert "45 reports" in result.output and "7 partitions" in result.output
    return out


def single_process(paths: list[Path]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in Extractor().extract_many(read_reports(paths))]


def test_local_cluster_is_two_single_threaded_worker_processes(cluster: Client) -> None:
    assert sorted(cluster.nthreads().values()) == [1, 1]
    pids = set(cluster.run(os.getpid).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_batch_equals_single_process(batch_dir: Path, posts: Path) -> None:
    expected = single_process([posts])
    assert sum(len(e["claims"]) for e in expected) > 20  # the posts do carry claims
    assert [e.to_dict() for e in read_parquet_dir(batch_dir)] == expected


def test_one_file_per_partition_and_table(batch_dir: Path) -> None:
    manifest = read_manifest(batch_dir)
    assert [p["index"] for p in manifest["partitions"]] == list(range(7))
    assert [p["reports"] for p in manifest["partitions"]] == [7] * 6 + [3]
    assert manifest["reports"] == 45 and manifest["errors"] == []
    names = sorted(str(p.relative_to(batch_dir)) for p in batch_dir.rglob("*.parquet"))
    tables = ("claims", "reports")
    assert names == sorted(f"{t}/part-{i:05d}.parquet" for t in tables for i in range(7))


def test_extractor_is_built_once_per_worker(cluster: Client, batch_dir: Path) -> None:
    first = cluster.run(lambda: id(engine.worker_extractor()))
    second = cluster.run(lambda: id(engine.worker_extractor()))
    assert first == second and len(first) == 2


def test_batch_dir_ingests_like_a_direct_ingest(
    batch_dir: Path, posts: Path, ledger_url: str
) -> None:
    with Ledger.open(ledger_url) as ledger, Ledger.open(":memory:") as direct:
        ingest(read_reports([posts]), direct)
        assert ledger.write(read_parquet_dir(batch_dir)).new == 45
        assert ledger.claims() == direct.claims()
        assert ledger.counts() == direct.counts()


def test_read_errors_are_kept(cluster: Client, tmp_path: Path, posts: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    lines = posts.read_text("utf-8").splitlines()[:3]
    broken.write_text("\n".join([lines[0], "{not json", lines[1], '{"id": "x"}', lines[2]]) + "\n")
    stats = extract_to_parquet([broken], tmp_path / "out", scheduler=cluster.scheduler.address)
    assert stats.reports == 3 and stats.error_count == 2
    assert [e.line for e in stats.errors] == [2, 4]
    manifest = read_manifest(tmp_path / "out")
    assert len(manifest["errors"]) == 2 and manifest["reports"] == 3


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared not present (a user's clone has none)")
def test_corpus_slice_equals_single_process(cluster: Client, tmp_path: Path) -> None:
    sample = tmp_path / "slice.jsonl"
    with CORPUS.open(encoding="utf-8") as corpus:
        # Every 70th post: a spread over the whole archive, not only its first days.
        sample.write_text("".join(itertools.islice(corpus, 0, SLICE * 70, 70)), "utf-8")
    out = tmp_path / "out"
    stats = extract_to_parquet(
        [sample], out, scheduler=cluster.scheduler.address, partition_size=40
    )
    expected = single_process([sample])
    assert stats.reports == len(expected) == SLICE
    assert stats.claims == sum(len(e["claims"]) for e in expected)
    assert [e.to_dict() for e in read_parquet_dir(out)] == expected
    assert json.loads((out / "claimledger-batch.json").read_text("utf-8"))["claims"] == stats.claims

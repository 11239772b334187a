"""Batch extraction for archive backfills: Dask workers in, a directory of Parquet out.

`extract_to_parquet(inputs, out_dir)` extracts on a Dask cluster (a local one by default) and
writes a batch directory; `read_parquet_dir(out_dir)` gives its extractions back for the ledger
(`claimledger ingest out_dir`).

Reading a batch directory needs pyarrow only; the engine needs the optional `scale` extra
(dask[distributed]) and is imported on first use, so `is_batch_dir` and `read_parquet_dir`
work without Dask installed. Without it the engine's names raise MissingExtra, which names the
extra to install.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from claimledger.batch.parquet import MANIFEST, BatchError, is_batch_dir, read_parquet_dir
from claimledger.errors import require_extra

if TYPE_CHECKING:
    from claimledger.batch.engine import (
        DEFAULT_PARTITION_SIZE,
        DEFAULT_WORKERS,
        BatchStats,
        extract_partition,
        extract_to_parquet,
    )

_ENGINE_NAMES = frozenset(
    {
        "DEFAULT_PARTITION_SIZE",
        "DEFAULT_WORKERS",
        "BatchStats",
        "extract_partition",
        "extract_to_parquet",
    }
)

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "DEFAULT_WORKERS",
    "MANIFEST",
    "BatchError",
    "BatchStats",
    "extract_partition",
    "extract_to_parquet",
    "is_batch_dir",
    "read_parquet_dir",
]


def __getattr__(name: str) -> Any:
    if name in _ENGINE_NAMES:
        require_extra("scale", "extraction on Dask", "dask", "distributed")
        return getattr(import_module("claimledger.batch.engine"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

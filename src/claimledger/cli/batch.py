"""`claimledger batch-extract`: archive backfills on Dask, a directory of Parquet out.

The heavy imports (dask, pyarrow) happen when the command runs, so `claimledger --help` and
every other command work without the optional `scale` extra; without it this command says which
extra to install and exits 2.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimledger.cli.options import (
    EXIT_FAILED,
    clean_errors,
    lang_option,
    program,
    published_option,
    quiet_option,
)
from claimledger.cli.output import report_problems

if TYPE_CHECKING:
    from claimledger.batch import BatchStats


@click.command("batch-extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A new or empty directory for the Parquet files (then: claimledger ingest DIR).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    help="A running Dask scheduler (tcp://host:8786); default: a local cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=2,
    show_default=True,
    help="Worker processes of the local cluster (ignored with --scheduler).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(1, 1_000_000),
    default=500,
    show_default=True,
    help="Reports per partition (one task, one file per table).",
)
@lang_option()
@published_option
@quiet_option("No progress, summary or warnings.", expose=True)
@clean_errors
def batch_extract_command(
    inputs: tuple[str, ...],
    out_dir: Path,
    scheduler: str | None,
    workers: int,
    partition_size: int,
    lang: str,
    published: datetime | None,
    quiet: bool,
) -> None:
    """Extract claims from INPUTS (JSON Lines, text files, directories) on a Dask cluster into
    Parquet files in DIR, for `claimledger ingest DIR`. Without --scheduler a local cluster of
    --workers processes runs the job."""
    from claimledger import batch  # the engine's names raise MissingExtra without dask

    progress = None if quiet or not sys.stderr.isatty() else _progress
    stats = batch.extract_to_parquet(
        inputs,
        out_dir,
        scheduler=scheduler,
        workers=workers,
        partition_size=partition_size,
        lang=lang,
        published=published,
        on_partition=progress,
    )
    if progress is not None:
        click.echo(err=True)
    if not quiet:
        report_problems(stats.errors)
        click.echo(_summary(stats, out_dir))
    if stats.error_count:
        sys.exit(EXIT_FAILED)


def _progress(stats: BatchStats) -> None:
    line = f"\r{stats.partitions} partitions, {stats.reports:,} reports, {stats.claims:,} claims"
    click.echo(line, nl=False, err=True)


def _summary(stats: BatchStats, out_dir: Path) -> str:
    failed = f", {stats.failed} failed" if stats.failed else ""
    return (
        f"{stats.reports:,} reports, {stats.claims:,} claims{failed} in {stats.partitions} "
        f"partitions -> {out_dir} ({stats.seconds:.1f} s, cluster {stats.cluster_seconds:.1f} s)"
        f"\nstore them: {program()} ingest {out_dir} --db LEDGER"
    )


BATCH_COMMANDS: list[click.Command] = [batch_extract_command]

"""`claimledger extract`: claims of reports, printed; nothing is stored.

With `--engine dask` the inputs are extracted on a Dask cluster into Parquet (the `scale`
extra); without that extra the command says which extra to install and exits 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import click

from claimledger import progress
from claimledger.cli.options import (
    EXIT_FAILED,
    clean_errors,
    format_option,
    lang_option,
    nothing_open,
    program,
    published_option,
    quiet_option,
)
from claimledger.cli.output import echo_json_array, report_problems
from claimledger.extract.parallel import extract_reports
from claimledger.model import Extraction, Report
from claimledger.sources.readers import ReadError, ReadProblem, read_reports


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@published_option
@lang_option()
@format_option(
    ["json", "jsonl", "table"],
    "jsonl",
    "jsonl: one {id, claims} per report (the scored form); json: an array of full readings; "
    "table: claims as a table.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: partitions extracted on a Dask cluster, written as Parquet to --out "
    "(needs claimledger[scale]).",
)
@click.option("--scheduler", help="Address of a Dask scheduler; without it a local cluster starts.")
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Folder for --engine dask."
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes that extract (--engine local): 0 picks them, one per core up to 4, and "
    "one for a small input.",
)
@quiet_option()
@clean_errors
def extract_command(
    paths: tuple[str, ...],
    published: datetime | None,
    lang: str,
    fmt: str,
    engine: str,
    scheduler: str | None,
    out: Path | None,
    jobs: int,
) -> None:
    """Extract claims from text files, JSON Lines corpora, directories or - (stdin).

    With `--engine dask --out DIR` the inputs are split into partitions extracted on a Dask
    cluster (a local one of two workers unless `--scheduler` names one), claims written as
    Parquet into DIR; `claimledger ingest DIR` loads them."""
    if engine == "dask":
        _extract_on_dask(paths, published, lang, scheduler, out)
        return
    errors: list[ReadProblem] = []
    reports = read_reports(paths, published=published, errors=errors)
    extractions: Iterable[Extraction] = _each(reports, lang, jobs, errors)
    if not sys.stdout.isatty():  # a count on the terminal while the readings go to a file
        extractions = progress.counted(extractions, "reports extracted")
    if fmt == "jsonl":
        _echo_lines(_JSON.encode(extraction.to_scored_dict()) for extraction in extractions)
    elif fmt == "json":
        echo_json_array((extraction.to_dict() for extraction in extractions), indent=0)
    else:
        _echo_table(extractions)
    failed = report_problems(errors)
    nothing_open()  # the readers closed their files, the workers are joined: all is written
    if failed:
        sys.exit(EXIT_FAILED)


# json.dumps(..., ensure_ascii=False) builds an encoder per call; one serves the whole run.
_JSON = json.JSONEncoder(ensure_ascii=False)
_BATCH = 200  # lines written at once: few writes, and output still shows as the run goes


def _echo_lines(lines: Iterable[str]) -> None:
    """Each line on stdout, `_BATCH` lines to a click.echo: it flushes at every call, and a
    flush per report was a write call per report (a tenth of the output's cost on 3,000
    posts). The lines read before a failure are still written."""
    batch: list[str] = []
    try:
        for line in lines:
            batch.append(line)
            if len(batch) == _BATCH:
                _echo_batch(batch)
    finally:
        if batch:
            _echo_batch(batch)


def _echo_batch(batch: list[str]) -> None:
    text = "\n".join(batch)
    batch.clear()  # cleared first: a failed write is not tried again
    click.echo(text)


def _each(
    reports: Iterable[Report], lang: str, jobs: int, errors: list[ReadProblem]
) -> Iterator[Extraction]:
    """The extraction of each report, in input order, on `jobs` processes (0: automatic); one
    the extractor fails on is an error line (as in `ingest`), and the run goes on."""

    def failed(report: Report, message: str) -> None:
        errors.append(ReadError(f"report {report.id}", None, f"extraction failed: {message}"))

    return extract_reports(reports, lang, jobs=jobs or None, on_error=failed)


def _extract_on_dask(
    paths: tuple[str, ...],
    published: datetime | None,
    lang: str,
    scheduler: str | None,
    out: Path | None,
) -> None:
    if out is None:
        raise click.UsageError("--engine dask writes Parquet: give --out DIR")
    from claimledger import batch  # the engine's names raise MissingExtra without dask

    stats = batch.extract_to_parquet(
        list(paths), out, scheduler=scheduler, lang=lang, published=published
    )
    failed = report_problems(stats.errors)
    click.echo(
        f"{stats.reports:,} reports, {stats.claims:,} claims in {stats.partitions} partitions "
        f"written to {out} in {stats.seconds:.1f} s; store them: {program()} ingest {out}"
    )
    if failed:
        sys.exit(EXIT_FAILED)


def _echo_table(extractions: Iterable[Extraction]) -> None:
    from rich.console import Console  # only the table form needs rich
    from rich.table import Table

    table = Table("report", "date", "location", "action", "weapon", "qty", "claimant", "evidence")
    for extraction in extractions:
        for claim in extraction.claims:
            qty = ("~" if claim.qualifier == "approx" else "") + str(claim.quantity)
            if claim.qualifier == "at_least":
                qty = f">={claim.quantity}"
            elif claim.qualifier == "at_most":
                qty = f"<={claim.quantity}"
            table.add_row(
                extraction.report.id,
                claim.date or "",
                claim.location or "",
                claim.action,
                claim.weapon or "",
                qty,
                claim.claimant or "",
                claim.evidence.text,
            )
    Console().print(table)


EXTRACT_COMMANDS: list[click.Command] = [extract_command]

"""The command line: a thin edge over the library. Domain errors become CLI errors here only."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from claimledger.cli_batch import BATCH_COMMANDS
from claimledger.cli_eval import evaluate_command
from claimledger.cli_export import EXPORT_COMMANDS
from claimledger.cli_incidents import INCIDENT_COMMANDS
from claimledger.cli_ledger import LEDGER_COMMANDS, published_callback
from claimledger.cli_media import media_group
from claimledger.cli_places import place_command
from claimledger.cli_web import WEB_COMMANDS
from claimledger.extract import Extractor
from claimledger.model import Extraction
from claimledger.sources.readers import ReadProblem, read_reports

LANG_CHOICE = click.Choice(["auto", "en", "ru", "uk"])


def report_errors(errors: list[ReadProblem]) -> bool:
    """Print read errors and warnings on stderr; True when any was an error."""
    for error in errors:
        click.echo(str(error), err=True)
    return any(error.is_error for error in errors)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimledger")
def main() -> None:
    """claimledger: war reports in, a ledger of sourced, checkable claims out."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=published_callback,
    help="Publication time (ISO 8601) for reports that carry none.",
)
@click.option("--lang", type=LANG_CHOICE, default="auto", show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one {id, claims} per report (the scored form); json: an array of full "
    "readings; table: claims as a table.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: partitions extracted on a Dask cluster, written as Parquet to --out.",
)
@click.option("--scheduler", help="Address of a Dask scheduler; without it a local cluster starts.")
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), help="Folder for --engine dask."
)
def extract_command(
    paths: tuple[str, ...],
    published: datetime | None,
    lang: str,
    fmt: str,
    engine: str,
    scheduler: str | None,
    out: Path | None,
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
    extractions = Extractor().extract_many(reports, lang)
    if fmt == "jsonl":
        for extraction in extractions:
            click.echo(json.dumps(extraction.to_scored_dict(), ensure_ascii=False))
    elif fmt == "json":
        _echo_json_array(extraction.to_dict() for extraction in extractions)
    else:
        _echo_table(extractions)
    if report_errors(errors):
        sys.exit(1)


def _extract_on_dask(
    paths: tuple[str, ...],
    published: datetime | None,
    lang: str,
    scheduler: str | None,
    out: Path | None,
) -> None:
    if out is None:
        raise click.UsageError("--engine dask writes Parquet: give --out DIR")
    from claimledger.batch import BatchError, extract_to_parquet

    try:
        stats = extract_to_parquet(
            list(paths), out, scheduler=scheduler, lang=lang, published=published
        )
    except BatchError as exc:
        raise click.ClickException(str(exc)) from None
    failed = report_errors(stats.errors)
    click.echo(
        f"{stats.reports:,} reports, {stats.claims:,} claims in {stats.partitions} partitions "
        f"written to {out} in {stats.seconds:.1f} s"
    )
    if failed:
        sys.exit(1)


def _echo_json_array(items: Iterable[dict[str, Any]]) -> None:
    # Streams the array so that a 22k-post corpus never sits in memory as one list.
    click.echo("[", nl=False)
    for index, item in enumerate(items):
        click.echo(
            ("," if index else "") + "\n" + json.dumps(item, ensure_ascii=False, indent=2), nl=False
        )
    click.echo("\n]")


def _echo_table(extractions: Iterable[Extraction]) -> None:
    from rich.console import Console
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


main.add_command(place_command)
main.add_command(evaluate_command)
main.add_command(media_group)
for _command in [
    *LEDGER_COMMANDS,
    *INCIDENT_COMMANDS,
    *EXPORT_COMMANDS,
    *BATCH_COMMANDS,
    *WEB_COMMANDS,
]:
    main.add_command(_command)

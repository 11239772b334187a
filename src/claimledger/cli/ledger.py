"""Ledger commands: claims, show, demo (and ingest, from cli/ingest.py, in LEDGER_COMMANDS).

Every command takes `--db PATH` (env CLAIMLEDGER_DB, default ./claimledger.db); errors and
exit codes are those of cli/options.py.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from claimledger.cli.ingest import ingest_command
from claimledger.cli.options import (
    EXIT_FAILED,
    CliError,
    clean_errors,
    db_option,
    format_option,
    program,
    quiet_option,
)
from claimledger.cli.output import echo_json_array, report_problems
from claimledger.demo import build_demo
from claimledger.ledger import DEFAULT_DB, Ledger
from claimledger.ledger.display import claims_table, counts_table, report_view
from claimledger.model import ACTIONS, WEAPONS

# Rows a table shows unless --limit says otherwise; more is for --format jsonl.
TABLE_LIMIT = 1000
# Terminal width from which the claims table shows qualifier and side in columns of their own.
WIDE_TABLE = 120


# -- claims ----------------------------------------------------------------------------------


@click.command("claims")
@db_option
@click.option(
    "--location",
    help='A place code ("RU-KLU": the region with its towns and districts) or a prefix '
    '("RU-", "city:").',
)
@click.option("--claimant", help="Part of the claimant's name, any case.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First claim date, YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last claim date, YYYY-MM-DD.")
@click.option("--action", type=click.Choice(ACTIONS))
@click.option("--weapon", type=click.Choice(WEAPONS))
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@format_option(["table", "json", "jsonl"], "table")
@quiet_option()
@clean_errors
def claims_command(
    db_path: Path,
    location: str | None,
    claimant: str | None,
    since: datetime | None,
    until: datetime | None,
    action: str | None,
    weapon: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List stored claims, by date, filtered by place, claimant and dates."""
    capped = fmt == "table" and limit is None
    with Ledger.open(db_path, create=False) as ledger:
        found = ledger.iter_claims(
            location=_place_filter(location),
            claimant=claimant,
            since=since,
            until=until,
            action=action,
            weapon=weapon,
            limit=TABLE_LIMIT + 1 if capped else limit,
        )
        if fmt == "table":
            _print_table(list(found), capped)
        elif fmt == "json":
            echo_json_array(found)
        else:
            for record in found:
                click.echo(json.dumps(record, ensure_ascii=False))


def _place_filter(location: str | None) -> str | tuple[str, ...] | None:
    if not location or location.endswith(("-", ":")):
        return location  # a prefix needs no gazetteer
    from claimledger.resources import default_resources

    return default_resources().gazetteer.place_filter(location)


def _print_table(found: list[dict[str, Any]], capped: bool = False, title: str = "") -> None:
    if not found:
        click.echo("no claims match", err=True)
        return
    if capped and len(found) > TABLE_LIMIT:
        found = found[:TABLE_LIMIT]
        click.echo(
            f"more than {TABLE_LIMIT:,} claims match; showing the first {TABLE_LIMIT:,} "
            "(use --limit, or --format jsonl for all)",
            err=True,
        )
    count = f"{len(found):,} claim" + ("" if len(found) == 1 else "s")
    console = Console()
    console.print(claims_table(found, title or count, compact=console.width < WIDE_TABLE))


# -- show ------------------------------------------------------------------------------------


@click.command("show")
@click.argument("report_id")
@db_option
@clean_errors
def show_command(report_id: str, db_path: Path) -> None:
    """Show a report with its evidence highlighted, then everything read from it.

    REPORT_ID may be the start of an id when only one report begins with it."""
    with Ledger.open(db_path, create=False) as ledger:
        extraction = ledger.report(_resolve(ledger, report_id))
        if extraction is None:  # deleted between the two reads: say it like a miss
            raise CliError(f"no report {report_id!r} in {db_path}")
        version = ledger.version(extraction.report.id)
    Console().print(report_view(extraction, version))


def _resolve(ledger: Ledger, report_id: str) -> str:
    if ledger.version(report_id) is not None:
        return report_id
    candidates = ledger.report_ids(report_id, limit=6)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise CliError(f"no report {report_id!r} in {ledger.path}")
    listed = ", ".join(candidates[:5]) + (", ..." if len(candidates) > 5 else "")
    raise CliError(f"{report_id!r} starts several report ids: {listed}")


# -- demo ------------------------------------------------------------------------------------


@click.command("demo")
@db_option
@quiet_option()
@clean_errors
def demo_command(db_path: Path) -> None:
    """Build a ledger from the sample reports bundled with claimledger and show what it holds."""
    demo = build_demo(db_path)
    broken = report_problems(demo.problems)  # a sample that fails to read: a broken install
    if not demo.samples:
        raise CliError("no sample reports bundled with this installation")
    written = demo.stats.written
    click.echo(
        f"{len(demo.samples)} sample reports in {db_path} ({written.new} new, "
        f"{written.unchanged} already there, {written.changed} changed): "
        f"{len(demo.claims)} claims" + (f", {demo.media} photos" if demo.media else "")
    )
    Console().print(counts_table(demo.counts))
    _print_table(demo.claims, title="claims in the sample reports")
    _print_next_steps(demo.samples[0].id, db_path)
    if broken:
        raise click.exceptions.Exit(EXIT_FAILED)


def _print_next_steps(report_id: str, db_path: Path) -> None:
    """Commands to try next, spelt the way this claimledger was started."""
    run = program()
    db = "" if db_path == DEFAULT_DB else f" --db {db_path}"
    click.echo(f"\nsee one report:      {run} show {report_id}{db}")
    click.echo(f"disputed incidents:  {run} incidents --status disputed{db}")
    click.echo(f"the dashboard:       {run} serve{db}")


LEDGER_COMMANDS: list[click.Command] = [ingest_command, claims_command, show_command, demo_command]

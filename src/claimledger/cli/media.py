"""`claimledger media`: take photos and videos into a ledger, and ask whether one was seen before.

    claimledger media add FILE... [--report ID] [--source NAME] [--first-seen TIME] [--db PATH]
    claimledger media match FILE [--db PATH] [--format json|table]

Files are kept in `<ledger stem>.media/` beside the ledger file, wherever the command runs.
Domain errors (MediaError for a file, LedgerError for the ledger) are one-line messages, never
tracebacks. `add` goes on with the other files after a bad one and exits 1 at the end.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from claimledger.cli.options import EXIT_FAILED, clean_errors, db_option, format_option
from claimledger.ledger import LedgerError
from claimledger.media import MatchResult, MediaError, MediaLibrary, MediaRecord


def _parse_time(
    context: click.Context, parameter: click.Parameter, value: str | None
) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}") from None


@click.group("media")
def media_group() -> None:
    """Photos and videos: store them by content, find recycled footage."""


@media_group.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--report", "report_id", help="The id of the report that carried the files.")
@click.option("--source", help="Where the files were seen (default: the report's source).")
@click.option(
    "--first-seen",
    callback=_parse_time,
    help="When the files were first seen, ISO 8601 (default: the report's publication time, "
    "else now).",
)
@format_option(["table", "json"], "table")
@db_option
@clean_errors
def add_command(
    files: tuple[Path, ...],
    report_id: str | None,
    source: str | None,
    first_seen: datetime | None,
    fmt: str,
    db_path: str | Path,
) -> None:
    """Store media files in the ledger and report footage seen earlier in other reports."""
    records: list[MediaRecord] = []
    failed = 0
    with MediaLibrary.open(db_path, create=True) as library:
        for file in files:
            try:
                records.append(library.add(file, report_id, first_seen, source))
            except (MediaError, LedgerError) as exc:
                click.echo(f"error: {exc}", err=True)
                failed += 1
    if fmt == "json":
        click.echo(json.dumps([record.to_dict() for record in records], indent=2))
    elif records:
        _print_records(records)
    if failed:
        raise SystemExit(EXIT_FAILED)


@media_group.command("match")
@click.argument("file", type=click.Path(path_type=Path))
@format_option(["json", "table"], "json")
@db_option
@clean_errors
def match_command(file: Path, fmt: str, db_path: str | Path) -> None:
    """Has this file, or a near copy of it, been seen before? Writes nothing."""
    with MediaLibrary.open(db_path, create=False) as library:
        result = library.match(file)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_match(result)


def _print_records(records: list[MediaRecord]) -> None:
    """One line per file, then one per earlier appearance it repeats."""
    for record in records:
        status = "new" if record.new else "already stored"
        click.echo(
            f"media {record.id}: {record.kind} {_size(record.size)} sha256 {record.sha256[:16]} "
            f"({status})"
        )
        for match in record.matches:
            first = match.first_seen
            if first is None:
                continue
            click.echo(
                f"  seen earlier: media {match.media_id} in report {first.report_id or '-'} "
                f"({first.source or 'unknown source'}, {first.date}), distance {match.distance}"
                + (f", places {', '.join(match.place_codes)}" if match.place_codes else "")
                + f" -> {record.suggested_review}"
            )


def _print_match(result: MatchResult) -> None:
    console = Console()
    console.print(f"{result.file} ({result.kind}, sha256 {result.sha256[:16]})")
    if not result.matches:
        console.print("not seen before")
        return
    table = Table("media", "sha256", "distance", "first seen", "report", "source")
    for match in result.matches:
        first = match.first_seen
        table.add_row(
            str(match.media_id),
            match.sha256[:16],
            str(match.distance),
            first.date if first else "",
            (first.report_id or "") if first else "",
            (first.source or "") if first else "",
        )
    console.print(table)
    console.print(f"suggested review: {result.suggested_review}")


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size} {unit}"
        size //= 1024
    return f"{size} GB"


MEDIA_COMMANDS: list[click.Command] = [media_group]

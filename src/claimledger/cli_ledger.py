"""Ledger commands: ingest, claims, show, demo. Thin calls into claimledger.ledger.

Every command takes `--db PATH` (env CLAIMLEDGER_DB, default ./claimledger.db). Domain errors
(LedgerError, ReadError, RegistryError) become one-line messages here, never tracebacks.
Exit codes: 0 all went well, 1 some input or the ledger failed (what could be stored is), 2 a
usage error, 130 interrupted.
"""

from __future__ import annotations

import contextlib
import functools
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from claimledger.extract import Extractor
from claimledger.ledger import DEFAULT_BATCH, DEFAULT_DB, Ledger, LedgerError, ledger_target
from claimledger.ledger.display import claims_table, counts_table, report_view
from claimledger.model import ACTIONS, WEAPONS, Report
from claimledger.pipeline import ExtractionPool, IngestStats, default_workers, ingest
from claimledger.resources import Resources
from claimledger.sources.read_text import parse_iso_datetime
from claimledger.sources.readers import (
    ReadError,
    input_size,
    read_folder_reports,
    read_reports,
)
from claimledger.sources.registry import RegistryError, SourceRegistry

P = ParamSpec("P")
R = TypeVar("R")

EXIT_INPUT_FAILED = 1
EXIT_INTERRUPTED = 130
# Rows a table shows unless --limit says otherwise; more is for --format jsonl.
TABLE_LIMIT = 1000
# Terminal width from which the claims table shows qualifier and side in columns of their own.
WIDE_TABLE = 120

# --db: an SQLite file path or a postgresql:// URL (issue 10); commands get a Path or the URL.
db_option = click.option(
    "--db",
    "db_path",
    default=str(DEFAULT_DB),
    callback=lambda _ctx, _param, value: ledger_target(value),
    metavar="PATH|URL",
    envvar="CLAIMLEDGER_DB",
    show_default=True,
    show_envvar=True,
    help="The ledger: an SQLite file, or a PostgreSQL database (postgresql://user@host/db).",
)


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Domain errors as click errors: a message and exit code 1, no traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (LedgerError, ReadError, RegistryError) as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def published_callback(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> datetime | None:
    """A `--published` option's value as a time; a bad one is a usage error naming it."""
    if value is None:
        return None
    try:
        return parse_iso_datetime(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


# -- ingest ----------------------------------------------------------------------------------


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "ru", "uk"]),
    default="auto",
    show_default=True,
    help="Language to read reports in; auto: the report's own, else detected.",
)
@click.option(
    "--published",
    callback=published_callback,
    help="Publication time (ISO 8601) for reports that carry none.",
)
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A TOML file of sources adding to or overriding the bundled registry.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=DEFAULT_BATCH,
    show_default=True,
    help="Reports per transaction.",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(1, 256),
    default=default_workers,
    show_default="the number of CPUs",
    help="Processes extracting claims; 1 extracts in this process.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, summary or warnings.")
@clean_errors
def ingest_command(
    paths: tuple[str, ...],
    db_path: Path,
    lang: str,
    published: datetime | None,
    sources_file: Path | None,
    batch_size: int,
    workers: int,
    quiet: bool,
) -> None:
    """Read reports, extract their claims and store them: text files (with front matter),
    JSON Lines, Telegram Desktop exports (result.json), RSS/Atom feeds, saved web pages,
    directories of these, and - for stdin. Reports stored already are skipped; an edited post
    is stored as a new version of its report. Rerun after a failure to go on."""
    # Imported here: pyarrow costs a third of a second that other commands need not pay.
    from claimledger.batch.parquet import is_batch_dir

    batch_dirs = [path for path in paths if is_batch_dir(path)]
    paths = tuple(path for path in paths if path not in batch_dirs)
    if batch_dirs:
        _ingest_batch_dirs(batch_dirs, db_path, batch_size, quiet)
        if not paths:
            return
    extractor = Extractor(_resources(sources_file))
    errors: list[ReadError] = []
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        ledger = stack.enter_context(Ledger.open(db_path))
        where = ledger.path  # a URL without its password
        pool = None
        if workers > 1:
            # Started before the progress bar's thread: forked workers must not copy its locks.
            pool = stack.enter_context(ExtractionPool(extractor, workers))
            pool.start()
        feedback = stack.enter_context(_Feedback(quiet, input_size(paths)))
        reports = read_reports(paths, published=published, errors=errors, progress=feedback.bytes)
        try:
            stats = ingest(
                feedback.counted(reports),
                ledger,
                extractor=extractor,
                lang=lang,
                batch_size=batch_size,
                errors=errors,
                on_batch=feedback.batch_done,
                pool=pool,
            )
        except KeyboardInterrupt:
            feedback.flush(errors)
            click.echo("interrupted: batches written so far are kept; rerun to go on", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except LedgerError as exc:
            feedback.flush(errors)
            raise click.ClickException(f"{exc} (batches before this one are kept)") from None
        feedback.flush(errors)
    if not quiet:
        click.echo(_summary(stats, where, time.monotonic() - started))
    if stats.error_count:
        raise click.exceptions.Exit(EXIT_INPUT_FAILED)


def _ingest_batch_dirs(folders: list[str], db_path: Path, batch_size: int, quiet: bool) -> None:
    """Load folders written by `claimledger batch-extract`: already extracted, so only stored."""
    from claimledger.batch.parquet import BatchError, read_parquet_dir

    with Ledger.open(db_path) as ledger:
        for folder in folders:
            try:
                written = ledger.write(read_parquet_dir(folder), batch_size=batch_size)
            except BatchError as exc:
                raise click.ClickException(str(exc)) from None
            if not quiet:
                click.echo(
                    f"{folder}: {written.new:,} new, {written.unchanged:,} unchanged, "
                    f"{written.changed:,} changed; {written.claims:,} claims written"
                )


def _resources(sources_file: Path | None) -> Resources | None:
    """Resources with the user's sources added; None (the shared default ones) without."""
    if sources_file is None:
        return None
    registry = SourceRegistry.default()
    registry.load_file(sources_file)
    return Resources(registry=registry)


def _summary(stats: IngestStats, db: str, seconds: float) -> str:
    written = stats.written
    rate = stats.read / seconds if seconds > 0 else 0.0
    problems = f"{stats.error_count} error(s)"
    if stats.warning_count:
        problems += f", {stats.warning_count} warning(s)"
    media = stats.media
    files = f"{media.files:,} media files ({media.recycled:,} seen before); " if media.files else ""
    return (
        f"{stats.read:,} reports read into {db}: {written.new:,} new, "
        f"{written.unchanged:,} unchanged, {written.changed:,} changed (new version); "
        f"{written.claims:,} claims written; {files}{problems}; "
        f"{seconds:.1f} s, {rate:,.0f} reports/s"
    )


class _ReportRate(ProgressColumn):
    """Reports per second (the bar itself counts bytes, which is what gives an ETA)."""

    def render(self, task: Task) -> Text:
        reports = int(task.fields.get("reports", 0))
        elapsed = task.elapsed or 0.0
        rate = reports / elapsed if elapsed > 0 else 0.0
        return Text(f"{reports:,} reports, {rate:,.0f}/s", style="progress.data.speed")


class _Feedback:
    """Progress bar and problems on stderr while an ingest runs.

    The bar shows only on a terminal and without --quiet; problems show either way (warnings
    not with --quiet), as they happen, above the bar.
    """

    def __init__(self, quiet: bool, total_bytes: int | None) -> None:
        self._quiet = quiet
        self._console = Console(stderr=True)
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._shown = 0
        self._read_bytes = 0
        self._marks: deque[tuple[int, int]] = deque()  # (reports read, input bytes read)
        if not quiet and self._console.is_terminal:
            self._progress = Progress(
                SpinnerColumn(),
                BarColumn(bar_width=20),
                TextColumn("{task.percentage:>3.0f}%"),
                _ReportRate(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self._console,
                transient=True,
            )
            self._task = self._progress.add_task("ingest", total=total_bytes, reports=0)

    def __enter__(self) -> _Feedback:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()

    def bytes(self, count: int) -> None:
        self._read_bytes += count

    def counted(self, reports: Iterable[Report]) -> Iterator[Report]:
        """The reports, noting how far into the input each one ends: the bar shows what is
        stored, and the reader runs up to two batches ahead of that."""
        for number, report in enumerate(reports, start=1):
            self._marks.append((number, self._read_bytes))
            yield report

    def batch_done(self, stats: IngestStats) -> None:
        done = stats.written.reports + stats.failed
        position = None
        while self._marks and self._marks[0][0] <= done:
            position = self._marks.popleft()[1]
        if position is not None and self._progress is not None and self._task is not None:
            self._progress.update(self._task, completed=position, reports=done)
        self.flush(stats.errors)

    def flush(self, errors: list[ReadError]) -> None:
        """Print the problems not printed yet."""
        for error in errors[self._shown :]:
            if error.is_error or not self._quiet:
                self._print(str(error))
        self._shown = len(errors)

    def _print(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(Text(line), soft_wrap=True)
        else:
            click.echo(line, err=True)


# -- claims ----------------------------------------------------------------------------------


@click.command("claims")
@db_option
@click.option("--location", help='A location code ("RU-KLU") or a prefix ("RU-", "city:").')
@click.option("--claimant", help="Part of the claimant's name, any case.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First claim date, YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last claim date, YYYY-MM-DD.")
@click.option("--action", type=click.Choice(ACTIONS))
@click.option("--weapon", type=click.Choice(WEAPONS))
@click.option("--limit", type=click.IntRange(min=1), help="At most this many claims.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
)
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
            location=location,
            claimant=claimant,
            since=since,
            until=until,
            action=action,
            weapon=weapon,
            limit=TABLE_LIMIT + 1 if capped else limit,
        )
        if fmt == "table":
            _print_table(list(found), capped)
        else:
            _print_json(found, fmt)


def _print_json(found: Iterable[dict[str, Any]], fmt: str) -> None:
    """JSON (an array) or JSON Lines, streamed: a whole ledger never sits in memory."""
    if fmt == "jsonl":
        for record in found:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo("[", nl=False)
    for index, record in enumerate(found):
        text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        click.echo(("," if index else "") + "\n  " + text, nl=False)
    click.echo("\n]")


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
            raise click.ClickException(f"no report {report_id!r} in {db_path}")
        version = ledger.version(extraction.report.id)
    Console().print(report_view(extraction, version))


def _resolve(ledger: Ledger, report_id: str) -> str:
    if ledger.version(report_id) is not None:
        return report_id
    candidates = ledger.report_ids(report_id, limit=6)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise click.ClickException(f"no report {report_id!r} in {ledger.path}")
    listed = ", ".join(candidates[:5]) + (", ..." if len(candidates) > 5 else "")
    raise click.ClickException(f"{report_id!r} starts several report ids: {listed}")


# -- demo ------------------------------------------------------------------------------------


@click.command("demo")
@db_option
@clean_errors
def demo_command(db_path: Path) -> None:
    """Build a ledger from the sample reports bundled with claimledger and show what it holds."""
    errors: list[ReadError] = []
    samples = list(read_folder_reports(resources.files("claimledger").joinpath("samples"), errors))
    if not samples:
        raise click.ClickException("no sample reports bundled with this installation")
    with Ledger.open(db_path) as ledger:
        stats = ingest(samples, ledger, errors=errors)
        found = [c for report in samples for c in ledger.claims(report_id=report.id)]
        counts = ledger.counts()
    for error in errors:
        click.echo(str(error), err=True)
    written = stats.written
    click.echo(
        f"{len(samples)} sample reports in {db_path} ({written.new} new, "
        f"{written.unchanged} already there, {written.changed} changed): {len(found)} claims"
    )
    console = Console()
    console.print(counts_table(counts))
    _print_table(found, title="claims in the sample reports")
    click.echo(f"\nsee one report: claimledger show {samples[0].id} --db {db_path}")


LEDGER_COMMANDS: list[click.Command] = [ingest_command, claims_command, show_command, demo_command]

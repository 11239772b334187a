"""`claimledger ingest`: read reports, extract their claims and store them in a ledger.

A progress bar (bytes read, reports per second, ETA) shows on a terminal, without --quiet;
problems show as they happen, with the file and line. Exit 1 when some input failed (what could
be stored is), 130 when interrupted (the batches written so far are kept).
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType

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

from claimledger.cli.options import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    CliError,
    clean_errors,
    db_option,
    lang_option,
    published_option,
    quiet_option,
)
from claimledger.extract import Extractor
from claimledger.ledger import DEFAULT_BATCH, Ledger, LedgerError
from claimledger.model import Report
from claimledger.pipeline import ExtractionPool, IngestStats, default_workers, ingest
from claimledger.resources import Resources
from claimledger.sources.readers import ReadProblem, input_size, read_reports
from claimledger.sources.registry import SourceRegistry


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@lang_option()
@published_option
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
@quiet_option("No progress bar, summary or warnings.", expose=True)
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
    # Built (or loaded) now: before the workers fork, so that they share it, and before the
    # progress bar, which the first build's own spinner would otherwise cut through.
    extractor.resources.gazetteer  # noqa: B018
    errors: list[ReadProblem] = []
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
            raise CliError(f"{exc} (batches before this one are kept)") from None
        feedback.flush(errors)
    if not quiet:
        click.echo(_summary(stats, where, time.monotonic() - started))
    if stats.error_count:
        raise click.exceptions.Exit(EXIT_FAILED)


def _ingest_batch_dirs(folders: list[str], db_path: Path, batch_size: int, quiet: bool) -> None:
    """Load folders written by `claimledger batch-extract`: already extracted, so only stored."""
    from claimledger.batch.parquet import read_parquet_dir

    with Ledger.open(db_path) as ledger:
        for folder in folders:
            written = ledger.write(read_parquet_dir(folder), batch_size=batch_size)
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

    def flush(self, errors: list[ReadProblem]) -> None:
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


INGEST_COMMANDS: list[click.Command] = [ingest_command]

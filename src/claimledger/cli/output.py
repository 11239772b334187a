"""Writing results: JSON and CSV to a file or standard output, problems to stderr.

Output is streamed wherever it can be (a JSON array item by item), so that a whole ledger or
corpus never sits in memory as one string.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from claimledger.cli.options import CliError
from claimledger.sources.read_errors import ReadProblem

if TYPE_CHECKING:
    from rich.console import Console


def report_problems(problems: Iterable[ReadProblem], warnings: bool = True) -> bool:
    """Print read errors (and warnings, unless told not to) on stderr; True when any was an
    error."""
    failed = False
    for problem in problems:
        failed = failed or problem.is_error
        if problem.is_error or warnings:
            click.echo(str(problem), err=True)
    return failed


def echo_json_array(items: Iterable[dict[str, Any]], indent: int = 2) -> None:
    """A JSON array on stdout, one item at a time."""
    click.echo("[", nl=False)
    pad = "\n" + " " * indent
    for index, item in enumerate(items):
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", pad)
        click.echo(("," if index else "") + pad + text, nl=False)
    click.echo("\n]")


def wide_console() -> Console:
    """A console for tables; piped output is read in files and logs, not an 80-column
    terminal, so it gets room for long ids."""
    from rich.console import Console  # rich only for the commands that print tables

    console = Console()
    return console if console.is_terminal else Console(width=160)


@contextmanager
def output(out: Path | None) -> Iterator[IO[str]]:
    """The file `out`, or standard output without one."""
    if out is None:
        yield sys.stdout
        return
    try:
        handle = out.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror}") from None
    with handle:
        yield handle


def write_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]], out: Path | None) -> int:
    """A CSV with a header row; the number of data rows written."""
    import csv  # here, not at the top: `extract` imports this module and never writes CSV

    written = 0
    with output(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            written += 1
    return written


def write_json(data: Any, out: Path | None) -> None:
    with output(out) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")

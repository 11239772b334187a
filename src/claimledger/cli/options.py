"""What every command shares: the common options, the error edge and the exit codes.

Options: `--db` (an SQLite file or a PostgreSQL URL, env CLAIMLEDGER_DB), `--published`,
`--lang`, `--quiet` and `--format`, each spelt once here so that every command takes them the
same way.

The edge: a `ClaimledgerError` (docs/errors.md) raised by the library becomes one line on
stderr and an exit code, never a traceback. Exit codes: 0 all went well; 1 some input or the
ledger failed (what could be stored is); 2 a usage error, or a feature whose optional extra is
not installed (`MissingExtra`: the line names the extra); 130 interrupted.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import click

from claimledger import model, progress
from claimledger.errors import ClaimledgerError, MissingExtra
from claimledger.sources.read_text import parse_iso_datetime

P = ParamSpec("P")
R = TypeVar("R")
_F = TypeVar("_F", bound=Callable[..., Any])
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
LANGUAGES = ("auto", *model.LANGUAGES)  # the languages are model.LANGUAGES


class CliError(click.ClickException):
    """One line on stderr ("Error: ...") and exit code 1."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.splitlines()))


class SetupError(CliError):
    """One line and exit code 2, without click's usage text: the command was right, the
    installation lacks a part (an optional extra)."""

    exit_code = EXIT_USAGE


def cli_error(exc: ClaimledgerError) -> CliError:
    """The CLI's form of a library error: a missing extra exits 2, anything else 1."""
    return SetupError(str(exc)) if isinstance(exc, MissingExtra) else CliError(str(exc))


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Library errors as one line and an exit code, for commands invoked on their own too (the
    main group does the same for everything under it)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ClaimledgerError as exc:
            raise cli_error(exc) from None

    return wrapper


def program() -> str:
    """How to run claimledger again, for messages that suggest a next command: `claimledger`
    when that name on PATH is this program, else the path this process was started by
    (`.venv/bin/claimledger` when only the Makefile's virtual environment has it)."""
    started = sys.argv[0] if sys.argv else ""
    name = Path(started).name
    if name == "__main__.py":
        return f"{_shown(sys.executable)} -m claimledger"
    if name != "claimledger":  # run inside another program (a test runner): the plain name
        return "claimledger"
    import shutil  # imported where a message names the program: most runs never do

    found = shutil.which("claimledger")
    if found and Path(found).resolve() == Path(started).resolve():
        return "claimledger"
    return _shown(started)


def _shown(path: str) -> str:
    """A path as short as it can be said from here, quoted for a shell."""
    import shlex  # as shutil above: only a message that names the program needs it

    try:
        shown = str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        shown = path
    return shlex.quote(shown)


# --db: an SQLite file path or a postgresql:// URL; commands get a Path or the URL.
def db_option(function: _F) -> _F:
    """The `--db` option. The ledger (and SQLAlchemy under it) is imported here, when a command
    that stores is defined, not by every command: `claimledger extract` never loads it."""
    from claimledger.ledger import DEFAULT_DB, ledger_target

    return click.option(
        "--db",
        "db_path",
        default=str(DEFAULT_DB),
        callback=lambda _ctx, _param, value: ledger_target(value),
        metavar="PATH|URL",
        envvar="CLAIMLEDGER_DB",
        show_default=True,
        show_envvar=True,
        help="The ledger: an SQLite file (media in <stem>.media/ beside it), or a PostgreSQL "
        "database (postgresql://user@host/db; media in the folder CLAIMLEDGER_MEDIA names).",
    )(function)


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """A `--published` value as a time; a bad one is a usage error naming it."""
    if value is None:
        return None
    try:
        return parse_iso_datetime(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


published_option = click.option(
    "--published",
    callback=_published,
    help="Publication time (ISO 8601) for reports that carry none.",
)


def lang_option(
    help: str = "Language to read reports in; auto: the report's own, else detected.",
) -> Decorator:
    return click.option(
        "--lang", type=click.Choice(LANGUAGES), default="auto", show_default=True, help=help
    )


def format_option(choices: Sequence[str], default: str | None, help: str | None = None
                  ) -> Decorator:
    """`--format`, passed to the command as `fmt`; required when there is no default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        required=default is None,
        show_default=default is not None,
        help=help,
    )


def _quiet(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    progress.enable(not value)
    return value


def quiet_option(help: str = "No progress display on stderr.", expose: bool = False
                 ) -> Decorator:
    """`--quiet`/`-q`: no progress display (it shows only on a terminal anyway); `expose`
    passes it to commands that quiet more than that (summaries, warnings)."""
    return click.option(
        "--quiet", "-q", is_flag=True, callback=_quiet, expose_value=expose, help=help
    )


# Whether the command that ran left nothing to finish but the standard streams (`nothing_open`).
_NOTHING_OPEN: list[bool] = [False]


def nothing_open() -> None:
    """Say that the running command has written all it writes to stdout and stderr and holds
    nothing else open (no file, connection or thread): `claimledger.cli.run` may then end the
    process without freeing its heap (after a large extraction that took a tenth of a second,
    longer than reading a hundred posts)."""
    _NOTHING_OPEN[0] = True


def ended_with_nothing_open() -> bool:
    """Whether the command that ran said `nothing_open`."""
    return _NOTHING_OPEN[0]

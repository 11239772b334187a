"""The command line: a thin edge over the library, one module per group of commands.

| module | commands |
| --- | --- |
| extract | extract |
| ingest, ledger | ingest; claims, show, demo |
| incidents | incidents, incident |
| export, peers | export, review; import-peer, compare |
| places, media | place; media add, media match |
| web, batch, evaluate | serve, token; batch-extract; evaluate |

Options every command shares, the exit codes and the error edge are in `options`; writing
JSON, CSV and problems in `output`. A command module imports only those two of the CLI: what
two commands need alike belongs in the library.
"""

from __future__ import annotations

from typing import Any

import click

from claimledger import progress
from claimledger.cli.batch import BATCH_COMMANDS
from claimledger.cli.evaluate import EVALUATE_COMMANDS
from claimledger.cli.export import EXPORT_COMMANDS
from claimledger.cli.extract import EXTRACT_COMMANDS
from claimledger.cli.incidents import INCIDENT_COMMANDS
from claimledger.cli.ledger import LEDGER_COMMANDS
from claimledger.cli.media import MEDIA_COMMANDS
from claimledger.cli.options import cli_error
from claimledger.cli.peers import PEER_COMMANDS
from claimledger.cli.places import PLACE_COMMANDS
from claimledger.cli.web import WEB_COMMANDS
from claimledger.errors import ClaimledgerError

__all__ = ["main"]


class _Main(click.Group):
    """The top group: the edge where any library error left unhandled becomes one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimledgerError as exc:
            raise cli_error(exc) from None


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimledger")
def main() -> None:
    """claimledger: war reports in, a ledger of sourced, checkable claims out."""
    # Progress of slow steps shows on a terminal's stderr; a command's --quiet turns it off.
    progress.enable(True)


for _command in [
    *EXTRACT_COMMANDS,
    *LEDGER_COMMANDS,
    *INCIDENT_COMMANDS,
    *EXPORT_COMMANDS,
    *PEER_COMMANDS,
    *PLACE_COMMANDS,
    *MEDIA_COMMANDS,
    *WEB_COMMANDS,
    *BATCH_COMMANDS,
    *EVALUATE_COMMANDS,
]:
    main.add_command(_command)

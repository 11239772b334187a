"""`claimledger import-peer` and `claimledger compare`: peers' tables beside our own reading.

Thin calls into claimledger.peers; docs/exports.md describes the peers' tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from claimledger.cli.options import CliError, clean_errors, db_option, format_option, program
from claimledger.cli.output import write_json
from claimledger.ledger import Ledger
from claimledger.peers import KINDS, compare_nights, peer_extractions
from claimledger.peers.compare import NightComparison, summary


@click.command("import-peer")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(KINDS), required=True)
@db_option
@clean_errors
def import_peer_command(path: Path, kind: str, db_path: Path) -> None:
    """Load a peer's table as claims of its source: one synthetic report per row, written
    through the ledger's one write path. Rerunning changes nothing."""
    with Ledger.open(db_path) as ledger:
        stats = ledger.write(peer_extractions(path, kind))
    click.echo(
        f"{stats.reports} rows of {path.name} into {db_path}: {stats.new} new, "
        f"{stats.unchanged} unchanged, {stats.changed} changed; {stats.claims} claims written"
    )


@click.command("compare")
@click.option("--peer", "kind", type=click.Choice(KINDS), required=True)
@db_option
@click.option("--since", help="First night (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last night (YYYY-MM-DD), inclusive.")
@click.option("--source", help="Only our reports whose source contains this text.")
@click.option("--differences", "only_differences", is_flag=True, help="Only nights that differ.")
@format_option(["table", "json"], "table")
@clean_errors
def compare_command(
    kind: str,
    db_path: Path,
    since: str | None,
    until: str | None,
    source: str | None,
    only_differences: bool,
    fmt: str,
) -> None:
    """Per night, the peer's counts beside those read from the texts, and the differences
    (ours minus the peer's). Import the peer first with `import-peer`."""
    with Ledger.open(db_path, create=False) as ledger:
        nights = compare_nights(ledger, kind, since, until, source)
    if not nights:
        raise CliError(
            f"no {kind} rows in {db_path}: run `{program()} import-peer PATH --kind {kind}` first"
        )
    shown = [n for n in nights if not (only_differences and n.agrees)]
    totals = summary(nights)
    if fmt == "json":
        write_json({"nights": [n.to_dict() for n in shown], "summary": totals}, None)
        return
    for line in comparison_lines(shown):
        click.echo(line)
    click.echo(_summary_line(totals))


def comparison_lines(nights: Iterable[NightComparison]) -> Iterator[str]:
    """A plain table: night, column, peer, ours, difference (ours - peer)."""
    yield f"{'night':<10}  {'column':<20} {'peer':>6} {'ours':>6} {'diff':>6}"
    for night in nights:
        label = night.night
        if not night.columns:
            yield f"{label:<10}  {'(nothing)':<20} {0:>6} {0:>6} {0:>6}"
        for column in night.columns:
            peer, ours = night.peer.get(column, 0), night.ours.get(column, 0)
            diff = f"{ours - peer:+d}" if ours != peer else "0"
            yield f"{label:<10}  {column:<20} {peer:>6} {ours:>6} {diff:>6}"
            label = ""


def _summary_line(totals: dict[str, Any]) -> str:
    share = f"{100 * totals['share']:.1f} %" if totals["share"] is not None else "-"
    return (
        f"{totals['nights']} nights: {totals['agreeing']} agree ({share}); "
        f"{totals['without_ours']} without any claim of ours"
    )


PEER_COMMANDS: list[click.Command] = [import_peer_command, compare_command]

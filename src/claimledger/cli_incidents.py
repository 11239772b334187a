"""`claimledger incidents` and `claimledger incident ID`: the incident stage at the edge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from claimledger.cli_ledger import clean_errors, db_option
from claimledger.incidents import Incident, build_incidents, records_from_ledger
from claimledger.incidents.assess import STATUS_ORDER, low_best_high
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.incidents.filter import IncidentFilter
from claimledger.ledger import Ledger
from claimledger.resources import default_resources

FORMAT = click.Choice(["table", "json"])


def load_incidents(db_path: Path) -> list[Incident]:
    """Every incident of a ledger, clustered and assessed now from its current claims."""
    with Ledger.open(db_path, create=False) as ledger:
        records = records_from_ledger(ledger)
    return build_incidents(records, GazetteerPlaces(default_resources().gazetteer))


def select(
    incidents: list[Incident],
    since: str | None = None,
    until: str | None = None,
    location: str | None = None,
    status: str | None = None,
) -> list[Incident]:
    """Incidents within [since, until] (ISO dates), at a place code or prefix, of a status."""
    return IncidentFilter(since, until, location, status).select(incidents)


@click.command("incidents")
@db_option
@click.option("--since", help="First night (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last night (YYYY-MM-DD), inclusive.")
@click.option("--location", help='A place code ("RU-KLU") or a prefix ("RU-").')
@click.option("--status", type=click.Choice(STATUS_ORDER))
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@clean_errors
def incidents_command(
    db_path: Path,
    since: str | None,
    until: str | None,
    location: str | None,
    status: str | None,
    fmt: str,
) -> None:
    """Incidents: claims grouped by night, place, weapon and attacker, with their status."""
    found = select(load_incidents(db_path), since, until, location, status)
    if fmt == "json":
        click.echo(json.dumps([i.to_dict() for i in found], ensure_ascii=False, indent=2))
        return
    table = Table("id", "action", "values (low/best/high)", "status", "reports", "origins", "flags")
    for incident in found:
        estimate = incident.values.get(incident.action)
        numbers = "{low}/{best}/{high}".format(**low_best_high(estimate)) if estimate else ""
        table.add_row(
            Text(incident.id),
            incident.action,
            numbers,
            Text(incident.status, style=_STATUS_STYLE[incident.status]),
            str(incident.report_count),
            str(incident.origin_count),
            str(len(incident.flags)),
        )
    _console().print(table)
    click.echo(f"{len(found)} incidents")


@click.command("incident")
@click.argument("incident_id")
@db_option
@click.option("--format", "fmt", type=FORMAT, default="table", show_default=True)
@clean_errors
def incident_command(incident_id: str, db_path: Path, fmt: str) -> None:
    """One incident: every claim side by side, origins, relays, flags, status and reasons."""
    matches = [i for i in load_incidents(db_path) if i.id == incident_id]
    if not matches:
        raise click.ClickException(f"no incident {incident_id!r} in {db_path}")
    incident = matches[0]
    if fmt == "json":
        click.echo(json.dumps(incident.to_dict(), ensure_ascii=False, indent=2))
        return
    _console().print(incident_view(incident.to_dict()))


def _console() -> Console:
    # Piped output is read in files and logs, not an 80-column terminal: give ids room.
    console = Console()
    return console if console.is_terminal else Console(width=160)


_STATUS_STYLE = {
    "claimed": "yellow",
    "corroborated": "green",
    "confirmed": "bold green",
    "disputed": "bold red",
}


def incident_view(data: dict[str, Any]) -> Group:
    """The incident in the terminal. Report text and names go in as Text, never as markup."""
    header = Text.assemble(
        (data["id"], "bold"),
        "  ",
        (data["status"], _STATUS_STYLE[data["status"]]),
        f"  {data['reports']} reports, {data['origins']} independent origins",
    )
    claims = Table("claimant", "side", "kind", "action", "qty", "place", "via", "role", "status")
    for c in data["claims"]:
        claims.add_row(
            *(
                Text(str(v if v is not None else ""))
                for v in (
                    c["claimant"],
                    c["claimant_side"],
                    c["claimant_kind"],
                    c["action"],
                    _quantity(c),
                    c["location"],
                    c["source"],
                    c["role"],
                    c["status"],
                )
            )
        )
    relays = Table("report", "published by", "passes on", "how")
    for r in data["relays"]:
        relays.add_row(Text(r["report_id"]), Text(r["relayer"]), Text(r["origin"]), r["how"])
    lines = [Text("reasons:", style="bold")] + [Text(f"  - {r}") for r in data["reasons"]]
    lines += [Text("flags:", style="bold")] + [Text(f"  ! {f}", style="red") for f in data["flags"]]
    if data["markers"]:
        lines.append(Text("markers: " + ", ".join(data["markers"])))
    return Group(header, claims, relays, *lines)


def _quantity(claim: dict[str, Any]) -> str:
    prefix = {"approx": "~", "at_least": ">=", "at_most": "<="}.get(claim["qualifier"], "")
    return f"{prefix}{claim['quantity']}"


INCIDENT_COMMANDS = [incidents_command, incident_command]

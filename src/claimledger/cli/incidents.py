"""`claimledger incidents` and `claimledger incident ID`: the incident stage at the edge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Group
from rich.table import Table
from rich.text import Text

from claimledger.cli.options import CliError, clean_errors, db_option, format_option, quiet_option
from claimledger.cli.output import wide_console
from claimledger.incidents import load_incidents, select_incidents
from claimledger.incidents.assess import STATUS_ORDER, low_best_high

FORMATS = ["table", "json"]


@click.command("incidents")
@db_option
@click.option("--since", help="First night (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last night (YYYY-MM-DD), inclusive.")
@click.option(
    "--location",
    help='A place code ("RU-KLU"; an incident\'s place is a region, with its towns) or a '
    'prefix ("RU-").',
)
@click.option("--status", type=click.Choice(STATUS_ORDER))
@format_option(FORMATS, "table")
@quiet_option()
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
    found = select_incidents(load_incidents(db_path), since, until, location, status)
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
    wide_console().print(table)
    click.echo(f"{len(found)} incidents")


@click.command("incident")
@click.argument("incident_id")
@db_option
@format_option(FORMATS, "table")
@quiet_option()
@clean_errors
def incident_command(incident_id: str, db_path: Path, fmt: str) -> None:
    """One incident: every claim side by side, origins, relays, flags, status and reasons."""
    matches = [i for i in load_incidents(db_path) if i.id == incident_id]
    if not matches:
        raise CliError(f"no incident {incident_id!r} in {db_path}")
    incident = matches[0]
    if fmt == "json":
        click.echo(json.dumps(incident.to_dict(), ensure_ascii=False, indent=2))
        return
    wide_console().print(incident_view(incident.to_dict()))


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
    parts: list[Text | Table] = [header]
    if data.get("samples"):
        # The demo's invented reports must never pass for real ones.
        parts.append(Text(_SAMPLES.format(len(data["samples"])), style="bold yellow"))
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
                    _via(c),
                    c["role"],
                    c["status"],
                )
            )
        )
    parts += [claims, timeline_table(data["timeline"])]
    lines = [Text("reasons:", style="bold")] + [Text(f"  - {r}") for r in data["reasons"]]
    lines += [Text("flags:", style="bold")] + [Text(f"  ! {f}", style="red") for f in data["flags"]]
    if data["markers"]:
        lines.append(Text("markers: " + ", ".join(data["markers"])))
    return Group(*parts, *lines)


_SAMPLES = "{} of these reports are bundled samples (claimledger demo), invented, not real"


_TIMELINE = ("time (UTC)", "+min", "event", "report", "published by", "origin", "how", "echoes")


def timeline_table(entries: list[dict[str, Any]]) -> Table:
    """First report, each origin's first appearance, then every relay: who echoed whom."""
    table = Table(title="timeline")
    for header in _TIMELINE:
        table.add_column(header, overflow="fold")
    for e in entries:
        echoes = ""
        if e["echoes"] and e["event"] != "first report":
            after = "" if e["minutes"] is None else f", {e['minutes']} min later"
            echoes = f"{e['echoes_source'] or ''} {e['echoes']}{after}".strip()
        table.add_row(
            Text((e["published"] or "")[:16].replace("T", " ")),
            "" if e["since_first"] is None else str(e["since_first"]),
            e["event"],
            Text(e["report_id"]),
            Text(e["source"]),
            Text(e["origin"]),
            e["how"],
            Text(echoes),
        )
    return table


def _via(claim: dict[str, Any]) -> str:
    source = claim["source"] or ""
    return f"{source} (sample)" if claim.get("sample") else source


def _quantity(claim: dict[str, Any]) -> str:
    prefix = {"approx": "~", "at_least": ">=", "at_most": "<="}.get(claim["qualifier"], "")
    return f"{prefix}{claim['quantity']}"


INCIDENT_COMMANDS: list[click.Command] = [incidents_command, incident_command]

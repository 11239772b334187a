"""`claimledger serve` (the dashboard and API) and `claimledger token` (API tokens)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from claimledger.cli.options import CliError, clean_errors, db_option, quiet_option
from claimledger.ledger import Ledger
from claimledger.resources import default_resources

LOOPBACK = "127.0.0.1"


def dashboard_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default=LOOPBACK, show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--tiles",
    help="Base-map tile URL template, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png "
    "(none by default: the map shows region centres only).",
)
@click.option("--tiles-attribution", default="", help="Credit line the tile server asks for.")
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    help="An origin allowed to call the API from a browser (repeatable); CORS is off without.",
)
@quiet_option()
@clean_errors
def serve_command(
    db_path: Path,
    host: str,
    port: int,
    tiles: str | None,
    tiles_attribution: str,
    cors_origins: tuple[str, ...],
) -> None:
    """Serve the dashboard (map, timeline, incidents, reports) and the JSON API under /api."""
    import uvicorn

    from claimledger.web import WebSettings, create_app
    from claimledger.web.settings import SettingsError

    try:
        settings = WebSettings(db_path, tiles, tiles_attribution, cors_origins)
    except SettingsError as exc:
        raise click.BadParameter(str(exc)) from None
    default_resources().gazetteer  # noqa: B018  (built now, with progress, not on a first page)
    with Ledger.open(db_path, create=False) as ledger:  # brings the schema up to date once
        counts, where = ledger.counts(), ledger.path
    app = create_app(settings)
    click.echo(
        f"claimledger dashboard on {dashboard_url(host, port)} "
        f"({where}: {counts['reports']:,} reports, {counts['claims']:,} claims); Ctrl-C stops"
    )
    if not _is_loopback(host):
        click.echo(
            f"warning: listening on {host}, reachable from other machines; reads need no token",
            err=True,
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group("token")
def token_group() -> None:
    """API tokens for the write endpoints (POST /api/reports, /api/files, /api/sources)."""


@token_group.command("create")
@click.option("--name", default="", help="What the token is for (shown by `token list`).")
@db_option
@clean_errors
def token_create(name: str, db_path: Path) -> None:
    """Make a token and print it once: only its hash is kept."""
    from claimledger.web.tokens import create_token

    with Ledger.open(db_path, create=False) as ledger:
        info, token = create_token(ledger, name)
    click.echo(token)
    click.echo(
        f"token {info.id}{f' ({name})' if name else ''} created; it is shown only now. "
        "Send it as: Authorization: Bearer <token>",
        err=True,
    )


@token_group.command("list")
@db_option
@clean_errors
def token_list(db_path: Path) -> None:
    """Tokens by id, name and dates (the tokens themselves cannot be shown)."""
    from claimledger.web.tokens import list_tokens

    with Ledger.open(db_path, create=False) as ledger:
        tokens = list_tokens(ledger)
    if not tokens:
        click.echo("no tokens", err=True)
    for info in tokens:
        state = f"revoked {info.revoked_at}" if info.revoked_at else "active"
        click.echo(f"{info.id}\t{info.name}\tcreated {info.created_at}\t{state}")


@token_group.command("revoke")
@click.argument("token_id", type=int)
@db_option
@clean_errors
def token_revoke(token_id: int, db_path: Path) -> None:
    """Revoke a token by its id (see `token list`)."""
    from claimledger.web.tokens import revoke_token

    with Ledger.open(db_path, create=False) as ledger:
        done = revoke_token(ledger, token_id)
    if not done:
        raise CliError(f"no active token {token_id} in {db_path}")
    click.echo(f"token {token_id} revoked")


WEB_COMMANDS: list[click.Command] = [serve_command, token_group]

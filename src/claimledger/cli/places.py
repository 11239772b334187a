"""`claimledger place NAME`: show how a place name resolves in the gazetteer, and why."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from claimledger.cli.options import (
    EXIT_FAILED,
    clean_errors,
    format_option,
    lang_option,
    quiet_option,
)
from claimledger.places.model import Place

_FIELDS = ("code", "name", "kind", "lat", "lon", "country")


def place_record(place: Place | None, why: str) -> dict[str, Any]:
    record: dict[str, Any] = {field: None for field in _FIELDS}
    if place is not None:
        record.update({field: getattr(place, field) for field in _FIELDS})
    record["why"] = why
    return record


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) != 2 or not value.isalpha():
        raise click.BadParameter(f"{value!r} is not a two-letter country code (RU, UA, IL...)")
    return value.upper()


def _table(record: dict[str, Any]) -> str:
    width = max(len(key) for key in record)
    return "\n".join(f"{key.ljust(width)}  {'-' if value is None else value}"
                     for key, value in record.items())


@click.command("place")
@click.argument("name")
@lang_option("Language of NAME; auto guesses from its letters.")
@click.option("--country", default=None, callback=lambda _c, _p, v: _country(v),
              help="Prefer places in this country (ISO code: RU, UA, IL...) when a name "
                   "exists in several.")
@format_option(["table", "json"], "table")
@quiet_option()
@clean_errors
def place_command(name: str, lang: str, country: str | None, fmt: str) -> None:
    """Resolve NAME ("Калужской области", "the Kaluga region", "Kharkov") to a place."""
    from claimledger.places.gazetteer import Gazetteer

    place, why = Gazetteer.default().resolve(name, None if lang == "auto" else lang, country)
    record = place_record(place, why)
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo(_table(record))
    if place is None:
        sys.exit(EXIT_FAILED)


PLACE_COMMANDS: list[click.Command] = [place_command]

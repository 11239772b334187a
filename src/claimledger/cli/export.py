"""`claimledger export` and `claimledger review`: the ledger for other tools.

Thin calls into claimledger.export; docs/exports.md describes every format and column. An export
with nothing in it still writes its empty table or document, and says on stderr why it is
empty (no claims yet, nothing matches the filters, nothing reviewed).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from claimledger import progress
from claimledger.cli.options import (
    CliError,
    clean_errors,
    db_option,
    format_option,
    program,
    quiet_option,
)
from claimledger.cli.output import write_csv, write_json
from claimledger.export import acled, ucdp
from claimledger.export.claimreview import DEFAULT_BASE_URL, review_documents
from claimledger.export.claims import COLUMNS as CLAIM_COLUMNS
from claimledger.export.claims import claim_rows
from claimledger.export.datasette import metadata
from claimledger.export.geojson import claim_feature, feature_collection, incident_feature
from claimledger.export.materialise import materialise
from claimledger.export.reviews import RATINGS, record_review
from claimledger.incidents import Incident, load_incidents, select_incidents
from claimledger.incidents.assess import STATUS_ORDER
from claimledger.ledger import Ledger
from claimledger.places.gazetteer import Gazetteer
from claimledger.resources import default_resources

FORMATS = (
    "acled",
    "ucdp",
    "claims",
    "geojson",
    "claimreview",
    "parquet",
    "sqlite-incidents",
    "datasette-metadata",
)
_WITH_INCIDENTS = ("acled", "ucdp", "parquet", "sqlite-incidents", "claimreview")


@dataclass(frozen=True, slots=True)
class Filters:
    since: str | None
    until: str | None
    location: str | None
    status: str | None

    def named(self) -> str:
        """The filters given, as they were typed ("" for none)."""
        given = {"since": self.since, "until": self.until, "location": self.location,
                 "status": self.status}
        return ", ".join(f"--{name} {value}" for name, value in given.items() if value)


@click.command("export")
@format_option(FORMATS, None)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="File to write (default: standard output); a folder for parquet.",
)
@db_option
@click.option("--since", help="First night (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last night (YYYY-MM-DD), inclusive.")
@click.option(
    "--location",
    help='A place code ("RU-KLU": claims of its towns and districts too) or a prefix ("RU-").',
)
@click.option("--status", type=click.Choice(STATUS_ORDER), help="Incidents of this status.")
@click.option(
    "--of",
    "of",
    type=click.Choice(["incidents", "claims"]),
    default="incidents",
    show_default=True,
    help="geojson: one feature per incident or per claim.",
)
@click.option(
    "--base-url",
    default=DEFAULT_BASE_URL,
    show_default=True,
    help="claimreview: the review's url is this followed by the incident id.",
)
@quiet_option()
@clean_errors
def export_command(
    fmt: str,
    out: Path | None,
    db_path: Path,
    since: str | None,
    until: str | None,
    location: str | None,
    status: str | None,
    of: str,
    base_url: str,
) -> None:
    """Export the ledger: ACLED- or UCDP-like incident tables, claims (CSV), GeoJSON,
    ClaimReview JSON-LD, Parquet, incidents into the ledger (for Datasette), or Datasette
    metadata. docs/exports.md describes every column."""
    if fmt == "datasette-metadata":
        write_json(metadata(db_path), out)
        return
    filters = Filters(since, until, location, status)
    if fmt == "sqlite-incidents" and (filters.named() or out):
        raise click.UsageError("sqlite-incidents stores every incident in the ledger (--db)")
    if fmt == "parquet" and out is None:
        raise click.UsageError("parquet needs --out DIR")
    places = default_resources().gazetteer
    everything: list[Incident] = []
    if fmt in _WITH_INCIDENTS or (fmt == "geojson" and of == "incidents") or status:
        everything = load_incidents(db_path, places)
    with Ledger.open(db_path, create=False) as ledger:
        export = _Export(ledger, places, everything, filters, out)
        if not export.write(fmt, of, base_url):
            click.echo(f"{fmt}: nothing to export: {export.why_empty(fmt, of)}", err=True)


class _Export:
    """One export run: the ledger, the filters, and where the rows go."""

    def __init__(
        self,
        ledger: Ledger,
        places: Gazetteer,
        everything: list[Incident],
        filters: Filters,
        out: Path | None,
    ) -> None:
        self.ledger = ledger
        self.places = places
        self.everything = everything
        self.filters = filters
        self.out = out
        self.incidents = select_incidents(
            everything, filters.since, filters.until, filters.location, filters.status
        )
        self.reviewed = 0  # incidents with a verdict (claimreview)

    def write(self, fmt: str, of: str, base_url: str) -> int:
        """Write the export; the number of rows, features or documents it holds."""
        incidents, places, out = self.incidents, self.places, self.out
        if fmt == "acled":
            return write_csv(acled.COLUMNS, self._counted(acled.acled_row(i, places)
                                                          for i in incidents), out)
        if fmt == "ucdp":
            return write_csv(ucdp.COLUMNS, self._counted(ucdp.ucdp_row(i, places)
                                                         for i in incidents), out)
        if fmt == "claims":
            return write_csv(CLAIM_COLUMNS, self._counted(self._claims()), out)
        if fmt == "geojson":
            features = list(self._counted(
                (incident_feature(i, places) for i in incidents)
                if of == "incidents"
                else (claim_feature(row) for row in self._claims())
            ))
            write_json(feature_collection(features), out)
            return len(features)
        if fmt == "claimreview":
            return self._claimreview(base_url)
        if fmt == "parquet":
            return self._parquet()
        with progress.step(f"storing {len(incidents):,} incidents in the ledger"):
            stored = materialise(self.ledger, incidents, places)
        click.echo(
            f"{stored} incidents stored in {self.ledger.path} (tables incidents, incident_claims)",
            err=True,
        )
        return stored

    def why_empty(self, fmt: str, of: str) -> str:
        """Why an export holds nothing, in words that say what to do about it."""
        filters = self.filters.named()
        if fmt == "claimreview":
            if self.reviewed:
                return f"none of the {self.reviewed} reviewed incidents is within {filters}"
            return (
                "no incident has been reviewed and no recycled media were found (record a "
                f"verdict first: {program()} review INCIDENT_ID --rating RATING)"
            )
        if self.ledger.counts()["claims"] == 0:
            return f"the ledger holds no claims yet (add reports: {program()} ingest FILE...)"
        of_claims = fmt == "claims" or (fmt == "geojson" and of == "claims")
        what = "claims" if of_claims else "incidents"
        return f"no {what} match {filters}" if filters else f"no {what} in the ledger"

    def _claims(self) -> Iterator[dict[str, Any]]:
        f = self.filters
        keep = _claims_of(self.incidents) if f.status else None
        location = self.places.place_filter(f.location) if f.location else None
        return claim_rows(self.ledger, self.places, f.since, f.until, location, keep)

    def _counted(self, rows: Iterable[Any]) -> Iterator[Any]:
        # A running count on the terminal, unless the rows themselves are going there.
        if self.out is None and sys.stdout.isatty():
            return iter(rows)
        return progress.counted(rows, "rows exported")

    def _claimreview(self, base_url: str) -> int:
        f = self.filters
        current = {i.id: i for i in self.everything}
        found = review_documents(self.ledger, current, self.places, base_url,
                                 f.since, f.until, f.location, f.status)
        write_json(found.documents, self.out)
        self.reviewed = found.reviewed
        return len(found.documents)

    def _parquet(self) -> int:
        from claimledger.export.parquet import write_parquet  # pyarrow loads only here

        assert self.out is not None
        f = self.filters
        try:
            counts = write_parquet(self.out, self._counted(self._claims()), self.incidents,
                                   self.ledger, self.places, f.since, f.until)
        except FileExistsError as exc:
            raise CliError(str(exc)) from None
        click.echo(
            ", ".join(f"{count} {name}" for name, count in counts.items())
            + f" written to {self.out}",
            err=True,
        )
        return counts["claims"] + counts["incidents"]


def _claims_of(incidents: Sequence[Incident]) -> set[str]:
    return {c.record.claim_id for i in incidents for c in i.claims}


@click.command("review")
@click.argument("incident_id")
@click.option("--rating", type=click.Choice(RATINGS), required=True)
@click.option("--note", help="Why: the explanation shown with the rating.")
@click.option("--reviewer", help="Who reviewed (a person or an organisation).")
@db_option
@quiet_option()
@clean_errors
def review_command(
    incident_id: str, rating: str, note: str | None, reviewer: str | None, db_path: Path
) -> None:
    """Record a person's verdict on an incident; `export --format claimreview` publishes it.
    The automatic status is kept beside the verdict, never used as one."""
    matches = [i for i in load_incidents(db_path) if i.id == incident_id]
    if not matches:
        raise CliError(f"no incident {incident_id!r} in {db_path}")
    with Ledger.open(db_path, create=False) as ledger:
        review = record_review(ledger, matches[0].to_dict(), rating, note, reviewer)
    click.echo(
        f"review {review.id}: {incident_id} rated {rating} (automatic status: {review.status})"
    )


EXPORT_COMMANDS: list[click.Command] = [export_command, review_command]

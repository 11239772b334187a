"""`claimledger export`, `review`, `import-peer` and `compare`: the ledger for other tools.

Thin calls into claimledger.export and claimledger.peers; docs/exports.md describes every
format and column.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from claimledger.cli_incidents import load_incidents, select
from claimledger.cli_ledger import clean_errors, db_option
from claimledger.export import acled, ucdp
from claimledger.export.claimreview import (
    DEFAULT_BASE_URL,
    claim_review,
    media_reviews,
    report_facts,
)
from claimledger.export.claims import COLUMNS as CLAIM_COLUMNS
from claimledger.export.claims import claim_rows
from claimledger.export.datasette import metadata
from claimledger.export.geojson import claim_feature, feature_collection, incident_feature
from claimledger.export.located import PlaceSource
from claimledger.export.materialise import materialise
from claimledger.export.reviews import RATINGS, latest_reviews, record_review
from claimledger.incidents import Incident
from claimledger.incidents.assess import STATUS_ORDER
from claimledger.incidents.filter import IncidentFilter
from claimledger.ledger import Ledger
from claimledger.peers import KINDS, PeerError, compare_nights, peer_extractions
from claimledger.peers.compare import NightComparison, summary
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


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="File to write (default: standard output); a folder for parquet.",
)
@db_option
@click.option("--since", help="First night (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Last night (YYYY-MM-DD), inclusive.")
@click.option("--location", help='A place code ("RU-KLU") or a prefix ("RU-").')
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
        _write_json(metadata(db_path), out)
        return
    if fmt == "sqlite-incidents" and (since or until or location or status or out):
        raise click.UsageError("sqlite-incidents stores every incident in the ledger (--db)")
    if fmt == "parquet" and out is None:
        raise click.UsageError("parquet needs --out DIR")
    places: PlaceSource = default_resources().gazetteer
    everything: list[Incident] = []
    if fmt in _WITH_INCIDENTS or (fmt == "geojson" and of == "incidents") or status:
        everything = load_incidents(db_path)
    with Ledger.open(db_path, create=False) as ledger:
        _export(
            fmt, out, ledger, everything, places, (since, until, location, status), of, base_url
        )


def _export(
    fmt: str,
    out: Path | None,
    ledger: Ledger,
    everything: list[Incident],
    places: PlaceSource,
    filters: tuple[str | None, str | None, str | None, str | None],
    of: str,
    base_url: str,
) -> None:
    since, until, location, status = filters
    incidents = select(everything, since, until, location, status)
    keep = _claims_of(incidents) if status else None

    def claims() -> Iterator[dict[str, Any]]:
        return claim_rows(ledger, places, since, until, location, keep)

    if fmt == "acled":
        _write_csv(acled.COLUMNS, (acled.acled_row(i, places) for i in incidents), out)
    elif fmt == "ucdp":
        _write_csv(ucdp.COLUMNS, (ucdp.ucdp_row(i, places) for i in incidents), out)
    elif fmt == "claims":
        _write_csv(CLAIM_COLUMNS, claims(), out)
    elif fmt == "geojson":
        features: Iterable[dict[str, Any]] = (
            (incident_feature(i, places) for i in incidents)
            if of == "incidents"
            else (claim_feature(row) for row in claims())
        )
        _write_json(feature_collection(features), out)
    elif fmt == "claimreview":
        _write_json(_reviews(ledger, everything, places, filters, base_url), out)
    elif fmt == "parquet":
        assert out is not None
        _write_parquet(out, claims(), incidents, ledger, places, since, until)
    else:
        stored = materialise(ledger, incidents, places)
        click.echo(
            f"{stored} incidents stored in {ledger.path} (tables incidents, incident_claims)",
            err=True,
        )


def _write_parquet(
    out: Path,
    claims: Iterable[dict[str, Any]],
    incidents: list[Incident],
    ledger: Ledger,
    places: PlaceSource,
    since: str | None,
    until: str | None,
) -> None:
    from claimledger.export.parquet import write_parquet  # pyarrow loads only here

    try:
        counts = write_parquet(out, claims, incidents, ledger, places, since, until)
    except FileExistsError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        ", ".join(f"{count} {name}" for name, count in counts.items()) + f" written to {out}",
        err=True,
    )


def _reviews(
    ledger: Ledger,
    everything: list[Incident],
    places: PlaceSource,
    filters: tuple[str | None, str | None, str | None, str | None],
    base_url: str,
) -> list[dict[str, Any]]:
    """ClaimReview for each reviewed incident the filters select, then MediaReview.

    A reviewed incident is shown as it is now; one that no longer exists (its claims changed)
    as it was when reviewed."""
    current = {i.id: i for i in everything}
    found = []
    for review in latest_reviews(ledger):
        incident = current.get(review.incident_id)
        data = incident.to_dict() if incident else review.incident
        if _selected(data, *filters):
            found.append((review, data))
    ids = [c["report_id"] for _, data in found for c in data["claims"]]
    facts = report_facts(ledger, ids)
    reviews = [claim_review(r, d, facts, places, base_url) for r, d in found]
    return reviews + media_reviews(ledger)


def _selected(
    data: dict[str, Any],
    since: str | None,
    until: str | None,
    location: str | None,
    status: str | None,
) -> bool:
    flt = IncidentFilter(since, until, location, status)
    return flt.matches_summary(data["date"], data["location"], data["status"])


def _claims_of(incidents: Sequence[Incident]) -> set[str]:
    return {c.record.claim_id for i in incidents for c in i.claims}


@click.command("review")
@click.argument("incident_id")
@click.option("--rating", type=click.Choice(RATINGS), required=True)
@click.option("--note", help="Why: the explanation shown with the rating.")
@click.option("--reviewer", help="Who reviewed (a person or an organisation).")
@db_option
@clean_errors
def review_command(
    incident_id: str, rating: str, note: str | None, reviewer: str | None, db_path: Path
) -> None:
    """Record a person's verdict on an incident; `export --format claimreview` publishes it.
    The automatic status is kept beside the verdict, never used as one."""
    matches = [i for i in load_incidents(db_path) if i.id == incident_id]
    if not matches:
        raise click.ClickException(f"no incident {incident_id!r} in {db_path}")
    with Ledger.open(db_path, create=False) as ledger:
        review = record_review(ledger, matches[0].to_dict(), rating, note, reviewer)
    click.echo(
        f"review {review.id}: {incident_id} rated {rating} (automatic status: {review.status})"
    )


@click.command("import-peer")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(KINDS), required=True)
@db_option
@clean_errors
def import_peer_command(path: Path, kind: str, db_path: Path) -> None:
    """Load a peer's table as claims of its source: one synthetic report per row, written
    through the ledger's one write path. Rerunning changes nothing."""
    try:
        with Ledger.open(db_path) as ledger:
            stats = ledger.write(peer_extractions(path, kind))
    except PeerError as exc:
        raise click.ClickException(str(exc)) from None
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
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
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
        raise click.ClickException(
            f"no {kind} rows in {db_path}: run `claimledger import-peer PATH --kind {kind}` first"
        )
    shown = [n for n in nights if not (only_differences and n.agrees)]
    totals = summary(nights)
    if fmt == "json":
        _write_json({"nights": [n.to_dict() for n in shown], "summary": totals}, None)
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


@contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    try:
        handle = out.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror}") from None
    with handle:
        yield handle


def _write_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]], out: Path | None) -> None:
    with _output(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


def _write_json(data: Any, out: Path | None) -> None:
    with _output(out) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


EXPORT_COMMANDS: list[click.Command] = [
    export_command,
    review_command,
    import_peer_command,
    compare_command,
]

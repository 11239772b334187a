"""Every table of the ledger, defined once for both engines (SQLAlchemy Core metadata).

The same definitions render SQLite's and PostgreSQL's DDL (migrations.py says which migration
creates which table and index). Choices that keep both engines' answers identical:
* Times stay ISO 8601 text and JSON stays text, so rows read back exactly as they went in.
* Keys, dates, places and times compare byte by byte (`COLLATE "C"` on PostgreSQL, SQLite's
  only order): `--location RU-` ranges and sorting agree. `claimant` keeps the database's
  collation so that PostgreSQL's lower() folds Cyrillic.
* Row ids are SQLite's INTEGER PRIMARY KEY (the rowid) and an identity BIGINT on PostgreSQL;
  real numbers are 8 bytes on both (SQLite REAL, DOUBLE PRECISION).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

# Byte-order text on PostgreSQL; SQLite compares bytes already (and knows no collation "C").
Key = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
RowId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Real: sa.types.TypeEngine[float] = sa.Double().with_variant(sa.REAL(), "sqlite")


def _id() -> sa.Column[int]:
    return sa.Column("id", RowId, sa.Identity(), primary_key=True)


def _ref(
    name: str, target: str, kind: sa.types.TypeEngine[Any] = RowId, *, primary_key: bool = False
) -> sa.Column[Any]:
    """A column referring to `target` ("table.column"), its rows going with the target's."""
    reference = sa.ForeignKey(target, ondelete="CASCADE")
    return sa.Column(name, kind, reference, nullable=False, primary_key=primary_key)


def _report_ref() -> sa.Column[str]:
    return _ref("report_id", "reports.id", Key)


def _json(name: str, empty: str) -> sa.Column[str]:
    """A JSON document kept as text (read back byte for byte on both engines)."""
    return sa.Column(name, sa.Text, nullable=False, server_default=empty)


def _evidence() -> list[sa.Column[object]]:
    return [
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
    ]


def _child(name: str, *columns: sa.Column[Any]) -> sa.Table:
    """A table of what was read from a report: rows numbered per report from 0 (`ordinal`)."""
    return sa.Table(
        name,
        metadata,
        _id(),
        _report_ref(),
        sa.Column("ordinal", sa.Integer, nullable=False),
        *columns,
        sa.UniqueConstraint("report_id", "ordinal"),
    )


def _default(value: str) -> sa.TextClause:
    return sa.text(value)


# -- 0001_initial: reports and what was read from them ----------------------------------------



def _version() -> list[sa.Column[Any]]:
    """A version of a report as it was read: where from, when, its text and metadata."""
    return [
        sa.Column("source", sa.Text),
        sa.Column("published", Key),
        sa.Column("lang", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.Text, nullable=False),
        _json("meta", "{}"),
        sa.Column("ingested_at", sa.Text, nullable=False),
    ]


# The current version of every report; `version` counts from 1.
reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", Key, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False, server_default=_default("1")),
    *_version(),
)

# Superseded versions, whole, with the extraction stored for them (Extraction.to_dict() JSON).
report_versions = sa.Table(
    "report_versions",
    metadata,
    _ref("report_id", "reports.id", Key, primary_key=True),
    sa.Column("version", sa.Integer, primary_key=True),
    *_version(),
    sa.Column("superseded_at", sa.Text, nullable=False),
    sa.Column("extraction", sa.Text, nullable=False),
)
sa.Index("report_versions_text", report_versions.c.report_id, report_versions.c.text_sha256)

claims = _child(
    "claims",
    sa.Column("action", Key, nullable=False),
    sa.Column("weapon", Key),
    sa.Column("model", sa.Text),
    sa.Column("quantity", sa.Integer, nullable=False),
    sa.Column("qualifier", sa.Text, nullable=False, server_default="exact"),
    sa.Column("location", Key),
    sa.Column("claimant", sa.Text),
    sa.Column("claimant_side", sa.Text),
    sa.Column("claimant_kind", sa.Text),
    sa.Column("attacker_side", sa.Text),
    sa.Column("date", Key),
    *_evidence(),
    _json("spans", "{}"),
)
sa.Index("claims_date", claims.c.date)
sa.Index("claims_location", claims.c.location)
sa.Index("claims_claimant", claims.c.claimant)

quotes = _child(
    "quotes",
    sa.Column("speaker", sa.Text),
    sa.Column("speaker_description", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    _json("spans", "[]"),
    sa.Column("speaker_evidence", sa.Text),
)

markers = _child(
    "markers",
    sa.Column("kind", sa.Text, nullable=False),
    *_evidence(),
)

checks = _child(
    "checks",
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("reference", sa.Text, nullable=False),
    sa.Column("subject_code", sa.Text),
    sa.Column("reference_code", sa.Text),
    sa.Column("stated_km", Real),
    sa.Column("stated_direction", sa.Text),
    sa.Column("computed_km", Real),
    sa.Column("computed_bearing_deg", Real),
    sa.Column("verdict", sa.Text, nullable=False, server_default="unknown"),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    *_evidence(),
)

media_mentions = _child(
    "media_mentions",
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("claimant", sa.Text),
    sa.Column("provenance", sa.Text),
    *_evidence(),
)

# What was read from a report, in the order it is written.
CHILD_TABLES: dict[str, sa.Table] = {
    "claims": claims,
    "quotes": quotes,
    "markers": markers,
    "checks": checks,
    "media_mentions": media_mentions,
}

# -- 0010_web: API tokens, sources added over the API, the dashboard's list orders ------------

# Only the SHA-256 of a token is kept: the token is printed once and cannot be read back.
web_tokens = sa.Table(
    "web_tokens",
    metadata,
    _id(),
    sa.Column("name", sa.Text, nullable=False, server_default=""),
    sa.Column("token_sha256", sa.Text, nullable=False, unique=True),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("revoked_at", sa.Text),
)

# Registry entries added with POST /api/sources (`ids`, `names`: JSON arrays); later rows win.
web_sources = sa.Table(
    "web_sources",
    metadata,
    _id(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("side", sa.Text),
    _json("ids", "[]"),
    _json("names", "[]"),
    sa.Column("added_at", sa.Text, nullable=False),
    sa.Column("token_id", RowId, sa.ForeignKey("web_tokens.id")),
)

# Claim lists run newest first with NULL dates last, as coalesce(date, ''), paged on (that key,
# id); a filter on a place, action or weapon walks these in the same order. The place index
# also covers the other filters, so a place's claims are filtered inside the index.
_claim_day = sa.func.coalesce(claims.c.date, sa.literal_column("''"))
sa.Index("claims_web_date", _claim_day)
sa.Index(
    "claims_web_location",
    claims.c.location,
    _claim_day,
    claims.c.action,
    claims.c.weapon,
    claims.c.claimant_side,
)
sa.Index("claims_web_action", claims.c.action, _claim_day)
sa.Index("claims_web_weapon", claims.c.weapon, _claim_day)
sa.Index("claims_web_side", claims.c.claimant_side, _claim_day)
_published = sa.func.coalesce(reports.c.published, sa.literal_column("''"))
sa.Index("reports_web_source", reports.c.source, _published)
sa.Index("markers_web_kind", markers.c.kind)
sa.Index("checks_web_verdict", checks.c.verdict)

# -- 0020_exports: verdicts, materialised incidents ------------------------------------------

# A person's verdict on an incident; the latest row counts. `incident` is the incident as it
# was when reviewed (Incident.to_dict() JSON), so a review still says what it rated.
RATINGS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
reviews = sa.Table(
    "reviews",
    metadata,
    _id(),
    sa.Column("incident_id", Key, nullable=False),
    sa.Column("rating", sa.Text, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("reviewer", sa.Text),
    sa.Column("reviewed_at", sa.Text, nullable=False),
    sa.Column("status", sa.Text),
    _json("incident", "{}"),
    sa.CheckConstraint(
        "rating IN (" + ", ".join(f"'{r}'" for r in RATINGS) + ")", name="reviews_rating"
    ),
)
sa.Index("reviews_incident", reviews.c.incident_id, reviews.c.id)

# The current incidents, stored by `export --format sqlite-incidents` for Datasette and SQL.
incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", Key, primary_key=True),
    sa.Column("date", Key, nullable=False),
    sa.Column("location", Key, nullable=False),
    sa.Column("location_name", sa.Text),
    sa.Column("latitude", Real),
    sa.Column("longitude", Real),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("weapon", sa.Text, nullable=False),
    sa.Column("attacker_side", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("reports", sa.Integer, nullable=False),
    sa.Column("origins", sa.Integer, nullable=False),
    sa.Column("low", sa.Integer),
    sa.Column("best", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("killed_best", sa.Integer),
    sa.Column("injured_best", sa.Integer),
    _json("reasons", "[]"),
    _json("flags", "[]"),
    _json("markers", "[]"),
    _json("estimates", "{}"),
    _json("origin_values", "{}"),
)
sa.Index("incidents_date", incidents.c.date)
sa.Index("incidents_location", incidents.c.location)
sa.Index("incidents_status", incidents.c.status)
sa.Index("incidents_action", incidents.c.action)

# Which claims an incident holds: role `claim` or `total`, the claim's status and origin.
incident_claims = sa.Table(
    "incident_claims",
    metadata,
    _ref("incident_id", "incidents.id", Key, primary_key=True),
    sa.Column("report_id", Key, primary_key=True),
    sa.Column("ordinal", sa.Integer, primary_key=True),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
)
sa.Index("incident_claims_claim", incident_claims.c.report_id, incident_claims.c.ordinal)

export_state = sa.Table(
    "export_state",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
# Facets and sorting in Datasette.
sa.Index("reports_published", reports.c.published)
sa.Index("reports_lang", reports.c.lang)

# -- 0100_media: files by content, where they were seen, their hashes, recycling -------------

# One row per distinct file (by SHA-256); `path` is relative to the media folder.
media = sa.Table(
    "media",
    metadata,
    _id(),
    sa.Column("sha256", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("mime", sa.Text, nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("width", sa.Integer),
    sa.Column("height", sa.Integer),
    sa.Column("duration_s", Real),
    sa.Column("codec", sa.Text),
    sa.Column("created", sa.Text),  # EXIF DateTimeOriginal or container creation_time
    sa.Column("gps_lat", Real),
    sa.Column("gps_lon", Real),
    sa.Column("added_at", sa.Text, nullable=False),
    sa.CheckConstraint("kind IN ('image', 'video')", name="media_kind"),
)

# Where and when a file was seen, one row per (file, report). `report_id` is no foreign key:
# media may be taken in before the report that carried it.
media_appearances = sa.Table(
    "media_appearances",
    metadata,
    _id(),
    _ref("media_id", "media.id"),
    sa.Column("report_id", Key),
    sa.Column("source", sa.Text),
    sa.Column("first_seen", sa.Text, nullable=False),
    sa.Column("file_name", sa.Text),
    sa.Column("added_at", sa.Text, nullable=False),
)
sa.Index(
    "media_appearances_once",
    media_appearances.c.media_id,
    sa.func.coalesce(media_appearances.c.report_id, sa.literal_column("''")),
    unique=True,
)
sa.Index("media_appearances_report", media_appearances.c.report_id)

# PDQ hashes: a picture's (frame 0) and its centre crops, one per sampled frame of a video.
media_hashes = sa.Table(
    "media_hashes",
    metadata,
    _ref("media_id", "media.id", primary_key=True),
    sa.Column("frame", sa.Integer, primary_key=True),
    sa.Column("region", sa.Text, primary_key=True, server_default="full"),
    sa.Column("at_s", Real),
    sa.Column("pdq", sa.LargeBinary, nullable=False),
    sa.Column("quality", sa.Integer, nullable=False),
    sa.CheckConstraint("length(pdq) = 32", name="media_hashes_pdq"),
    sqlite_with_rowid=False,
)

# An appearance repeating media seen earlier elsewhere, with a snapshot of the earliest
# appearance (report, source, date, its claims' place codes as JSON) and the suggested rating.
media_matches = sa.Table(
    "media_matches",
    metadata,
    _id(),
    _ref("appearance_id", "media_appearances.id"),
    _ref("media_id", "media.id"),
    _ref("matched_media_id", "media.id"),
    sa.Column("distance", sa.Integer, nullable=False),
    sa.Column("frame_share", Real),
    _ref("earliest_appearance_id", "media_appearances.id"),
    sa.Column("earliest_report_id", Key),
    sa.Column("earliest_source", sa.Text),
    sa.Column("earliest_date", sa.Text, nullable=False),
    _json("place_codes", "[]"),
    sa.Column("suggested_review", sa.Text),
    sa.Column("found_at", sa.Text, nullable=False),
    sa.UniqueConstraint("appearance_id", "matched_media_id"),
)
sa.Index("media_matches_media", media_matches.c.media_id)

# -- 0200_store: what SQLite's rowid gave and PostgreSQL has not: an order to page reports by
# (it replaces 0010's index on the time alone, a prefix of it), and the latest write
# (Ledger.state, the dashboard's cache key) in an index lookup.
sa.Index("reports_web_published_id", _published, reports.c.id)
sa.Index("reports_ingested", reports.c.ingested_at)

# -- bookkeeping -------------------------------------------------------------------------------

migrations_table = sa.Table(
    "migrations",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("applied_at", sa.Text, nullable=False),
)

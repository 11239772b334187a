"""Exports of the ledger in formats other tools read (docs/exports.md).

One module per format: `acled` and `ucdp` (incident tables), `claims` (one row per claim),
`geojson` (RFC 7946), `claimreview` (schema.org ClaimReview and MediaReview from the verdicts
in `reviews`), `parquet` (claims, incidents and reports by day), `materialise` (incidents into
the ledger for Datasette) and `datasette` (metadata). Nothing heavy is imported here: pyarrow
loads only with the Parquet export.
"""

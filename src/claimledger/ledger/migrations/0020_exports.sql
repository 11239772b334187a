-- Exports and browsing (claimledger.export, docs/exports.md): human verdicts on incidents, the
-- incidents materialised for Datasette, views joining claims to their reports and incidents,
-- and indexes for the columns Datasette facets on.

-- A person's verdict on an incident (`claimledger review`). Automatic statuses are never
-- ratings: only rows here become ClaimReview. An incident may be reviewed again; the latest
-- row counts. `incident` is the incident as it was when reviewed (Incident.to_dict() JSON), so
-- a review still says what it rated after new reports change the incident.
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL,
    rating      TEXT NOT NULL
                CHECK (rating IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false',
                                  'unproven')),
    note        TEXT,
    reviewer    TEXT,
    reviewed_at TEXT NOT NULL,
    status      TEXT,
    incident    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX reviews_incident ON reviews(incident_id, id);

-- The latest review of each incident.
CREATE VIEW latest_reviews AS
SELECT r.*
FROM reviews r
WHERE r.id = (SELECT max(id) FROM reviews WHERE incident_id = r.incident_id);

-- Incidents are computed from the claims on demand; `claimledger export --format
-- sqlite-incidents` stores the current ones here (replacing what was stored) so that Datasette
-- can facet on status. `export_state` says when, and over how many claims.
CREATE TABLE incidents (
    id            TEXT PRIMARY KEY,
    date          TEXT NOT NULL,
    location      TEXT NOT NULL,
    location_name TEXT,
    latitude      REAL,
    longitude     REAL,
    action        TEXT NOT NULL,
    weapon        TEXT NOT NULL,
    attacker_side TEXT NOT NULL,
    status        TEXT NOT NULL,
    reports       INTEGER NOT NULL,
    origins       INTEGER NOT NULL,
    low           INTEGER,
    best          INTEGER,
    high          INTEGER,
    killed_best   INTEGER,
    injured_best  INTEGER,
    reasons       TEXT NOT NULL DEFAULT '[]',
    flags         TEXT NOT NULL DEFAULT '[]',
    markers       TEXT NOT NULL DEFAULT '[]',
    estimates     TEXT NOT NULL DEFAULT '{}',
    origin_values TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX incidents_date ON incidents(date);
CREATE INDEX incidents_location ON incidents(location);
CREATE INDEX incidents_status ON incidents(status);
CREATE INDEX incidents_action ON incidents(action);

-- Which claims an incident holds: role `claim`, or `total` for a country total shown beside
-- its regional breakdowns; the claim's status and origin within the incident.
CREATE TABLE incident_claims (
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    report_id   TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    role        TEXT NOT NULL,
    status      TEXT NOT NULL,
    origin      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, report_id, ordinal)
);
CREATE INDEX incident_claims_claim ON incident_claims(report_id, ordinal);

CREATE TABLE export_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Facets and sorting in Datasette: claims have indexes on date, location and claimant
-- (0001_initial); action, weapon, claimant side and report source lead indexes of 0010_web.
CREATE INDEX reports_published ON reports(published);
CREATE INDEX reports_lang ON reports(lang);

-- Every current claim with its report (the text stays in `reports`, searchable there).
CREATE VIEW claims_with_reports AS
SELECT
    c.report_id || '#' || c.ordinal AS claim_id,
    c.report_id,
    c.ordinal,
    c.date,
    c.action,
    c.weapon,
    c.model,
    c.quantity,
    c.qualifier,
    c.location,
    c.claimant,
    c.claimant_side,
    c.claimant_kind,
    c.attacker_side,
    c.evidence_text,
    c.evidence_start,
    c.evidence_end,
    r.source AS report_source,
    r.published AS report_published,
    r.lang AS report_lang,
    r.url AS report_url
FROM claims c
JOIN reports r ON r.id = c.report_id;

-- Claims in their materialised incidents, with the incident's status and the report.
CREATE VIEW incident_claims_with_reports AS
SELECT
    i.id AS incident_id,
    i.date AS incident_date,
    i.location AS incident_location,
    i.status AS incident_status,
    ic.role,
    ic.status AS claim_status,
    ic.origin,
    c.report_id || '#' || c.ordinal AS claim_id,
    c.action,
    c.weapon,
    c.model,
    c.quantity,
    c.qualifier,
    c.location,
    c.claimant,
    c.claimant_side,
    c.claimant_kind,
    c.date,
    c.evidence_text,
    r.id AS report_id,
    r.source AS report_source,
    r.published AS report_published,
    r.url AS report_url
FROM incident_claims ic
JOIN incidents i ON i.id = ic.incident_id
JOIN claims c ON c.report_id = ic.report_id AND c.ordinal = ic.ordinal
JOIN reports r ON r.id = c.report_id;

-- Materialised incidents beside the latest human verdict, where there is one.
CREATE VIEW incidents_with_reviews AS
SELECT
    i.*,
    lr.rating AS review_rating,
    lr.note AS review_note,
    lr.reviewer AS reviewer,
    lr.reviewed_at AS reviewed_at
FROM incidents i
LEFT JOIN latest_reviews lr ON lr.incident_id = i.id;

-- The first schema of the ledger: reports, their earlier versions, and what was read from them.
-- Times are ISO 8601 text (UTC for ingested_at), JSON columns hold the model's to_dict() forms.

-- The current version of every report. `version` counts from 1; earlier texts of the same id
-- (an edited post) move to report_versions, so a report id stays one row here and claims
-- always belong to the text that is stored beside them.
CREATE TABLE reports (
    id          TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    source      TEXT,
    published   TEXT,
    lang        TEXT,
    url         TEXT,
    text        TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}',
    ingested_at TEXT NOT NULL
);

-- Superseded versions, whole: the text and metadata as they were, and the extraction that was
-- stored for them (Extraction.to_dict() form), so nothing read from an old text is lost.
CREATE TABLE report_versions (
    report_id     TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    source        TEXT,
    published     TEXT,
    lang          TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    text_sha256   TEXT NOT NULL,
    meta          TEXT NOT NULL DEFAULT '{}',
    ingested_at   TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    extraction    TEXT NOT NULL,
    PRIMARY KEY (report_id, version)
);
CREATE INDEX report_versions_text ON report_versions(report_id, text_sha256);

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    report_id      TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    action         TEXT NOT NULL,
    weapon         TEXT,
    model          TEXT,
    quantity       INTEGER NOT NULL,
    qualifier      TEXT NOT NULL DEFAULT 'exact',
    location       TEXT,
    claimant       TEXT,
    claimant_side  TEXT,
    claimant_kind  TEXT,
    attacker_side  TEXT,
    date           TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL,
    spans          TEXT NOT NULL DEFAULT '{}',
    UNIQUE (report_id, ordinal)
);
CREATE INDEX claims_date ON claims(date);
CREATE INDEX claims_location ON claims(location);
CREATE INDEX claims_claimant ON claims(claimant);
-- Lookups by report use the index of UNIQUE (report_id, ordinal); a second one would only cost.

CREATE TABLE quotes (
    id                  INTEGER PRIMARY KEY,
    report_id           TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    speaker             TEXT,
    speaker_description TEXT,
    text                TEXT NOT NULL,
    spans               TEXT NOT NULL DEFAULT '[]',
    speaker_evidence    TEXT,
    UNIQUE (report_id, ordinal)
);

CREATE TABLE markers (
    id             INTEGER PRIMARY KEY,
    report_id      TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL,
    UNIQUE (report_id, ordinal)
);

CREATE TABLE checks (
    id                   INTEGER PRIMARY KEY,
    report_id            TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal              INTEGER NOT NULL,
    kind                 TEXT NOT NULL,
    subject              TEXT NOT NULL,
    reference            TEXT NOT NULL,
    subject_code         TEXT,
    reference_code       TEXT,
    stated_km            REAL,
    stated_direction     TEXT,
    computed_km          REAL,
    computed_bearing_deg REAL,
    verdict              TEXT NOT NULL DEFAULT 'unknown',
    reason               TEXT NOT NULL DEFAULT '',
    evidence_start       INTEGER NOT NULL,
    evidence_end         INTEGER NOT NULL,
    evidence_text        TEXT NOT NULL,
    UNIQUE (report_id, ordinal)
);

CREATE TABLE media_mentions (
    id             INTEGER PRIMARY KEY,
    report_id      TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    claimant       TEXT,
    provenance     TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL,
    UNIQUE (report_id, ordinal)
);

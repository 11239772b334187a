-- The web stage (claimledger.web): API tokens, source registry entries added over the API, and
-- the indexes behind the dashboard's lists (newest first, filtered, paged by keyset cursors).

-- Bearer tokens for the API's write endpoints. Only the SHA-256 of a token is kept: the token
-- itself is printed once by `claimledger token create` and cannot be read back.
CREATE TABLE web_tokens (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL DEFAULT '',
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    revoked_at   TEXT
);

-- Source registry entries added with POST /api/sources, in the shape of the registry's TOML
-- entries (`ids` and `names` as JSON arrays). Later rows override earlier ones and the bundled
-- registry, as a user's --sources file does.
CREATE TABLE web_sources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    side       TEXT,
    ids        TEXT NOT NULL DEFAULT '[]',
    names      TEXT NOT NULL DEFAULT '[]',
    added_at   TEXT NOT NULL,
    token_id   INTEGER REFERENCES web_tokens(id)
);

-- Claim lists run newest first with NULL dates last, as coalesce(date, ''), paged on
-- (that key, id). Filters on a place, an action or a weapon walk these in the same order, so a
-- page of a selective filter does not sort every matching claim of a large ledger.
CREATE INDEX claims_web_date ON claims(coalesce(date, ''));
-- The place index also covers the other filters (action, weapon, side): a place's claims are
-- filtered inside the index, without reading each row.
CREATE INDEX claims_web_location ON claims(
    location, coalesce(date, ''), action, weapon, claimant_side
);
CREATE INDEX claims_web_action ON claims(action, coalesce(date, ''));
CREATE INDEX claims_web_weapon ON claims(weapon, coalesce(date, ''));
CREATE INDEX claims_web_side ON claims(claimant_side, coalesce(date, ''));

-- Report lists: newest publication first, then by source.
CREATE INDEX reports_web_published ON reports(coalesce(published, ''));
CREATE INDEX reports_web_source ON reports(source, coalesce(published, ''));

-- Markers and checks listed by kind and verdict.
CREATE INDEX markers_web_kind ON markers(kind);
CREATE INDEX checks_web_verdict ON checks(verdict);

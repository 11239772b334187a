-- PostgreSQL twin of migrations/0005_search.sql: full-text search over report text and source.
-- An expression index instead of a stored tsvector column: nothing to keep in step (SQLite
-- needs triggers for that), nothing extra in `SELECT *`. The 'simple' configuration lowercases
-- and does not stem, as FTS5's unicode61 tokenizer: "калужской" finds "Калужской", not
-- "Калужская", on both backends. Queries must repeat this expression exactly
-- (claimledger.ledger.postgres.SEARCH_VECTOR) for the index to be used.
CREATE INDEX reports_search ON reports
    USING GIN (to_tsvector('simple'::regconfig, text || ' ' || coalesce(source, '')));

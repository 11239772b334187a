-- Full-text search over report text (SQLite FTS5), kept in step with `reports` by triggers.
-- External content: the text is stored once, in `reports`; the index holds only the terms.
-- unicode61 folds case beyond ASCII and strips diacritics, so "Калуга" finds "КАЛУГА".
CREATE VIRTUAL TABLE reports_fts USING fts5(
    text,
    source,
    content='reports',
    content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts(rowid, text, source) VALUES (new.rowid, new.text, new.source);
END;

CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, text, source)
    VALUES ('delete', old.rowid, old.text, old.source);
END;

CREATE TRIGGER reports_fts_update AFTER UPDATE OF text, source ON reports BEGIN
    INSERT INTO reports_fts(reports_fts, rowid, text, source)
    VALUES ('delete', old.rowid, old.text, old.source);
    INSERT INTO reports_fts(rowid, text, source) VALUES (new.rowid, new.text, new.source);
END;

-- Ledgers made before this migration already hold reports: index them once.
INSERT INTO reports_fts(reports_fts) VALUES ('rebuild');

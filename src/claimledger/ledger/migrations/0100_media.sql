-- Media: photos and videos taken in with reports, stored by content in `<db stem>.media/`, with
-- their PDQ hashes and the earlier appearances they were found to repeat (claimledger.media).

-- One row per distinct file (by SHA-256). `path` is relative to the media folder.
CREATE TABLE media (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('image', 'video')),
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    path       TEXT NOT NULL,
    width      INTEGER,
    height     INTEGER,
    duration_s REAL,
    codec      TEXT,
    created    TEXT,  -- EXIF DateTimeOriginal or container creation_time, ISO 8601
    gps_lat    REAL,
    gps_lon    REAL,
    added_at   TEXT NOT NULL
);

-- Where and when a file was seen: one row per (file, report). `report_id` is not a foreign key:
-- media may be taken in before the report that carried it. `first_seen` is the time given
-- at intake, else the report's publication time, else the intake time.
CREATE TABLE media_appearances (
    id         INTEGER PRIMARY KEY,
    media_id   INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    report_id  TEXT,
    source     TEXT,
    first_seen TEXT NOT NULL,
    file_name  TEXT,
    added_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX media_appearances_once ON media_appearances(media_id, coalesce(report_id, ''));
CREATE INDEX media_appearances_report ON media_appearances(report_id);

-- PDQ hashes: one for a picture (frame 0) and its centre crops (region 'center95', 'center90'),
-- one per sampled frame of a video (region 'full'). `pdq` is the 32-byte hash (hex() gives
-- PDQ's usual form); `quality` is PDQ's 0..100.
CREATE TABLE media_hashes (
    media_id INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    frame    INTEGER NOT NULL,
    region   TEXT NOT NULL DEFAULT 'full',
    at_s     REAL,
    pdq      BLOB NOT NULL CHECK (length(pdq) = 32),
    quality  INTEGER NOT NULL,
    PRIMARY KEY (media_id, frame, region)
) WITHOUT ROWID;

-- An appearance that repeats media seen earlier elsewhere: the later appearance, the media it
-- matched, and a snapshot of the earliest appearance of that media in another report (its
-- report, source, date and the place codes of its claims, JSON), with the suggested
-- MediaReview rating (schema.org mediaAuthenticityCategory).
CREATE TABLE media_matches (
    id                     INTEGER PRIMARY KEY,
    appearance_id          INTEGER NOT NULL REFERENCES media_appearances(id) ON DELETE CASCADE,
    media_id               INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    matched_media_id       INTEGER NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    distance               INTEGER NOT NULL,
    frame_share            REAL,
    earliest_appearance_id INTEGER NOT NULL REFERENCES media_appearances(id) ON DELETE CASCADE,
    earliest_report_id     TEXT,
    earliest_source        TEXT,
    earliest_date          TEXT NOT NULL,
    place_codes            TEXT NOT NULL DEFAULT '[]',
    suggested_review       TEXT,
    found_at               TEXT NOT NULL,
    UNIQUE (appearance_id, matched_media_id)
);
CREATE INDEX media_matches_media ON media_matches(media_id);

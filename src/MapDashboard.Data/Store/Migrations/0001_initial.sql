-- Event store, version 1: articles and everything derived from them.
-- Derived rows (mentions, events, control changes) belong to one article and are replaced when it is re-processed.

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    content_hash        TEXT    NOT NULL UNIQUE,          -- SHA-256 of the original bytes, hex
    source              TEXT    NOT NULL,                 -- file path or upload name
    title               TEXT,
    outlet              TEXT,
    author              TEXT,
    published           TEXT,                             -- YYYY-MM-DD or NULL when undated
    published_precision TEXT,                             -- day | month | year
    date_evidence       TEXT,
    date_set_by_user    INTEGER NOT NULL DEFAULT 0,
    original_text       TEXT    NOT NULL,
    cleaned_text        TEXT    NOT NULL,
    offset_map          TEXT    NOT NULL,                 -- JSON segments: cleaned -> original offsets
    pipeline_version    TEXT    NOT NULL,
    ingested_at         TEXT    NOT NULL
);

CREATE TABLE place_mentions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,                     -- offsets into the original text
    end_offset      INTEGER NOT NULL,
    resolved        INTEGER NOT NULL,
    place_id        TEXT,
    place_name      TEXT,
    lat             REAL,
    lon             REAL,
    feature_code    TEXT,
    country         TEXT,
    admin1          TEXT,
    precision       INTEGER,
    confidence      REAL    NOT NULL,
    reason          TEXT    NOT NULL,
    runner_up_id    TEXT
);
CREATE INDEX ix_place_mentions_article ON place_mentions(article_id);
CREATE INDEX ix_place_mentions_unresolved ON place_mentions(resolved, confidence);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    event_key       TEXT    NOT NULL UNIQUE,              -- place + date + type + actors: merges reports of one event
    date_start      TEXT,                                 -- NULL for undated events
    date_end        TEXT,
    date_precision  TEXT    NOT NULL,
    day_start       INTEGER,                              -- days since 0001-01-01, for range queries
    day_end         INTEGER,
    type            TEXT    NOT NULL,
    sub_type        TEXT    NOT NULL,
    actor1          TEXT,
    actor2          TEXT,
    assoc_actors    TEXT,                                 -- JSON array
    place_id        TEXT,
    place_name      TEXT    NOT NULL,
    admin1          TEXT,
    lat             REAL,
    lon             REAL,
    precision       INTEGER NOT NULL,
    confidence      REAL    NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_events_time ON events(day_start, day_end);
CREATE INDEX ix_events_type ON events(type, sub_type);

CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- One row per report of an event: the article and the excerpt that reported it.
CREATE TABLE event_sources (
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    excerpt         TEXT    NOT NULL,
    excerpt_start   INTEGER NOT NULL,
    excerpt_end     INTEGER NOT NULL,
    claimed_by      TEXT,
    date_evidence   TEXT,
    PRIMARY KEY (event_id, article_id, excerpt_start)
);
CREATE INDEX ix_event_sources_article ON event_sources(article_id);

CREATE TABLE event_actors (
    event_id        INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id        TEXT    NOT NULL,
    role            TEXT    NOT NULL,                     -- actor1 | actor2 | assoc1 | assoc2
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX ix_event_actors_actor ON event_actors(actor_id);

CREATE TABLE control_changes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES events(id) ON DELETE SET NULL,
    place_id        TEXT    NOT NULL,
    place_name      TEXT    NOT NULL,
    lat             REAL    NOT NULL,
    lon             REAL    NOT NULL,
    date            TEXT,
    new_controller  TEXT    NOT NULL,
    previous_controller TEXT,
    verb            TEXT    NOT NULL,
    confidence      REAL    NOT NULL,
    excerpt_start   INTEGER NOT NULL,
    excerpt_end     INTEGER NOT NULL
);
CREATE INDEX ix_control_changes_place ON control_changes(place_id, date);
CREATE INDEX ix_control_changes_date ON control_changes(date);

-- Analyst corrections: data, re-applied after every re-ingest.
CREATE TABLE corrections (
    id              INTEGER PRIMARY KEY,
    target_kind     TEXT    NOT NULL,                     -- mention | article | event
    scope           TEXT    NOT NULL,                     -- article | everywhere
    article_hash    TEXT,
    surface_form    TEXT,
    target_key      TEXT,
    payload         TEXT    NOT NULL,                     -- JSON of the corrected fields
    author          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    undone_at       TEXT
);

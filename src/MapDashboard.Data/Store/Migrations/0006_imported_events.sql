-- Events imported from other datasets (ACLED's CSV exports first), kept apart from the events MapDashboard codes from
-- articles: they are drawn as their own layer and never merged with ours. A dataset's own event id is unique within the
-- dataset, so importing the same file again updates rows instead of adding them.
CREATE TABLE imported_events (
    id              INTEGER PRIMARY KEY,
    dataset         TEXT    NOT NULL,                     -- source kind: 'acled'
    event_id        TEXT    NOT NULL,                     -- event_id_cnty, or 'line-' + a hash of the row when it has none
    event_date      TEXT    NOT NULL,                     -- yyyy-MM-dd
    day             INTEGER NOT NULL,                     -- days since 0001-01-01, as events.day_start
    time_precision  INTEGER,
    type            TEXT    NOT NULL,
    sub_type        TEXT,
    actor1          TEXT,
    assoc_actor_1   TEXT,
    actor2          TEXT,
    assoc_actor_2   TEXT,
    country         TEXT,
    admin1          TEXT,
    admin2          TEXT,
    location        TEXT,
    lat             REAL    NOT NULL,
    lon             REAL    NOT NULL,
    geo_precision   INTEGER,
    fatalities      INTEGER,
    source          TEXT,
    notes           TEXT,
    row_hash        TEXT    NOT NULL,                     -- of the imported values: an unchanged row is not rewritten
    import_file     TEXT    NOT NULL,
    line            INTEGER NOT NULL,
    imported_at     TEXT    NOT NULL,
    UNIQUE (dataset, event_id)
);
-- The map's window query (day range, then the view's box and type) reads only this covering index.
CREATE INDEX ix_imported_events_window ON imported_events(dataset, day, lon, lat, type, sub_type);

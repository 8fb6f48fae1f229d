-- The bundled gazetteer. Built from scratch by `mapdash gazetteer build`; rows of layer 'user' are carried over.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- GeoNames admin1 codes ("SY.09") to the division's English name, from Natural Earth.
CREATE TABLE admin1_codes (
    code  TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE places (
    pid           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,        -- ocha:C1215, gn:174018, wof:…, ne0:SY, ne1:SY-ID, oa:OS57, cur:tiyas-airbase, user:...
    name          TEXT    NOT NULL,
    lat           REAL    NOT NULL,
    lon           REAL    NOT NULL,
    feature_class TEXT    NOT NULL,
    feature_code  TEXT    NOT NULL,
    country       TEXT,
    admin1        TEXT,
    admin2        TEXT,                           -- a Syrian district (OCHA), else GeoNames' admin-2 code
    admin3        TEXT,                           -- a Syrian sub-district (nahiya, OCHA)
    name_ar       TEXT,                           -- the Arabic name as the source writes it
    population    INTEGER NOT NULL DEFAULT 0,
    source        TEXT    NOT NULL,
    wkt           TEXT,
    layer         TEXT    NOT NULL DEFAULT 'bundled'   -- bundled | imported | user
);
CREATE INDEX ix_places_country ON places(country, population DESC);

-- Ids of source records merged into a place (gn:174018 and wof:… of ocha:C1197): lookups by those ids find it.
CREATE TABLE concordance (
    id            TEXT    PRIMARY KEY,
    pid           INTEGER NOT NULL REFERENCES places(pid) ON DELETE CASCADE
);
CREATE INDEX ix_concordance_pid ON concordance(pid);

CREATE TABLE names (
    nid           INTEGER PRIMARY KEY,
    pid           INTEGER NOT NULL REFERENCES places(pid) ON DELETE CASCADE,
    name          TEXT    NOT NULL,
    lang          TEXT,
    kind          TEXT    NOT NULL,               -- primary | ascii | alternate | curated
    fold_key      TEXT    NOT NULL,
    skeleton_key  TEXT    NOT NULL,
    UNIQUE (pid, name)
);
CREATE INDEX ix_names_fold ON names(fold_key);
CREATE INDEX ix_names_skeleton ON names(skeleton_key);

CREATE VIRTUAL TABLE places_rtree USING rtree(pid, min_lon, max_lon, min_lat, max_lat);

-- Trigram index over the folded keys of primary, ASCII and curated names: substring search and the fuzzy pass.
CREATE VIRTUAL TABLE names_fts USING fts5(fold_key, content='', contentless_delete=1, tokenize='trigram');

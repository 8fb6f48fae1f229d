-- Issue #19: syndicated copies are one report. A new article that is a copy, republication or excerpt of a stored one
-- (NearDuplicateDetector over the cleaned texts) is stored as another appearance of that article, not as an article
-- of its own: its events are not written again, and an event's independent reports are its articles.
-- article_bands holds each article's MinHash band keys: the stored articles sharing a key with a new one are the only
-- ones compared with it.
CREATE TABLE article_bands (
    band_key        INTEGER NOT NULL,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
CREATE INDEX ix_article_bands_article ON article_bands(article_id);

CREATE TABLE article_appearances (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,  -- the stored report it repeats
    content_hash    TEXT    NOT NULL UNIQUE,                                     -- SHA-256 of the copy's bytes: ingesting it again changes nothing
    source          TEXT    NOT NULL,                                            -- file path, upload name or URL
    title           TEXT,
    outlet          TEXT,
    published       TEXT,
    kind            TEXT    NOT NULL,                                            -- copy | excerpt
    jaccard         REAL    NOT NULL,
    containment     REAL    NOT NULL,
    added_at        TEXT    NOT NULL
);
CREATE INDEX ix_article_appearances_article ON article_appearances(article_id);

-- Outlets as data (seeded from gazetteer/outlets.tsv, editable): what a popup says about a report's outlet.
CREATE TABLE outlets (
    name            TEXT    PRIMARY KEY COLLATE NOCASE,
    home_country    TEXT,
    owner           TEXT,
    language        TEXT,
    website         TEXT,
    reference       TEXT,                                                        -- the public reference the facts come from
    edited_by_user  INTEGER NOT NULL DEFAULT 0
);

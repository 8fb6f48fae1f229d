-- Issue #17: stable ids. Re-processing an article keeps the ids of the events and mentions that still exist (matched
-- on their merge key); one that vanished leaves a row here, so its old URL can say what removed it instead of "not
-- found", and so its id is never handed to another row (new rows are numbered after the highest id of either table).
-- match_key is what a later re-processing (an undo) matches to give the id back.
CREATE TABLE removed_records (
    kind            TEXT    NOT NULL,                     -- event | mention
    id              INTEGER NOT NULL,
    article_id      INTEGER NOT NULL,
    match_key       TEXT    NOT NULL,
    cause           TEXT    NOT NULL,                     -- correction | undo | reprocessing
    correction_id   INTEGER,
    removed_at      TEXT    NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX ix_removed_records_article ON removed_records(article_id, kind);

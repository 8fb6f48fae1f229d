-- Issue #17 (SQLite's 0025): stable ids. Re-processing an article keeps the ids of the events and mentions that still
-- exist; one that vanished leaves a row here, so its old URL can say what removed it instead of "not found". The
-- identity sequences never hand an id out twice, so PostgreSQL needs no numbering rule beside it.
CREATE TABLE removed_records (
    kind            text   NOT NULL,
    id              bigint NOT NULL,
    article_id      bigint NOT NULL,
    match_key       text   NOT NULL,
    cause           text   NOT NULL,
    correction_id   bigint,
    removed_at      text   NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX ix_removed_records_article ON removed_records(article_id, kind);

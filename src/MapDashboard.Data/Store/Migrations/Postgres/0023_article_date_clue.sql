-- Issue #23 (SQLite's 0023): the kind of clue an article's publication date came from, how a missing year was inferred,
-- and whether the date rests on a weak clue the review queue lists.
ALTER TABLE articles ADD COLUMN date_clue text;
ALTER TABLE articles ADD COLUMN date_note text;
ALTER TABLE articles ADD COLUMN date_weak bigint NOT NULL DEFAULT 0;
CREATE INDEX ix_articles_date_weak ON articles(id) WHERE date_weak = 1;

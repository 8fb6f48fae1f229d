-- Issue #23: the clue an article's publication date was read from (its kind: dateline, page-metadata, url...; its words
-- stay in date_evidence), a note on how a missing year was inferred, and whether the date rests on a weak clue (a URL or
-- file name, a modification date, a guessed year) that the review queue lists. Numbered after the issue so that it
-- cannot collide with migrations written on parallel branches.
ALTER TABLE articles ADD COLUMN date_clue TEXT;
ALTER TABLE articles ADD COLUMN date_note TEXT;
ALTER TABLE articles ADD COLUMN date_weak INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_articles_date_weak ON articles(id) WHERE date_weak = 1;

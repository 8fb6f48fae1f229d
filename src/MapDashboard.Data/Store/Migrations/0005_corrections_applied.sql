-- Corrections become live data. Each mention and event row names the correction that shaped it, correction_articles
-- records which articles a correction changed (what an undo must process again), and an analyst's date set before
-- this version becomes a correction like any other.
ALTER TABLE place_mentions ADD COLUMN correction_id INTEGER;
ALTER TABLE events ADD COLUMN correction_id INTEGER;

CREATE INDEX ix_corrections_article ON corrections(article_hash) WHERE undone_at IS NULL;
CREATE INDEX ix_corrections_target ON corrections(target_kind, target_key) WHERE undone_at IS NULL;

CREATE TABLE correction_articles (
    correction_id   INTEGER NOT NULL REFERENCES corrections(id),
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (correction_id, article_id)
);
CREATE INDEX ix_correction_articles_article ON correction_articles(article_id);

INSERT INTO corrections (target_kind, scope, article_hash, payload, author, created_at)
SELECT 'article', 'article', content_hash, json_object('published', published), 'analyst', ingested_at
FROM articles WHERE date_set_by_user = 1 AND published IS NOT NULL;

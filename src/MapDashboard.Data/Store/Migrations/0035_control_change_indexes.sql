-- Issue #18: an article's control changes are read by article (ControlPeriodSql.InsertFromArticle, when an article with a
-- dated capture is stored, and StoreSql.DeleteDerived, when one is processed again), and a removed event sets the
-- event_id of the changes and periods citing it to NULL (ON DELETE SET NULL). Without these indexes each of those was a
-- scan of the whole table, so writing an article cost more the larger the store grew. PostgreSQL had the first already.
CREATE INDEX IF NOT EXISTS ix_control_changes_article ON control_changes(article_id);
CREATE INDEX IF NOT EXISTS ix_control_changes_event ON control_changes(event_id);
CREATE INDEX IF NOT EXISTS ix_control_periods_event ON control_periods(event_id);

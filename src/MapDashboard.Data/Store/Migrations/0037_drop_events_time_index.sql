-- Issue #18: ix_events_time (day_start, day_end) is the first two columns of ix_events_window (0003), so every search it
-- served the wider index serves with the same rows in the same (day_start, day_end) order; and every new event paid for
-- one more B-tree insert. Checked before dropping it (EXPLAIN QUERY PLAN of the 994 distinct SELECTs on events that the
-- Data and Web tests run, every query class: the window and its clusters, the list, the export, the trends, the review
-- queue, the corrections; on an ingested store without statistics and on a synthetic one with them): only the trends'
-- counts per period and per district used it, and they aggregate (COUNT per group, sorted by SQLite's GROUP
-- BY), so the order the rows are read in changes nothing; they now read ix_events_window. Every query that returns
-- events in time order orders by a total key (day_start, then id). PostgreSQL keeps its index (its planner's choices
-- were not checked the same way).
DROP INDEX IF EXISTS ix_events_time;

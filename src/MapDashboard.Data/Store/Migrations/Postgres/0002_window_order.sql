-- Slider steps at 10M events on PostgreSQL (BENCHMARKS.md, "PostgreSQL beside SQLite"). The window's first events are
-- listed in date order with undated events first, as SQLite orders them; PostgreSQL sorts NULLs last by default, so
-- without an index in that order it read and sorted the whole window (1.25M rows at 10M). And the planner cannot
-- estimate how few events are irregular (multi-day or unplaced) from the partial index's predicate, so it scanned the
-- window instead; an index on the predicate itself gives it both the estimate and the path.
CREATE INDEX ix_events_order ON events (day_start NULLS FIRST, id);
CREATE INDEX ix_events_irregular_flag ON events ((day_start <> day_end OR lat IS NULL OR lon IS NULL), day_start);

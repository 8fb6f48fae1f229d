-- Issue #18: a removed event sets the event_id of the control changes and periods citing it to NULL (ON DELETE SET
-- NULL), which without these indexes scanned both tables for every event an article processed again removed. The index
-- by article the SQLite store gained in its 0035 this store had from the start (0001).
CREATE INDEX IF NOT EXISTS ix_control_changes_event ON control_changes(event_id);
CREATE INDEX IF NOT EXISTS ix_control_periods_event ON control_periods(event_id);

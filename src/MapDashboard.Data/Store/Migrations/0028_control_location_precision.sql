-- Issue #20, point 5: a capture "near X" (ACLED precision 2: a village the gazetteer does not know, anchored to a known
-- place) is kept as its own place at the anchor's point, never as the anchor's change of hands. Its precision goes with
-- the change and the period, so the map draws it as a marker with a dashed ring and no area, not as an exact place.
ALTER TABLE control_changes ADD COLUMN location_precision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE control_periods ADD COLUMN location_precision INTEGER NOT NULL DEFAULT 1;

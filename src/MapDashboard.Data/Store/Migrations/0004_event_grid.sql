-- Pre-aggregated events for server-side clustering at scale: per calendar month, 0.1-degree cell and event type, how many
-- single-day events there are and the sums of their coordinates (the cell's mean position), plus one of their ids.
-- Triggers keep it exact through every insert, update and delete of events, whoever writes them (ingest, corrections,
-- synth). A window's whole months are read from here; its partial months, multi-day events and filters the grid cannot
-- answer (actors, confidence, article) are read from the events themselves.
CREATE TABLE event_grid (
    month     INTEGER NOT NULL,                 -- year * 12 + month - 1
    cx        INTEGER NOT NULL,                 -- (lon + 180) * 10, truncated
    cy        INTEGER NOT NULL,                 -- (lat + 90) * 10, truncated
    type      TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    sum_lat   REAL    NOT NULL,
    sum_lon   REAL    NOT NULL,
    any_id    INTEGER,                          -- one event of the group (the event itself when n = 1)
    PRIMARY KEY (month, cx, cy, type)
) WITHOUT ROWID;

INSERT INTO event_grid (month, cx, cy, type, n, sum_lat, sum_lon, any_id)
SELECT (CAST(substr(e.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(e.date_start, 6, 2) AS INTEGER) - 1), CAST((e.lon + 180) * 10 AS INTEGER), CAST((e.lat + 90) * 10 AS INTEGER), e.type, COUNT(*), SUM(e.lat), SUM(e.lon), MIN(e.id)
FROM events e WHERE e.deleted = 0 AND e.day_start IS NOT NULL AND e.day_start = e.day_end AND e.lat IS NOT NULL AND e.lon IS NOT NULL
GROUP BY 1, 2, 3, 4;

CREATE TRIGGER event_grid_insert AFTER INSERT ON events WHEN new.deleted = 0 AND new.day_start IS NOT NULL AND new.day_start = new.day_end AND new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
    INSERT INTO event_grid (month, cx, cy, type, n, sum_lat, sum_lon, any_id)
    VALUES ((CAST(substr(new.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(new.date_start, 6, 2) AS INTEGER) - 1), CAST((new.lon + 180) * 10 AS INTEGER), CAST((new.lat + 90) * 10 AS INTEGER), new.type, 1, new.lat, new.lon, new.id)
    ON CONFLICT (month, cx, cy, type) DO UPDATE SET n = n + 1, sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon,
        any_id = coalesce(any_id, excluded.any_id);
END;

CREATE TRIGGER event_grid_delete AFTER DELETE ON events WHEN old.deleted = 0 AND old.day_start IS NOT NULL AND old.day_start = old.day_end AND old.lat IS NOT NULL AND old.lon IS NOT NULL
BEGIN
    UPDATE event_grid SET n = n - 1, sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type;
    DELETE FROM event_grid
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type AND n <= 0;
    UPDATE event_grid SET any_id = (
        SELECT e.id FROM events e
         WHERE e.day_start BETWEEN old.day_start - 31 AND old.day_start + 31 AND e.deleted = 0 AND e.day_start = e.day_end
           AND e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.type = old.type
           AND CAST((e.lon + 180) * 10 AS INTEGER) = CAST((old.lon + 180) * 10 AS INTEGER) AND CAST((e.lat + 90) * 10 AS INTEGER) = CAST((old.lat + 90) * 10 AS INTEGER) AND substr(e.date_start, 1, 7) = substr(old.date_start, 1, 7)
         LIMIT 1)
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type AND any_id = old.id;
END;

CREATE TRIGGER event_grid_update_old AFTER UPDATE OF deleted, date_start, day_start, day_end, lat, lon, type ON events WHEN old.deleted = 0 AND old.day_start IS NOT NULL AND old.day_start = old.day_end AND old.lat IS NOT NULL AND old.lon IS NOT NULL
BEGIN
    UPDATE event_grid SET n = n - 1, sum_lat = sum_lat - old.lat, sum_lon = sum_lon - old.lon
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type;
    DELETE FROM event_grid
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type AND n <= 0;
    UPDATE event_grid SET any_id = (
        SELECT e.id FROM events e
         WHERE e.day_start BETWEEN old.day_start - 31 AND old.day_start + 31 AND e.deleted = 0 AND e.day_start = e.day_end
           AND e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.type = old.type
           AND CAST((e.lon + 180) * 10 AS INTEGER) = CAST((old.lon + 180) * 10 AS INTEGER) AND CAST((e.lat + 90) * 10 AS INTEGER) = CAST((old.lat + 90) * 10 AS INTEGER) AND substr(e.date_start, 1, 7) = substr(old.date_start, 1, 7)
         LIMIT 1)
     WHERE month = (CAST(substr(old.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(old.date_start, 6, 2) AS INTEGER) - 1) AND cx = CAST((old.lon + 180) * 10 AS INTEGER) AND cy = CAST((old.lat + 90) * 10 AS INTEGER) AND type = old.type AND any_id = old.id;
END;

CREATE TRIGGER event_grid_update_new AFTER UPDATE OF deleted, date_start, day_start, day_end, lat, lon, type ON events WHEN new.deleted = 0 AND new.day_start IS NOT NULL AND new.day_start = new.day_end AND new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
    INSERT INTO event_grid (month, cx, cy, type, n, sum_lat, sum_lon, any_id)
    VALUES ((CAST(substr(new.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(new.date_start, 6, 2) AS INTEGER) - 1), CAST((new.lon + 180) * 10 AS INTEGER), CAST((new.lat + 90) * 10 AS INTEGER), new.type, 1, new.lat, new.lon, new.id)
    ON CONFLICT (month, cx, cy, type) DO UPDATE SET n = n + 1, sum_lat = sum_lat + excluded.sum_lat, sum_lon = sum_lon + excluded.sum_lon,
        any_id = coalesce(any_id, excluded.any_id);
END;

-- The few events of whole months that the grid does not hold (multi-day, or without coordinates), found without
-- scanning the months' single-day events.
CREATE INDEX ix_events_irregular ON events(day_start) WHERE day_start <> day_end OR lat IS NULL OR lon IS NULL;

-- Counts every change to the places and their names after the build (imports, user places, hand edits), so that a
-- prebuilt place index (gazetteer.placeindex) made before a change is known to be stale. Created after the bulk load.
INSERT INTO meta (key, value) VALUES ('generation', '0');
CREATE TRIGGER places_inserted AFTER INSERT ON places BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;
CREATE TRIGGER places_updated AFTER UPDATE ON places BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;
CREATE TRIGGER places_deleted AFTER DELETE ON places BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;
CREATE TRIGGER names_inserted AFTER INSERT ON names BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;
CREATE TRIGGER names_updated AFTER UPDATE ON names BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;
CREATE TRIGGER names_deleted AFTER DELETE ON names BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'; END;

-- Where the event's place is named inside its source excerpt (original-text offsets), for highlighting in popups.
ALTER TABLE event_sources ADD COLUMN place_start INTEGER;
ALTER TABLE event_sources ADD COLUMN place_end INTEGER;

-- Slider steps at scale. The window query and the server-side clustering read only this covering index (no table
-- lookups), and the longest event span (an expression index answers MAX at once) bounds the range scan from below.
CREATE INDEX ix_events_window ON events(day_start, day_end, deleted, lon, lat, confidence, type, sub_type);
CREATE INDEX ix_events_span ON events(day_end - day_start);

-- Issue #20: control as periods per place, from every source: the baseline snapshot, articles' control changes, ACLED's
-- territory rows and analysts' corrections. A place's periods follow one another: valid_to is the next period's
-- valid_from (null: still open). claimed_status is what the source said; status is what the map shows (contested when
-- another source claims the place for another side on the same day). Article rows belong to their article and are
-- replaced when it is re-processed; snapshot and ACLED rows are replaced by importing their file again; corrections stay.
CREATE TABLE control_periods (
    id              INTEGER PRIMARY KEY,
    place_id        TEXT    NOT NULL,                     -- gazetteer id, or the snapshot's own point id (snap:...)
    place_name      TEXT    NOT NULL,
    lat             REAL    NOT NULL,
    lon             REAL    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT 'settlement', -- settlement | base | airbase | hill | checkpoint | ...
    controller      TEXT    NOT NULL,                     -- a faction id of the catalogue
    claimed_status  TEXT    NOT NULL DEFAULT 'held',      -- held | contested | shared | besieged
    status          TEXT    NOT NULL DEFAULT 'held',
    valid_from      TEXT    NOT NULL,                     -- yyyy-MM-dd
    valid_to        TEXT,
    source          TEXT    NOT NULL,                     -- baseline | article | acled | correction
    confidence      REAL    NOT NULL,
    evidence        TEXT,                                 -- /article/ID?event=N, snapshot:NAME, acled:EVENT_ID, analyst:NAME
    snapshot        TEXT,                                 -- baseline and acled rows: the imported file's name
    article_id      INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES events(id) ON DELETE SET NULL,
    verb            TEXT,                                 -- the source's word: captured, held (snapshot), an ACLED sub-event type
    note            TEXT,
    created_at      TEXT    NOT NULL
);
CREATE INDEX ix_control_periods_place ON control_periods(place_id, valid_from);
CREATE INDEX ix_control_periods_dates ON control_periods(valid_from, valid_to);
CREATE INDEX ix_control_periods_article ON control_periods(article_id);
CREATE INDEX ix_control_periods_source ON control_periods(source, snapshot);

-- The control changes articles already gave become their periods.
INSERT INTO control_periods (place_id, place_name, lat, lon, controller, valid_from, source, confidence, evidence, article_id, event_id, verb, created_at)
SELECT place_id, place_name, lat, lon, new_controller, date, 'article', confidence,
       '/article/' || article_id || CASE WHEN event_id IS NULL THEN '' ELSE '?event=' || event_id END, article_id, event_id, verb, '2026-01-01T00:00:00Z'
FROM control_changes WHERE date IS NOT NULL;
UPDATE control_periods SET valid_to = (SELECT MIN(n.valid_from) FROM control_periods n
                                       WHERE n.place_id = control_periods.place_id AND n.valid_from > control_periods.valid_from);
UPDATE control_periods SET status = 'contested'
WHERE EXISTS (SELECT 1 FROM control_periods o WHERE o.place_id = control_periods.place_id AND o.valid_from = control_periods.valid_from
                                               AND o.controller <> control_periods.controller);

-- Keys and indexes of the gazetteer's tables (GazetteerSchema.Postgres.sql), run with the same search_path. Idempotent.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'meta'::regclass AND contype = 'p') THEN
        ALTER TABLE meta ADD PRIMARY KEY (key);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'admin1_codes'::regclass AND contype = 'p') THEN
        ALTER TABLE admin1_codes ADD PRIMARY KEY (code);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'places'::regclass AND contype = 'p') THEN
        ALTER TABLE places ADD PRIMARY KEY (pid), ADD UNIQUE (id);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'names'::regclass AND contype = 'p') THEN
        ALTER TABLE names ADD PRIMARY KEY (nid), ADD UNIQUE (pid, name),
            ADD FOREIGN KEY (pid) REFERENCES places (pid) ON DELETE CASCADE;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conrelid = 'concordance'::regclass AND contype = 'p') THEN
        ALTER TABLE concordance ADD PRIMARY KEY (id), ADD FOREIGN KEY (pid) REFERENCES places (pid) ON DELETE CASCADE;
    END IF;
END
$$;

CREATE INDEX IF NOT EXISTS ix_places_country ON places (country, population DESC);
CREATE INDEX IF NOT EXISTS ix_places_layer ON places (layer);
CREATE INDEX IF NOT EXISTS ix_places_geom ON places USING gist (geom);
CREATE INDEX IF NOT EXISTS ix_places_extent ON places USING gist (extent);

CREATE INDEX IF NOT EXISTS ix_concordance_pid ON concordance (pid);
CREATE INDEX IF NOT EXISTS ix_names_fold ON names (fold_key);
CREATE INDEX IF NOT EXISTS ix_names_skeleton ON names (skeleton_key);

-- Trigrams of the folded primary, ASCII and curated names (what SQLite's FTS5 trigram table holds): the fuzzy pass
-- and substring search.
CREATE INDEX IF NOT EXISTS ix_names_fold_trgm ON names USING gin (fold_key gin_trgm_ops)
    WHERE kind IN ('primary', 'ascii', 'curated');

-- Issue #19: feed subscriptions. Nothing is fetched unless a user adds a feed here.
CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL UNIQUE,
    name            TEXT,                                 -- the outlet its items are credited to (else the feed's own title)
    interval_minutes INTEGER NOT NULL DEFAULT 30,
    paused          INTEGER NOT NULL DEFAULT 0,
    etag            TEXT,                                 -- the last response's validators, sent back (conditional requests)
    last_modified   TEXT,
    last_poll       TEXT,
    last_error      TEXT,
    articles_taken  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL
);

-- The items a feed has given, by id or link: an item seen twice is taken once.
CREATE TABLE feed_items (
    feed_id         INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key        TEXT    NOT NULL,
    outcome         TEXT    NOT NULL,
    seen_at         TEXT    NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);

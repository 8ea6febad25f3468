-- Communiqué store, schema version 2: story events, one row per real-world event however many
-- articles report it (the rule: docs/stories.md; the code: store/story.py), and the article
-- events that support each. Kept current by every write; `communique stories --rebuild`
-- recomputes both from the events table.

CREATE TABLE story_events (
    id VARCHAR PRIMARY KEY,              -- sha256 of the block key and the first mention's key
    block VARCHAR NOT NULL,              -- plover|cameo root|source key|target key
    plover VARCHAR, cameo VARCHAR, cameo_root VARCHAR,
    source VARCHAR, source_name VARCHAR, source_country VARCHAR,
    target VARCHAR, target_name VARCHAR, target_country VARCHAR,
    date DATE,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    goldstein DOUBLE, quad_class INTEGER,
    num_articles INTEGER, num_sources INTEGER, num_mentions INTEGER,
    first_seen VARCHAR, last_seen VARCHAR,  -- earliest and latest publication date reporting it
    source_url VARCHAR                      -- url of the first article reporting it
);

CREATE TABLE story_event_mentions (
    story_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    block VARCHAR NOT NULL, day DATE,
    plover VARCHAR, cameo VARCHAR,
    source VARCHAR, source_name VARCHAR, source_country VARCHAR,
    target VARCHAR, target_name VARCHAR, target_country VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    goldstein DOUBLE, quad_class INTEGER, confidence DOUBLE, modality VARCHAR,
    outlet VARCHAR, published VARCHAR, url VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR  -- the evidence in the article
);

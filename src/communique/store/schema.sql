-- Communiqué store, schema version 1: one row per article in `articles`, and one table per
-- component of the record, every row keyed by the article id (sha256 of the text, hex).
-- Offsets: start_char/end_char are Python string indices into articles.text (end exclusive),
-- so substring(text, start_char + 1, end_char - start_char) is the row's `text`.
-- `articles.record` holds the whole record as JSON, so nothing the tables leave out is lost.
-- Dates are kept as the record writes them (ISO / TIMEX3 strings), as VARCHAR.

CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    schema VARCHAR,
    title VARCHAR,
    published VARCHAR,
    published_from VARCHAR,
    source VARCHAR,
    url VARCHAR,
    language VARCHAR,
    author VARCHAR,
    input VARCHAR,
    chars INTEGER,
    words INTEGER,
    loaded_author_per_1000 DOUBLE,
    hedges INTEGER,
    quoted_share DOUBLE,
    attributed_share DOUBLE,
    text VARCHAR,
    record JSON,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE boilerplate (
    article_id VARCHAR NOT NULL, n INTEGER, kind VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

CREATE TABLE actors (
    article_id VARCHAR NOT NULL, actor_id VARCHAR, name VARCHAR, kind VARCHAR,
    country VARCHAR, code VARCHAR, kb_id VARCHAR, role VARCHAR, mentions INTEGER
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, actor_id VARCHAR, n INTEGER,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

-- Every role an actor holds in the record (Actor.roles: from the knowledge base or learned from
-- the text), with the article's publication date, so roles can be followed over time.
CREATE TABLE roles (
    article_id VARCHAR NOT NULL, actor_id VARCHAR, name VARCHAR, kb_id VARCHAR,
    title VARCHAR, valid_from VARCHAR, valid_to VARCHAR, source VARCHAR, article_date VARCHAR
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, quote_id VARCHAR, kind VARCHAR, speaker VARCHAR,
    addressee VARCHAR, cue VARCHAR, framing VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR
);

CREATE TABLE events (
    article_id VARCHAR NOT NULL, event_id VARCHAR, plover VARCHAR, cameo VARCHAR,
    source VARCHAR[], target VARCHAR[], date VARCHAR, date_text VARCHAR, modality VARCHAR,
    quote VARCHAR, goldstein DOUBLE, quad_class INTEGER, confidence DOUBLE,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    start_char INTEGER, end_char INTEGER, text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR
);

CREATE TABLE times (
    article_id VARCHAR NOT NULL, n INTEGER, type VARCHAR, value VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

CREATE TABLE amounts (
    article_id VARCHAR NOT NULL, n INTEGER, value DOUBLE, unit VARCHAR, about VARCHAR,
    approximate BOOLEAN, relation VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

CREATE TABLE voice (
    article_id VARCHAR NOT NULL, n INTEGER, kind VARCHAR, voice VARCHAR, speaker VARCHAR,
    note VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR
);

CREATE TABLE checks (
    article_id VARCHAR NOT NULL, n INTEGER, kind VARCHAR, message VARCHAR, related VARCHAR[],
    start_char INTEGER, end_char INTEGER, text VARCHAR
);

-- amity schema, version 2: the world gazetteer, name resolution, imports.

-- Countries as countries-list describes them, and every name people use
-- for them (folded, see am_fold), for the resolver.
ALTER TABLE country ADD COLUMN native TEXT;
ALTER TABLE country ADD COLUMN continent TEXT;
ALTER TABLE country ADD COLUMN capital TEXT;
ALTER TABLE country ADD COLUMN languages TEXT;
CREATE TABLE country_alias (
    key  TEXT PRIMARY KEY,
    code TEXT NOT NULL REFERENCES country(code) ON DELETE CASCADE
) WITHOUT ROWID;

-- Cities from GeoNames keep its feature code (PPLC capital, PPLA seat of a
-- first-order division, PPLX section of a city...) and admin code; others
-- say where they come from.
ALTER TABLE city ADD COLUMN admin_code TEXT;
ALTER TABLE city ADD COLUMN feature_code TEXT;
ALTER TABLE city ADD COLUMN source TEXT;

-- Other names move into the city row, as a JSON array: the gazetteer brings
-- hundreds of thousands and they are only ever read with their city.
ALTER TABLE city ADD COLUMN alt_names TEXT;
UPDATE city SET alt_names = (SELECT json_group_array(name) FROM city_alt_name a WHERE a.city_id = city.id)
 WHERE id IN (SELECT city_id FROM city_alt_name);

-- Names are searched through city_key and city_fts now.
DROP INDEX city_name;

-- Every name of a city, folded: the resolver's exact lookups and the
-- search's prefix scans. Kept by the city module (am_city_index/unindex)
-- and the gazetteer import. A city's keys are found again by folding its
-- names, so there is no index by city, and no foreign key: loading 400,000
-- keys does not look each one's city up.
CREATE TABLE city_key (
    key     TEXT NOT NULL,
    city_id INTEGER NOT NULL,
    PRIMARY KEY (key, city_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO city_key (key, city_id) SELECT am_fold(name), id FROM city;
INSERT OR IGNORE INTO city_key (key, city_id) SELECT am_fold(name), city_id FROM city_alt_name;
DELETE FROM city_key WHERE key = '';
DROP TABLE city_alt_name;

-- Word search over the folded names: one document per city, the city's
-- keys joined by spaces (so a document can always be rebuilt to delete it).
CREATE VIRTUAL TABLE city_fts USING fts5(names, content='', columnsize=0, detail=none,
                                         tokenize='unicode61 remove_diacritics 0');
INSERT INTO city_fts (rowid, names) SELECT city_id, group_concat(key, ' ') FROM city_key GROUP BY city_id;

-- Where cities are: nearest-city and bounding-box queries.
-- Coordinates in units of 1e-5 degree (about a metre): integer R*Trees build
-- a third faster, and a metre is finer than any city needs.
CREATE VIRTUAL TABLE city_geo USING rtree_i32(id, min_lat, max_lat, min_lng, max_lng);
INSERT INTO city_geo SELECT id, CAST(round(lat * 1e5) AS INTEGER), CAST(round(lat * 1e5) AS INTEGER),
       CAST(round(lng * 1e5) AS INTEGER), CAST(round(lng * 1e5) AS INTEGER)
  FROM city WHERE lat IS NOT NULL AND lng IS NOT NULL;

-- The identifier a network has in its source (e.g. the Yearbook of
-- International Organizations code of the ETMUN data).
ALTER TABLE network ADD COLUMN code TEXT;
CREATE UNIQUE INDEX network_code ON network(code) WHERE code IS NOT NULL;

-- A member may be known to have left without the year being known.
ALTER TABLE membership ADD COLUMN status TEXT NOT NULL DEFAULT 'current';
UPDATE membership SET status = 'former' WHERE left_year IS NOT NULL;

-- Imports: each run, and on every record it made, the file and row.
CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    rows        INTEGER,
    added       INTEGER,
    existing    INTEGER,
    unresolved  INTEGER,
    report      TEXT
);
ALTER TABLE city ADD COLUMN source_row INTEGER;
ALTER TABLE organisation ADD COLUMN source TEXT;
ALTER TABLE organisation ADD COLUMN source_row INTEGER;
ALTER TABLE network ADD COLUMN source TEXT;
ALTER TABLE network ADD COLUMN source_row INTEGER;
ALTER TABLE membership ADD COLUMN source TEXT;
ALTER TABLE membership ADD COLUMN source_row INTEGER;
ALTER TABLE partnership ADD COLUMN source TEXT;
ALTER TABLE partnership ADD COLUMN source_row INTEGER;

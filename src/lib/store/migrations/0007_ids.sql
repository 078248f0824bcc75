-- amity schema, version 7: ids of records are never reused.
--
-- A rowid table gives a new row max(id) + 1, so deleting the newest record
-- handed its id to the next one, and an old link (a bookmark, an export, a
-- log line) opened another record. AUTOINCREMENT keeps the highest id ever
-- used in sqlite_sequence instead. Only a table's CREATE can ask for it, so
-- every table whose rows are addressed by id is made again, by SQLite's
-- procedure for other schema changes
-- (https://www.sqlite.org/lang_altertable.html#otheralter): a new table,
-- every row copied with its id, the old one dropped, the new one renamed,
-- then its indexes and triggers made again. Columns, their order (SELECT *
-- and the views read them), defaults, CHECKs and foreign keys are those of
-- the old table; columns that earlier migrations added with ALTER TABLE are
-- written where ALTER TABLE put them.
--
-- am_migrate runs this with foreign keys off (dropping a table would
-- otherwise cascade into every table that refers to it), and refuses to
-- commit unless PRAGMA foreign_key_check finds nothing.
--
-- Not rebuilt: diaspora (AUTOINCREMENT since 0006); tables keyed by text or
-- by a pair of ids (country, topic, session, the link tables, versions);
-- network_group and network_office (no route takes their ids, and a
-- network's update replaces them all); index_published and import_run
-- (never deleted, so their ids cannot come back); the one-row counters.
-- The full-text and R*Tree companions (city_fts, city_geo, city_key,
-- practice_fts) are keyed by the same ids, which do not change, so they
-- are left as they are.

-- The view reads practice and activity, and a table cannot be renamed while
-- a view names a table that is not there.
DROP VIEW city_topic;

-- ---- city ---------------------------------------------------------------
CREATE TABLE city_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    country      TEXT NOT NULL REFERENCES country(code),
    region       TEXT,
    lat          REAL CHECK (lat BETWEEN -90 AND 90),
    lng          REAL CHECK (lng BETWEEN -180 AND 180),
    population   INTEGER CHECK (population >= 0),
    geonames_id  INTEGER UNIQUE,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    admin_code   TEXT,
    feature_code TEXT,
    source       TEXT,
    alt_names    TEXT,
    source_row   INTEGER
);
INSERT INTO city_new (id, name, country, region, lat, lng, population, geonames_id, created_at,
                      updated_at, admin_code, feature_code, source, alt_names, source_row)
    SELECT id, name, country, region, lat, lng, population, geonames_id, created_at,
           updated_at, admin_code, feature_code, source, alt_names, source_row
      FROM city ORDER BY id;
DROP TABLE city;
ALTER TABLE city_new RENAME TO city;
CREATE INDEX city_country ON city(country, name);
CREATE TRIGGER practice_gen_c AFTER UPDATE OF name ON city BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_c AFTER UPDATE OF country ON city BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_cd AFTER DELETE ON city BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_cu AFTER UPDATE OF lat, lng, population, admin_code ON city BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER diaspora_origin_moved AFTER UPDATE OF country ON city BEGIN
    UPDATE diaspora SET origin_country = NEW.country WHERE origin_city_id = NEW.id;
END;
CREATE TRIGGER diaspora_origin_gone BEFORE DELETE ON city BEGIN
    DELETE FROM diaspora WHERE origin_city_id = OLD.id AND EXISTS (
        SELECT 1 FROM diaspora e WHERE e.city_id = diaspora.city_id AND e.origin_country = diaspora.origin_country
           AND e.origin_city_id IS NULL AND ifnull(e.year, 0) = ifnull(diaspora.year, 0));
END;

-- ---- organisation -------------------------------------------------------
CREATE TABLE organisation_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    kind        TEXT,
    country     TEXT REFERENCES country(code),
    city_id     INTEGER REFERENCES city(id),
    website     TEXT,
    description TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    source      TEXT,
    source_row  INTEGER
);
INSERT INTO organisation_new (id, name, kind, country, city_id, website, description, created_at,
                              updated_at, source, source_row)
    SELECT id, name, kind, country, city_id, website, description, created_at,
           updated_at, source, source_row
      FROM organisation ORDER BY id;
DROP TABLE organisation;
ALTER TABLE organisation_new RENAME TO organisation;
CREATE INDEX organisation_city ON organisation(city_id);

-- ---- network ------------------------------------------------------------
CREATE TABLE network_new (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                TEXT NOT NULL UNIQUE,
    acronym             TEXT,
    kind                TEXT,
    founded_year        INTEGER,
    secretariat_city_id INTEGER REFERENCES city(id),
    website             TEXT,
    description         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    code                TEXT,
    source              TEXT,
    source_row          INTEGER
);
INSERT INTO network_new (id, name, acronym, kind, founded_year, secretariat_city_id, website,
                         description, created_at, updated_at, code, source, source_row)
    SELECT id, name, acronym, kind, founded_year, secretariat_city_id, website,
           description, created_at, updated_at, code, source, source_row
      FROM network ORDER BY id;
DROP TABLE network;
ALTER TABLE network_new RENAME TO network;
CREATE UNIQUE INDEX network_code ON network(code) WHERE code IS NOT NULL;
CREATE TRIGGER practice_gen_n AFTER UPDATE OF name, acronym ON network BEGIN UPDATE practice_generation SET n = n + 1; END;

-- ---- membership ---------------------------------------------------------
CREATE TABLE membership_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    network_id      INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    city_id         INTEGER REFERENCES city(id),
    organisation_id INTEGER REFERENCES organisation(id),
    joined_year     INTEGER,
    left_year       INTEGER,
    role            TEXT NOT NULL DEFAULT 'member',
    note            TEXT,
    source_url      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'current',
    source          TEXT,
    source_row      INTEGER,
    CHECK ((city_id IS NULL) <> (organisation_id IS NULL)),
    CHECK (left_year IS NULL OR joined_year IS NULL OR left_year >= joined_year)
);
INSERT INTO membership_new (id, network_id, city_id, organisation_id, joined_year, left_year, role,
                            note, source_url, created_at, updated_at, status, source, source_row)
    SELECT id, network_id, city_id, organisation_id, joined_year, left_year, role,
           note, source_url, created_at, updated_at, status, source, source_row
      FROM membership ORDER BY id;
DROP TABLE membership;
ALTER TABLE membership_new RENAME TO membership;
CREATE UNIQUE INDEX membership_city ON membership(network_id, city_id) WHERE city_id IS NOT NULL;
CREATE UNIQUE INDEX membership_org ON membership(network_id, organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX membership_by_city ON membership(city_id);
CREATE INDEX membership_by_org ON membership(organisation_id);
CREATE TRIGGER graph_gen_mi AFTER INSERT ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_mu AFTER UPDATE ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_md AFTER DELETE ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;

-- ---- partnership --------------------------------------------------------
CREATE TABLE partnership_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    a_city_id   INTEGER REFERENCES city(id),
    a_org_id    INTEGER REFERENCES organisation(id),
    a_country   TEXT REFERENCES country(code),
    b_city_id   INTEGER REFERENCES city(id),
    b_org_id    INTEGER REFERENCES organisation(id),
    b_country   TEXT REFERENCES country(code),
    -- 'c12', 'o5' or 'nES': what the uniqueness of a pair is decided on
    a_key       TEXT NOT NULL,
    b_key       TEXT NOT NULL,
    kind        TEXT,
    status      TEXT NOT NULL,
    signed_date TEXT,
    ended_date  TEXT,
    source_url  TEXT,
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    source      TEXT,
    source_row  INTEGER,
    CHECK (a_key <> b_key)
);
INSERT INTO partnership_new (id, a_city_id, a_org_id, a_country, b_city_id, b_org_id, b_country,
                             a_key, b_key, kind, status, signed_date, ended_date, source_url, note,
                             created_at, updated_at, source, source_row)
    SELECT id, a_city_id, a_org_id, a_country, b_city_id, b_org_id, b_country,
           a_key, b_key, kind, status, signed_date, ended_date, source_url, note,
           created_at, updated_at, source, source_row
      FROM partnership ORDER BY id;
DROP TABLE partnership;
ALTER TABLE partnership_new RENAME TO partnership;
CREATE INDEX partnership_a_city ON partnership(a_city_id);
CREATE INDEX partnership_b_city ON partnership(b_city_id);
CREATE INDEX partnership_a_org ON partnership(a_org_id);
CREATE INDEX partnership_b_org ON partnership(b_org_id);
-- A-B and B-A are the same partnership. Pairs known only by country are not
-- unique: a city may have several unidentified partners in one country.
CREATE UNIQUE INDEX partnership_pair ON partnership(min(a_key, b_key), max(a_key, b_key), coalesce(kind, ''))
    WHERE substr(a_key, 1, 1) <> 'n' AND substr(b_key, 1, 1) <> 'n';
CREATE TRIGGER graph_gen_pi AFTER INSERT ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_pu AFTER UPDATE ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_pd AFTER DELETE ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;

-- ---- activity -----------------------------------------------------------
CREATE TABLE activity_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    start_date      TEXT,
    end_date        TEXT,
    host_city_id    INTEGER REFERENCES city(id),
    partnership_id  INTEGER REFERENCES partnership(id) ON DELETE SET NULL,
    network_id      INTEGER REFERENCES network(id) ON DELETE SET NULL,
    programme       TEXT,
    description     TEXT,
    outcome         TEXT,
    source_url      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
INSERT INTO activity_new (id, kind, title, start_date, end_date, host_city_id, partnership_id,
                          network_id, programme, description, outcome, source_url, created_at,
                          updated_at)
    SELECT id, kind, title, start_date, end_date, host_city_id, partnership_id,
           network_id, programme, description, outcome, source_url, created_at,
           updated_at
      FROM activity ORDER BY id;
DROP TABLE activity;
ALTER TABLE activity_new RENAME TO activity;
CREATE INDEX activity_host ON activity(host_city_id);
CREATE INDEX activity_partnership ON activity(partnership_id, start_date);
CREATE INDEX activity_network ON activity(network_id);
CREATE TRIGGER match_gen_au AFTER UPDATE OF host_city_id ON activity BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_ad AFTER DELETE ON activity BEGIN UPDATE match_generation SET n = n + 1; END;

-- ---- app_user -----------------------------------------------------------
CREATE TABLE app_user_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    username    TEXT NOT NULL UNIQUE,
    pw_hash     TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'officer')),
    city_id     INTEGER REFERENCES city(id),
    network_id  INTEGER REFERENCES network(id),
    created_at  TEXT NOT NULL,
    CHECK (role <> 'officer' OR city_id IS NOT NULL),
    CHECK (role <> 'secretariat' OR network_id IS NOT NULL)
);
INSERT INTO app_user_new (id, username, pw_hash, role, city_id, network_id, created_at)
    SELECT id, username, pw_hash, role, city_id, network_id, created_at FROM app_user ORDER BY id;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;

-- ---- practice -----------------------------------------------------------
CREATE TABLE practice_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    title          TEXT NOT NULL,
    city_id        INTEGER REFERENCES city(id),
    country        TEXT REFERENCES country(code),
    network_id     INTEGER REFERENCES network(id),   -- whose secretariat reviews it
    start_year     INTEGER,
    end_year       INTEGER,
    ongoing        INTEGER NOT NULL DEFAULT 0,
    period         TEXT,                             -- as the source words it: "2019 - ongoing"
    language       TEXT,                             -- ISO 639-1
    summary        TEXT,
    purpose        TEXT,
    rationale      TEXT,                             -- stimulus and rationale
    process        TEXT,
    results        TEXT,                             -- results and impact
    evaluation     TEXT,
    lessons        TEXT,                             -- lessons and transferability
    links          TEXT,
    contact_name   TEXT,                             -- never shown to the public
    contact_email  TEXT,
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'submitted', 'published', 'returned')),
    review_comment TEXT,
    author_id      INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    published_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year)
);
INSERT INTO practice_new (id, title, city_id, country, network_id, start_year, end_year, ongoing,
                          period, language, summary, purpose, rationale, process, results,
                          evaluation, lessons, links, contact_name, contact_email, status,
                          review_comment, author_id, version, published_at, created_at, updated_at)
    SELECT id, title, city_id, country, network_id, start_year, end_year, ongoing,
           period, language, summary, purpose, rationale, process, results,
           evaluation, lessons, links, contact_name, contact_email, status,
           review_comment, author_id, version, published_at, created_at, updated_at
      FROM practice ORDER BY id;
DROP TABLE practice;
ALTER TABLE practice_new RENAME TO practice;
CREATE INDEX practice_city ON practice(city_id);
CREATE INDEX practice_network ON practice(network_id, status);
CREATE TRIGGER practice_gen_i AFTER INSERT ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_u AFTER UPDATE ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_d AFTER DELETE ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_pu AFTER UPDATE OF status, city_id ON practice BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_pd AFTER DELETE ON practice BEGIN UPDATE match_generation SET n = n + 1; END;

-- ---- index_response -----------------------------------------------------
CREATE TABLE index_response_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id      INTEGER NOT NULL REFERENCES city(id),
    round        INTEGER NOT NULL CHECK (round BETWEEN 2000 AND 2100),
    edition_id   TEXT NOT NULL REFERENCES index_edition(id),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    version      INTEGER NOT NULL DEFAULT 1,
    submitted_at TEXT,
    created_by   INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (city_id, round)
);
INSERT INTO index_response_new (id, city_id, round, edition_id, status, version, submitted_at,
                                created_by, created_at, updated_at)
    SELECT id, city_id, round, edition_id, status, version, submitted_at,
           created_by, created_at, updated_at
      FROM index_response ORDER BY id;
DROP TABLE index_response;
ALTER TABLE index_response_new RENAME TO index_response;
CREATE INDEX index_response_by_round ON index_response (round, status);

-- ---- the views ----------------------------------------------------------
CREATE VIEW city_topic (city_id, topic_id) AS
    SELECT p.city_id, t.topic_id FROM practice p JOIN practice_topic t ON t.practice_id = p.id
     WHERE p.city_id IS NOT NULL AND p.status = 'published'
    UNION SELECT a.host_city_id, t.topic_id FROM activity a JOIN activity_topic t ON t.activity_id = a.id
     WHERE a.host_city_id IS NOT NULL
    UNION SELECT c.city_id, t.topic_id FROM activity_city c JOIN activity_topic t ON t.activity_id = c.activity_id;

-- ---- where numbering goes on from --------------------------------------
-- The copies above set each table's sequence to its highest id. Ids of
-- records deleted before this migration are above that only where a table
-- without a foreign key still names them: the city's search keys and
-- position (city_key, city_geo), a practice's words (practice_fts), and the
-- user of a kept version (practice_version, index_response_version keep
-- user_id after the account is gone). Any other id deleted from the top
-- before this migration is forgotten, and may be given once more.
DELETE FROM sqlite_sequence WHERE name IN ('city', 'organisation', 'network', 'membership', 'partnership',
                                           'activity', 'app_user', 'practice', 'index_response');
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'city', max(coalesce((SELECT max(id) FROM city), 0),
                       coalesce((SELECT max(city_id) FROM city_key), 0),
                       coalesce((SELECT max(id) FROM city_geo), 0))
    UNION ALL SELECT 'organisation', coalesce((SELECT max(id) FROM organisation), 0)
    UNION ALL SELECT 'network', coalesce((SELECT max(id) FROM network), 0)
    UNION ALL SELECT 'membership', coalesce((SELECT max(id) FROM membership), 0)
    UNION ALL SELECT 'partnership', coalesce((SELECT max(id) FROM partnership), 0)
    UNION ALL SELECT 'activity', coalesce((SELECT max(id) FROM activity), 0)
    UNION ALL SELECT 'app_user', max(coalesce((SELECT max(id) FROM app_user), 0),
                                     coalesce((SELECT max(user_id) FROM practice_version), 0),
                                     coalesce((SELECT max(user_id) FROM index_response_version), 0))
    UNION ALL SELECT 'practice', max(coalesce((SELECT max(id) FROM practice), 0),
                                     coalesce((SELECT max(rowid) FROM practice_fts), 0))
    UNION ALL SELECT 'index_response', coalesce((SELECT max(id) FROM index_response), 0);

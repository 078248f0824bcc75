-- amity schema, version 1: the city-diplomacy registry.
-- Dates are ISO 8601 text, possibly partial ("1962", "1962-05", "1962-05-09"),
-- because that is how agreements are usually known. Timestamps are UTC text.

CREATE TABLE country (
    code        TEXT PRIMARY KEY CHECK (length(code) = 2 AND code GLOB '[A-Z][A-Z]'),
    name        TEXT NOT NULL
);

CREATE TABLE topic (
    id          TEXT PRIMARY KEY,            -- slug, e.g. 'icc-anti-rumour', 'sdg-11'
    scheme      TEXT NOT NULL CHECK (scheme IN ('icc', 'wego', 'sdg')),
    code        TEXT,                        -- e.g. 'SDG 11'
    label       TEXT NOT NULL,
    description TEXT,
    position    INTEGER NOT NULL DEFAULT 0,  -- order within the vocabulary
    UNIQUE (scheme, label)
);

CREATE TABLE city (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL REFERENCES country(code),
    region      TEXT,
    lat         REAL CHECK (lat BETWEEN -90 AND 90),
    lng         REAL CHECK (lng BETWEEN -180 AND 180),
    population  INTEGER CHECK (population >= 0),
    geonames_id INTEGER UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX city_country ON city(country, name);
CREATE INDEX city_name ON city(name COLLATE NOCASE);

-- Other names of a city, in any script (Isfahan is also اصفهان).
CREATE TABLE city_alt_name (
    city_id     INTEGER NOT NULL REFERENCES city(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    PRIMARY KEY (city_id, name)
) WITHOUT ROWID;
CREATE INDEX city_alt_name_name ON city_alt_name(name COLLATE NOCASE);

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT,
    country     TEXT REFERENCES country(code),
    city_id     INTEGER REFERENCES city(id),
    website     TEXT,
    description TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX organisation_city ON organisation(city_id);

CREATE TABLE network (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    acronym             TEXT,
    kind                TEXT,
    founded_year        INTEGER,
    secretariat_city_id INTEGER REFERENCES city(id),
    website             TEXT,
    description         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE network_group (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active',
    description TEXT,
    UNIQUE (network_id, name)
);

CREATE TABLE network_office (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    city_id     INTEGER NOT NULL REFERENCES city(id),
    name        TEXT,
    note        TEXT,
    UNIQUE (network_id, city_id)
);
CREATE INDEX network_office_city ON network_office(city_id);

CREATE TABLE membership (
    id              INTEGER PRIMARY KEY,
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
    CHECK ((city_id IS NULL) <> (organisation_id IS NULL)),
    CHECK (left_year IS NULL OR joined_year IS NULL OR left_year >= joined_year)
);
CREATE UNIQUE INDEX membership_city ON membership(network_id, city_id) WHERE city_id IS NOT NULL;
CREATE UNIQUE INDEX membership_org ON membership(network_id, organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX membership_by_city ON membership(city_id);
CREATE INDEX membership_by_org ON membership(organisation_id);

-- A party is a city, an organisation, or (where only that is known) a country.
CREATE TABLE partnership (
    id          INTEGER PRIMARY KEY,
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
    CHECK (a_key <> b_key)
);
CREATE INDEX partnership_a_city ON partnership(a_city_id);
CREATE INDEX partnership_b_city ON partnership(b_city_id);
CREATE INDEX partnership_a_org ON partnership(a_org_id);
CREATE INDEX partnership_b_org ON partnership(b_org_id);
-- A-B and B-A are the same partnership. Pairs known only by country are not
-- unique: a city may have several unidentified partners in one country.
CREATE UNIQUE INDEX partnership_pair ON partnership(min(a_key, b_key), max(a_key, b_key), coalesce(kind, ''))
    WHERE substr(a_key, 1, 1) <> 'n' AND substr(b_key, 1, 1) <> 'n';

CREATE TABLE partnership_topic (
    partnership_id INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
    topic_id       TEXT NOT NULL REFERENCES topic(id),
    PRIMARY KEY (partnership_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX partnership_topic_topic ON partnership_topic(topic_id);

CREATE TABLE activity (
    id              INTEGER PRIMARY KEY,
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
CREATE INDEX activity_host ON activity(host_city_id);
CREATE INDEX activity_partnership ON activity(partnership_id, start_date);
CREATE INDEX activity_network ON activity(network_id);

CREATE TABLE activity_city (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    city_id     INTEGER NOT NULL REFERENCES city(id),
    PRIMARY KEY (activity_id, city_id)
) WITHOUT ROWID;
CREATE INDEX activity_city_city ON activity_city(city_id);

CREATE TABLE activity_organisation (
    activity_id     INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    PRIMARY KEY (activity_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX activity_organisation_org ON activity_organisation(organisation_id);

CREATE TABLE activity_topic (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    topic_id    TEXT NOT NULL REFERENCES topic(id),
    PRIMARY KEY (activity_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX activity_topic_topic ON activity_topic(topic_id);

CREATE TABLE app_user (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL UNIQUE,
    pw_hash     TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'officer')),
    city_id     INTEGER REFERENCES city(id),
    network_id  INTEGER REFERENCES network(id),
    created_at  TEXT NOT NULL,
    CHECK (role <> 'officer' OR city_id IS NOT NULL),
    CHECK (role <> 'secretariat' OR network_id IS NOT NULL)
);

-- Only a hash of the bearer token is stored: a stolen database file does not
-- hand out sessions.
CREATE TABLE session (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX session_user ON session(user_id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO setting(key, value) VALUES ('dormant_after_years', '3'), ('session_ttl_hours', '12');

-- amity schema, version 3: the good-practice library.

CREATE TABLE practice (
    id             INTEGER PRIMARY KEY,
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
CREATE INDEX practice_city ON practice(city_id);
CREATE INDEX practice_network ON practice(network_id, status);

CREATE TABLE practice_topic (
    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
    topic_id    TEXT NOT NULL REFERENCES topic(id),
    PRIMARY KEY (practice_id, topic_id)
) WITHOUT ROWID;

CREATE TABLE practice_organisation (
    practice_id     INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    PRIMARY KEY (practice_id, organisation_id)
) WITHOUT ROWID;

-- Every state a practice has been in, with who made it and when.
CREATE TABLE practice_version (
    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL,
    action      TEXT NOT NULL,                       -- created, changed, submitted, published, returned
    comment     TEXT,
    record      TEXT NOT NULL,                       -- the practice as JSON
    user_id     INTEGER,
    username    TEXT,
    at          TEXT NOT NULL,
    PRIMARY KEY (practice_id, version)
) WITHOUT ROWID;

-- The words of a practice, title weighted above summary above the rest
-- (see am_practice.c), through the "amity" tokenizer (am_fts.c).
CREATE VIRTUAL TABLE practice_fts USING fts5(title, summary, body, tokenize = 'amity',
                                             prefix = '2 3');

-- Bumped by every change of practices or their topics: the in-memory facet
-- index of each process compares it with the one it was built from.
CREATE TABLE practice_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO practice_generation VALUES (1, 0);
CREATE TRIGGER practice_gen_i AFTER INSERT ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_u AFTER UPDATE ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_d AFTER DELETE ON practice BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_ti AFTER INSERT ON practice_topic BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_td AFTER DELETE ON practice_topic BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_c AFTER UPDATE OF name ON city BEGIN UPDATE practice_generation SET n = n + 1; END;
CREATE TRIGGER practice_gen_n AFTER UPDATE OF name, acronym ON network BEGIN UPDATE practice_generation SET n = n + 1; END;

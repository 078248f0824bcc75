-- The Intercultural Cities Index: editions of the questionnaire, responses
-- of cities (one per city and round), their answers with evidence, kept
-- versions, and published results recorded without answers.

-- An edition as it was first loaded: responses score by the copy here, so
-- a later change to a file cannot change old scores.
CREATE TABLE index_edition (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    year        INTEGER,
    definition  TEXT NOT NULL,                        -- the questionnaire as JSON
    loaded_at   TEXT NOT NULL
);

CREATE TABLE index_response (
    id           INTEGER PRIMARY KEY,
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

-- An answer: an option of a question (points from the edition), or a
-- number for the context questions; evidence is a note and a link.
CREATE TABLE index_answer (
    response_id INTEGER NOT NULL REFERENCES index_response(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    option_id   TEXT,
    value       REAL,
    note        TEXT,
    link        TEXT,
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;

CREATE TABLE index_response_version (
    response_id INTEGER NOT NULL REFERENCES index_response(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    action      TEXT NOT NULL,                        -- created, answered, submitted
    record      TEXT NOT NULL,                        -- the response with its answers, as JSON
    user_id     INTEGER,
    username    TEXT,
    at          TEXT NOT NULL,
    PRIMARY KEY (response_id, version)
) WITHOUT ROWID;

-- A result as published (an Index report), without the answers: it ranks
-- a city against the published sample. The groups are as the source says
-- (1 above, 0 below, NULL unknown).
CREATE TABLE index_published (
    id             INTEGER PRIMARY KEY,
    city_id        INTEGER NOT NULL REFERENCES city(id),
    round          INTEGER NOT NULL CHECK (round BETWEEN 2000 AND 2100),
    aggregate      REAL NOT NULL CHECK (aggregate BETWEEN 0 AND 100),
    indicators     TEXT,                              -- JSON {indicator: score}, when published
    over_200k      INTEGER CHECK (over_200k IN (0, 1)),
    over_15pct     INTEGER CHECK (over_15pct IN (0, 1)),
    published_rank TEXT,                              -- the ranks as the source states them
    source         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    UNIQUE (city_id, round)
);

CREATE INDEX index_response_by_round ON index_response (round, status);
CREATE INDEX index_published_by_round ON index_published (round);

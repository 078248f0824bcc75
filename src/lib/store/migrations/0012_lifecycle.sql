-- A partnership's life: suspended, renewed, ended with its reason.
ALTER TABLE partnership ADD COLUMN suspended_date TEXT;
ALTER TABLE partnership ADD COLUMN renewed_date TEXT;
ALTER TABLE partnership ADD COLUMN end_reason TEXT;

-- Every change made through the API or the command line: who, when, what
-- changed (before and after of each field), and the cities and networks the
-- record belongs to, so that a workspace finds what changed for its owner.
CREATE TABLE record_change (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,              -- the resource: partnerships, activities...
    record_id INTEGER NOT NULL,
    action    TEXT NOT NULL,              -- create, update, delete, or a step (end, renew...)
    at        TEXT NOT NULL,
    user_id   INTEGER,                    -- no foreign key: the log outlives accounts
    username  TEXT,
    changes   TEXT NOT NULL,              -- {field: [before, after]}
    cities    TEXT NOT NULL DEFAULT '[]', -- owner city ids, JSON
    networks  TEXT NOT NULL DEFAULT '[]'  -- owner network ids, JSON
);
CREATE INDEX record_change_of ON record_change(kind, record_id, id);
CREATE INDEX record_change_at ON record_change(at);

-- "What changed since your last visit": the visit before this one.
ALTER TABLE app_user ADD COLUMN last_visit TEXT;
ALTER TABLE app_user ADD COLUMN previous_visit TEXT;

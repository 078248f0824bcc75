-- amity schema, version 18: thematic groups proposed by member cities,
-- practices tagged to a group, travel support for delegates (issue 15).
--
-- A group a member city proposes names it; the network's secretariat
-- approves it (status proposed -> active).
ALTER TABLE network_group ADD COLUMN proposed_by_city_id INTEGER REFERENCES city(id);
ALTER TABLE network_group ADD COLUMN created_at TEXT;

-- A practice may be tagged to one thematic group of its network.
ALTER TABLE practice ADD COLUMN group_id INTEGER REFERENCES network_group(id) ON DELETE SET NULL;
CREATE INDEX practice_group ON practice(group_id) WHERE group_id IS NOT NULL;

-- Travel and subsistence support asked for a delegate. The event, the city
-- and the organising network are copied from the registration (for the
-- rights). Amounts in the request's currency (ISO 4217), to the hundredth;
-- nothing is converted. One live request per delegate and what it covers.
CREATE TABLE travel_request (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    registration_id  INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
    activity_id      INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    city_id          INTEGER NOT NULL REFERENCES city(id),
    network_id       INTEGER NOT NULL REFERENCES network(id),
    covers           TEXT NOT NULL CHECK (covers IN ('travel', 'subsistence', 'travel_and_subsistence')),
    amount           REAL NOT NULL CHECK (amount > 0),
    currency         TEXT NOT NULL CHECK (length(currency) = 3),
    note             TEXT,
    status           TEXT NOT NULL CHECK (status IN ('requested', 'granted', 'refused')),
    granted_amount   REAL CHECK (granted_amount IS NULL OR (granted_amount > 0 AND granted_amount <= amount)),
    decision_note    TEXT,
    decided_on       TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX travel_once ON travel_request(registration_id, covers);
CREATE INDEX travel_event ON travel_request(activity_id);
CREATE INDEX travel_network ON travel_request(network_id, currency);

-- amity schema, version 16: activities in time (issue 15, first part).
--
-- An activity held at a time and a place: the columns below (null for one
-- that is not). Its times are wall-clock times in its time zone (an IANA
-- name); the calendar feeds convert them. A thematic group's activities
-- name the group.
ALTER TABLE activity ADD COLUMN group_id INTEGER REFERENCES network_group(id) ON DELETE SET NULL;
ALTER TABLE activity ADD COLUMN time_zone TEXT;
ALTER TABLE activity ADD COLUMN starts_at TEXT;          -- YYYY-MM-DDTHH:MM, in time_zone
ALTER TABLE activity ADD COLUMN ends_at TEXT;
ALTER TABLE activity ADD COLUMN venue TEXT;
ALTER TABLE activity ADD COLUMN online_url TEXT;
CREATE INDEX activity_group ON activity(group_id) WHERE group_id IS NOT NULL;
CREATE INDEX activity_starts ON activity(starts_at) WHERE starts_at IS NOT NULL;

-- Places and registration: an activity with places takes registrations
-- within its window (dates, inclusive).
ALTER TABLE activity ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity > 0);
ALTER TABLE activity ADD COLUMN registration_opens TEXT;
ALTER TABLE activity ADD COLUMN registration_closes TEXT;

-- A city registers its delegates: a person its office holds, or a name for
-- this event only (under the event's privacy notice). Confirmed while
-- places are left, waitlisted after, in the order they came; a
-- cancellation gives the first waiting its place. One live registration
-- per delegate.
CREATE TABLE registration (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id    INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    city_id        INTEGER NOT NULL REFERENCES city(id),
    network_id     INTEGER REFERENCES network(id),   -- the event's, copied for the rights (its secretariat organises)
    host_city_id   INTEGER REFERENCES city(id),      -- the event's host, copied likewise
    person_id      INTEGER REFERENCES person(id) ON DELETE CASCADE,
    delegate_name  TEXT,
    delegate_key   TEXT NOT NULL,                    -- 'p' || person id, or the city and the folded name
    status         TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    attended       INTEGER,                          -- recorded after the event
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (person_id IS NOT NULL OR delegate_name IS NOT NULL)
);
CREATE UNIQUE INDEX registration_once ON registration(activity_id, delegate_key) WHERE status <> 'cancelled';
CREATE INDEX registration_event ON registration(activity_id, status, id);
CREATE INDEX registration_city ON registration(city_id);

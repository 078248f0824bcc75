-- amity schema, version 21: needs and offers between cities (issue 16).
--
-- A city posts what it needs (a category of data/needs.json, a whole
-- quantity in the category's unit); cities pledge against it; the receiving
-- city confirms each delivery. A need's met quantity is the sum of its
-- confirmed deliveries; what is pledged and not cancelled never exceeds what
-- was asked unless the city accepts more (over_ok). Standing offers say
-- what a city (or an organisation in it) can give, before any need.
CREATE TABLE need (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id         INTEGER NOT NULL REFERENCES city(id),
    category        TEXT NOT NULL,
    title           TEXT NOT NULL,
    description     TEXT,
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    unit            TEXT NOT NULL,
    urgency         TEXT NOT NULL CHECK (urgency IN ('low', 'medium', 'high', 'critical')),
    deadline        TEXT,
    delivery_place  TEXT,
    language        TEXT,
    over_ok         INTEGER NOT NULL DEFAULT 0,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'partly_met', 'met', 'closed', 'withdrawn')),
    withdrawn_reason TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX need_city ON need(city_id);
CREATE INDEX need_open ON need(status, category);
CREATE TABLE need_topic (
    need_id   INTEGER NOT NULL REFERENCES need(id) ON DELETE CASCADE,
    topic_id  TEXT NOT NULL REFERENCES topic(id),
    PRIMARY KEY (need_id, topic_id)
);

CREATE TABLE offer (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id          INTEGER NOT NULL REFERENCES city(id),
    organisation_id  INTEGER REFERENCES organisation(id),
    category         TEXT NOT NULL,
    title            TEXT NOT NULL,
    description      TEXT,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit             TEXT NOT NULL,
    language         TEXT,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX offer_open ON offer(status, category);
CREATE INDEX offer_city ON offer(city_id);

-- A pledge: a city's promise of a quantity against a need; the receiving
-- city confirms what was delivered (at most what was pledged).
CREATE TABLE pledge (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    need_id              INTEGER NOT NULL REFERENCES need(id),
    need_city_id         INTEGER NOT NULL REFERENCES city(id),   -- the need's, copied for the rights
    city_id              INTEGER NOT NULL REFERENCES city(id),   -- the pledging city
    offer_id             INTEGER REFERENCES offer(id),
    quantity             INTEGER NOT NULL CHECK (quantity > 0),
    note                 TEXT,
    status               TEXT NOT NULL CHECK (status IN ('pledged', 'confirmed', 'cancelled')),
    delivered_quantity   INTEGER CHECK (delivered_quantity IS NULL OR (delivered_quantity > 0 AND delivered_quantity <= quantity)),
    confirmed_on         TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX pledge_need ON pledge(need_id, status);
CREATE INDEX pledge_city ON pledge(city_id);

-- notifications: a need got a pledge (its city's officers); a pledge was
-- confirmed (the pledging city's officers)
DROP VIEW notify_wants;
CREATE VIEW notify_wants AS
    SELECT u.id AS user_id, u.role, u.city_id, u.network_id, t.topic
    FROM app_user u, (SELECT 'practice_submitted' AS topic UNION ALL SELECT 'practice_returned'
        UNION ALL SELECT 'practice_published' UNION ALL SELECT 'registration_confirmed'
        UNION ALL SELECT 'registration_waitlisted' UNION ALL SELECT 'travel_requested'
        UNION ALL SELECT 'travel_decided' UNION ALL SELECT 'partnership_dormant'
        UNION ALL SELECT 'membership_ending' UNION ALL SELECT 'group_proposed'
        UNION ALL SELECT 'need_pledged' UNION ALL SELECT 'pledge_confirmed') t
    WHERE NOT EXISTS (SELECT 1 FROM notification_pref p WHERE p.user_id = u.id AND p.topic = t.topic
                      AND p.in_app = 0 AND p.email = 0);
CREATE TRIGGER notify_need_pledged AFTER INSERT ON pledge BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'need', NEW.need_id, (SELECT title FROM need WHERE id = NEW.need_id),
           'pledge ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'need_pledged' AND w.role = 'officer' AND w.city_id = NEW.need_city_id;
END;
CREATE TRIGGER notify_pledge_confirmed AFTER UPDATE OF status ON pledge
WHEN OLD.status = 'pledged' AND NEW.status = 'confirmed' BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'need', NEW.need_id, (SELECT title FROM need WHERE id = NEW.need_id),
           'pledge ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'pledge_confirmed' AND w.role = 'officer' AND w.city_id = NEW.city_id;
END;

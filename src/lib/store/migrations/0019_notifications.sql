-- amity schema, version 19: notifications, in the app and by e-mail (issue 15).
--
-- What is notified, and to whom, is said once, here, by triggers on the
-- changes themselves: whichever road a change takes (the API, the command
-- line, an import), its notifications are written in the same transaction,
-- and a refused or rolled-back change leaves none.
--
-- A notification names the record whose page tells of it (a practice, an
-- event, a network, a partnership, a group) and carries its title as it was (a
-- practice's, an event's, a partnership's parties): never a person's name,
-- since an e-mail leaves amity. stamp tells two notifications of the same
-- kind about the same record apart (the registration, the request, a
-- dormancy since a date), so a sweep run twice notifies once.

-- An account's e-mail address and the language it reads (e-mails are
-- written in it).
ALTER TABLE app_user ADD COLUMN email TEXT;
ALTER TABLE app_user ADD COLUMN language TEXT;

CREATE TABLE notification (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    topic        TEXT NOT NULL,
    record_kind  TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    title        TEXT NOT NULL,
    stamp        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    read_at      TEXT,
    mail         TEXT CHECK (mail IS NULL OR mail IN ('queued', 'none')), -- NULL: not yet weighed by the mailer
    UNIQUE (user_id, topic, record_id, stamp)
);
CREATE INDEX notification_user ON notification(user_id, id);
CREATE INDEX notification_mail ON notification(id) WHERE mail IS NULL;

-- What an account chose (no row: the topic in the app and by e-mail).
CREATE TABLE notification_pref (
    user_id  INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    in_app   INTEGER NOT NULL CHECK (in_app IN (0, 1)),
    email    INTEGER NOT NULL CHECK (email IN (0, 1)),
    PRIMARY KEY (user_id, topic)
);

-- Each e-mail until the SMTP server accepted it. 'sending' is claimed by
-- one sender before it talks to the server; a message left 'sending' by a
-- crash is marked 'failed' and never sent again (it may have arrived).
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id  INTEGER UNIQUE REFERENCES notification(id) ON DELETE SET NULL,
    to_addr          TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    message_id       TEXT NOT NULL UNIQUE,
    status           TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    sent_at          TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE status = 'queued';

-- The accounts a notification goes to: a city's officers, a network's
-- secretariat, an author. A topic the account turned off in the app and by
-- e-mail is not written at all.
CREATE VIEW notify_wants AS
    SELECT u.id AS user_id, u.role, u.city_id, u.network_id, t.topic
    FROM app_user u, (SELECT 'practice_submitted' AS topic UNION ALL SELECT 'practice_returned'
        UNION ALL SELECT 'practice_published' UNION ALL SELECT 'registration_confirmed'
        UNION ALL SELECT 'registration_waitlisted' UNION ALL SELECT 'travel_requested'
        UNION ALL SELECT 'travel_decided' UNION ALL SELECT 'partnership_dormant'
        UNION ALL SELECT 'membership_ending' UNION ALL SELECT 'group_proposed') t
    WHERE NOT EXISTS (SELECT 1 FROM notification_pref p WHERE p.user_id = u.id AND p.topic = t.topic
                      AND p.in_app = 0 AND p.email = 0);

-- practices: submitted (to the reviewing secretariat); returned or
-- published (to its author and its city's officers)
CREATE TRIGGER notify_practice AFTER UPDATE OF status ON practice
WHEN NEW.status <> OLD.status AND NEW.status IN ('submitted', 'returned', 'published') BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'practice', NEW.id, NEW.title, NEW.updated_at, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'practice_' || NEW.status
      AND ((NEW.status = 'submitted' AND w.role = 'secretariat' AND w.network_id = NEW.network_id)
        OR (NEW.status <> 'submitted' AND (w.user_id = NEW.author_id
            OR (w.role = 'officer' AND w.city_id = NEW.city_id))));
END;

-- registrations: confirmed or waitlisted (to the registering city's officers)
CREATE TRIGGER notify_registration AFTER INSERT ON registration
WHEN NEW.status IN ('confirmed', 'waitlisted') BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'activity', NEW.activity_id, (SELECT title FROM activity WHERE id = NEW.activity_id),
           'registration ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'registration_' || NEW.status AND w.role = 'officer' AND w.city_id = NEW.city_id;
END;
CREATE TRIGGER notify_registration_promoted AFTER UPDATE OF status ON registration
WHEN OLD.status = 'waitlisted' AND NEW.status = 'confirmed' BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'activity', NEW.activity_id, (SELECT title FROM activity WHERE id = NEW.activity_id),
           'registration ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'registration_confirmed' AND w.role = 'officer' AND w.city_id = NEW.city_id;
END;

-- travel support: asked (to the organising secretariat); decided (to the
-- asking city's officers)
CREATE TRIGGER notify_travel_requested AFTER INSERT ON travel_request BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'activity', NEW.activity_id, (SELECT title FROM activity WHERE id = NEW.activity_id),
           'travel ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'travel_requested' AND w.role = 'secretariat' AND w.network_id = NEW.network_id;
END;
CREATE TRIGGER notify_travel_decided AFTER UPDATE OF status ON travel_request
WHEN OLD.status = 'requested' AND NEW.status IN ('granted', 'refused') BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'activity', NEW.activity_id, (SELECT title FROM activity WHERE id = NEW.activity_id),
           'travel ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'travel_decided' AND w.role = 'officer' AND w.city_id = NEW.city_id;
END;

-- a membership ending (to the city's officers and the network's secretariat)
CREATE TRIGGER notify_membership_ending AFTER UPDATE ON membership
WHEN NEW.city_id IS NOT NULL AND (OLD.left_year IS NULL AND OLD.status = 'current')
     AND (NEW.left_year IS NOT NULL OR NEW.status <> 'current') BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'network', NEW.network_id,
           (SELECT c.name || ' – ' || coalesce(n.acronym, n.name) FROM city c, network n
            WHERE c.id = NEW.city_id AND n.id = NEW.network_id),
           'membership ' || NEW.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'membership_ending'
      AND ((w.role = 'officer' AND w.city_id = NEW.city_id) OR (w.role = 'secretariat' AND w.network_id = NEW.network_id));
END;

-- a thematic group proposed by a member city (to the network's secretariat)
CREATE TRIGGER notify_group_proposed AFTER UPDATE OF proposed_by_city_id ON network_group
WHEN NEW.status = 'proposed' AND NEW.proposed_by_city_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'group', NEW.id, NEW.name, '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'group_proposed' AND w.role = 'secretariat' AND w.network_id = NEW.network_id;
END;
CREATE TRIGGER notify_group_proposed_new AFTER INSERT ON network_group
WHEN NEW.status = 'proposed' AND NEW.proposed_by_city_id IS NOT NULL BEGIN
    INSERT OR IGNORE INTO notification (user_id, topic, record_kind, record_id, title, stamp, created_at)
    SELECT w.user_id, w.topic, 'group', NEW.id, NEW.name, '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM notify_wants w
    WHERE w.topic = 'group_proposed' AND w.role = 'secretariat' AND w.network_id = NEW.network_id;
END;

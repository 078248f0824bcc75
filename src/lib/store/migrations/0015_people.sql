-- amity schema, version 15: the people behind a city's ties (citizen
-- diplomacy), recorded only with a lawful basis, and a data-protection role.
--
-- What is kept about a person, why and who sees it: docs/people.md. Every
-- personal value lives in the person_* tables below and nowhere else (not in
-- record_change: the history of a person keeps no values), so that erasing
-- a person is deleting their rows; secure_delete overwrites the freed pages.

-- ---- app_user: the data-protection role ------------------------------------
-- 'dpo': the data-protection officer, who reads the people records and the
-- audit log, exports and erases, and changes nothing else. The table is made
-- again (SQLite cannot change a CHECK), every row kept with its id.
-- the numbers already given are never given again (0007): the sequence
-- goes with the old table, so it is kept aside
CREATE TEMP TABLE user_seq AS SELECT seq FROM sqlite_sequence WHERE name = 'app_user';
CREATE TABLE app_user_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    username    TEXT NOT NULL UNIQUE,
    pw_hash     TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'officer', 'dpo')),
    city_id     INTEGER REFERENCES city(id),
    network_id  INTEGER REFERENCES network(id),
    created_at  TEXT NOT NULL,
    last_visit      TEXT,
    previous_visit  TEXT,
    CHECK (role <> 'officer' OR city_id IS NOT NULL),
    CHECK (role <> 'secretariat' OR network_id IS NOT NULL)
);
INSERT INTO app_user_new (id, username, pw_hash, role, city_id, network_id, created_at, last_visit, previous_visit)
    SELECT id, username, pw_hash, role, city_id, network_id, created_at, last_visit, previous_visit FROM app_user
    ORDER BY id;
DROP TABLE app_user;
ALTER TABLE app_user_new RENAME TO app_user;
UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(seq), 0) FROM temp.user_seq)) WHERE name = 'app_user';
DROP TABLE temp.user_seq;

-- ---- the texts people agree to --------------------------------------------
-- Versioned and never changed once written: a consent names the very text
-- its person agreed to. A new wording is a new version.
CREATE TABLE consent_text (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose     TEXT NOT NULL CHECK (purpose IN ('record', 'share_partner', 'share_network', 'public_profile')),
    version     INTEGER NOT NULL CHECK (version >= 1),
    language    TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (purpose, language, version)
);
CREATE TRIGGER consent_text_kept BEFORE UPDATE ON consent_text
    BEGIN SELECT RAISE(ABORT, 'a consent text is never changed: add a new version'); END;

-- ---- people -----------------------------------------------------------------
CREATE TABLE person (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: an old link never opens another person
    city_id             INTEGER REFERENCES city(id),  -- the city whose office holds the record
                                                      -- (or network_id: a secretariat's pool of experts)
    name                TEXT NOT NULL,
    residence_city_id   INTEGER REFERENCES city(id) ON DELETE SET NULL, -- where they live (abroad, for a citizen abroad)
    residence_country   TEXT REFERENCES country(code),
    organisation_id     INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    email               TEXT,
    phone               TEXT,
    what_they_offer     TEXT,
    -- the lawful basis: their consent, or (for a public official's work
    -- contact) the office's note of the public task
    basis               TEXT NOT NULL CHECK (basis IN ('consent', 'public_official')),
    basis_note          TEXT,
    visibility          TEXT NOT NULL DEFAULT 'office'
                        CHECK (visibility IN ('office', 'partner', 'network', 'public')),
    shared_city_id      INTEGER REFERENCES city(id),    -- visibility 'partner': the partner city's office
    shared_network_id   INTEGER REFERENCES network(id), -- visibility 'network': the network's secretariat and members
    network_id          INTEGER REFERENCES network(id), -- an expert of this network's pool
    partnership_id      INTEGER REFERENCES partnership(id) ON DELETE SET NULL, -- the contact person of a partnership
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active')),
    review_date         TEXT NOT NULL,                  -- after it, the office renews or erases
    note                TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    CHECK (city_id IS NOT NULL OR network_id IS NOT NULL),
    CHECK (basis <> 'public_official' OR basis_note IS NOT NULL),
    CHECK (visibility <> 'partner' OR shared_city_id IS NOT NULL),
    CHECK (visibility <> 'network' OR shared_network_id IS NOT NULL)
);
CREATE INDEX person_city ON person(city_id);
CREATE INDEX person_shared_city ON person(shared_city_id) WHERE shared_city_id IS NOT NULL;
CREATE INDEX person_shared_network ON person(shared_network_id) WHERE shared_network_id IS NOT NULL;
CREATE INDEX person_partnership ON person(partnership_id) WHERE partnership_id IS NOT NULL;

-- What the person agreed to, when and how; a withdrawal is dated, never a
-- deleted row (until the person is erased).
CREATE TABLE consent (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    purpose       TEXT NOT NULL CHECK (purpose IN ('record', 'share_partner', 'share_network', 'public_profile')),
    text_id       INTEGER NOT NULL REFERENCES consent_text(id),
    given_at      TEXT NOT NULL,
    how           TEXT NOT NULL CHECK (how IN ('online_form', 'by_email', 'on_paper', 'in_person', 'by_phone')),
    withdrawn_at  TEXT
);
CREATE INDEX consent_person ON consent(person_id);
-- one live consent per purpose
CREATE UNIQUE INDEX consent_live ON consent(person_id, purpose) WHERE withdrawn_at IS NULL;

-- Ties to other places: a city, or a country when no city is given.
CREATE TABLE person_tie (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    city_id     INTEGER REFERENCES city(id),
    country     TEXT NOT NULL REFERENCES country(code),
    kind        TEXT NOT NULL CHECK (kind IN ('origin', 'family', 'study', 'work', 'business', 'culture'))
);
CREATE INDEX person_tie_person ON person_tie(person_id);
CREATE INDEX person_tie_city ON person_tie(city_id) WHERE city_id IS NOT NULL;
CREATE INDEX person_tie_country ON person_tie(country);

CREATE TABLE person_role (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('contact', 'ambassador', 'expert')),
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;

CREATE TABLE person_language (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    language   TEXT NOT NULL,
    PRIMARY KEY (person_id, language)
) WITHOUT ROWID;

-- expertise: topics of the shared vocabulary
CREATE TABLE person_topic (
    person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    topic_id   TEXT NOT NULL REFERENCES topic(id),
    PRIMARY KEY (person_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX person_topic_topic ON person_topic(topic_id);

-- ---- accountability -----------------------------------------------------------
-- Who read or changed personal data, when: append only. It names the person
-- by id alone (which means nothing once they are erased) and the fields by
-- name, never their values.
CREATE TABLE person_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    user_id     INTEGER,          -- NULL: the command line, or a visitor's form
    username    TEXT,
    role        TEXT NOT NULL,
    action      TEXT NOT NULL,    -- read, list, create, update, approve, withdraw, erase, export
    person_id   INTEGER,
    city_id     INTEGER,
    detail      TEXT
);
CREATE INDEX person_audit_person ON person_audit(person_id, id);
CREATE TRIGGER person_audit_no_update BEFORE UPDATE ON person_audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER person_audit_no_delete BEFORE DELETE ON person_audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- What is left of an erased person: an anonymous count (when, which office,
-- which roles, why), never who.
CREATE TABLE person_erasure (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    city_id  INTEGER,
    roles    TEXT,
    reason   TEXT NOT NULL CHECK (reason IN ('request', 'withdrawal', 'review', 'rejected', 'office'))
);

-- amity's own wording, version 1, in the languages of amity's pages (an
-- admin may add a version, or a text in another language).
INSERT INTO consent_text (purpose, version, language, text, created_at) VALUES
 ('record', 1, 'en', 'I agree that the international relations office of my city keeps my name, contact details, ties to other places, languages and what I can offer, to contact me about its international relations. Only that office sees them, unless I agree to more. I can withdraw this consent at any time; the office then erases my record.', '2026-12-02T00:00:00Z'),
 ('share_partner', 1, 'en', 'I agree that the office shares my record with the international relations office of the partner city named, for the same purpose.', '2026-12-02T00:00:00Z'),
 ('share_network', 1, 'en', 'I agree that the office shares my record with the secretariat and the member cities of the network named, for the same purpose.', '2026-12-02T00:00:00Z'),
 ('public_profile', 1, 'en', 'I agree that my name, city, ties, languages, expertise and what I can offer are shown publicly on amity (never my e-mail address or telephone number).', '2026-12-02T00:00:00Z'),
 ('record', 1, 'fr', 'Je consens à ce que le service des relations internationales de ma ville conserve mon nom, mes coordonnées, mes liens avec d’autres lieux, les langues que je parle et ce que je peux apporter, afin de me contacter au sujet de ses relations internationales. Seul ce service les voit, sauf si je consens à davantage. Je peux retirer ce consentement à tout moment ; le service efface alors ma fiche.', '2026-12-02T00:00:00Z'),
 ('record', 1, 'it', 'Acconsento che l’ufficio per le relazioni internazionali della mia città conservi il mio nome, i miei recapiti, i miei legami con altri luoghi, le lingue che parlo e ciò che posso offrire, per contattarmi in merito alle sue relazioni internazionali. Solo quell’ufficio li vede, salvo che io acconsenta a qualcosa di più. Posso revocare questo consenso in qualsiasi momento; in tal caso l’ufficio cancella la mia scheda.', '2026-12-02T00:00:00Z'),
 ('record', 1, 'uk', 'Я погоджуюся, щоб офіс міжнародних зв’язків мого міста зберігав моє ім’я, контактні дані, мої зв’язки з іншими місцями, мови, якими я володію, і те, що я можу запропонувати, щоб звертатися до мене з питань його міжнародних зв’язків. Ці дані бачить лише цей офіс, якщо я не погоджуся на більше. Я можу будь-коли відкликати цю згоду; тоді офіс стирає запис про мене.', '2026-12-02T00:00:00Z'),
 ('record', 1, 'fa', 'رضایت می‌دهم که دفتر روابط بین‌الملل شهرم نام و اطلاعات تماس من، پیوندهایم با جاهای دیگر، زبان‌هایی که می‌دانم و آنچه را می‌توانم عرضه کنم نگه دارد، تا دربارهٔ روابط بین‌المللی خود با من تماس بگیرد. تنها همین دفتر این اطلاعات را می‌بیند، مگر آنکه به بیش از این رضایت دهم. می‌توانم این رضایت را در هر زمان پس بگیرم؛ در آن صورت دفتر اطلاعات مرا پاک می‌کند.', '2026-12-02T00:00:00Z'),
 ('share_partner', 1, 'fr', 'Je consens à ce que le service partage ma fiche avec le service des relations internationales de la ville partenaire indiquée, pour la même finalité.', '2026-12-02T00:00:00Z'),
 ('share_partner', 1, 'it', 'Acconsento che l’ufficio condivida la mia scheda con l’ufficio per le relazioni internazionali della città partner indicata, per la stessa finalità.', '2026-12-02T00:00:00Z'),
 ('share_partner', 1, 'uk', 'Я погоджуюся, щоб офіс надав запис про мене офісу міжнародних зв’язків зазначеного міста-партнера з тією самою метою.', '2026-12-02T00:00:00Z'),
 ('share_partner', 1, 'fa', 'رضایت می‌دهم که دفتر، اطلاعات مرا برای همان هدف با دفتر روابط بین‌الملل شهر همکار نام‌برده به اشتراک بگذارد.', '2026-12-02T00:00:00Z'),
 ('share_network', 1, 'fr', 'Je consens à ce que le service partage ma fiche avec le secrétariat et les villes membres du réseau indiqué, pour la même finalité.', '2026-12-02T00:00:00Z'),
 ('share_network', 1, 'it', 'Acconsento che l’ufficio condivida la mia scheda con il segretariato e le città membro della rete indicata, per la stessa finalità.', '2026-12-02T00:00:00Z'),
 ('share_network', 1, 'uk', 'Я погоджуюся, щоб офіс надав запис про мене секретаріату та містам-членам зазначеної мережі з тією самою метою.', '2026-12-02T00:00:00Z'),
 ('share_network', 1, 'fa', 'رضایت می‌دهم که دفتر، اطلاعات مرا برای همان هدف با دبیرخانه و شهرهای عضو شبکهٔ نام‌برده به اشتراک بگذارد.', '2026-12-02T00:00:00Z'),
 ('public_profile', 1, 'fr', 'Je consens à ce que mon nom, ma ville, mes liens, les langues que je parle, mes domaines d’expertise et ce que je peux apporter soient affichés publiquement sur amity (jamais mon adresse électronique ni mon numéro de téléphone).', '2026-12-02T00:00:00Z'),
 ('public_profile', 1, 'it', 'Acconsento che il mio nome, la mia città, i miei legami, le lingue che parlo, le mie competenze e ciò che posso offrire siano mostrati pubblicamente su amity (mai il mio indirizzo e-mail né il mio numero di telefono).', '2026-12-02T00:00:00Z'),
 ('public_profile', 1, 'uk', 'Я погоджуюся, щоб у amity публічно показувалися моє ім’я, місто, зв’язки, мови, експертиза та те, що я можу запропонувати (але ніколи — моя адреса електронної пошти чи номер телефону).', '2026-12-02T00:00:00Z'),
 ('public_profile', 1, 'fa', 'رضایت می‌دهم که نام، شهر، پیوندها، زبان‌ها و تخصص من و آنچه می‌توانم عرضه کنم به‌طور عمومی در amity نمایش داده شود (نشانی رایانامه و شمارهٔ تلفنم هرگز نمایش داده نمی‌شود).', '2026-12-02T00:00:00Z');

-- how many self-registrations one address may send in an hour
INSERT INTO setting (key, value) VALUES ('registrations_per_hour', '5');

-- ---- opportunities: the office's pipeline -------------------------------------
-- What a citizen, a contact or the office identified (seed 000: Isfahanis in
-- sister cities "who have identified opportunities"), followed until it
-- becomes an activity or a partnership, or is closed. It names people, so it
-- is the office's own (never public).
CREATE TABLE opportunity (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id         INTEGER REFERENCES city(id),
    network_id      INTEGER REFERENCES network(id),
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('tourism', 'investment', 'academic_exchange', 'culture', 'trade',
                                                  'crisis_help', 'other')),
    description     TEXT,
    status          TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'discussed', 'activity', 'partnership', 'closed')),
    partnership_id  INTEGER REFERENCES partnership(id) ON DELETE SET NULL,
    activity_id     INTEGER REFERENCES activity(id) ON DELETE SET NULL,     -- what it became
    result_partnership_id INTEGER REFERENCES partnership(id) ON DELETE SET NULL,
    closed_reason   TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (city_id IS NOT NULL OR network_id IS NOT NULL)
);
CREATE INDEX opportunity_by_city ON opportunity(city_id);
CREATE INDEX opportunity_by_network ON opportunity(network_id);
CREATE TABLE opportunity_person (
    opportunity_id INTEGER NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    PRIMARY KEY (opportunity_id, person_id)
) WITHOUT ROWID;
CREATE INDEX opportunity_person_person ON opportunity_person(person_id);
CREATE TABLE opportunity_city (
    opportunity_id INTEGER NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
    city_id        INTEGER NOT NULL REFERENCES city(id),
    PRIMARY KEY (opportunity_id, city_id)
) WITHOUT ROWID;

-- ---- experts at work -------------------------------------------------------------
-- A network's expert on a task about a city: drafting its Index report for
-- a round, a monitoring visit, advice, a training. The secretariat's own
-- (it names a person of its pool); the report it produced is attached to
-- the city's Index result, without the expert's name.
CREATE TABLE assignment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    network_id   INTEGER NOT NULL REFERENCES network(id),
    person_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,   -- erased: the task stays, unnamed
    city_id      INTEGER NOT NULL REFERENCES city(id),
    kind         TEXT NOT NULL CHECK (kind IN ('index_report', 'monitoring_visit', 'advice', 'training')),
    round        INTEGER,
    status       TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'done', 'cancelled')),
    start_date   TEXT,
    due_date     TEXT,
    done_date    TEXT,
    report_title TEXT,
    report_url   TEXT,
    note         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (kind <> 'index_report' OR round IS NOT NULL)
);
CREATE INDEX assignment_network ON assignment(network_id);
CREATE INDEX assignment_city_round ON assignment(city_id, round);
CREATE INDEX assignment_person ON assignment(person_id) WHERE person_id IS NOT NULL;

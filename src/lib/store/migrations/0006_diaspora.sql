-- amity schema, version 6: diaspora groups, and a counter for what partner
-- suggestions read besides the graph.

-- A diaspora group: people living in city_id who come from origin_country
-- and, where known, from origin_city_id. The figures are a source's: size
-- people in year. A city seeks partners where its diaspora comes from
-- (seed 003), and its citizens abroad tie it to their new cities (seed 000).
CREATE TABLE diaspora (
    id             INTEGER PRIMARY KEY,
    city_id        INTEGER NOT NULL REFERENCES city(id) ON DELETE CASCADE,
    origin_country TEXT NOT NULL REFERENCES country(code),
    origin_city_id INTEGER REFERENCES city(id) ON DELETE SET NULL,
    size           INTEGER CHECK (size IS NULL OR size >= 0),
    year           INTEGER,
    source         TEXT,
    source_url     TEXT,
    note           TEXT,
    imported_from  TEXT,
    imported_row   INTEGER,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (origin_city_id IS NULL OR origin_city_id <> city_id)
);
-- one figure per group and year
CREATE UNIQUE INDEX diaspora_key ON diaspora(city_id, origin_country, ifnull(origin_city_id, 0), ifnull(year, 0));
CREATE INDEX diaspora_by_origin ON diaspora(origin_country);
CREATE INDEX diaspora_by_origin_city ON diaspora(origin_city_id) WHERE origin_city_id IS NOT NULL;

-- Bumped by every change to the ties suggestions read besides the graph:
-- diaspora groups, and the topics of cities' practices and activities.
CREATE TABLE ties_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO ties_generation VALUES (1, 0);
CREATE TRIGGER ties_gen_di AFTER INSERT ON diaspora BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_du AFTER UPDATE ON diaspora BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_dd AFTER DELETE ON diaspora BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_pti AFTER INSERT ON practice_topic BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_ptd AFTER DELETE ON practice_topic BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_pu AFTER UPDATE OF status, city_id ON practice BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_pd AFTER DELETE ON practice BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_ati AFTER INSERT ON activity_topic BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_atd AFTER DELETE ON activity_topic BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_au AFTER UPDATE OF host_city_id ON activity BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_ad AFTER DELETE ON activity BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_aci AFTER INSERT ON activity_city BEGIN UPDATE ties_generation SET n = n + 1; END;
CREATE TRIGGER ties_gen_acd AFTER DELETE ON activity_city BEGIN UPDATE ties_generation SET n = n + 1; END;

-- The topics a city works on: those of its published practices and of the
-- activities it hosts or takes part in.
CREATE VIEW city_topic (city_id, topic_id) AS
    SELECT p.city_id, t.topic_id FROM practice p JOIN practice_topic t ON t.practice_id = p.id
     WHERE p.city_id IS NOT NULL AND p.status = 'published'
    UNION SELECT a.host_city_id, t.topic_id FROM activity a JOIN activity_topic t ON t.activity_id = a.id
     WHERE a.host_city_id IS NOT NULL
    UNION SELECT c.city_id, t.topic_id FROM activity_city c JOIN activity_topic t ON t.activity_id = c.activity_id;

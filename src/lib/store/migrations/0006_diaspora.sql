-- amity schema, version 6: diaspora groups, and a counter for what partner
-- suggestions read besides the graph.

-- A diaspora group: people living in city_id who come from origin_country
-- and, where known, from origin_city_id. The figures are a source's: size
-- people in year. A city seeks partners where its diaspora comes from
-- (seed 003), and its citizens abroad tie it to their new cities (seed 000).
CREATE TABLE diaspora (
    id             INTEGER PRIMARY KEY AUTOINCREMENT, -- ids are not reused: an old link never opens another group
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

-- The latest figure of each group: what suggestions count.
CREATE VIEW diaspora_latest AS
    SELECT d.* FROM diaspora d WHERE NOT EXISTS (
        SELECT 1 FROM diaspora e WHERE e.city_id = d.city_id AND e.origin_country = d.origin_country
           AND ifnull(e.origin_city_id, 0) = ifnull(d.origin_city_id, 0) AND ifnull(e.year, 0) > ifnull(d.year, 0));

-- Bumped by every change to what partner suggestions read besides the
-- graph (graph_generation): diaspora groups, the topics of cities' practices
-- and activities, and the cities' own facts. A new city shows as a new
-- max(city.id), which costs the gazetteer's import no trigger per row.
CREATE TABLE match_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO match_generation VALUES (1, 0);
CREATE TRIGGER match_gen_di AFTER INSERT ON diaspora BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_du AFTER UPDATE ON diaspora BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_dd AFTER DELETE ON diaspora BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_pti AFTER INSERT ON practice_topic BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_ptd AFTER DELETE ON practice_topic BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_pu AFTER UPDATE OF status, city_id ON practice BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_pd AFTER DELETE ON practice BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_ati AFTER INSERT ON activity_topic BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_atd AFTER DELETE ON activity_topic BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_au AFTER UPDATE OF host_city_id ON activity BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_ad AFTER DELETE ON activity BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_aci AFTER INSERT ON activity_city BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_acd AFTER DELETE ON activity_city BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_cd AFTER DELETE ON city BEGIN UPDATE match_generation SET n = n + 1; END;
CREATE TRIGGER match_gen_cu AFTER UPDATE OF lat, lng, population, admin_code ON city BEGIN UPDATE match_generation SET n = n + 1; END;

-- A group from a city comes from that city's country, also when it moves.
CREATE TRIGGER diaspora_origin_moved AFTER UPDATE OF country ON city BEGIN
    UPDATE diaspora SET origin_country = NEW.country WHERE origin_city_id = NEW.id;
END;

-- A deleted origin city leaves its groups by their country, unless the host
-- city has a figure for that country and year already: that one stays.
CREATE TRIGGER diaspora_origin_gone BEFORE DELETE ON city BEGIN
    DELETE FROM diaspora WHERE origin_city_id = OLD.id AND EXISTS (
        SELECT 1 FROM diaspora e WHERE e.city_id = diaspora.city_id AND e.origin_country = diaspora.origin_country
           AND e.origin_city_id IS NULL AND ifnull(e.year, 0) = ifnull(diaspora.year, 0));
END;

-- The topics a city works on: those of its published practices and of the
-- activities it hosts or takes part in.
CREATE VIEW city_topic (city_id, topic_id) AS
    SELECT p.city_id, t.topic_id FROM practice p JOIN practice_topic t ON t.practice_id = p.id
     WHERE p.city_id IS NOT NULL AND p.status = 'published'
    UNION SELECT a.host_city_id, t.topic_id FROM activity a JOIN activity_topic t ON t.activity_id = a.id
     WHERE a.host_city_id IS NOT NULL
    UNION SELECT c.city_id, t.topic_id FROM activity_city c JOIN activity_topic t ON t.activity_id = c.activity_id;

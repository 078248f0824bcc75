-- amity schema, version 10: a counter for the search box's index.
--
-- The search box (am_search) answers from an in-memory index of the folded
-- words of every city (city_key), network and organisation, each kind in
-- its order (cities largest first), rebuilt when this counter or the
-- largest city id changes. A trigger per row would have cost the
-- gazetteer's import more than it takes now (an FTS5 table kept by
-- triggers, in population order, doubled it): a new city shows as a new
-- max(city.id), as for match_generation; the rest are rare, single-row
-- writes.
CREATE TABLE search_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO search_generation VALUES (1, 0);

CREATE TRIGGER search_gen_cu AFTER UPDATE OF name, alt_names, population ON city
    BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_cd AFTER DELETE ON city BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_ni AFTER INSERT ON network BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_nu AFTER UPDATE OF name, acronym ON network
    BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_nd AFTER DELETE ON network BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_oi AFTER INSERT ON organisation BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_ou AFTER UPDATE OF name ON organisation
    BEGIN UPDATE search_generation SET n = n + 1; END;
CREATE TRIGGER search_gen_od AFTER DELETE ON organisation BEGIN UPDATE search_generation SET n = n + 1; END;

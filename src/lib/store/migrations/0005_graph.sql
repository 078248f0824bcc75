-- amity schema, version 5: network analytics.

-- Bumped by every change the city graph is made of (partnerships,
-- memberships, also when a network's deletion cascades to them; a city's
-- country): the in-memory graph of each process (am_graph) compares it with
-- the one it was built from. Names are not in the graph (they are read when
-- a reply is written), so renaming a city or a network does not bump it.
CREATE TABLE graph_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO graph_generation VALUES (1, 0);
CREATE TRIGGER graph_gen_pi AFTER INSERT ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_pu AFTER UPDATE ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_pd AFTER DELETE ON partnership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_mi AFTER INSERT ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_mu AFTER UPDATE ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_md AFTER DELETE ON membership BEGIN UPDATE graph_generation SET n = n + 1; END;
CREATE TRIGGER graph_gen_c AFTER UPDATE OF country ON city BEGIN UPDATE graph_generation SET n = n + 1; END;

-- What lists filter and sort on, stored where an index can serve it.
--
-- A partnership's activity (its last date and how many) was counted by two
-- correlated subqueries per row, and its parties' countries came from
-- coalesce(city, organisation, country) over three joins, which no index
-- serves: a list by country read every partnership, twice. They are kept
-- now by triggers, as derived columns, and the date a partnership's health
-- is judged by is a generated column.

ALTER TABLE partnership ADD COLUMN last_activity TEXT;      -- derived: its latest activity's date
ALTER TABLE partnership ADD COLUMN activity_count INTEGER NOT NULL DEFAULT 0; -- derived
ALTER TABLE partnership ADD COLUMN a_cc TEXT;               -- derived: side a's country, whoever it is
ALTER TABLE partnership ADD COLUMN b_cc TEXT;               -- derived: side b's country
-- The latest of its activity, renewal and signature; a partial date counts
-- to the end of its period (an activity in "2023" may have been in December).
ALTER TABLE partnership ADD COLUMN health_ref TEXT GENERATED ALWAYS AS (
    CASE length(nullif(max(coalesce(last_activity, ''), coalesce(renewed_date, ''), coalesce(signed_date, '')), ''))
        WHEN 4 THEN max(coalesce(last_activity, ''), coalesce(renewed_date, ''), coalesce(signed_date, '')) || '-12-31'
        WHEN 7 THEN max(coalesce(last_activity, ''), coalesce(renewed_date, ''), coalesce(signed_date, '')) || '-31'
        ELSE nullif(max(coalesce(last_activity, ''), coalesce(renewed_date, ''), coalesce(signed_date, '')), '')
    END) VIRTUAL;

-- The graph is of parties and agreements: what the triggers below keep is
-- not a change to it (an activity would otherwise rebuild the graph),
-- and filling them in below is not either.
DROP TRIGGER graph_gen_pu;
CREATE TRIGGER graph_gen_pu AFTER UPDATE OF a_city_id, a_org_id, a_country, b_city_id, b_org_id, b_country,
    a_key, b_key, kind, status, signed_date, ended_date, suspended_date, renewed_date, source_url, note,
    source, source_row, created_at, updated_at ON partnership BEGIN
    UPDATE graph_generation SET n = n + 1;
END;

UPDATE partnership SET
    last_activity = (SELECT max(coalesce(a.end_date, a.start_date)) FROM activity a WHERE a.partnership_id = partnership.id),
    activity_count = (SELECT count(*) FROM activity a WHERE a.partnership_id = partnership.id),
    a_cc = coalesce((SELECT country FROM city WHERE id = partnership.a_city_id),
                    (SELECT country FROM organisation WHERE id = partnership.a_org_id), partnership.a_country),
    b_cc = coalesce((SELECT country FROM city WHERE id = partnership.b_city_id),
                    (SELECT country FROM organisation WHERE id = partnership.b_org_id), partnership.b_country);

CREATE INDEX partnership_a_cc ON partnership(a_cc);
CREATE INDEX partnership_b_cc ON partnership(b_cc);
-- lists are newest signature first
CREATE INDEX partnership_signed ON partnership(coalesce(signed_date, ''));

-- a network's current members are counted on every list of networks; the
-- indexes by network were partial (city_id IS NOT NULL), which a count
-- cannot use
CREATE INDEX membership_network ON membership(network_id, status, left_year);

-- ---- keeping them -----------------------------------------------------
CREATE TRIGGER partnership_activity_i AFTER INSERT ON activity WHEN new.partnership_id IS NOT NULL BEGIN
    UPDATE partnership SET
        last_activity = (SELECT max(coalesce(a.end_date, a.start_date)) FROM activity a WHERE a.partnership_id = partnership.id),
        activity_count = (SELECT count(*) FROM activity a WHERE a.partnership_id = partnership.id)
     WHERE id = new.partnership_id;
END;
CREATE TRIGGER partnership_activity_u AFTER UPDATE OF partnership_id, start_date, end_date ON activity BEGIN
    UPDATE partnership SET
        last_activity = (SELECT max(coalesce(a.end_date, a.start_date)) FROM activity a WHERE a.partnership_id = partnership.id),
        activity_count = (SELECT count(*) FROM activity a WHERE a.partnership_id = partnership.id)
     WHERE id IN (old.partnership_id, new.partnership_id);
END;
CREATE TRIGGER partnership_activity_d AFTER DELETE ON activity WHEN old.partnership_id IS NOT NULL BEGIN
    UPDATE partnership SET
        last_activity = (SELECT max(coalesce(a.end_date, a.start_date)) FROM activity a WHERE a.partnership_id = partnership.id),
        activity_count = (SELECT count(*) FROM activity a WHERE a.partnership_id = partnership.id)
     WHERE id = old.partnership_id;
END;

CREATE TRIGGER partnership_cc_i AFTER INSERT ON partnership BEGIN
    UPDATE partnership SET
        a_cc = coalesce((SELECT country FROM city WHERE id = new.a_city_id),
                        (SELECT country FROM organisation WHERE id = new.a_org_id), new.a_country),
        b_cc = coalesce((SELECT country FROM city WHERE id = new.b_city_id),
                        (SELECT country FROM organisation WHERE id = new.b_org_id), new.b_country)
     WHERE id = new.id;
END;
CREATE TRIGGER partnership_cc_u AFTER UPDATE OF a_city_id, a_org_id, a_country, b_city_id, b_org_id, b_country
    ON partnership BEGIN
    UPDATE partnership SET
        a_cc = coalesce((SELECT country FROM city WHERE id = new.a_city_id),
                        (SELECT country FROM organisation WHERE id = new.a_org_id), new.a_country),
        b_cc = coalesce((SELECT country FROM city WHERE id = new.b_city_id),
                        (SELECT country FROM organisation WHERE id = new.b_org_id), new.b_country)
     WHERE id = new.id;
END;
CREATE TRIGGER partnership_cc_city AFTER UPDATE OF country ON city BEGIN
    UPDATE partnership SET
        a_cc = CASE WHEN a_city_id = new.id THEN new.country ELSE a_cc END,
        b_cc = CASE WHEN b_city_id = new.id THEN new.country ELSE b_cc END
     WHERE a_city_id = new.id OR b_city_id = new.id;
END;
CREATE TRIGGER partnership_cc_org AFTER UPDATE OF country ON organisation BEGIN
    UPDATE partnership SET
        a_cc = CASE WHEN a_org_id = new.id THEN coalesce(new.country, a_country) ELSE a_cc END,
        b_cc = CASE WHEN b_org_id = new.id THEN coalesce(new.country, b_country) ELSE b_cc END
     WHERE a_org_id = new.id OR b_org_id = new.id;
END;

-- amity schema, version 9: published Index results as their sources give
-- them.
--
-- Sources publish less than a full result: a rank without the aggregate, a
-- rank with the size of the sample it was ranked in, a few indicator
-- scores. So the aggregate may be unknown, and the figures a source does
-- state are kept as it states them (the rank as text: "8 (tied)"). Two
-- sources may back one result: each is kept, with the figures it states,
-- so that every figure shown links to the sources that give it.
--
-- SQLite cannot drop a NOT NULL, so the table is made again by its
-- procedure for other schema changes (see 0007), every row kept with its
-- id; am_migrate runs this with foreign keys off and checks them after.

CREATE TABLE index_published_new (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT, -- results are addressed by id: never reused
    city_id                 INTEGER NOT NULL REFERENCES city(id),
    round                   INTEGER NOT NULL CHECK (round BETWEEN 2000 AND 2100),
    aggregate               REAL CHECK (aggregate BETWEEN 0 AND 100), -- NULL: the sources give no aggregate
    indicators              TEXT,      -- JSON {indicator of the questionnaire: score}, what amity compares
    over_200k               INTEGER CHECK (over_200k IN (0, 1)),
    over_15pct              INTEGER CHECK (over_15pct IN (0, 1)),
    published_rank          TEXT,      -- the ranks as a source words them, in a sentence
    source                  TEXT NOT NULL, -- the source it was first recorded from
    created_at              TEXT NOT NULL,
    rank                    TEXT,      -- the rank in the sample, as published: "17", "8 (tied)"
    sample_size             INTEGER CHECK (sample_size >= 1), -- the cities it was ranked among, as published
    population              INTEGER CHECK (population >= 0),
    foreign_born_pct        REAL CHECK (foreign_born_pct BETWEEN 0 AND 100),
    indicators_as_published TEXT,      -- JSON {indicator as the source names it: score}
    note                    TEXT,      -- a caveat shown with the result (a doubtful source)
    UNIQUE (city_id, round)
);
INSERT INTO index_published_new (id, city_id, round, aggregate, indicators, over_200k, over_15pct,
                                 published_rank, source, created_at, indicators_as_published)
    SELECT id, city_id, round, aggregate, indicators, over_200k, over_15pct, published_rank, source,
           created_at, indicators
      FROM index_published ORDER BY id;
DROP TABLE index_published;
ALTER TABLE index_published_new RENAME TO index_published;
CREATE INDEX index_published_by_round ON index_published (round);

-- The sources of a result, each with the figures it states (a JSON array
-- of names: "aggregate", "rank", "sample_size", "indicators.NAME", ...).
CREATE TABLE index_published_source (
    published_id INTEGER NOT NULL REFERENCES index_published(id) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    states       TEXT NOT NULL,
    file         TEXT,                 -- imported from this file, at this row
    file_row     INTEGER,
    added_at     TEXT NOT NULL,
    PRIMARY KEY (published_id, source)
) WITHOUT ROWID;

-- A result recorded before this version has one source, which states
-- every figure it holds.
INSERT INTO index_published_source (published_id, source, states, added_at)
    SELECT p.id, p.source,
           (SELECT json_group_array(f) FROM (
                SELECT 'aggregate' AS f WHERE p.aggregate IS NOT NULL
                UNION ALL SELECT 'over_200k' WHERE p.over_200k IS NOT NULL
                UNION ALL SELECT 'over_15pct' WHERE p.over_15pct IS NOT NULL
                UNION ALL SELECT 'published_rank' WHERE p.published_rank IS NOT NULL
                UNION ALL SELECT 'indicators.' || j.key FROM json_each(CASE WHEN json_valid(p.indicators)
                                                                           THEN p.indicators END) AS j)),
           p.created_at
      FROM index_published p;

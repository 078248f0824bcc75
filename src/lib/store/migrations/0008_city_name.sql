-- Lists of cities page by name (keyset: name, id). Without an index every
-- page sorted all 138,000 cities again: an export of the cities took 12 s.
CREATE INDEX city_name ON city(name, id);

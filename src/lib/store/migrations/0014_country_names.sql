-- Countries' names in the languages the API answers in besides English
-- (fr, it, uk, fa: those of the web UI), so that a reply's country names
-- are in its reader's language (see am_lang). English stays in country.name,
-- which every reply falls back to: a language or a country with no row here
-- reads the English name, and English replies read nothing from here.
-- Filled by `amity init` and `amity import gazetteer` (am_country_load) from
-- the names i18n-iso-countries gives, built in; a country that goes takes
-- its names with it.
CREATE TABLE country_name (
    code TEXT NOT NULL REFERENCES country(code) ON DELETE CASCADE,
    lang TEXT NOT NULL,  -- ISO 639-1: fr, it, uk, fa
    name TEXT NOT NULL,
    PRIMARY KEY (code, lang)
) WITHOUT ROWID;

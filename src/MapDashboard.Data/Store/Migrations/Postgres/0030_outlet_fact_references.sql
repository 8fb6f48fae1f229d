-- Issue #19.5 (SQLite's 0030): each outlet fact with its own reference; see the SQLite script for the design.
ALTER TABLE outlets ADD COLUMN home_country_ref text;
ALTER TABLE outlets ADD COLUMN owner_ref text;
ALTER TABLE outlets ADD COLUMN language_ref text;
ALTER TABLE outlets ADD COLUMN website_ref text;
UPDATE outlets SET
    home_country_ref = CASE WHEN home_country IS NULL THEN NULL ELSE reference END,
    owner_ref        = CASE WHEN owner IS NULL THEN NULL ELSE reference END,
    language_ref     = CASE WHEN language IS NULL THEN NULL ELSE reference END,
    website_ref      = CASE WHEN website IS NULL THEN NULL ELSE reference END;
DELETE FROM outlets WHERE edited_by_user = 0;
ALTER TABLE outlets DROP COLUMN reference;

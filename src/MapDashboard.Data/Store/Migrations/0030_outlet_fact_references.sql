-- Issue #19.5: outlets as data that analysts edit. Each fact (home country, owner, language, web site) carries its own
-- reference instead of one reference for the row, so a fact without a public reference can be refused. A feed's name is
-- the outlet it belongs to (feeds.name = outlets.name; the outlet is created when a feed names a new one).
ALTER TABLE outlets ADD COLUMN home_country_ref TEXT;
ALTER TABLE outlets ADD COLUMN owner_ref TEXT;
ALTER TABLE outlets ADD COLUMN language_ref TEXT;
ALTER TABLE outlets ADD COLUMN website_ref TEXT;
-- An analyst's row keeps its one reference for each fact it states; the bundled rows are re-seeded with their own.
UPDATE outlets SET
    home_country_ref = CASE WHEN home_country IS NULL THEN NULL ELSE reference END,
    owner_ref        = CASE WHEN owner IS NULL THEN NULL ELSE reference END,
    language_ref     = CASE WHEN language IS NULL THEN NULL ELSE reference END,
    website_ref      = CASE WHEN website IS NULL THEN NULL ELSE reference END;
DELETE FROM outlets WHERE edited_by_user = 0;
ALTER TABLE outlets DROP COLUMN reference;

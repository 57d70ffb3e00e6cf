-- The names as the registry's search compares them (IdentityKey.plain: no accents, case or
-- punctuation), so that « lefevre » finds « LEFÈVRE » whatever the collation. V8 (Java,
-- fr.orienta.registry.NameKeysMigration) fills them for the people already stored; each
-- database's V9 indexes them.
ALTER TABLE person ADD COLUMN last_name_key VARCHAR(120);
ALTER TABLE person ADD COLUMN first_name_key VARCHAR(120);

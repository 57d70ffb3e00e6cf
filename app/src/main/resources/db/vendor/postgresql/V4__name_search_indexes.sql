-- PostgreSQL only (db/vendor/postgresql): the registry's name search is a case-insensitive prefix
-- on the last or the first name. A btree under a linguistic collation cannot serve LIKE, so the
-- upper-cased names get pattern-ops indexes; at a million people the search went from a full
-- scan (~350 ms) to two index ranges. H2 has no expression indexes and small registries.
-- Version numbers are shared with db/migration: the next common migration is V5.
CREATE INDEX person_upper_last_name_idx ON person (tenant_code, upper(last_name) varchar_pattern_ops);
CREATE INDEX person_upper_first_name_idx ON person (tenant_code, upper(first_name) varchar_pattern_ops);

-- PostgreSQL only: the name search now narrows by range (upper(name) >= 'GAR' and < 'GAS') before
-- its LIKE, because a prepared statement's generic plan cannot use a LIKE with a bound prefix and
-- the application binds it. Pattern-ops indexes serve only LIKE; plain btrees on the same
-- expressions serve the range, under the database's own collation.
-- Version numbers are shared with db/migration: the next common migration is V6.
DROP INDEX person_upper_last_name_idx;
DROP INDEX person_upper_first_name_idx;
CREATE INDEX person_upper_last_name_idx ON person (tenant_code, upper(last_name));
CREATE INDEX person_upper_first_name_idx ON person (tenant_code, upper(first_name));

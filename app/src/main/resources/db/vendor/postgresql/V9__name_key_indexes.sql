-- The search now compares the names' keys (V7, filled by V8) instead of the upper-cased names:
-- their range indexes replace V5's, and the list index (V6) carries the keys instead of the
-- names, so a common prefix is still answered from the index alone.
-- Version numbers are shared with db/migration: the next common migration is V10.
DROP INDEX person_upper_last_name_idx;
DROP INDEX person_upper_first_name_idx;
CREATE INDEX person_last_name_key_idx ON person (tenant_code, last_name_key);
CREATE INDEX person_first_name_key_idx ON person (tenant_code, first_name_key);
DROP INDEX person_list_idx;
CREATE INDEX person_list_idx ON person (tenant_code, priority, id)
  INCLUDE (status, last_name_key, first_name_key, ald, css, birth_date, insee_code, registered_on);

-- The search keys filled by V8, indexed as PostgreSQL's V9 does (without its list index).
CREATE INDEX person_last_name_key_idx ON person (tenant_code, last_name_key);
CREATE INDEX person_first_name_key_idx ON person (tenant_code, first_name_key);

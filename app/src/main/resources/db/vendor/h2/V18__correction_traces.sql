-- What a correction leaves on a person: the fields a coordinator set, which sources no longer
-- change, and the identity key the sources knew before, so that their next listing still finds
-- her instead of creating her again. (PostgreSQL's index is partial; H2 has none.)
ALTER TABLE person ADD COLUMN corrected_fields VARCHAR(300);
ALTER TABLE person ADD COLUMN former_key VARCHAR(300);
CREATE INDEX person_former_key_idx ON person (tenant_code, former_key);

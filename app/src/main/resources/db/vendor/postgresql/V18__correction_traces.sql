-- What a correction leaves on a person: the fields a coordinator set, which sources no longer
-- change, and the identity key the sources knew before, so that their next listing still finds
-- her instead of creating her again.
ALTER TABLE person ADD COLUMN corrected_fields VARCHAR(300);
ALTER TABLE person ADD COLUMN former_key VARCHAR(300);
-- Partial: the few corrected people only, so that an import's new people cost no index entry.
CREATE INDEX person_former_key_idx ON person (tenant_code, former_key) WHERE former_key IS NOT NULL;

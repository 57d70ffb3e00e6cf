-- Registry life: the priority score kept on the person so that lists sort and filter by it at
-- scale, merges of duplicates (the absorbed entry stays, pointing at the kept one), consents and
-- objections as the person expressed them, and imports declared as complete listings (people a
-- complete listing no longer names are put up for review). Portable SQL: H2 and PostgreSQL.

ALTER TABLE person ADD COLUMN priority INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN merged_into BIGINT;
CREATE INDEX person_priority_idx ON person (tenant_code, priority, id);
CREATE INDEX person_status_priority_idx ON person (tenant_code, status, priority, id);

-- A consent (or an objection) of a person: what to, how it was expressed, when, recorded by whom;
-- withdrawing keeps the row (the history is part of the proof).
CREATE TABLE person_consent (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version      BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL REFERENCES person (id),
    kind         VARCHAR(20)  NOT NULL,
    scope        VARCHAR(30)  NOT NULL,
    channel      VARCHAR(20)  NOT NULL,
    given_on     DATE         NOT NULL,
    note         VARCHAR(500),
    recorded_by  VARCHAR(80)  NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    withdrawn_at TIMESTAMP,
    withdrawn_by VARCHAR(80)
);
CREATE INDEX person_consent_person_idx ON person_consent (tenant_code, person_id);

ALTER TABLE import_job ADD COLUMN full_listing BOOLEAN DEFAULT FALSE NOT NULL;

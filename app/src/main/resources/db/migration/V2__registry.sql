-- Registry: what sources tell of a person, the NIR kept only as a keyed hash and a masked form,
-- identity traits for deduplication, the status life cycle, the person's story, and the queue
-- of possible duplicates. Portable SQL: runs on H2 and PostgreSQL.

ALTER TABLE person ADD COLUMN usage_name VARCHAR(120);
ALTER TABLE person ADD COLUMN nir_hash VARCHAR(64);
ALTER TABLE person ADD COLUMN nir_masked VARCHAR(20);
ALTER TABLE person ADD COLUMN identity_key VARCHAR(300);
ALTER TABLE person ADD COLUMN address VARCHAR(300);
ALTER TABLE person ADD COLUMN postal_code VARCHAR(5);
ALTER TABLE person ADD COLUMN commune_name VARCHAR(120);
ALTER TABLE person ADD COLUMN mobile VARCHAR(20);
ALTER TABLE person ADD COLUMN last_doctor_rpps VARCHAR(11);
ALTER TABLE person ADD COLUMN last_doctor_end DATE;
ALTER TABLE person ADD COLUMN taken_by_rpps VARCHAR(11);
ALTER TABLE person ADD COLUMN taken_on DATE;
ALTER TABLE person ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE person ADD COLUMN status_changed_at TIMESTAMP;

-- One person per NIR in a CPTS; rows without NIR (MSP census, manual entry) are NULL here.
CREATE UNIQUE INDEX person_nir_uk ON person (tenant_code, nir_hash);
CREATE INDEX person_identity_idx ON person (tenant_code, identity_key);
CREATE INDEX person_name_idx ON person (tenant_code, last_name, first_name);
CREATE INDEX person_registered_idx ON person (tenant_code, registered_on);
CREATE INDEX person_commune_idx ON person (tenant_code, insee_code);
CREATE INDEX person_birth_idx ON person (tenant_code, birth_date);

-- The key of the NIR hash, generated at first start unless configured; never leaves the server.
CREATE TABLE app_secret (
    name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL
);

-- Which sources listed a person, and when last: a later import that no longer lists them is a
-- hint that they found a doctor, for a coordinator to review.
CREATE TABLE person_source (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    version     BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    source      VARCHAR(60) NOT NULL,
    first_seen  TIMESTAMP   NOT NULL,
    last_seen   TIMESTAMP   NOT NULL,
    CONSTRAINT person_source_uk UNIQUE (tenant_code, person_id, source)
);

-- The person's story as a coordinator reads it: imports, status changes, calls, proposals.
CREATE TABLE person_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version     BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    occurred_at TIMESTAMP    NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    detail      VARCHAR(500)
);
CREATE INDEX person_event_person_idx ON person_event (tenant_code, person_id, occurred_at);

-- Two entries that may be the same person (same identity traits, no NIR to decide).
CREATE TABLE duplicate_candidate (
    id          BIGINT      NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    version     BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL REFERENCES person (id),
    other_id    BIGINT      NOT NULL REFERENCES person (id),
    reason      VARCHAR(200) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    decided_at  TIMESTAMP,
    decided_by  VARCHAR(80),
    CONSTRAINT duplicate_candidate_uk UNIQUE (tenant_code, person_id, other_id)
);
CREATE INDEX duplicate_candidate_status_idx ON duplicate_candidate (tenant_code, status);

-- An upload and its import: the adapter, the file kept until the import ends, where the job got
-- to (checkpoint = last line written, in the same transaction as the rows) and its counts, so
-- that a job stopped by a crash resumes with exact counts.
CREATE TABLE import_job (
    id             BIGINT       NOT NULL PRIMARY KEY,
    tenant_code    VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version        BIGINT       NOT NULL,
    adapter        VARCHAR(60)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    file_sha256    VARCHAR(64)  NOT NULL,
    stored_file    VARCHAR(500) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    created_by     VARCHAR(80)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    started_at     TIMESTAMP,
    finished_at    TIMESTAMP,
    execution_id   BIGINT,
    total_rows     BIGINT       NOT NULL,
    checkpoint_line BIGINT      NOT NULL,
    created_count  BIGINT       NOT NULL,
    updated_count  BIGINT       NOT NULL,
    unchanged_count BIGINT      NOT NULL,
    duplicate_count BIGINT      NOT NULL,
    rejected_count BIGINT       NOT NULL,
    warning_count  BIGINT       NOT NULL,
    message        VARCHAR(1000)
);
CREATE INDEX import_job_tenant_idx ON import_job (tenant_code, created_at);

-- Problems found on rows of an import, for the error report (line, column, value, message).
CREATE TABLE import_problem (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version     BIGINT       NOT NULL,
    job_id      BIGINT       NOT NULL REFERENCES import_job (id),
    line_no     BIGINT       NOT NULL,
    col         INTEGER      NOT NULL,
    header      VARCHAR(200),
    cell_value  VARCHAR(500),
    message     VARCHAR(500) NOT NULL,
    rejected    BOOLEAN      NOT NULL
);
CREATE INDEX import_problem_job_idx ON import_problem (tenant_code, job_id, line_no);

-- A coordinator's answer to « which field is this column? », kept per CPTS and adapter.
CREATE TABLE column_mapping (
    id          BIGINT       NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version     BIGINT       NOT NULL,
    adapter     VARCHAR(60)  NOT NULL,
    header      VARCHAR(200) NOT NULL,
    field_key   VARCHAR(60)  NOT NULL,
    CONSTRAINT column_mapping_uk UNIQUE (tenant_code, adapter, header)
);

-- Foundation: reference communes, tenants (CPTS), users, audit trail, and the first
-- tenant-owned tables (people without MT, doctors). Portable SQL: runs on H2 and PostgreSQL.

CREATE SEQUENCE orienta_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE commune (
    insee_code   VARCHAR(5)   NOT NULL PRIMARY KEY,
    name         VARCHAR(120) NOT NULL,
    department   VARCHAR(3)   NOT NULL,
    postal_codes VARCHAR(200),
    population   INTEGER,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION
);
CREATE INDEX commune_department_idx ON commune (department);

CREATE TABLE tenant (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE tenant_commune (
    tenant_code VARCHAR(40) NOT NULL REFERENCES tenant (code),
    insee_code  VARCHAR(5)  NOT NULL REFERENCES commune (insee_code),
    PRIMARY KEY (tenant_code, insee_code)
);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(80)  NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(400) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    tenant_code     VARCHAR(40)  REFERENCES tenant (code),
    enabled         BOOLEAN      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    TIMESTAMP,
    last_login_at   TIMESTAMP,
    version         BIGINT       NOT NULL
);

CREATE TABLE audit_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP   NOT NULL,
    actor       VARCHAR(80) NOT NULL,
    tenant_code VARCHAR(40),
    action      VARCHAR(20) NOT NULL,
    entity_type VARCHAR(60),
    entity_id   VARCHAR(60),
    detail      VARCHAR(500)
);
CREATE INDEX audit_event_tenant_idx ON audit_event (tenant_code, occurred_at);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);

CREATE TABLE person (
    id            BIGINT       NOT NULL PRIMARY KEY,
    tenant_code   VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version       BIGINT       NOT NULL,
    last_name     VARCHAR(120) NOT NULL,
    first_name    VARCHAR(120) NOT NULL,
    birth_date    DATE,
    sex           VARCHAR(1),
    insee_code    VARCHAR(5)   REFERENCES commune (insee_code),
    phone         VARCHAR(20),
    email         VARCHAR(200),
    ald           BOOLEAN      NOT NULL,
    ald_code      INTEGER,
    css           BOOLEAN      NOT NULL,
    status        VARCHAR(30)  NOT NULL,
    registered_on DATE         NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL
);
CREATE INDEX person_tenant_status_idx ON person (tenant_code, status);

CREATE TABLE doctor (
    id           BIGINT       NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(40)  NOT NULL REFERENCES tenant (code),
    version      BIGINT       NOT NULL,
    rpps         VARCHAR(11)  NOT NULL,
    last_name    VARCHAR(120) NOT NULL,
    first_name   VARCHAR(120) NOT NULL,
    birth_date   DATE,
    insee_code   VARCHAR(5)   REFERENCES commune (insee_code),
    installed_on DATE,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT doctor_rpps_uk UNIQUE (tenant_code, rpps)
);

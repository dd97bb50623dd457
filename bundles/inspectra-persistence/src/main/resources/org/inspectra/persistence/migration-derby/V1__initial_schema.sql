-- Inspectra schema, version 1: local authorities, inspections with their teams, retired framework
-- versions and the audit trail. Written for Derby, the embedded default.

CREATE TABLE local_authority (
    code        VARCHAR(3)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    row_version BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE inspection (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    local_authority   VARCHAR(3)   NOT NULL REFERENCES local_authority (code),
    framework_id      VARCHAR(64)  NOT NULL,
    framework_version VARCHAR(64)  NOT NULL,
    inspection_type   VARCHAR(64)  NOT NULL,
    theme             VARCHAR(64),
    status            VARCHAR(32)  NOT NULL,
    notified_on       DATE         NOT NULL,
    concurrent_with   VARCHAR(36)  REFERENCES inspection (id),
    created_by        VARCHAR(128) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    row_version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX inspection_by_authority ON inspection (local_authority);
CREATE INDEX inspection_by_framework ON inspection (framework_id, framework_version, status);

CREATE TABLE inspection_team_member (
    inspection_id VARCHAR(36)  NOT NULL REFERENCES inspection (id),
    member_order  INTEGER      NOT NULL,
    user_name     VARCHAR(128) NOT NULL,
    team_role     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (inspection_id, member_order)
);

CREATE TABLE retired_framework (
    framework_key     VARCHAR(130) NOT NULL PRIMARY KEY,
    framework_id      VARCHAR(64)  NOT NULL,
    framework_version VARCHAR(64)  NOT NULL,
    retired_at        TIMESTAMP    NOT NULL,
    retired_by        VARCHAR(128) NOT NULL
);

CREATE TABLE audit_entry (
    id       BIGINT       NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(128) NOT NULL,
    audit_action VARCHAR(64)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    before_state CLOB,
    after_state  CLOB
);
CREATE INDEX audit_entry_by_subject ON audit_entry (subject);

-- PostgreSQL translation of migration-derby/V2__inspection_work.sql: the same tables, with TEXT for Derby's CLOB.
-- Inspectra schema, version 2: the team's work inside an inspection. Evidence keeps every revision (one row a
-- revision, unique by record and revision, so two writers cannot both store the same next revision); findings;
-- the grade of each judgement, at most one per judgement.

CREATE TABLE evidence_revision (
    row_id        BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evidence_id   VARCHAR(36)   NOT NULL,
    revision      INTEGER       NOT NULL,
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    criterion     VARCHAR(128)  NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    observed_at   TIMESTAMP     NOT NULL,
    assessment    VARCHAR(32)   NOT NULL,
    summary       TEXT          NOT NULL,
    recorded_by   VARCHAR(128)  NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT evidence_revision_once UNIQUE (evidence_id, revision)
);
CREATE INDEX evidence_by_inspection ON evidence_revision (inspection_id, criterion);

CREATE TABLE evidence_child (
    revision_row_id BIGINT      NOT NULL REFERENCES evidence_revision (row_id),
    child_order     INTEGER     NOT NULL,
    child_reference VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_row_id, child_order)
);

CREATE TABLE finding (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    inspection_id VARCHAR(36)  NOT NULL REFERENCES inspection (id),
    kind          VARCHAR(32)  NOT NULL,
    text          TEXT         NOT NULL,
    judgement     VARCHAR(128),
    recorded_by   VARCHAR(128) NOT NULL,
    recorded_at   TIMESTAMP    NOT NULL
);
CREATE INDEX finding_by_inspection ON finding (inspection_id);

CREATE TABLE judgement_grade (
    inspection_id     VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    judgement         VARCHAR(128)  NOT NULL,
    grade             VARCHAR(64)   NOT NULL,
    rationale         TEXT,
    accepted_warnings VARCHAR(2000) NOT NULL,
    graded_by         VARCHAR(128)  NOT NULL,
    graded_at         TIMESTAMP     NOT NULL,
    grade_version     BIGINT        NOT NULL,
    PRIMARY KEY (inspection_id, judgement)
);

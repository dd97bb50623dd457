-- Inspectra schema, version 4: lines of enquiry (000 §141, §143, §189), closed by the lead inspector.

CREATE TABLE line_of_enquiry (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    question      VARCHAR(2000) NOT NULL,
    criterion     VARCHAR(128),
    opened_by     VARCHAR(128)  NOT NULL,
    opened_at     TIMESTAMP     NOT NULL,
    closed_by     VARCHAR(128),
    closed_at     TIMESTAMP,
    rationale     VARCHAR(2000),
    row_version   BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX line_of_enquiry_by_inspection ON line_of_enquiry (inspection_id);

-- Inspectra schema, version 5: the numbered Annex A documents a local authority has marked supplied for an
-- inspection (000 §271, 004 Annex A). A row is a document supplied; no row, not yet.

CREATE TABLE supplied_document (
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    doc_number    VARCHAR(16)   NOT NULL,
    supplied_by   VARCHAR(128)  NOT NULL,
    supplied_at   TIMESTAMP     NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (inspection_id, doc_number)
);

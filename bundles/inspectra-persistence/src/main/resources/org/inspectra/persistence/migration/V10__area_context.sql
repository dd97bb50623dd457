-- Inspectra schema, version 10: the statements of a report's context section ("information about this local
-- authority area", 004 Annex A), one a fact of the pinned framework version.

CREATE TABLE area_context_statement (
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    item_id       VARCHAR(64)   NOT NULL,
    statement     VARCHAR(2000) NOT NULL,
    written_by    VARCHAR(128)  NOT NULL,
    written_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (inspection_id, item_id)
);

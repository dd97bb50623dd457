-- Inspectra schema, version 6: child-level lists (000 §255-263, 004 Annex A Tables 1-2), each replaced whole.

-- The upload that made each list as it stands.
CREATE TABLE child_list (
    inspection_id VARCHAR(36)  NOT NULL REFERENCES inspection (id),
    list_id       VARCHAR(64)  NOT NULL,
    rows_read     BIGINT       NOT NULL,
    accepted      BIGINT       NOT NULL,
    rejected      BIGINT       NOT NULL,
    PRIMARY KEY (inspection_id, list_id)
);

-- Accepted rows; values are the row's fields by id, normalised, in the store's own encoding (no names are kept).
CREATE TABLE child_list_row (
    inspection_id VARCHAR(36)    NOT NULL,
    list_id       VARCHAR(64)    NOT NULL,
    row_number    BIGINT         NOT NULL,
    child_id      VARCHAR(128),
    row_values    VARCHAR(32672) NOT NULL,
    PRIMARY KEY (inspection_id, list_id, row_number),
    FOREIGN KEY (inspection_id, list_id) REFERENCES child_list (inspection_id, list_id)
);
CREATE INDEX child_list_row_by_child ON child_list_row (inspection_id, child_id);

-- The children the lead inspector accepted for each stage of selection, in the order accepted.
CREATE TABLE child_selection (
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    stage         VARCHAR(64)   NOT NULL,
    position      INT           NOT NULL,
    child_id      VARCHAR(128)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    accepted_by   VARCHAR(128)  NOT NULL,
    accepted_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (inspection_id, stage, position)
);

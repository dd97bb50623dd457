-- Inspectra schema, version 52: the progress of child-level list uploads, so that any node answers for an upload any
-- node runs and a finished upload's outcome survives a restart. The uploading node saves a running upload every
-- second or so (saved_at); a list keeps its running uploads and its last finished one.
CREATE TABLE child_list_import (
    import_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    inspection_id VARCHAR(36)   NOT NULL REFERENCES inspection (id),
    list_id       VARCHAR(64)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    started_by    VARCHAR(128)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP,
    bytes_read    BIGINT        NOT NULL,
    total_bytes   BIGINT,
    rows_read     BIGINT        NOT NULL,
    rows_accepted BIGINT        NOT NULL,
    rows_rejected BIGINT        NOT NULL,
    problems      BIGINT        NOT NULL,
    detail        VARCHAR(2000),
    saved_at      TIMESTAMP     NOT NULL
);
CREATE INDEX child_list_import_by_list ON child_list_import (inspection_id, list_id);

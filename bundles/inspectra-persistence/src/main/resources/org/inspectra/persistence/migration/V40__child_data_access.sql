-- Inspectra schema, version 40: who read children's data (a child's rows, a chronology, a list's rows, the data-quality
-- findings), appended in batches and read per inspection in the order written. No foreign key: a record outlives
-- nothing it names and is written off the reading thread.
CREATE TABLE child_data_access (
    entry_number  BIGINT       GENERATED ALWAYS AS IDENTITY,
    inspection_id VARCHAR(36)  NOT NULL,
    accessed_at   TIMESTAMP    NOT NULL,
    user_name     VARCHAR(128) NOT NULL,
    access_kind   VARCHAR(32)  NOT NULL,
    subject       VARCHAR(128),
    PRIMARY KEY (entry_number)
);
CREATE INDEX child_data_access_by_inspection ON child_data_access (inspection_id, entry_number);

-- Inspectra schema, version 51 (Derby): the framework and theme bundles administrators deployed, kept once so that
-- every node installs them (docs/deployment.md); a removed bundle keeps its row, marked removed, without its archive,
-- so every node uninstalls it. PostgreSQL's side is migration-postgresql/V51 (BYTEA for Derby's BLOB).
CREATE TABLE framework_bundle (
    symbolic_name  VARCHAR(255) NOT NULL,
    bundle_version VARCHAR(64)  NOT NULL,
    checksum       VARCHAR(64),
    archive_size   BIGINT       NOT NULL,
    archive        BLOB,
    changed_by     VARCHAR(128) NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    removed        BOOLEAN      NOT NULL,
    PRIMARY KEY (symbolic_name, bundle_version)
);

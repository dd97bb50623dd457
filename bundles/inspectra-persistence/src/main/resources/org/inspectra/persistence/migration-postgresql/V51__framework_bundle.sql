-- Inspectra schema, version 51 (PostgreSQL): the framework and theme bundles administrators deployed, kept once so that
-- every node installs them (docs/deployment.md); a removed bundle keeps its row, marked removed, without its archive,
-- so every node uninstalls it. Derby's side is migration-derby/V51 (BLOB for the BYTEA).
CREATE TABLE framework_bundle (
    symbolic_name  VARCHAR(255) NOT NULL,
    bundle_version VARCHAR(64)  NOT NULL,
    checksum       VARCHAR(64),
    archive_size   BIGINT       NOT NULL,
    archive        BYTEA,
    changed_by     VARCHAR(128) NOT NULL,
    changed_at     TIMESTAMP    NOT NULL,
    removed        BOOLEAN      NOT NULL,
    PRIMARY KEY (symbolic_name, bundle_version)
);
